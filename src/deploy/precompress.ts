import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { PRECOMPRESS_EXTENSIONS } from './policy.ts';
import { extensionOf } from './site-files.ts';

/** What precompression wrote, for the build log and the closing measurements. */
export interface PrecompressSummary {
  files: number;
  bytes: number;
  brotliBytes: number;
  gzipBytes: number;
}

/**
 * Writes `file.br` and `file.gz` beside every text file, at the strongest settings (the build pays
 * once; every visitor gains). A copy that would not be smaller than the original is not written,
 * so the server sends the original. Returns the totals of what was compressed.
 */
export function precompress(root: string, files: readonly string[]): PrecompressSummary {
  const summary: PrecompressSummary = { files: 0, bytes: 0, brotliBytes: 0, gzipBytes: 0 };
  for (const file of files.filter((name) => PRECOMPRESS_EXTENSIONS.includes(extensionOf(name)))) {
    const path = join(root, file);
    const original = readFileSync(path);
    const brotli = brotliCompressSync(original, {
      params: {
        [constants.BROTLI_PARAM_QUALITY]: constants.BROTLI_MAX_QUALITY,
        [constants.BROTLI_PARAM_MODE]: constants.BROTLI_MODE_TEXT,
        [constants.BROTLI_PARAM_SIZE_HINT]: original.length,
      },
    });
    const gzip = gzipSync(original, { level: constants.Z_BEST_COMPRESSION });
    if (brotli.length < original.length) writeFileSync(`${path}.br`, brotli);
    if (gzip.length < original.length) writeFileSync(`${path}.gz`, gzip);
    summary.files++;
    summary.bytes += original.length;
    summary.brotliBytes += Math.min(brotli.length, original.length);
    summary.gzipBytes += Math.min(gzip.length, original.length);
  }
  return summary;
}
