/** A UI string table: nested groups of strings. Key parity between languages is a unit test. */
export interface UiStrings {
  readonly [key: string]: string | UiStrings;
}
