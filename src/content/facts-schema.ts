import { z } from 'astro/zod';
import { FINDING_IDS } from '../checker/index.ts';
import {
  MESSAGE_LANGUAGES,
  MESSAGE_SOURCES,
  SYMPTOM_GROUPS,
  TRANSLATION_SOURCES,
  reportDuplicates,
  slug,
  unknownFieldError,
} from './schema.ts';

/**
 * An article's facts file, `content/articles/<id>/article.yaml`: everything that is the same in
 * every language, written once. Rules that concern this file alone live here, so a broken file
 * fails with its own path and the field at fault; rules that span articles (related ids exist,
 * one owner per error wording) live in validate.ts. Strict, so a title written here by habit is
 * refused instead of silently dropped: titles belong in the MDX of their language.
 */
const SAID_IN_WORDS = unknownFieldError(
  'titles, descriptions and references are said in words: they belong in cs.mdx and en.mdx',
);

export const errorMessageSchema = z
  .strictObject({
    text: z.string().trim().min(3),
    lang: z.enum(MESSAGE_LANGUAGES),
    source: z.enum(MESSAGE_SOURCES),
    /** The public page a translated wording was seen on (required for translation sources). */
    seenIn: z.url({ protocol: /^https$/ }).optional(),
    /**
     * The article lists this wording but another article owns it: search ranks the owner first for
     * it. Each wording has exactly one owner (validate.ts checks it across articles).
     */
    shared: z.boolean().default(false),
  })
  .superRefine((message, context) => {
    if (TRANSLATION_SOURCES.includes(message.source) && !message.seenIn) {
      context.addIssue({
        code: 'custom',
        path: ['seenIn'],
        message: `a "${message.source}" wording must name the page it was seen on (seenIn: https://…)`,
      });
    }
  });

export const articleFactsSchema = z
  .strictObject(
    {
      originalKb: z.number().int().positive().optional(),
      symptomGroup: z.enum(SYMPTOM_GROUPS),
      appliesTo: z
        .array(z.strictObject({ product: z.string().min(2), versions: z.array(z.string().min(1)).default([]) }))
        .min(1),
      /** Every wording users see, in every language: both pages list them all. */
      errorMessages: z.array(errorMessageSchema).min(1),
      causes: z
        .array(
          z.strictObject(
            {
              id: slug,
              /**
               * Checker finding ids this cause owns: the checker links it first for them. Each
               * finding has one owning cause across all articles (validate.ts checks it).
               */
              findings: z.array(z.enum(FINDING_IDS as [string, ...string[]])).default([]),
              /** Checker finding ids another cause owns that this cause explains too: shown after the owner. */
              sharedFindings: z.array(z.enum(FINDING_IDS as [string, ...string[]])).default([]),
            },
            SAID_IN_WORDS,
          ),
        )
        .min(1),
      resolutions: z.array(z.strictObject({ id: slug, causes: z.array(slug).min(1) }, SAID_IN_WORDS)).min(1),
      related: z.array(slug).default([]),
      reviewed: z.coerce.date(),
    },
    SAID_IN_WORDS,
  )
  .superRefine((facts, context) => {
    const causeIds = facts.causes.map((cause) => cause.id);
    reportDuplicates(causeIds, ['causes'], context);
    reportDuplicates(
      facts.resolutions.map((resolution) => resolution.id),
      ['resolutions'],
      context,
    );
    facts.resolutions.forEach((resolution, index) => {
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
    facts.causes.forEach((cause, index) => {
      for (const id of cause.sharedFindings.filter((shared) => cause.findings.includes(shared))) {
        context.addIssue({
          code: 'custom',
          path: ['causes', index, 'sharedFindings'],
          message: `cause "${cause.id}" lists "${id}" under both findings and sharedFindings: keep one`,
        });
      }
      if (!facts.resolutions.some((resolution) => resolution.causes.includes(cause.id))) {
        context.addIssue({
          code: 'custom',
          path: ['causes', index, 'id'],
          message: `cause "${cause.id}" has no resolution: add one whose "causes" names it`,
        });
      }
    });
  });

export type ArticleFacts = z.output<typeof articleFactsSchema>;
