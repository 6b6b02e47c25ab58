import type { SearchStrings } from '../../search/strings.ts';

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
