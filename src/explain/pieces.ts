/**
 * A sentence of the checker's results, as pieces: our own words stay plain strings, text that
 * comes from the certificate or the URL is marked `code`, and a reference to one of the
 * diagnosed certificates is marked `certificate` (the page links it to that certificate's
 * card, the report writes its name). The page builds text nodes from pieces, never HTML.
 */
export type Piece = string | { code: string } | { certificate: number };

/** Marks certificate or URL text. */
export const code = (value: string | number): Piece => ({ code: String(value) });

/** Refers to certificate `index` of the diagnosis. */
export const cert = (index: number): Piece => ({ certificate: index });

/** Tagged template: literal parts stay text, each value is inserted as is (a piece or a list of them). */
export function say(strings: TemplateStringsArray, ...values: (Piece | Piece[])[]): Piece[] {
  const pieces: Piece[] = [];
  strings.forEach((text, index) => {
    if (text) pieces.push(text);
    const value = values[index];
    if (value !== undefined) pieces.push(...(Array.isArray(value) ? value : [value]));
  });
  return pieces;
}

/** `a, b and c` as pieces, each item as code; `conjunction` is the language's "and". */
export function codeList(items: readonly (string | number)[], conjunction: string): Piece[] {
  const pieces: Piece[] = [];
  items.forEach((item, index) => {
    if (index > 0) pieces.push(index === items.length - 1 ? ` ${conjunction} ` : ', ');
    pieces.push(code(item));
  });
  return pieces;
}

/** Joins pieces into plain text; `certificateName` names a referenced certificate. */
export function piecesToText(pieces: readonly Piece[], certificateName: (index: number) => string): string {
  return pieces
    .map((piece) =>
      typeof piece === 'string' ? piece : 'code' in piece ? piece.code : certificateName(piece.certificate),
    )
    .join('');
}
