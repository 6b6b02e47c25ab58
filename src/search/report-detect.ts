/**
 * Whether a paste may be a .NET TLS report: its header, its SslPolicyErrors line or a chain element
 * line. A superset of what readDotnetReport recognizes, so a report is never missed, and tiny, so
 * the report reader (and its certificate parsing) loads only when this says yes.
 */
const REPORT_MARKS = /trustkb \.NET TLS report \d|SslPolicyErrors:|Chain element \d+:/;

export function mayBeDotnetReport(paste: string): boolean {
  return REPORT_MARKS.test(paste);
}
