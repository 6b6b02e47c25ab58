/**
 * Writes the first-stage search index, <outDir>/pagefind-messages/: one small page per article
 * and language holding its title and error wordings (see src/search/message-card.ts). Runs after
 * `astro build` and the full Pagefind index, as part of `npm run build`, with the same settings
 * as the build: TRUSTKB_OUT_DIR (where, default dist) and TRUSTKB_BASE / TRUSTKB_SITE (the base
 * each page URL is recorded with, so the browser uses them as they are).
 */
import * as pagefind from 'pagefind';
import { readArticleFiles } from '../src/content/files.ts';
import { useTranslations } from '../src/i18n/index.ts';
import { renderMessageCard } from '../src/search/message-card.ts';
import { readOutDir } from '../src/site/out-dir.ts';
import { readPublicAddress } from '../src/site/public-address.ts';
import { articlePath } from '../src/site/routes.ts';

const OUTPUT = `${readOutDir(process.env)}/pagefind-messages`;
const { base } = readPublicAddress(process.env);

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
  const added = await index.addHTMLFile({ url: articlePath(data.locale, data.id, base), content: html });
  if (added.errors.length > 0) throw new Error(`${data.id}/${data.locale}: ${added.errors.join('; ')}`);
  pages++;
}
const written = await index.writeFiles({ outputPath: OUTPUT });
if (written.errors.length > 0) throw new Error(written.errors.join('; '));
await pagefind.close();
console.log(`message index: ${pages} pages → ${OUTPUT}`);
