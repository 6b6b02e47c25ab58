import type { SearchStrings } from '../../search/strings.ts';
import type { SearchResult } from './run-search.ts';

/**
 * DOM building for search results. Excerpts arrive as text with <mark> around matches; they are
 * rebuilt as text nodes and <mark> elements, never assigned as HTML.
 */
const ENTITIES: Record<string, string> = {
  '&amp;': '&',
  '&lt;': '<',
  '&gt;': '>',
  '&quot;': '"',
  '&#39;': "'",
  '&#x27;': "'",
};

export function decodeEntities(text: string): string {
  return text.replace(/&(?:amp|lt|gt|quot|#39|#x27);/g, (entity) => ENTITIES[entity] ?? entity);
}

/** Appends the excerpt to `parent`: plain text with the matched words in <mark>. */
export function appendExcerpt(parent: HTMLElement, excerpt: string): void {
  excerpt.split(/(<mark>.*?<\/mark>)/g).forEach((part) => {
    const marked = /^<mark>(.*)<\/mark>$/.exec(part);
    if (marked) {
      const mark = document.createElement('mark');
      mark.textContent = decodeEntities(marked[1] ?? '');
      parent.append(mark);
    } else if (part) {
      parent.append(decodeEntities(part.replace(/<[^>]*>/g, '')));
    }
  });
}

export function formatCount(count: number, strings: SearchStrings, locale: string): string {
  const category = new Intl.PluralRules(locale).select(count);
  const template = strings.resultCount[category] ?? strings.resultCount.other ?? '{n}';
  return template.replace('{n}', String(count));
}

export function element<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  className?: string,
  text?: string,
): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (className) node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
}

export function readStrings(host: HTMLElement): SearchStrings {
  return JSON.parse(host.dataset.searchStrings ?? '{}') as SearchStrings;
}

function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/**
 * A result's excerpt, in the excerpt markup appendExcerpt reads: Pagefind's for a page it found;
 * for a section an identifier led to, what the paste named and the cause it signals.
 */
export function excerptOf(result: SearchResult, strings: SearchStrings): string {
  const { via } = result;
  if (via === 'triage') return escapeHtml(strings.triageHint);
  if (!via) return result.excerpt;
  const identifier = `<mark>${escapeHtml(via.found)}</mark>${via.name ? ` (${escapeHtml(via.name)})` : ''}`;
  const cause = escapeHtml(result.section ?? '');
  return escapeHtml(strings.identifierFound).replace('{identifier}', identifier).replace('{cause}', cause);
}
