import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { afterEach, describe, expect, it } from 'vitest';
import { pageIdsByUrl } from '../../../scripts/lib/pagefind-page-ids.ts';

const fragment = (json: unknown): Buffer => gzipSync(Buffer.from(`pagefind_dcd${JSON.stringify(json)}`));
let bundle = '';

afterEach(() => rmSync(bundle, { recursive: true, force: true }));

describe('pageIdsByUrl', () => {
  it('names each page by its fragment file, or by its key in a fragment group', () => {
    bundle = mkdtempSync(join(tmpdir(), 'trustkb-page-ids-'));
    mkdirSync(join(bundle, 'fragment'));
    writeFileSync(join(bundle, 'fragment', 'en_3e1473b.pf_fragment'), fragment({ url: '/en/a/', content: 'A' }));
    writeFileSync(
      join(bundle, 'fragment', 'cs_group01.pf_fragment'),
      fragment({ cs_aaaaaaa: { url: '/cs/a/' }, cs_bbbbbbb: { url: '/cs/b/' } }),
    );
    expect(Object.fromEntries(pageIdsByUrl(bundle))).toEqual({
      '/en/a/': 'en_3e1473b',
      '/cs/a/': 'cs_aaaaaaa',
      '/cs/b/': 'cs_bbbbbbb',
    });
  });

  it('refuses a file that is not a Pagefind fragment', () => {
    bundle = mkdtempSync(join(tmpdir(), 'trustkb-page-ids-'));
    mkdirSync(join(bundle, 'fragment'));
    writeFileSync(join(bundle, 'fragment', 'en_x.pf_fragment'), gzipSync(Buffer.from('{"url":"/en/a/"}')));
    expect(() => pageIdsByUrl(bundle)).toThrow(/not a Pagefind fragment/);
  });
});
