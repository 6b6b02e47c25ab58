import type { Diagnosis, Finding } from '../../checker/index.ts';
import { appendPieces, certificateAnchor, el } from './dom.ts';
import type { RenderContext } from './render.ts';
import { certificateName, findingWords } from '../../explain/index.ts';

/** The findings, most severe first: severity in words, title, explanation, certificate, article links. */
export function renderFindings(
  findings: readonly Finding[],
  diagnosis: Diagnosis,
  { words, links }: RenderContext,
): HTMLElement {
  const label = (index: number) =>
    `${words.certificateNumber(index + 1)} (${certificateName(diagnosis.certificates[index])})`;
  const list = el('ol', 'checker-findings');
  for (const finding of findings) {
    const { title, explanation } = findingWords(words, finding);
    const item = el('li', `checker-finding is-${finding.severity}`);
    item.dataset.finding = finding.id;
    item.dataset.severity = finding.severity;
    item.append(
      el('p', 'checker-finding-title', el('span', 'checker-severity', words.severity[finding.severity]), ' ', title),
    );
    if (finding.certificate !== undefined && diagnosis.certificates[finding.certificate]) {
      const about = el('a', undefined, label(finding.certificate));
      about.href = `#${certificateAnchor(finding.certificate)}`;
      item.append(el('p', 'checker-finding-about', about));
    }
    item.append(appendPieces(el('p'), explanation, label));
    const targets = links.get(finding.id) ?? [];
    if (targets.length > 0) {
      const more = el(
        'p',
        'checker-finding-links',
        finding.severity === 'info' ? words.readMore.note : words.readMore.problem,
      );
      targets.forEach((target, index) => {
        const link = el('a', undefined, target.title);
        link.href = target.href;
        more.append(index === 0 ? ' ' : ' · ', link);
      });
      item.append(more);
    }
    list.append(item);
  }
  return list;
}
