import type { Diagnosis } from '../../checker/index.ts';
import { appendPieces, certificateAnchor, el } from './dom.ts';
import type { RenderContext } from './render.ts';
import { certificateName, chainOf } from '../../explain/index.ts';

/** The chain as a list from the server certificate to the root, marking where it breaks. */
export function renderChain(diagnosis: Diagnosis, { words }: RenderContext): HTMLElement {
  const chain = el('ol', 'checker-chain');
  chain.setAttribute('aria-label', words.chain.label);
  let broken = false;
  chainOf(diagnosis).forEach((node, position) => {
    const item = el('li', 'checker-chain-node');
    if (position > 0) item.append(el('span', 'checker-chain-link', words.chain.signedBy));
    const box = el('div', 'checker-chain-box');
    if (node.kind === 'certificate') {
      const link = el('a', undefined, certificateName(diagnosis.certificates[node.index]));
      link.href = `#${certificateAnchor(node.index)}`;
      box.append(el('span', 'checker-chain-role', words.role[diagnosis.certificates[node.index]!.role]), link);
      for (const status of node.statuses)
        box.append(el('span', `checker-chain-status is-${status}`, words.chain.status[status]));
    } else if (node.kind === 'missing') {
      box.append(appendPieces(el('span', 'checker-chain-missing'), words.chain.missingIssuer(node.issuer), () => ''));
    } else {
      box.append(
        el('span', 'checker-chain-role', words.role.root),
        appendPieces(el('span'), words.chain.publicRoot(node.root), () => ''),
      );
      box.append(el('span', 'checker-chain-status is-publicRoot', words.chain.status.publicRoot));
    }
    const breaks = node.kind === 'missing' || (node.kind === 'certificate' && node.broken);
    if (breaks) {
      item.classList.add('is-broken');
      if (!broken) box.prepend(el('strong', 'checker-chain-break', words.chain.breaks));
      broken = true;
    }
    item.append(box);
    chain.append(item);
  });
  const unrelated = diagnosis.chain?.unrelated ?? [];
  if (unrelated.length === 0) return chain;
  const others = el('p', 'checker-chain-unrelated', words.chain.unrelated);
  unrelated.forEach((index, position) => {
    const link = el('a', undefined, certificateName(diagnosis.certificates[index]));
    link.href = `#${certificateAnchor(index)}`;
    others.append(position === 0 ? ' ' : ', ', link);
  });
  return el('div', undefined, chain, others);
}
