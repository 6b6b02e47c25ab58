/**
 * The search UI's words, as the site translates them at build time and the browser reads them
 * (a data attribute): the one shape both sides share.
 */
export interface SearchStrings {
  /** Plural templates by Intl.PluralRules category, with {n} for the number. */
  resultCount: Record<string, string>;
  noResults: string;
  noResultsHint: string;
  articlesLink: string;
  articlesUrl: string;
  showAll: string;
  correctedTo: string;
  failed: string;
  searching: string;
  inSection: string;
  /** A result an identifier led to: {identifier} is what the paste named, {cause} the section. */
  identifierFound: string;
  /** The triage offered when nothing matched. */
  triageHint: string;
  /** The status when nothing matched the paste and the triage and closest matches are shown. */
  fallback: string;
}
