import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { articleFactsSchema } from './content/facts-schema.ts';
import { FACTS_FILE_NAME } from './content/paths.ts';
import { articleTextSchema } from './content/text-schema.ts';

/**
 * Articles live in content/articles/<id>/, outside src/ so writers find them: one facts file
 * (article.yaml) and one MDX file per language. Astro checks each file against its schema and
 * names the file on failure; src/site/articles.ts merges them into ArticleData.
 */
const articles = defineCollection({
  // The MDX bodies stay out of Astro's data store (retainBody): every body stored is inlined into
  // the build's bundle as one string and parsed again at render time, which at 1,000 articles a
  // language made the store 29 MB and the build 12 CPU-seconds and 350 MB slower. The pages that
  // need a body read its file (src/site/articles.ts).
  loader: glob({ pattern: '*/*.mdx', base: './content/articles', retainBody: false }),
  schema: articleTextSchema,
});

const articleFacts = defineCollection({
  // The folder is the article id; the entry id says so instead of "<id>/article".
  loader: glob({
    pattern: `*/${FACTS_FILE_NAME}`,
    base: './content/articles',
    generateId: ({ entry }) => entry.split('/')[0] ?? entry,
  }),
  schema: articleFactsSchema,
});

export const collections = { articles, articleFacts };
