import type { FindingId } from '../../checker/index.ts';
import {
  buildReport,
  findingsToShow,
  verdictAttribute,
  verdictOf,
  type CheckerWords,
  type CheckResult,
  type DotnetTerm,
  type FindingLink,
} from '../../explain/index.ts';
import { appendPieces, codeText, copyButton, el, heading } from './dom.ts';
import { renderCertificates } from './render-certificates.ts';
import { renderChain } from './render-chain.ts';
import { renderDotnet } from './render-dotnet.ts';
import { renderFindings } from './render-findings.ts';

/** What every part of the results needs besides the check itself. */
export interface RenderContext {
  words: CheckerWords;
  links: Map<FindingId, FindingLink[]>;
  dotnetLinks: Map<DotnetTerm, FindingLink[]>;
  /** Level of the results' headings: 2 on the checker page, 3 inside an article. */
  headingLevel: number;
  /** The site's origin, for absolute links in a copied report. */
  origin: string;
}

/** Empties the results; `message` (if any) says what is still missing. */
export function renderWaiting(verdict: HTMLElement, details: HTMLElement, message: string): void {
  setVerdict(verdict, null, message ? [el('p', undefined, message)] : []);
  details.replaceChildren();
}

/** The verdict banner (a live region) and, below it, findings, chain and certificates. */
export function renderResults(
  verdict: HTMLElement,
  details: HTMLElement,
  result: CheckResult,
  context: RenderContext,
): void {
  const { words, headingLevel } = context;
  const kind = verdictOf(result);
  const flags = result.diagnosis.verdict.sslPolicyErrors;
  const banner =
    kind === 'waiting'
      ? [el('p', undefined, words.waiting.url)]
      : [el('p', 'checker-verdict-title', words.verdict[kind].title), el('p', undefined, words.verdict[kind].text)];
  if (kind === 'accept' || kind === 'reject' || kind === 'depends') {
    const reported = flags.length > 0 ? flags : kind === 'accept' ? [words.dotnetNone] : [];
    // Beside a pasted .NET report, say that these flags are the checker's prediction.
    const line = el('p', 'checker-dotnet', result.diagnosis.dotnet ? words.dotnet.predicted : words.dotnetFlags);
    reported.forEach((flag, index) => line.append(index === 0 ? ' ' : ', ', codeText(flag)));
    if (reported.length > 0) banner.push(line);
  }
  setVerdict(verdict, verdictAttribute(kind), banner);

  const status = el('span', 'visually-hidden');
  status.setAttribute('role', 'status');
  const report = (format: 'text' | 'markdown') => () => buildReport(result, context, format);
  const said = { copied: words.report.copied, failed: words.copy.failed };
  const toolbar = el(
    'div',
    'checker-report',
    copyButton(words.report.copyText, words.report.copyText, report('text'), status, said),
    copyButton(words.report.copyMarkdown, words.report.copyMarkdown, report('markdown'), status, said),
    status,
  );
  const parts: Node[] = [];
  if (result.diagnosis.host) {
    const when = words.date(result.now.toISOString());
    parts.push(appendPieces(el('p', 'checker-checked'), words.checkedFor(result.diagnosis.host, when), () => ''));
  }
  parts.push(toolbar);
  const dotnet = renderDotnet(result.diagnosis, context);
  if (dotnet) parts.push(dotnet);
  const findings = findingsToShow(result);
  // A .NET report that explains why no certificate came has nothing for this list.
  if (findings.length > 0 || !dotnet)
    parts.push(heading(headingLevel, words.headings.findings), renderFindings(findings, result.diagnosis, context));
  if (result.diagnosis.certificates.length > 0) {
    parts.push(heading(headingLevel, words.headings.chain), renderChain(result.diagnosis, context));
    parts.push(heading(headingLevel, words.headings.certificates), renderCertificates(result, context));
  }
  details.replaceChildren(...parts);
}

/**
 * Replaces the banner only when what it says changes, so a screen reader does not hear the same
 * verdict again after every keystroke.
 */
function setVerdict(verdict: HTMLElement, attribute: string | null, content: HTMLElement[]): void {
  const key = `${attribute}|${content.map((node) => node.textContent).join('|')}`;
  if (verdict.dataset.key === key) return;
  verdict.dataset.key = key;
  if (attribute) verdict.dataset.verdict = attribute;
  else delete verdict.dataset.verdict;
  verdict.replaceChildren(...content);
}
