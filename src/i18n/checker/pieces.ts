import type { FindingParam } from '../../checker/index.ts';

/**
 * A sentence of the checker's results, as pieces: our own words stay plain strings, text that
 * comes from the certificate or the URL is marked `code`, and a reference to one of the
 * diagnosed certificates is marked `certificate` (the page links it to that certificate's
 * card, the report writes its name). The page builds text nodes from pieces, never HTML.
 */
export type Piece = string | { code: string } | { certificate: number };

export type Params = Readonly<Record<string, FindingParam>> | undefined;

/** Marks certificate or URL text. */
export const code = (value: unknown): Piece => ({ code: value === undefined || value === null ? '' : String(value) });

/** Refers to certificate `index` of the diagnosis. */
export const cert = (index: unknown): Piece => ({ certificate: Number(index) || 0 });

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
export function codeList(items: readonly unknown[], conjunction: string): Piece[] {
  const pieces: Piece[] = [];
  items.forEach((item, index) => {
    if (index > 0) pieces.push(index === items.length - 1 ? ` ${conjunction} ` : ', ');
    pieces.push(code(item));
  });
  return pieces;
}

/** A string parameter ('' when absent). */
export function text(params: Params, name: string): string {
  const value = params?.[name];
  return value === undefined || value === null ? '' : String(value);
}

/** A number parameter (0 when absent or not a number). */
export function count(params: Params, name: string): number {
  const value = Number(params?.[name]);
  return Number.isFinite(value) ? value : 0;
}

/** A list parameter ([] when absent). */
export function list(params: Params, name: string): string[] {
  const value = params?.[name];
  return Array.isArray(value) ? value.map(String) : [];
}

/** Joins pieces into plain text; `certificateName` names a referenced certificate. */
export function piecesToText(pieces: readonly Piece[], certificateName: (index: number) => string): string {
  return pieces
    .map((piece) =>
      typeof piece === 'string' ? piece : 'code' in piece ? piece.code : certificateName(piece.certificate),
    )
    .join('');
}
