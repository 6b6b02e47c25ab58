import keys from './public-root-keys.generated.json' with { type: 'json' };

/**
 * The public roots' keys the build publishes, one file each, from the list
 * scripts/generate-public-roots.ts wrote beside the checker's root table (the same Node root
 * list, so every root the table knows has its file).
 */
export function publicRootKeyFiles(): { hash: string; spki: Uint8Array }[] {
  return Object.entries(keys as Record<string, string>).map(([hash, base64]) => ({
    hash,
    spki: Uint8Array.from(atob(base64), (char) => char.charCodeAt(0)),
  }));
}
