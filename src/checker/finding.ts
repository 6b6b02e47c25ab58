import { FINDINGS, type FindingId, type Severity } from './findings.ts';
import type { Finding, FindingParam } from './types.ts';

const SEVERITY = new Map<FindingId, Severity>(FINDINGS.map((entry) => [entry.id, entry.severity]));

/** Builds a finding with the severity FINDINGS gives its id, so no caller can disagree with the list. */
export function finding(
  id: FindingId,
  details: { certificate?: number; params?: Record<string, FindingParam> } = {},
): Finding {
  const result: Finding = { id, severity: SEVERITY.get(id) ?? 'error' };
  if (details.certificate !== undefined) result.certificate = details.certificate;
  if (details.params && Object.keys(details.params).length > 0) result.params = details.params;
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
