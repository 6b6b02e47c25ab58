import type { PublicRootKeyLoader } from '../../checker/index.ts';
import { sitePath } from '../../site/routes.ts';

/**
 * Loads one public root's key for the checker, when a pasted chain ends at a root it did not
 * paste: a small static file named by the key's hash (src/pages/checker/roots/). The request
 * carries that hash only: no cookie, no referrer, nothing of the paste. The checker keeps the
 * key only if its hash is the one asked for.
 */
export const fetchPublicRootKey: PublicRootKeyLoader = async (keyHash) => {
  if (!/^[0-9a-f]{16}$/.test(keyHash)) return null;
  try {
    const response = await fetch(sitePath(`/checker/roots/${keyHash}.der`), {
      credentials: 'omit',
      referrerPolicy: 'no-referrer',
    });
    return response.ok ? new Uint8Array(await response.arrayBuffer()) : null;
  } catch {
    return null;
  }
};
