import { shown, type Piece } from '../../explain/index.ts';

/** Builds an element; text is always set as text, never parsed as HTML. */
export function el<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  className?: string,
  ...children: (Node | string)[]
): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (className) node.className = className;
  node.append(...children);
  return node;
}

/** Certificate or URL text in a <code>, with control and bidi characters made visible. */
export const codeText = (text: string): HTMLElement => el('code', undefined, shown(text));

/** A heading at `level` (2–6) of the page's outline. */
export function heading(level: number, text: string, id?: string): HTMLHeadingElement {
  const node = el(`h${Math.min(Math.max(level, 2), 6)}` as 'h2', 'checker-heading', text);
  if (id) node.id = id;
  return node;
}

export const certificateAnchor = (index: number): string => `checker-cert-${index + 1}`;

/** Appends pieces of a sentence: words as text, certificate text as <code>, certificate references as links to their cards. */
export function appendPieces(
  parent: HTMLElement,
  pieces: readonly Piece[],
  certificateLabel: (index: number) => string,
): HTMLElement {
  for (const piece of pieces) {
    if (typeof piece === 'string') parent.append(piece);
    else if ('code' in piece) parent.append(codeText(piece.code));
    else {
      const link = el('a', undefined, certificateLabel(piece.certificate));
      link.href = `#${certificateAnchor(piece.certificate)}`;
      parent.append(link);
    }
  }
  return parent;
}

/** A button that copies `text` and says so in `status` (a live region). */
export function copyButton(
  label: string,
  accessibleName: string,
  text: () => string,
  status: HTMLElement,
  said: { copied: string; failed: string },
): HTMLButtonElement {
  const button = el('button', 'checker-copy', label);
  button.type = 'button';
  if (accessibleName !== label) button.setAttribute('aria-label', accessibleName);
  button.addEventListener('click', async () => {
    try {
      await navigator.clipboard.writeText(text());
      status.textContent = said.copied;
    } catch {
      status.textContent = said.failed;
    }
    setTimeout(() => (status.textContent = ''), 3000);
  });
  return button;
}
