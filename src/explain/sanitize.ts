/**
 * Certificate text as shown to a person, on the page and in a terminal: control characters
 * (an ESC in a subject could rewrite a terminal screen) and bidirectional overrides (which can
 * make a name read backwards) are written as \u escapes instead of being obeyed.
 */
// eslint-disable-next-line no-control-regex -- finding control characters is the point
const HIDDEN_OR_CONTROL = /[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;

export function sanitize(text: string): string {
  return text.replace(HIDDEN_OR_CONTROL, (character) => `\\u${character.charCodeAt(0).toString(16).padStart(4, '0')}`);
}
