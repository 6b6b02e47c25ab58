import { describe, expect, it } from 'vitest';
import { czechStem } from '../../../src/search/czech-stem.ts';
import { foldDiacritics } from '../../../src/search/text.ts';

/**
 * Every form in a row must be found by the stem of every other form: the stem of any form is a
 * prefix of all the forms (after folding diacritics, as Pagefind does).
 */
const WORD_FAMILIES: string[][] = [
  ['schránka', 'schránky', 'schránce', 'schránku', 'schránkou', 'schránek', 'schránkám', 'schránkách'],
  ['certifikát', 'certifikátu', 'certifikátem', 'certifikáty', 'certifikátů', 'certifikátech', 'certifikátům'],
  ['adresa', 'adresy', 'adrese', 'adresu', 'adresou', 'adres', 'adresám'],
  ['důvěryhodnost', 'důvěryhodnosti', 'důvěryhodností'],
  ['připojení', 'připojením', 'připojeních'],
  ['kořen', 'kořene', 'kořenu', 'kořenem', 'kořeny'],
  ['úložiště', 'úložišti', 'úložištěm'],
  ['server', 'serveru', 'serverem', 'servery', 'serverů'],
  ['autorita', 'autority', 'autoritě', 'autoritou'],
  ['vztah', 'vztahu', 'vztahem', 'vztahy'],
  ['kanál', 'kanálu', 'kanálem'],
  ['platnost', 'platnosti', 'platností'],
  ['řetěz', 'řetězu', 'řetězem', 'řetězce'],
];

// Known limit: a fleeting e in a short word (název → názvu) would need a three-letter stem,
// which would match too much; such words are found only in the form typed.
// Forms whose stem is longer than another form (the fleeting e, the kořen/kořene pair) are
// covered because the shortest stem of the family is a prefix of all of them.
describe('czechStem', () => {
  for (const family of WORD_FAMILIES) {
    it(`finds every form of "${family[0]}" from its base form and from every form`, () => {
      const folded = family.map(foldDiacritics);
      const base = czechStem(family[0]!);
      for (const form of folded) expect(form.startsWith(base), `${base} → ${form}`).toBe(true);
      for (const query of family) {
        const stem = czechStem(query);
        // Each form's stem still finds the form itself and the base form.
        expect(foldDiacritics(query).startsWith(stem), `${stem} → ${query}`).toBe(true);
        expect(folded[0]!.startsWith(stem) || stem.startsWith(base), `${query}: ${stem} vs ${base}`).toBe(true);
      }
    });
  }

  it.each(['schránka', 'schranka', 'SCHRÁNKA'])(
    'gives "%s" the same stem with or without diacritics and case',
    (word) => {
      expect(czechStem(word)).toBe('schran');
    },
  );

  it.each([
    ['kód', 'kod'],
    ['host', 'host'],
    ['ssl', 'ssl'],
  ])('leaves the short word "%s" whole', (word, expected) => {
    expect(czechStem(word)).toBe(expected);
  });

  it('never returns a stem shorter than four letters for a longer word', () => {
    for (const word of ['adresa', 'ruka', 'noha', 'místo', 'okna', 'vzali']) {
      expect(czechStem(word).length).toBeGreaterThanOrEqual(Math.min(4, foldDiacritics(word).length));
    }
  });

  it('always returns a prefix of the folded word', () => {
    for (const family of WORD_FAMILIES) {
      for (const word of family) expect(foldDiacritics(word).startsWith(czechStem(word))).toBe(true);
    }
  });
});
