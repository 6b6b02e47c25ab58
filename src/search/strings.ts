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
  /** The checker page, where a pasted certificate is handed over (client/checker/hand-off.ts). */
  checkerUrl: string;
  /** Plural templates, like resultCount: the option and button that hand certificates to the checker. */
  checkCertificate: Record<string, string>;
  /** Plural templates: how many certificates a paste holds. */
  certificatesFound: Record<string, string>;
  checkerPrivacy: string;
  privateKeyLeftOut: string;
}
