/**
 * The search page: reads ?q=, runs the same search as the header box, and lists the results
 * with links to the matching sections. A search submitted from the page itself runs in place
 * (the address gets the new ?q=, so Back returns to the previous search): the search code and
 * its indexes stay loaded, and a refined paste answers at once instead of after a page load.
 */
import { offerCertificateCheck } from './certificate-offer.ts';
import { appendExcerpt, element, excerptOf, formatCount, readStrings } from './render.ts';
import { searchSite, type SearchOutcome } from './run-search.ts';

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
  /** Counts searches, so that a slow earlier search never overwrites a later one's results. */
  let latest = 0;

  const show = async (query: string): Promise<void> => {
    const search = ++latest;
    field.value = query;
    offerCertificateCheck(field); // a certificate in ?q=: the checker is offered above the results
    page.querySelector('.search-corrected')?.remove();
    list.replaceChildren();
    if (!query) {
      status.textContent = '';
      return;
    }
    list.setAttribute('aria-busy', 'true');
    status.textContent = strings.searching;
    let outcome: SearchOutcome | null = null;
    try {
      outcome = await searchSite(query, locale);
    } catch {
      // Reported below, in the status line.
    }
    if (search !== latest) return;
    list.setAttribute('aria-busy', 'false');
    if (outcome) render(outcome);
    else status.textContent = strings.failed;
  };

  const render = (outcome: SearchOutcome): void => {
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
  };

  const queryInAddress = (): string => new URLSearchParams(location.search).get('q')?.trim() ?? '';

  // Wired first, so its submit listener runs first: a certificate goes to the checker
  // (certificate-offer.ts) and never into the address.
  offerCertificateCheck(field);
  field.form?.addEventListener('submit', (event) => {
    if (event.defaultPrevented) return;
    const query = field.value.trim();
    if (!query) return;
    event.preventDefault();
    const address = new URL(location.href);
    address.searchParams.set('q', query);
    history.pushState(null, '', address);
    void show(query);
  });
  addEventListener('popstate', () => void show(queryInAddress()));

  const query = queryInAddress();
  if (query) await show(query);
}
