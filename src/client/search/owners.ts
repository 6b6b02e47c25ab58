import { ownableSentences, ownedChunksFor, rankOwners, type OwnedChunk } from '../../search/owned-wordings.ts';
import { searchBundlePath } from '../../site/routes.ts';
import { chunkedTable } from './chunked-table.ts';

/**
 * The message-index pages of the articles that own the paste's sentences, best first
 * (src/search/owned-wordings.ts). Written with the message index, whose page ids it names, in
 * pagefind-messages/owned/<lang>/. Empty when nothing in the paste is owned or the lookup fails.
 */
export async function ownersOf(paste: string, locale: 'cs' | 'en'): Promise<string[]> {
  const sentences = ownableSentences(paste);
  // A few typed words hold no sentence to own: nothing is fetched.
  if (sentences.length === 0) return [];
  const table = chunkedTable<OwnedChunk>(`${searchBundlePath('pagefind-messages')}owned/${locale}/`, {});
  const manifest = await table.manifest();
  if (!manifest) return [];
  return rankOwners(sentences, await table.chunks(ownedChunksFor(sentences, manifest)));
}
