import { z } from 'astro/zod';
import { FINDING_IDS } from '../checker/index.ts';
import { LOCALES } from '../i18n/locales.ts';

/**
 * The frontmatter of one article in one language. Rules that concern a single file live here,
 * so a broken file fails the build with its own path and the field at fault; rules that span
 * files (both languages present, ids agreeing, related ids existing) live in validate.ts.
 */
const slug = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'use lower-case words joined by hyphens');

/** Languages an error message can be written in: the site's, plus German for pasted router logs. */
export const MESSAGE_LANGUAGES = [...LOCALES, 'de'] as const;

/** Where a user meets an error text; the page labels each wording with it. */
export const MESSAGE_SOURCES = ['router', 'dotnet-framework', 'dotnet', 'dotnet-status', 'exchange', 'crm'] as const;

/**
 * What the admin sees in the E-mail Router's Test Access, which groups articles on the home
 * page: the trust failure, the secure-channel failure, or an authorization failure.
 */
export const SYMPTOM_GROUPS = ['trust', 'secure-channel', 'unauthorized'] as const;

export const errorMessageSchema = z.object({
  text: z.string().trim().min(3),
  lang: z.enum(MESSAGE_LANGUAGES),
  source: z.enum(MESSAGE_SOURCES),
  /**
   * The article lists this wording but another article owns it: search ranks the owner first for
   * it. Each wording has exactly one owner (validate.ts checks it across articles).
   */
  shared: z.boolean().default(false),
});

export const articleSchema = z
  .object({
    id: slug,
    locale: z.enum(LOCALES),
    title: z.string().trim().min(10).max(120),
    description: z.string().trim().min(110).max(160),
    originalKb: z.number().int().positive().optional(),
    symptomGroup: z.enum(SYMPTOM_GROUPS),
    appliesTo: z
      .array(z.object({ product: z.string().min(2), versions: z.array(z.string().min(1)).default([]) }))
      .min(1),
    errorMessages: z.array(errorMessageSchema).min(1),
    causes: z
      .array(
        z.object({
          id: slug,
          title: z.string().trim().min(5),
          findings: z.array(z.enum(FINDING_IDS as [string, ...string[]])).default([]),
        }),
      )
      .min(1),
    resolutions: z.array(z.object({ id: slug, title: z.string().trim().min(5), causes: z.array(slug).min(1) })).min(1),
    related: z.array(slug).default([]),
    references: z.array(z.object({ title: z.string().min(3), url: z.url() })).default([]),
    reviewed: z.coerce.date(),
  })
  .superRefine((article, context) => {
    const causeIds = article.causes.map((cause) => cause.id);
    const resolutionIds = article.resolutions.map((resolution) => resolution.id);
    reportDuplicates(causeIds, ['causes'], context);
    reportDuplicates(resolutionIds, ['resolutions'], context);
    article.resolutions.forEach((resolution, index) => {
      resolution.causes.forEach((causeId, causeIndex) => {
        if (!causeIds.includes(causeId)) {
          context.addIssue({
            code: 'custom',
            path: ['resolutions', index, 'causes', causeIndex],
            message: `resolution "${resolution.id}" names unknown cause "${causeId}" (known: ${causeIds.join(', ')})`,
          });
        }
      });
    });
    article.causes.forEach((cause, index) => {
      if (!article.resolutions.some((resolution) => resolution.causes.includes(cause.id))) {
        context.addIssue({
          code: 'custom',
          path: ['causes', index, 'id'],
          message: `cause "${cause.id}" has no resolution: add one whose "causes" names it`,
        });
      }
    });
    if (article.related.includes(article.id)) {
      context.addIssue({ code: 'custom', path: ['related'], message: 'an article cannot be related to itself' });
    }
  });

function reportDuplicates(ids: string[], path: (string | number)[], context: z.RefinementCtx): void {
  ids.forEach((id, index) => {
    if (ids.indexOf(id) !== index) {
      context.addIssue({ code: 'custom', path: [...path, index, 'id'], message: `duplicate id "${id}"` });
    }
  });
}

export type ArticleData = z.output<typeof articleSchema>;
