import { LOCALES, type Locale } from '../i18n/locales.ts';
import type { ArticleData } from './schema.ts';

/** One article file as the validator sees it: where it lives and its parsed frontmatter. */
export interface ArticleFile {
  /** Path ending in `<slug>/<locale>.mdx`; used to name the file in error messages. */
  filePath: string;
  data: ArticleData;
}

/**
 * Rules that span files. Returns one message per problem, each naming the file and the field,
 * so `astro build` (through getArticles) and the unit tests print the same words.
 */
export function validateArticleSet(files: readonly ArticleFile[]): string[] {
  const problems: string[] = [];
  const byId = new Map<string, Map<Locale, ArticleFile>>();

  for (const file of files) {
    const match = /([^/\\]+)[/\\]([^/\\]+)\.mdx$/.exec(file.filePath);
    const [folder, fileLocale] = match ? [match[1], match[2]] : [undefined, undefined];
    if (folder !== file.data.id) {
      problems.push(`${file.filePath}: field "id" is "${file.data.id}" but the folder is "${folder}"`);
    }
    if (fileLocale !== file.data.locale) {
      problems.push(`${file.filePath}: field "locale" is "${file.data.locale}" but the file name says "${fileLocale}"`);
    }
    const versions = byId.get(file.data.id) ?? new Map<Locale, ArticleFile>();
    if (versions.has(file.data.locale)) {
      problems.push(
        `${file.filePath}: field "locale": a second "${file.data.locale}" file for article "${file.data.id}"`,
      );
    }
    versions.set(file.data.locale, file);
    byId.set(file.data.id, versions);
  }

  for (const [id, versions] of byId) {
    const present = [...versions.values()];
    for (const locale of LOCALES) {
      if (!versions.has(locale)) {
        const where = present[0]?.filePath.replace(/[^/\\]+\.mdx$/, `${locale}.mdx`) ?? id;
        problems.push(`${where}: missing: article "${id}" has no "${locale}" version`);
      }
    }
    const [first, ...others] = present;
    if (!first) continue;
    for (const other of others) {
      problems.push(...compareLanguages(first, other));
    }
    for (const file of present) {
      file.data.related.forEach((relatedId, index) => {
        if (!byId.has(relatedId)) {
          problems.push(`${file.filePath}: field "related[${index}]": no article has the id "${relatedId}"`);
        }
      });
    }
  }
  problems.push(...checkMessageOwnership(files));
  return problems;
}

/**
 * Every error wording has one owner: the article that search puts first for it. Other articles
 * may list it with `shared: true`. Two owners would make search results a coin toss.
 */
function checkMessageOwnership(files: readonly ArticleFile[]): string[] {
  const problems: string[] = [];
  const owners = new Map<string, Set<string>>();
  const sharers = new Map<string, ArticleFile>();
  for (const file of files) {
    for (const message of file.data.errorMessages) {
      if (message.shared) sharers.set(message.text, file);
      else owners.set(message.text, (owners.get(message.text) ?? new Set()).add(file.data.id));
    }
  }
  for (const [text, ids] of owners) {
    if (ids.size > 1) {
      problems.push(
        `field "errorMessages": "${text}" is owned by ${[...ids].join(' and ')}: mark it "shared: true" in all but one`,
      );
    }
  }
  for (const [text, file] of sharers) {
    if (!owners.has(text))
      problems.push(`${file.filePath}: field "errorMessages": "${text}" is shared but no article owns it`);
  }
  return problems;
}

/** The two languages of one article must describe the same causes, resolutions and links. */
function compareLanguages(reference: ArticleFile, other: ArticleFile): string[] {
  const problems: string[] = [];
  const fields: [string, (data: ArticleData) => unknown][] = [
    ['causes[].id', (data) => data.causes.map((cause) => cause.id)],
    ['causes[].findings', (data) => data.causes.map((cause) => [...cause.findings].sort())],
    ['resolutions[].id', (data) => data.resolutions.map((resolution) => resolution.id)],
    ['resolutions[].causes', (data) => data.resolutions.map((resolution) => [...resolution.causes].sort())],
    ['related', (data) => [...data.related].sort()],
    ['originalKb', (data) => data.originalKb ?? null],
    ['symptomGroup', (data) => data.symptomGroup],
    ['errorMessages', (data) => data.errorMessages.map((message) => `${message.text}|${message.shared}`).sort()],
  ];
  for (const [field, pick] of fields) {
    const expected = JSON.stringify(pick(reference.data));
    const actual = JSON.stringify(pick(other.data));
    if (expected !== actual) {
      problems.push(
        `${other.filePath}: field "${field}" is ${actual} but ${reference.filePath} has ${expected}: both languages must agree`,
      );
    }
  }
  return problems;
}
