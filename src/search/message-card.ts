/**
 * The page the first-stage search index holds for one article in one language: its title and
 * the error wordings it owns, nothing else. Most searches are a pasted error message, and this
 * index answers them at a fraction of the full index's size; the full text is searched only
 * when a query has words the messages do not explain. Wordings an article lists as `shared` stay
 * out (scripts/build-message-index.ts): their owner answers them here, and the articles sharing
 * them are found in the full index. So the index grows with the wordings, not with how many
 * articles repeat them.
 */
export interface MessageCardInput {
  locale: string;
  title: string;
  /** The anchor of the article's message list, where a sub-result should land. */
  messagesAnchor: string;
  messagesHeading: string;
  messages: { text: string; lang: string; shared: boolean }[];
}

const escapeHtml = (text: string): string =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

export function renderMessageCard(card: MessageCardInput): string {
  // Wordings another article owns keep their normal weight, so the owner ranks first for them.
  const items = card.messages
    .map((message) => {
      const weight = message.shared ? '' : ' data-pagefind-weight="10"';
      return `<li lang="${escapeHtml(message.lang)}"${weight}>${escapeHtml(message.text)}</li>`;
    })
    .join('');
  return (
    `<!doctype html><html lang="${escapeHtml(card.locale)}"><head><meta charset="utf-8"><title>${escapeHtml(card.title)}</title></head>` +
    `<body><main data-pagefind-body><h1>${escapeHtml(card.title)}</h1>` +
    `<h2 id="${escapeHtml(card.messagesAnchor)}">${escapeHtml(card.messagesHeading)}</h2><ul>${items}</ul></main></body></html>`
  );
}
