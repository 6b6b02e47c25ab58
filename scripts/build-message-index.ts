/**
 * Writes the first-stage search index, <outDir>/pagefind-messages/: one small page per article
 * and language that owns error wordings, holding its title and those wordings (see
 * src/search/message-card.ts), and beside it the owned-wording lookup, owned/<lang>/ (see
 * src/search/owned-wordings.ts), which names those pages by their Pagefind ids. It reads the
 * articles' files, not the built pages, and runs after `astro build` (which empties the output
 * folder) beside the full Pagefind index, as part of `npm run build`, with the same settings as the
 * build: TRUSTKB_OUT_DIR (where, default dist) and TRUSTKB_BASE / TRUSTKB_SITE (the base
 * each page URL is recorded with, so the browser uses them as they are).
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import * as pagefind from 'pagefind';
import { readArticleFiles } from '../src/content/files.ts';
import { useTranslations } from '../src/i18n/index.ts';
import { LOCALES } from '../src/i18n/locales.ts';
import { renderMessageCard } from '../src/search/message-card.ts';
import { buildOwnedLookup, type OwnerCard } from '../src/search/owned-wordings.ts';
import { readOutDir } from '../src/site/out-dir.ts';
import { readPublicAddress } from '../src/site/public-address.ts';
import { articlePath } from '../src/site/routes.ts';
import { pageIdsByUrl } from './lib/pagefind-page-ids.ts';

const OUTPUT = `${readOutDir(process.env)}/pagefind-messages`;
const { base } = readPublicAddress(process.env);

const { index, errors } = await pagefind.createIndex({});
if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
/** Each card's URL, language and owned wordings, for the lookup once Pagefind has named the pages. */
const cards: { url: string; locale: string; wordings: string[] }[] = [];
for (const { data } of readArticleFiles()) {
  const owned = data.errorMessages.filter((message) => !message.shared);
  // An article that owns no wording has nothing to answer here: the full index finds it.
  if (owned.length === 0) continue;
  const url = articlePath(data.locale, data.id, base);
  const html = renderMessageCard({
    locale: data.locale,
    title: data.title,
    messagesAnchor: 'error-messages',
    messagesHeading: useTranslations(data.locale)('article.messagesTitle'),
    messages: owned,
  });
  const added = await index.addHTMLFile({ url, content: html });
  if (added.errors.length > 0) throw new Error(`${data.id}/${data.locale}: ${added.errors.join('; ')}`);
  cards.push({ url, locale: data.locale, wordings: owned.map((message) => message.text) });
}
const written = await index.writeFiles({ outputPath: OUTPUT });
if (written.errors.length > 0) throw new Error(written.errors.join('; '));
await pagefind.close();

const pageIds = pageIdsByUrl(OUTPUT);
for (const locale of LOCALES) {
  const owners: OwnerCard[] = cards
    .filter((card) => card.locale === locale)
    .map((card) => {
      const page = pageIds.get(card.url);
      if (!page) throw new Error(`message index: Pagefind wrote no page for ${card.url}`);
      return { page, wordings: card.wordings };
    });
  const { manifest, chunks } = buildOwnedLookup(owners);
  const folder = `${OUTPUT}/owned/${locale}`;
  mkdirSync(folder, { recursive: true });
  writeFileSync(`${folder}/index.json`, JSON.stringify(manifest));
  for (const [number, chunk] of chunks.entries()) writeFileSync(`${folder}/${number}.json`, JSON.stringify(chunk));
}
console.log(`message index: ${cards.length} pages → ${OUTPUT}`);
