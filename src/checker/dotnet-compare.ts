import type { ChainStatusFlag, DotnetSslPolicyError } from './dotnet-names.ts';
import type { DotnetReport, ReportedFlag } from './dotnet-report.ts';
import type { FindingId } from './findings.ts';
import type { Finding, Verdict } from './types.ts';

/**
 * What .NET reported on the router computer against what the checker predicts from the
 * certificates alone, aspect by aspect, as data. The checker judges a machine that trusts only
 * the public roots and cannot see the router computer's stores, its network or its revocation
 * lists; .NET there can. So where the checker says "depends", the report settles it for that
 * computer and that account; where the two disagree, the page says which side flags what.
 */

/** A group of problems both sides can name. `chain` is `RemoteCertificateChainErrors` as a whole. */
export type DotnetAspect =
  'not-available' | 'name' | 'chain' | 'trust' | 'time' | 'signature' | 'usage' | 'revocation' | 'unknown';

/**
 * `agree`: both flag it, or neither does. `dotnet-answers-depends`: the checker could not tell
 * (a root or intermediate it cannot see), and .NET settled it on that computer: `trusted` (no
 * flag there) or `not-trusted`. `differ`: one side flags what the other does not.
 */
export type ComparisonOutcome =
  | { outcome: 'agree' }
  | { outcome: 'dotnet-answers-depends'; answer: 'trusted' | 'not-trusted' }
  | { outcome: 'differ'; flaggedBy: 'dotnet' | 'checker' };

/** A flag name the report carries: an `SslPolicyErrors` or `X509ChainStatusFlags` name, or an unknown one. */
export type DotnetFlagName = DotnetSslPolicyError | ChainStatusFlag;

export type AspectComparison = {
  aspect: DotnetAspect;
  /** The flags .NET raised in this aspect (whole chain and every element, once each). */
  dotnet: ReportedFlag<DotnetFlagName>[];
  /** The checker's findings in this aspect (ids once each, in the order of the diagnosis). */
  checker: FindingId[];
} & ComparisonOutcome;

/** The router computer's answer (`SslPolicyErrors` None or not) against the checker's verdict. */
export type OverallComparison = {
  dotnet: 'accepted' | 'rejected';
  checker: Verdict['routerAccepts'];
} & ComparisonOutcome;

export type DotnetComparison =
  | {
      comparable: true;
      overall: OverallComparison;
      /** `name` and `chain` always (when the name was compared); the others when either side flags something. */
      aspects: AspectComparison[];
      /**
       * Whether the first certificate checked is the one .NET saw (chain element 0's thumbprint
       * against its SHA-1); null when either side has none.
       */
      sameServerCertificate: boolean | null;
    }
  | {
      comparable: false;
      /**
       * `not-reached`: the validation callback never ran (see the report's result);
       * `incomplete`: the report stops before its SslPolicyErrors line; `no-certificates`: .NET
       * got certificates but none reached the checker (a report cut before its PEM blocks).
       */
      reason: 'not-reached' | 'incomplete' | 'no-certificates';
    };

/** Which findings speak to an aspect, and how firmly. */
interface AspectRule {
  dotnet: readonly DotnetFlagName[];
  /** The checker rejects whatever the router computer holds. */
  firm: readonly FindingId[];
  /** The checker's "depends": settled by what the router computer holds. */
  depends: readonly FindingId[];
  /** A warning that agrees when .NET flags the aspect, and means nothing when it does not. */
  confirms?: readonly FindingId[];
}

const CHAIN_ASPECTS = ['trust', 'time', 'signature', 'usage', 'revocation'] as const;

const RULES: Record<Exclude<DotnetAspect, 'not-available' | 'chain' | 'unknown'>, AspectRule> = {
  // name.legacy-only is left out: the checker says Windows accepts it, so it predicts no flag.
  name: { dotnet: ['RemoteCertificateNameMismatch'], firm: ['name.mismatch'], depends: [] },
  trust: {
    dotnet: [
      'UntrustedRoot',
      'PartialChain',
      'ExplicitDistrust',
      'Cyclic',
      'CtlNotTimeValid',
      'CtlNotSignatureValid',
      'CtlNotValidForUsage',
    ],
    firm: ['trust.self-signed', 'trust.windows-distrusted'],
    depends: ['trust.private-root', 'chain.incomplete', 'trust.public-root-unverified'],
  },
  time: { dotnet: ['NotTimeValid', 'NotTimeNested'], firm: ['time.expired', 'time.not-yet-valid'], depends: [] },
  signature: {
    dotnet: ['NotSignatureValid', 'HasWeakSignature'],
    firm: ['chain.bad-signature'],
    depends: ['chain.signature-unchecked'],
    confirms: ['crypto.weak-signature'],
  },
  usage: {
    dotnet: [
      'NotValidForUsage',
      'InvalidExtension',
      'InvalidPolicyConstraints',
      'InvalidBasicConstraints',
      'InvalidNameConstraints',
      'HasNotSupportedNameConstraint',
      'HasNotDefinedNameConstraint',
      'HasNotPermittedNameConstraint',
      'HasExcludedNameConstraint',
      'HasNotSupportedCriticalExtension',
      'NoIssuanceChainPolicy',
    ],
    firm: [
      'usage.no-server-auth',
      'chain.issuer-not-ca',
      'chain.path-length',
      'chain.name-constraints',
      'usage.unknown-critical-extension',
    ],
    depends: [],
  },
  // The checker never checks revocation: it cannot reach the CRL or OCSP addresses.
  revocation: { dotnet: ['Revoked', 'RevocationStatusUnknown', 'OfflineRevocation'], firm: [], depends: [] },
};

/** What the checker knows about the same certificates, from its diagnosis. */
export interface CheckerSide {
  findings: readonly Pick<Finding, 'id'>[];
  verdict: Verdict;
  certificateCount: number;
  /** SHA-1 of the server certificate the checker judged, or null. */
  leafSha1: string | null;
  /** Whether the host was checked (a URL could be read). */
  nameChecked: boolean;
}

/** Compares the report with the checker's diagnosis of the same certificates. */
export function compareWithDotnet(report: DotnetReport, checker: CheckerSide): DotnetComparison {
  const policy = report.sslPolicyErrors;
  if (policy === 'not-reached') return { comparable: false, reason: 'not-reached' };
  if (policy === null) return { comparable: false, reason: 'incomplete' };
  const notAvailable = policy.some((flag) => flag.name === 'RemoteCertificateNotAvailable');
  if (checker.certificateCount === 0 && !notAvailable) return { comparable: false, reason: 'no-certificates' };

  const ids = new Set(checker.findings.map((entry) => entry.id));
  const present = (list: readonly FindingId[] = []) => list.filter((id) => ids.has(id));
  const chainFlags = unique([...(report.chainStatus ?? []), ...report.chainElements.flatMap((entry) => entry.status)]);
  const policyHas = (name: DotnetSslPolicyError) => policy.filter((flag) => flag.name === name);

  const aspects: AspectComparison[] = [];
  if (notAvailable || checker.certificateCount === 0) {
    const checkerSays: FindingId[] =
      checker.certificateCount === 0 ? present(['input.empty', 'input.unrecognized']) : [];
    aspects.push({
      aspect: 'not-available',
      dotnet: policyHas('RemoteCertificateNotAvailable'),
      checker: checkerSays,
      ...judge(notAvailable, checker.certificateCount === 0, false),
    });
  }
  if (checker.certificateCount > 0) {
    if (checker.nameChecked) aspects.push(ruled('name', policyHas('RemoteCertificateNameMismatch'), RULES.name));
    // Without a Chain status line or chain elements (a report cut short), the details are unknown, not clean.
    const chainFlagsKnown = report.chainStatus !== null || report.chainElements.length > 0;
    const details: AspectComparison[] = [];
    if (chainFlagsKnown) {
      for (const aspect of CHAIN_ASPECTS) {
        const rule = RULES[aspect];
        const flagged = chainFlags.filter((flag) => flag.known && rule.dotnet.includes(flag.name));
        const comparison = ruled(aspect, flagged, rule);
        if (aspect === 'trust' || flagged.length > 0 || comparison.checker.length > 0) details.push(comparison);
      }
      const unknown = chainFlags.filter((flag) => !flag.known);
      if (unknown.length > 0)
        details.push({ aspect: 'unknown', dotnet: unknown, checker: [], ...judge(true, false, false) });
    }
    const chainRule: AspectRule = {
      dotnet: ['RemoteCertificateChainErrors'],
      firm: CHAIN_ASPECTS.flatMap((aspect) => RULES[aspect].firm),
      depends: CHAIN_ASPECTS.flatMap((aspect) => RULES[aspect].depends),
    };
    const chain = ruled('chain', policyHas('RemoteCertificateChainErrors'), chainRule);
    aspects.push(
      { aspect: 'chain', dotnet: chain.dotnet, checker: chain.checker, ...settle(chain, details) },
      ...details,
    );
  }

  function ruled(aspect: DotnetAspect, flagged: ReportedFlag<DotnetFlagName>[], rule: AspectRule): AspectComparison {
    const firm = present(rule.firm);
    const depends = present(rule.depends);
    const confirms = flagged.length > 0 ? present(rule.confirms) : [];
    const checkerIds = [...firm, ...depends, ...confirms];
    return {
      aspect,
      dotnet: flagged,
      checker: checkerIds,
      ...judge(flagged.length > 0, firm.length > 0 || confirms.length > 0, depends.length > 0),
    };
  }

  const dotnet = policy.length === 0 ? 'accepted' : 'rejected';
  const verdict = checker.certificateCount === 0 ? false : checker.verdict.routerAccepts;
  const outcome = judge(dotnet === 'rejected', verdict === false, verdict === 'depends');
  const overall: OverallComparison = { dotnet, checker: verdict, ...settle(outcome, aspects) };
  const element = report.chainElements.find((entry) => entry.index === 0);
  const thumbprint = element?.thumbprint?.replace(/[^0-9a-f]/gi, '').toUpperCase() ?? '';
  const sameServerCertificate = thumbprint.length === 40 && checker.leafSha1 ? thumbprint === checker.leafSha1 : null;
  return { comparable: true, overall, aspects, sameServerCertificate };
}

/**
 * A "depends" that .NET answered with a rejection is settled as "not trusted" only when nothing
 * else explains the rejection: if .NET rejected for a reason the checker did not flag (a
 * revocation check, say) while the root was found, the two differ instead.
 */
function settle(outcome: ComparisonOutcome, parts: readonly AspectComparison[]): ComparisonOutcome {
  if (outcome.outcome !== 'dotnet-answers-depends' || outcome.answer !== 'not-trusted') return outcome;
  const notTrusted = parts.some((part) => part.outcome === 'dotnet-answers-depends' && part.answer === 'not-trusted');
  const onlyDotnet = parts.some((part) => part.outcome === 'differ' && part.flaggedBy === 'dotnet');
  return notTrusted || !onlyDotnet ? outcome : { outcome: 'differ', flaggedBy: 'dotnet' };
}

/** The outcome, from whether .NET flags it, whether the checker flags it firmly, and whether it said "depends". */
function judge(dotnetFlags: boolean, checkerFirm: boolean, checkerDepends: boolean): ComparisonOutcome {
  if (checkerFirm) return dotnetFlags ? { outcome: 'agree' } : { outcome: 'differ', flaggedBy: 'checker' };
  if (checkerDepends) return { outcome: 'dotnet-answers-depends', answer: dotnetFlags ? 'not-trusted' : 'trusted' };
  return dotnetFlags ? { outcome: 'differ', flaggedBy: 'dotnet' } : { outcome: 'agree' };
}

function unique<Name extends string>(flags: readonly ReportedFlag<Name>[]): ReportedFlag<Name>[] {
  const seen = new Set<string>();
  return flags.filter((flag) => !seen.has(flag.name) && seen.add(flag.name));
}
