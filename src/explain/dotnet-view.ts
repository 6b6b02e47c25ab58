import type {
  ComparisonOutcome,
  Diagnosis,
  DotnetFlagName,
  DotnetInnerException,
  ReportedFlag,
} from '../checker/index.ts';
import type { DotnetTerm } from './links.ts';
import type { Piece } from './pieces.ts';
import { shown } from './view.ts';
import type { CheckerWords } from './words/types.ts';

/**
 * The section on a pasted .NET report, worked out once for the page, the copied report and the
 * CLI: its fields with labels, each flag with its meaning and the term its article links hang
 * on, the result, and the comparison in sentences. Text from the report is made visible
 * (`shown`) here; the consumers write it as text, never as HTML.
 */

/** A flag as shown: its name, whether the checker knows it, and what it means. */
export interface DotnetFlagView {
  name: string;
  known: boolean;
  meaning: string;
  /** The key of its article links, or null for a name no article explains (None, NoError, unknown). */
  term: DotnetTerm | null;
}

export interface DotnetElementView {
  title: string;
  subject: string;
  thumbprint: string | null;
  status: DotnetFlagView[];
  information: string[];
}

export interface DotnetResultView {
  name: string;
  meaning: string;
  term: DotnetTerm | null;
  message: string;
  inner: DotnetInnerException[];
}

export interface DotnetView {
  heading: string;
  /** Heading of the report's own lines, after the comparison. */
  details: string;
  /** Said before the fields: the URL came from the report, another host was checked, the report is cut short… */
  notes: Piece[][];
  /** Label and value, in the report's order; values are report text. */
  fields: { label: string; value: string }[];
  sslPolicyErrors: { label: string; flags: DotnetFlagView[] } | null;
  chainStatus: { label: string; flags: DotnetFlagView[] } | null;
  elements: DotnetElementView[];
  labels: { thumbprint: string; status: string; statusInformation: string; inner: string };
  result: { label: string; value: DotnetResultView } | null;
  sent: { label: string; count: number } | null;
  comparison: {
    heading: string;
    /** The overall outcome, for styling; null when nothing could be compared. */
    outcome: ComparisonOutcome['outcome'] | null;
    sentences: Piece[][];
  };
}

/** The view of the diagnosis's .NET report, or null when the input held none. */
export function dotnetView(diagnosis: Diagnosis, words: CheckerWords): DotnetView | null {
  const dotnet = diagnosis.dotnet;
  if (!dotnet) return null;
  const { report, comparison } = dotnet;
  const said = words.dotnet;
  const flagView = (flag: ReportedFlag<DotnetFlagName>): DotnetFlagView =>
    flag.known
      ? { name: flag.name, known: true, meaning: said.flag[flag.name], term: flag.name }
      : { name: shown(flag.name), known: false, meaning: said.unknownFlag, term: null };
  const none = (name: 'None' | 'NoError'): DotnetFlagView => ({
    name,
    known: true,
    meaning: said.flag[name],
    term: null,
  });
  const flags = (list: readonly ReportedFlag<DotnetFlagName>[], empty: 'None' | 'NoError') =>
    list.length === 0 ? [none(empty)] : list.map(flagView);

  const notes: Piece[][] = [];
  if (dotnet.urlFrom === 'report') notes.push(said.urlFromReport);
  else if (dotnet.reportHost && diagnosis.host && dotnet.reportHost !== diagnosis.host)
    notes.push(said.otherHost(dotnet.reportHost, diagnosis.host));
  if (comparison.comparable && comparison.sameServerCertificate === false) notes.push([said.otherCertificate]);
  if (!report.complete) notes.push([said.incomplete]);
  if (report.capped) notes.push([said.capped]);

  const text: [string, string | null][] = [
    [said.field.url, report.url],
    [said.field.account, report.account],
    [said.field.time, report.time],
    [said.field.clr, report.clr],
    [said.field.windows, report.windows],
    [said.field.protocols, report.securityProtocol],
    [
      said.field.revocationCheck,
      report.checkCertificateRevocationList === null
        ? null
        : report.checkCertificateRevocationList
          ? said.yes
          : said.no,
    ],
  ];
  const policy = report.sslPolicyErrors;
  const result = report.result;
  return {
    heading: said.heading,
    details: said.details,
    notes,
    fields: text.flatMap(([label, value]) => (value === null ? [] : [{ label, value: shown(value) }])),
    sslPolicyErrors:
      policy === null
        ? null
        : {
            label: said.field.sslPolicyErrors,
            flags:
              policy === 'not-reached'
                ? [{ name: '(not reached)', known: true, meaning: said.notReached, term: null }]
                : flags(policy, 'None'),
          },
    chainStatus: report.chainStatus && { label: said.field.chainStatus, flags: flags(report.chainStatus, 'NoError') },
    elements: report.chainElements.map((element) => ({
      title: said.field.element(element.index),
      subject: shown(element.subject),
      thumbprint: element.thumbprint === null ? null : shown(element.thumbprint),
      status: flags(element.status, 'NoError'),
      information: element.statusInformation.map(shown),
    })),
    labels: {
      thumbprint: said.field.thumbprint,
      status: said.field.status,
      statusInformation: said.field.statusInformation,
      inner: said.field.inner,
    },
    result: result && {
      label: said.field.result,
      value: {
        name: shown(result.name),
        meaning: result.kind === 'unknown' ? said.unknownResult : said.result[result.kind],
        term: result.kind === 'unknown' || result.kind === 'accepted' ? null : result.kind,
        message: shown(result.message),
        inner: result.inner.map((inner) => ({ type: shown(inner.type), message: shown(inner.message) })),
      },
    },
    sent: report.sentCount === null ? null : { label: said.field.sent, count: report.sentCount },
    comparison: {
      heading: said.comparison.heading,
      outcome: comparison.comparable ? comparison.overall.outcome : null,
      sentences: comparison.comparable
        ? [
            said.comparison.overall(comparison.overall, report.account && shown(report.account)),
            ...comparison.aspects.map((aspect) =>
              said.comparison.aspectSentence(
                aspect,
                aspect.checker.map((id) => words.findings[id].title),
              ),
            ),
          ]
        : [said.comparison.notComparable(comparison.reason, report.sentCount)],
    },
  };
}
