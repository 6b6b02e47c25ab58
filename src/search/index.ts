// The search logic that runs in the browser and in tests: no DOM, no Pagefind.
export { czechStem } from './czech-stem.ts';
export { fuseRankings, type FusedHit, type RankedHit } from './fuse.ts';
export { reduceQuery, stemForSearch, type QueryPlan } from './reduce-query.ts';
export { planPaste } from './plan-paste.ts';
export { mayBeDotnetReport } from './report-detect.ts';
export { correctSpelling } from './spelling.ts';
export { buildVocabulary } from './vocabulary.ts';
export { readDotnetReport, type DotnetReport } from './dotnet-report.ts';
export { decisiveSignal, REPORT_SIGNALS, reportSearchText, type ReportSignal } from './report-signals.ts';
