/**
 * The search page: reads ?q=, runs the same search as the header box, and lists the results
 * with links to the matching sections.
 */
import { offerCertificateCheck } from './certificate-offer.ts';
import { appendExcerpt, element, excerptOf, formatCount, readStrings } from './render.ts';
import { searchSite } from './run-search.ts';

export async function initSearchPage(): Promise<void> {
  const page = document.querySelector<HTMLElement>('[data-search-page]');
  const field = page?.querySelector<HTMLTextAreaElement>('textarea[name="q"]');
  const list = page?.querySelector<HTMLElement>('[data-search-results]');
  const status = page?.querySelector<HTMLElement>('[data-search-status]');
  if (!page || !field || !list || !status) return;
  // The script runs, so the note saying search needs one goes.
  page.querySelector('[data-search-needs-script]')?.remove();
  const locale = page.dataset.locale === 'cs' ? 'cs' : 'en';
  const strings = readStrings(page);
  const query = new URLSearchParams(location.search).get('q')?.trim() ?? '';
  if (!query) return;
  field.value = query;
  offerCertificateCheck(field); // a certificate in ?q=: the checker is offered above the results
  status.textContent = strings.searching;
  try {
    const outcome = await searchSite(query, locale);
    list.replaceChildren();
    if (outcome.correctedTo)
      list.before(element('p', 'search-corrected', strings.correctedTo.replace('{query}', outcome.correctedTo)));
    for (const result of outcome.results) {
      const item = element('li', 'search-result');
      const heading = element('h3');
      const link = element('a', undefined, result.meta.title ?? result.url);
      link.href = result.url;
      heading.append(link);
      const excerpt = element('p');
      appendExcerpt(excerpt, excerptOf(result, strings));
      item.append(heading, excerpt);
      const sections = result.sub_results.filter((section) => section.url.includes('#')).slice(0, 4);
      if (sections.length > 0) {
        const sectionList = element('ul', 'search-result-sections');
        for (const section of sections) {
          const sectionLink = element('a', undefined, section.title);
          sectionLink.href = section.url;
          const entry = element('li');
          entry.append(sectionLink);
          sectionList.append(entry);
        }
        item.append(sectionList);
      }
      list.append(item);
    }
    status.textContent = outcome.fallback
      ? strings.fallback
      : outcome.results.length > 0
        ? formatCount(outcome.results.length, strings, locale)
        : `${strings.noResults} ${strings.noResultsHint}`;
  } catch {
    status.textContent = strings.failed;
  }
}
