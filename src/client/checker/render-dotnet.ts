import { dotnetView, type DotnetFlagView, type DotnetTerm, type DotnetView } from '../../explain/index.ts';
import type { Diagnosis } from '../../checker/index.ts';
import { appendPieces, codeText, el, heading } from './dom.ts';
import type { RenderContext } from './render.ts';

/**
 * ".NET on the router computer reported": the fields of a pasted .NET report, each flag with its
 * meaning and the article sections that explain it, the result, and how it compares with the
 * checker's own answer. Every value from the report goes in as text (textContent), never HTML.
 */
export function renderDotnet(diagnosis: Diagnosis, context: RenderContext): HTMLElement | null {
  const view = dotnetView(diagnosis, context.words);
  if (!view) return null;
  const { headingLevel } = context;
  const section = el('section', 'checker-dotnet-report');
  section.dataset.dotnet = view.comparison.outcome ?? 'not-compared';
  section.setAttribute('aria-labelledby', 'checker-dotnet-title');
  section.append(heading(headingLevel, view.heading, 'checker-dotnet-title'));
  for (const note of view.notes) section.append(appendPieces(el('p', 'checker-dotnet-note'), note, () => ''));
  // The comparison first: it is what the admin came for; the report's own lines follow.
  section.append(heading(headingLevel + 1, view.comparison.heading));
  const sentences = el('ul', 'checker-dotnet-sentences');
  for (const sentence of view.comparison.sentences) sentences.append(appendPieces(el('li'), sentence, () => ''));
  section.append(sentences, heading(headingLevel + 1, view.details));
  // A flag links to its articles where it first appears, not again on every chain element.
  const linked = new Set<DotnetTerm>();
  section.append(fields(view, context, linked));
  if (view.elements.length > 0) section.append(elements(view, context, linked));
  return section;
}

type Linked = Set<DotnetTerm>;

function fields(view: DotnetView, context: RenderContext, linked: Linked): HTMLElement {
  const list = el('dl', 'checker-fields');
  const row = (label: string, ...value: (Node | string)[]) =>
    list.append(el('dt', undefined, label), el('dd', undefined, ...value));
  for (const field of view.fields) row(field.label, codeText(field.value));
  if (view.sslPolicyErrors) row(view.sslPolicyErrors.label, flagList(view.sslPolicyErrors.flags, context, linked));
  if (view.chainStatus) row(view.chainStatus.label, flagList(view.chainStatus.flags, context, linked));
  if (view.result) {
    const { name, meaning, term, message, inner } = view.result.value;
    const value = el('div', 'checker-dotnet-result');
    value.append(
      el('p', undefined, codeText(name), ` (${meaning})`, ...explainedIn(term, context, linked)),
      ...(message ? [el('p', 'checker-dotnet-message', message)] : []),
      ...inner.map((entry) =>
        el(
          'p',
          'checker-dotnet-message',
          `${view.labels.inner}: `,
          ...(entry.type ? [codeText(entry.type), ': '] : []),
          entry.message,
        ),
      ),
    );
    row(view.result.label, value);
  }
  if (view.sent) row(view.sent.label, String(view.sent.count));
  return list;
}

/** Each chain element, leaf first, with its status flags and what Windows said about them. */
function elements(view: DotnetView, context: RenderContext, linked: Linked): HTMLElement {
  const list = el('ol', 'checker-dotnet-chain');
  for (const element of view.elements) {
    const item = el('li', 'checker-dotnet-element');
    if (element.status.some((flag) => flag.name !== 'NoError')) item.classList.add('is-flagged');
    item.append(el('p', 'checker-dotnet-element-title', element.title, ': ', codeText(element.subject)));
    const details = el('dl', 'checker-fields');
    const row = (label: string, ...value: (Node | string)[]) =>
      details.append(el('dt', undefined, label), el('dd', undefined, ...value));
    if (element.thumbprint !== null) row(view.labels.thumbprint, el('code', 'checker-fingerprint', element.thumbprint));
    row(view.labels.status, flagList(element.status, context, linked));
    if (element.information.length > 0)
      row(
        view.labels.statusInformation,
        el('ul', 'checker-dotnet-information', ...element.information.map((line) => el('li', undefined, line))),
      );
    item.append(details);
    list.append(item);
  }
  return list;
}

function flagList(flags: readonly DotnetFlagView[], context: RenderContext, linked: Linked): HTMLElement {
  const list = el('ul', 'checker-dotnet-flags');
  for (const flag of flags) {
    const item = el('li', flag.known ? undefined : 'is-unknown', codeText(flag.name), ` (${flag.meaning})`);
    item.dataset.flag = flag.name;
    item.append(...explainedIn(flag.term, context, linked));
    list.append(item);
  }
  return list;
}

/** ` Cause and fix: A · B`, for a term with article links that were not shown yet. */
function explainedIn(
  term: DotnetFlagView['term'],
  { words, dotnetLinks }: RenderContext,
  linked: Linked,
): (Node | string)[] {
  if (!term || linked.has(term)) return [];
  const targets = dotnetLinks.get(term) ?? [];
  if (targets.length === 0) return [];
  linked.add(term);
  const parts: (Node | string)[] = [` ${words.readMore.problem}`];
  targets.forEach((target, index) => {
    const link = el('a', undefined, target.title);
    link.href = target.href;
    parts.push(index === 0 ? ' ' : ' · ', link);
  });
  return [el('span', 'checker-dotnet-links', ...parts)];
}
