/**
 * The header search box as an ARIA combobox with a listbox popup: type or paste, arrows move
 * through results and their sections, Enter opens, Escape closes. Loaded on first focus.
 */
import type { SearchStrings } from '../../search/strings.ts';
import { certificateOffer, submitToChecker } from './certificate-offer.ts';
import { loadSearchStrings } from './load-strings.ts';
import { appendExcerpt, element, excerptOf, formatCount } from './render.ts';
import { searchSite, type SearchOutcome } from './run-search.ts';

const DEBOUNCE_MS = 120;

/** The combobox's elements and its state, shared by the functions below. */
interface Combobox {
  form: HTMLFormElement;
  input: HTMLInputElement;
  popup: HTMLElement;
  listbox: HTMLElement;
  /** Shown above the options: a spelling correction, no results, or a failure. */
  message: HTMLElement;
  /** The live region that announces the result count. */
  status: HTMLElement;
  locale: 'cs' | 'en';
  strings: SearchStrings;
  options: HTMLElement[];
  /** Index into `options` of the option the arrows reached; -1 for none. */
  active: number;
  /** Counts searches, so an answer that arrives after a newer search started is dropped. */
  generation: number;
}

/**
 * The words come with the search code rather than in every page's HTML (where they would weigh on
 * every article's budget for a box most visitors never open). Without them the box stays the plain
 * form, which submits to the search page.
 */
export async function attachCombobox(form: HTMLFormElement): Promise<void> {
  const locale = form.dataset.locale === 'cs' ? 'cs' : 'en';
  const strings = await loadSearchStrings(locale);
  const box = strings && findCombobox(form, locale, strings);
  if (!box) return;
  const { input, listbox, message } = box;
  let timer: ReturnType<typeof setTimeout> | undefined;
  input.addEventListener('input', () => {
    clearTimeout(timer);
    timer = setTimeout(() => void update(box), DEBOUNCE_MS);
  });
  input.addEventListener('keydown', (event) => handleKeydown(box, event));
  form.addEventListener('submit', (event) => submitToChecker(event, input.value, box.strings, box.locale));
  form.addEventListener('focusout', (event) => {
    if (!form.contains(event.relatedTarget as Node | null)) setOpen(box, false);
  });
  input.addEventListener('focus', () => {
    if (box.options.length > 0 || message.childElementCount > 0) setOpen(box, true);
  });
  // Keep focus in the input when an option is clicked, so the combobox stays coherent.
  listbox.addEventListener('mousedown', (event) => event.preventDefault());
  listbox.addEventListener('click', (event) =>
    openOption((event.target as Element).closest<HTMLElement>('[role="option"]') ?? undefined),
  );

  if (input.value.trim()) void update(box);
}

function findCombobox(form: HTMLFormElement, locale: 'cs' | 'en', strings: SearchStrings): Combobox | undefined {
  const input = form.querySelector<HTMLInputElement>('input[name="q"]');
  const popup = form.querySelector<HTMLElement>('[data-search-popup]');
  const listbox = form.querySelector<HTMLElement>('[role="listbox"]');
  const message = form.querySelector<HTMLElement>('[data-search-message]');
  const status = form.querySelector<HTMLElement>('[data-search-status]');
  if (!input || !popup || !listbox || !message || !status) return undefined;
  return { form, input, popup, listbox, message, status, locale, strings, options: [], active: -1, generation: 0 };
}

function setOpen(box: Combobox, open: boolean): void {
  box.popup.hidden = !open;
  box.input.setAttribute('aria-expanded', String(open));
  if (!open) setActive(box, -1);
}

function setActive(box: Combobox, index: number): void {
  box.options[box.active]?.setAttribute('aria-selected', 'false');
  box.active = index;
  const option = box.options[box.active];
  if (option) {
    option.setAttribute('aria-selected', 'true');
    box.input.setAttribute('aria-activedescendant', option.id);
    option.scrollIntoView({ block: 'nearest' });
  } else {
    box.input.removeAttribute('aria-activedescendant');
  }
}

/** Searches for the input's text and shows the answer, unless a newer search started meanwhile. */
async function update(box: Combobox): Promise<void> {
  const query = box.input.value.trim();
  const mine = ++box.generation;
  if (query.length < 2) {
    setOpen(box, false);
    box.status.textContent = '';
    return;
  }
  try {
    const outcome = await searchSite(query, box.locale);
    if (mine === box.generation) renderOutcome(box, outcome, query);
  } catch {
    if (mine === box.generation) renderFailure(box);
  }
}

function renderOutcome(box: Combobox, outcome: SearchOutcome, query: string): void {
  const { listbox, message, strings } = box;
  listbox.replaceChildren();
  message.replaceChildren();
  box.options = [];
  box.active = -1;
  box.input.removeAttribute('aria-activedescendant');
  const certificate = addCertificateOption(box);
  if (outcome.correctedTo)
    message.append(element('p', 'search-corrected', strings.correctedTo.replace('{query}', outcome.correctedTo)));
  if (outcome.fallback && !certificate) {
    message.append(element('p', 'search-empty', strings.fallback));
    message.append(articlesLink(strings));
  }
  for (const result of outcome.results) {
    addOption(box, result.meta.title ?? result.url, excerptOf(result, strings), result.url, 'page');
    for (const section of sectionsOf(result)) addOption(box, section.title, section.excerpt, section.url, 'section');
  }
  if (outcome.results.length > 0) {
    addOption(box, strings.showAll, '', searchPageUrl(box.form, query), 'all');
  } else if (!certificate) {
    message.append(element('p', 'search-empty', `${strings.noResults} ${strings.noResultsHint}`));
    message.append(articlesLink(strings));
  }
  listbox.hidden = box.options.length === 0;
  // A pasted certificate is the answer; the fallback's "nothing matches" would only distract from it.
  const fallback = outcome.fallback && !certificate;
  box.status.textContent =
    certificate + (fallback ? strings.fallback : formatCount(outcome.results.length, strings, box.locale));
  setOpen(box, true);
}

function articlesLink(strings: SearchStrings): HTMLAnchorElement {
  const link = element('a', undefined, strings.articlesLink);
  link.href = strings.articlesUrl;
  return link;
}

function renderFailure(box: Combobox): void {
  // The last results are gone from the list: the arrows must not reach them either.
  box.options = [];
  box.active = -1;
  box.input.removeAttribute('aria-activedescendant');
  box.listbox.replaceChildren();
  box.listbox.hidden = true;
  box.message.replaceChildren(element('p', 'search-empty', box.strings.failed));
  box.status.textContent = box.strings.failed;
  setOpen(box, true);
}

type OptionKind = 'page' | 'section' | 'all' | 'checker';

function addOption(box: Combobox, title: string, excerpt: string, url: string, kind: OptionKind) {
  const option = element('li', `search-option search-option-${kind}`);
  option.id = `site-search-option-${box.options.length}`;
  option.setAttribute('role', 'option');
  option.setAttribute('aria-selected', 'false');
  option.dataset.url = url;
  const heading = element('span', 'search-option-title');
  if (kind === 'section') heading.append(element('span', 'visually-hidden', box.strings.inSection));
  heading.append(title);
  option.append(heading);
  if (excerpt) {
    const text = element('span', 'search-option-excerpt');
    appendExcerpt(text, excerpt);
    option.append(text);
  }
  box.listbox.append(option);
  box.options.push(option);
}

/** With a certificate in the box, the first option hands it to the checker; returns what to announce. */
function addCertificateOption(box: Combobox): string {
  const offer = certificateOffer(box.input.value, box.strings, box.locale);
  if (!offer) return '';
  addOption(box, offer.action, offer.hadPrivateKey ? offer.found : box.strings.checkerPrivacy, offer.url, 'checker');
  return `${offer.found} `;
}

function handleKeydown(box: Combobox, event: KeyboardEvent): void {
  const { options, active, popup, input } = box;
  if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
    if (options.length === 0) return;
    event.preventDefault();
    if (popup.hidden) setOpen(box, true);
    setActive(box, nextActive(box.active, event.key === 'ArrowDown' ? 1 : -1, options.length));
  } else if (event.key === 'Enter' && active >= 0) {
    event.preventDefault();
    openOption(options[active]);
  } else if (event.key === 'Escape') {
    if (!popup.hidden) {
      event.preventDefault();
      setOpen(box, false);
    } else if (input.value) {
      input.value = '';
      box.status.textContent = '';
    }
  }
}

/** Wraps at both ends; from no active option, Down reaches the first and Up the last. */
function nextActive(active: number, step: 1 | -1, count: number): number {
  return (active + step + count + (active === -1 && step < 0 ? 1 : 0)) % count;
}

function openOption(option: HTMLElement | undefined): void {
  if (option?.dataset.url) location.assign(option.dataset.url);
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
