/**
 * Writes the first-stage search index, dist/pagefind-messages/: one small page per article and
 * language holding its title and error wordings (see src/search/message-card.ts). Runs after
 * `astro build` and the full Pagefind index, as part of `npm run build`.
 */
import * as pagefind from 'pagefind';
import { readArticleFiles } from '../src/content/files.ts';
import { useTranslations } from '../src/i18n/index.ts';
import { renderMessageCard } from '../src/search/message-card.ts';
import { articlePath } from '../src/site/routes.ts';

const OUTPUT = 'dist/pagefind-messages';

const { index, errors } = await pagefind.createIndex({});
if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
let pages = 0;
for (const { data } of readArticleFiles()) {
  const html = renderMessageCard({
    locale: data.locale,
    title: data.title,
    messagesAnchor: 'error-messages',
    messagesHeading: useTranslations(data.locale)('article.messagesTitle'),
    messages: data.errorMessages,
  });
  const added = await index.addHTMLFile({ url: articlePath(data.locale, data.id), content: html });
  if (added.errors.length > 0) throw new Error(`${data.id}/${data.locale}: ${added.errors.join('; ')}`);
  pages++;
}
const written = await index.writeFiles({ outputPath: OUTPUT });
if (written.errors.length > 0) throw new Error(written.errors.join('; '));
await pagefind.close();
console.log(`message index: ${pages} pages → ${OUTPUT}`);
