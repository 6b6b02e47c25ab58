import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { articleSchema } from './content/schema.ts';

/** Articles live in content/articles/<slug>/<locale>.mdx, outside src/ so writers find them. */
const articles = defineCollection({
  loader: glob({ pattern: '*/*.mdx', base: './content/articles' }),
  schema: articleSchema,
});

export const collections = { articles };
