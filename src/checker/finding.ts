import type { FindingParams } from './finding-params.ts';
import { FINDINGS, type FindingId, type Severity } from './findings.ts';
import type { Finding, FindingOf } from './types.ts';

const SEVERITY = new Map<FindingId, Severity>(FINDINGS.map((entry) => [entry.id, entry.severity]));

type None = Record<never, never>;

/** What a finding is about; `params` may be left out only for ids whose parameters are all optional. */
type Details<Id extends FindingId> = { certificate?: number } & (None extends FindingParams[Id]
  ? { params?: FindingParams[Id] }
  : { params: FindingParams[Id] });

/** Builds a finding with the severity FINDINGS gives its id, so no caller can disagree with the list. */
export function finding<Id extends FindingId>(
  id: Id,
  ...[details]: None extends FindingParams[Id] ? [details?: Details<Id>] : [details: Details<Id>]
): FindingOf<Id> {
  const result: FindingOf<Id> = {
    id,
    severity: SEVERITY.get(id) ?? 'error',
    params: (details?.params ?? {}) as FindingParams[Id],
  };
  if (details?.certificate !== undefined) result.certificate = details.certificate;
  return result;
}

const SEVERITY_RANK: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

/** Errors first, then warnings, then information; otherwise the order the checks ran in. */
export function sortFindings(findings: readonly Finding[]): Finding[] {
  return findings
    .map((entry, index) => ({ entry, index }))
    .sort((a, b) => SEVERITY_RANK[a.entry.severity] - SEVERITY_RANK[b.entry.severity] || a.index - b.index)
    .map(({ entry }) => entry);
}
