import { z } from 'astro/zod';
import { reportDuplicates, slug, unknownFieldError } from './schema.ts';

/**
 * The frontmatter of one language file, `content/articles/<id>/<locale>.mdx`: only what is said
 * in that language. Causes and resolutions are named by the ids of the facts file and given their
 * titles here; validate.ts checks that the ids are exactly the facts file's. The list shape
 * (`[{ id, title }]`) matches the merged ArticleData, so a merged entry is still an entry of this
 * collection for astro:content's render(). Strict, so facts left here by habit are refused
 * instead of silently ignored.
 */
const FACTS_ELSEWHERE = unknownFieldError(
  'the id, findings, the causes a resolution fixes and everything else the same in both languages belong in article.yaml',
);

const titled = z.strictObject({ id: slug, title: z.string().trim().min(5) }, FACTS_ELSEWHERE);

export const articleTextSchema = z
  .strictObject(
    {
      title: z.string().trim().min(10).max(120),
      description: z.string().trim().min(110).max(160),
      causes: z.array(titled).min(1),
      resolutions: z.array(titled).min(1),
      /** Per language: the titles are translated, and some links point at a localized page. */
      references: z.array(z.strictObject({ title: z.string().min(3), url: z.url() })).default([]),
    },
    FACTS_ELSEWHERE,
  )
  .superRefine((text, context) => {
    reportDuplicates(
      text.causes.map((cause) => cause.id),
      ['causes'],
      context,
    );
    reportDuplicates(
      text.resolutions.map((resolution) => resolution.id),
      ['resolutions'],
      context,
    );
  });

export type ArticleText = z.output<typeof articleTextSchema>;
