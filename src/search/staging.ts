import { czechStem } from './czech-stem.ts';
import { verbatimScore } from './phrase.ts';
import { foldDiacritics, words } from './text.ts';

/**
 * The decisions between search stages, made on results Pagefind already returned: which result
 * leads, and whether the small message index explained the query or the full text must be
 * searched. No DOM and no Pagefind here, so both are unit tested.
 */

/** A search result as far as these decisions need it: the page's indexed text. */
export interface IndexedPage {
  content?: string;
}

/** Results that contain a sentence of the paste word for word come first; the rest keep their order. */
export function preferVerbatim<Page extends IndexedPage>(paste: string, results: readonly Page[]): Page[] {
  const scored = results.map((result, order) => ({ result, order, score: verbatimScore(paste, result.content ?? '') }));
  return scored.sort((a, b) => b.score - a.score || a.order - b.order).map(({ result }) => result);
}

/** True when a word of the query is nowhere in the page: a long word in no form, a .NET name not at all. */
export function hasMissingWord(keywords: readonly string[], page: IndexedPage): boolean {
  const content = foldDiacritics(page.content ?? '');
  const pageWords = new Set(words(content));
  return keywords.some((keyword) => {
    // Pagefind splits CamelCase names into parts, so a page can match "SystemDefaultTlsVersions"
    // on "TLS" alone: the name itself must be there.
    if (/[A-Z].*[A-Z]/.test(keyword)) return !content.includes(keyword.toLowerCase());
    // Short words and codes are not judged: Pagefind matched them or they carry no meaning alone.
    if (keyword.length < 5 || /\d/.test(keyword)) return false;
    const stem = czechStem(keyword);
    for (const word of pageWords) if (word.startsWith(stem)) return false;
    return true;
  });
}
