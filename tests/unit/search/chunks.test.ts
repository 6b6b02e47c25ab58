import { describe, expect, it } from 'vitest';
import { chunkCount, chunkOf, hashKey } from '../../../src/search/chunks.ts';

describe('hashKey', () => {
  it('is FNV-1a: the same number for the same key, in every runtime', () => {
    expect(hashKey('')).toBe(0x811c9dc5);
    expect(hashKey('a')).toBe(0xe40c292c);
    expect(hashKey('foobar')).toBe(0xbf9cf968);
  });
});

describe('chunkCount', () => {
  it.each([
    [0, 64, 1],
    [64, 64, 1],
    [65, 64, 2],
    [1000, 64, 16],
    [280_000, 1024, 512],
  ])('%i entries at %i a chunk → %i chunks', (entries, perChunk, chunks) => {
    expect(chunkCount(entries, perChunk)).toBe(chunks);
  });
});

describe('chunkOf', () => {
  it('puts every key in one of the chunks, and spreads keys over all of them', () => {
    const used = new Set(Array.from({ length: 400 }, (_, index) => chunkOf(`key ${index}`, 16)));
    expect([...used].every((chunk) => chunk >= 0 && chunk < 16)).toBe(true);
    expect(used.size).toBe(16);
  });

  it('has one chunk for a table of one chunk', () => {
    expect(chunkOf('anything', 1)).toBe(0);
  });
});
