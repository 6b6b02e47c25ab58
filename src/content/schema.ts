import { z } from 'astro/zod';
import type { Locale } from '../i18n/locales.ts';
import { LOCALES } from '../i18n/locales.ts';
import type { ArticleFacts } from './facts-schema.ts';
import type { ArticleText } from './text-schema.ts';

/**
 * The words shared by an article's two kinds of files, and the merged shape every page, component
 * and tool reads. An article is written as one facts file (facts-schema.ts: what is true in any
 * language) and one MDX file per language (text-schema.ts: what is said in that language);
 * assemble.ts joins them into ArticleData.
 */
export const slug = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'use lower-case words joined by hyphens');

/** Languages an error message can be written in: the site's, plus German for pasted router logs. */
export const MESSAGE_LANGUAGES = [...LOCALES, 'de'] as const;

/**
 * Where a wording comes from; the page labels each wording with it. Most are product output (the
 * text a program prints or logs):
 * - the E-mail Router, .NET Framework, .NET 5 and later (`dotnet`), .NET status names, Exchange,
 *   Dynamics CRM;
 * - `windows`: the text Windows keeps for an error code in its system message table, as
 *   FormatMessage returns it and as .NET, curl and SQL Server quote it after their own words;
 * - `schannel-event`: an event in the System log whose source is Schannel;
 * - `curl`, `openssl` (its certificate verification texts, which curl and others pass on),
 *   `sql-server` (what SQL Server clients show), `wcf` (Windows Communication Foundation),
 *   `chromium` (Chrome, in the Security panel of its developer tools).
 * The two translation sources are Czech wordings found in Microsoft's own Czech texts: a KB
 * article's machine translation, or documentation quoting an error in Czech. Nobody here has seen
 * those come out of a Czech .NET or Windows language pack, so they are not labelled as product
 * output; each names the page it was seen on (`seenIn`). `reported` is a wording passed on to us
 * as seen, which no public page we could find confirms: listed for search, labelled as unconfirmed.
 */
export const MESSAGE_SOURCES = [
  'router',
  'dotnet-framework',
  'dotnet',
  'dotnet-status',
  'exchange',
  'crm',
  'windows',
  'schannel-event',
  'curl',
  'openssl',
  'sql-server',
  'wcf',
  'chromium',
  'microsoft-kb-translation',
  'microsoft-docs-translation',
  'reported',
] as const;

export type MessageSource = (typeof MESSAGE_SOURCES)[number];

/** The sources that are a translation seen on a page, not product output: they must say where. */
export const TRANSLATION_SOURCES: readonly MessageSource[] = ['microsoft-kb-translation', 'microsoft-docs-translation'];

/**
 * What the admin sees in the E-mail Router's Test Access, which groups articles on the home
 * page: the trust failure, the secure-channel failure, or an authorization failure.
 */
export const SYMPTOM_GROUPS = ['trust', 'secure-channel', 'unauthorized'] as const;

export type SymptomGroup = (typeof SYMPTOM_GROUPS)[number];

/** Reports every id that appeared earlier in the same list, at its own index. */
export function reportDuplicates(ids: string[], path: (string | number)[], context: z.RefinementCtx): void {
  ids.forEach((id, index) => {
    if (ids.indexOf(id) !== index) {
      context.addIssue({ code: 'custom', path: [...path, index, 'id'], message: `duplicate id "${id}"` });
    }
  });
}

/**
 * The message for a field a strict object does not know. Writers moving between the two kinds of
 * file are the likely cause, so the message says where such fields belong.
 */
export function unknownFieldError(where: string): { error: (issue: z.core.$ZodRawIssue) => string | undefined } {
  return {
    error: (issue) =>
      issue.code === 'unrecognized_keys'
        ? `unknown field ${issue.keys.map((key) => `"${key}"`).join(', ')}: ${where}`
        : undefined,
  };
}

type Titled<Item> = Item & { title: string };

/** One article in one language, facts and words together: what the site and the tools read. */
export type ArticleData = Omit<ArticleFacts, 'causes' | 'resolutions'> &
  Omit<ArticleText, 'causes' | 'resolutions'> & {
    /** The article's folder name. */
    id: string;
    /** The language of the words; the facts are the same in both. */
    locale: Locale;
    causes: Titled<ArticleFacts['causes'][number]>[];
    resolutions: Titled<ArticleFacts['resolutions'][number]>[];
  };
