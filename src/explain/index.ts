/**
 * From a diagnosis to what a person reads: the words of each finding in Czech and English, the
 * links to the article sections that explain them, the verdict in one word, the chain, and the
 * plain-text or Markdown report. One room for the checker page, the copied report and the
 * `trustcheck` CLI, so they cannot drift apart. No DOM, no Astro, no i18next.
 */
export { buildReport, type ReportContext } from './report.ts';
export {
  dotnetView,
  type DotnetElementView,
  type DotnetFlagView,
  type DotnetResultView,
  type DotnetView,
} from './dotnet-view.ts';
export { findingWords } from './finding-words.ts';
export {
  DOTNET_TERMS,
  findingLinks,
  linkTable,
  type ArticleSections,
  type CheckerLinks,
  type DotnetTerm,
  type FindingLink,
} from './links.ts';
export { linksFromTable, type LinkTable, type PageLinks } from './link-table.ts';
export { LINKS_PER_FINDING } from './link-ranking.ts';
export { code, cert, codeList, piecesToText, say, type Piece } from './pieces.ts';
export { sanitize } from './sanitize.ts';
export { validityWords } from './validity-words.ts';
export {
  certificateName,
  chainOf,
  checkedUrl,
  findingsToShow,
  shown,
  verdictAttribute,
  verdictKind,
  verdictOf,
  type ChainNode,
  type ChainStatus,
  type CheckResult,
} from './view.ts';
export type { CheckerWords, FindingWords, VerdictKind } from './words/types.ts';
