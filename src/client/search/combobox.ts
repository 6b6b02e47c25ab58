/**
 * The header search box as an ARIA combobox with a listbox popup: type or paste, arrows move
 * through results and their sections, Enter opens, Escape closes. Loaded on first focus.
 */
import { appendExcerpt, element, formatCount, readStrings } from './render.ts';
import { searchSite, type SearchOutcome } from './run-search.ts';

const DEBOUNCE_MS = 120;

export function attachCombobox(form: HTMLFormElement): void {
  const input = form.querySelector<HTMLInputElement>('input[name="q"]');
  const popup = form.querySelector<HTMLElement>('[data-search-popup]');
  const listbox = form.querySelector<HTMLElement>('[role="listbox"]');
  const message = form.querySelector<HTMLElement>('[data-search-message]');
  const status = form.querySelector<HTMLElement>('[data-search-status]');
  if (!input || !popup || !listbox || !message || !status) return;
  const locale = form.dataset.locale === 'cs' ? 'cs' : 'en';
  const strings = readStrings(form);
  let options: HTMLElement[] = [];
  let active = -1;
  let generation = 0;
  let timer: ReturnType<typeof setTimeout> | undefined;

  const setOpen = (open: boolean) => {
    popup.hidden = !open;
    input.setAttribute('aria-expanded', String(open));
    if (!open) setActive(-1);
  };

  const setActive = (index: number) => {
    options[active]?.setAttribute('aria-selected', 'false');
    active = index;
    const option = options[active];
    if (option) {
      option.setAttribute('aria-selected', 'true');
      input.setAttribute('aria-activedescendant', option.id);
      option.scrollIntoView({ block: 'nearest' });
    } else {
      input.removeAttribute('aria-activedescendant');
    }
  };

  const addOption = (title: string, excerpt: string, url: string, kind: 'page' | 'section' | 'all') => {
    const option = element('li', `search-option search-option-${kind}`);
    option.id = `site-search-option-${options.length}`;
    option.setAttribute('role', 'option');
    option.setAttribute('aria-selected', 'false');
    option.dataset.url = url;
    const heading = element('span', 'search-option-title');
    if (kind === 'section') heading.append(element('span', 'visually-hidden', strings.inSection));
    heading.append(title);
    option.append(heading);
    if (excerpt) {
      const text = element('span', 'search-option-excerpt');
      appendExcerpt(text, excerpt);
      option.append(text);
    }
    listbox.append(option);
    options.push(option);
  };

  const render = (outcome: SearchOutcome, query: string) => {
    listbox.replaceChildren();
    message.replaceChildren();
    options = [];
    active = -1;
    input.removeAttribute('aria-activedescendant');
    if (outcome.correctedTo)
      message.append(element('p', 'search-corrected', strings.correctedTo.replace('{query}', outcome.correctedTo)));
    for (const result of outcome.results) {
      addOption(result.meta.title ?? result.url, result.excerpt, result.url, 'page');
      for (const section of sectionsOf(result)) addOption(section.title, section.excerpt, section.url, 'section');
    }
    if (outcome.results.length > 0) {
      addOption(strings.showAll, '', searchPageUrl(form, query), 'all');
    } else {
      message.append(element('p', 'search-empty', `${strings.noResults} ${strings.noResultsHint}`));
      const link = element('a', undefined, strings.articlesLink);
      link.href = strings.articlesUrl;
      message.append(link);
    }
    listbox.hidden = options.length === 0;
    status.textContent = formatCount(outcome.results.length, strings, locale);
    setOpen(true);
  };

  const update = async () => {
    const query = input.value.trim();
    const mine = ++generation;
    if (query.length < 2) {
      setOpen(false);
      status.textContent = '';
      return;
    }
    try {
      const outcome = await searchSite(query, locale);
      if (mine === generation) render(outcome, query);
    } catch {
      if (mine !== generation) return;
      listbox.replaceChildren();
      listbox.hidden = true;
      message.replaceChildren(element('p', 'search-empty', strings.failed));
      status.textContent = strings.failed;
      setOpen(true);
    }
  };

  const go = (option: HTMLElement | undefined) => {
    if (option?.dataset.url) location.assign(option.dataset.url);
  };

  input.addEventListener('input', () => {
    clearTimeout(timer);
    timer = setTimeout(update, DEBOUNCE_MS);
  });
  input.addEventListener('keydown', (event) => {
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      if (options.length === 0) return;
      event.preventDefault();
      if (popup.hidden) setOpen(true);
      const step = event.key === 'ArrowDown' ? 1 : -1;
      setActive((active + step + options.length + (active === -1 && step < 0 ? 1 : 0)) % options.length);
    } else if (event.key === 'Enter' && active >= 0) {
      event.preventDefault();
      go(options[active]);
    } else if (event.key === 'Escape') {
      if (!popup.hidden) {
        event.preventDefault();
        setOpen(false);
      } else if (input.value) {
        input.value = '';
        status.textContent = '';
      }
    }
  });
  form.addEventListener('focusout', (event) => {
    if (!form.contains(event.relatedTarget as Node | null)) setOpen(false);
  });
  input.addEventListener('focus', () => {
    if (options.length > 0 || message.childElementCount > 0) setOpen(true);
  });
  // Keep focus in the input when an option is clicked, so the combobox stays coherent.
  listbox.addEventListener('mousedown', (event) => event.preventDefault());
  listbox.addEventListener('click', (event) =>
    go((event.target as Element).closest<HTMLElement>('[role="option"]') ?? undefined),
  );

  if (input.value.trim()) void update();
}

/** Matching sections other than the page itself, at most three. */
function sectionsOf(result: SearchOutcome['results'][number]) {
  return result.sub_results.filter((section) => section.url.includes('#') && section.url !== result.url).slice(0, 3);
}

function searchPageUrl(form: HTMLFormElement, query: string): string {
  const url = new URL(form.action, location.href);
  url.searchParams.set('q', query);
  return `${url.pathname}${url.search}`;
}
