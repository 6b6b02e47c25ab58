/** Text helpers shared by the query reduction, the stemmer and the spelling fallback. */

/** Lower case without diacritics: "Důvěryhodnost" → "duveryhodnost". */
export function foldDiacritics(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{Mn}/gu, '')
    .toLowerCase();
}

/** Words of letters and digits, as the index splits them ("SSL/TLS" → "SSL", "TLS"). */
export function words(text: string): string[] {
  return text.match(/[\p{L}\p{N}]+/gu) ?? [];
}

const CZECH_LETTERS = /[ěščřžýůťďňĚŠČŘŽÝŮŤĎŇ]/;

/** Letters only Czech uses (of the two site languages): the word is Czech, whatever the site. */
export function looksCzech(word: string): boolean {
  return CZECH_LETTERS.test(word);
}
