import { describe, expect, it } from 'vitest';
import { normalizeForPhrase, verbatimScore } from '../../../src/search/phrase.ts';

describe('verbatimScore', () => {
  const tls = 'Požadavek byl přerušen: Nelze vytvořit zabezpečený kanál SSL/TLS.';
  const trust = 'Základní připojení bylo uzavřeno: nelze vytvořit vztah důvěryhodnosti pro zabezpečený kanál SSL/TLS.';

  it('counts a sentence found word for word, ignoring case, diacritics and punctuation', () => {
    expect(verbatimScore('nelze vytvorit zabezpeceny kanal ssl/tls', tls)).toBe(
      'nelze vytvorit zabezpeceny kanal ssl tls'.length,
    );
  });

  it('does not count the same words in another order or with words between', () => {
    expect(verbatimScore('Nelze vytvořit zabezpečený kanál SSL/TLS.', trust)).toBe(0);
  });

  it('adds up every sentence found and ignores short ones', () => {
    const paste =
      'Základní připojení bylo uzavřeno: nelze vytvořit vztah důvěryhodnosti pro zabezpečený kanál SSL/TLS. Chyba.';
    expect(verbatimScore(paste, trust)).toBe(
      normalizeForPhrase('Základní připojení bylo uzavřeno').length +
        normalizeForPhrase('nelze vytvořit vztah důvěryhodnosti pro zabezpečený kanál SSL/TLS').length,
    );
  });

  it('does not count a lone word, however long', () => {
    expect(verbatimScore('NotTimeValid', 'status NotTimeValid here')).toBe(0);
  });

  it('matches whole words only', () => {
    expect(verbatimScore('secure channels are fine', 'the secure channel are fine')).toBe(0);
  });
});
