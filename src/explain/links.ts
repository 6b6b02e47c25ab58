import {
  CHAIN_STATUS_FLAGS,
  FINDING_IDS,
  isFindingId,
  SSL_POLICY_ERROR_NAMES,
  WEB_EXCEPTION_STATUSES,
  type ChainStatusFlag,
  type DotnetSslPolicyError,
  type FindingId,
  type WebExceptionStatusName,
} from '../checker/index.ts';
import type { ArticleData } from '../content/schema.ts';
import type { Locale } from '../i18n/locales.ts';
import { siteBase } from '../site/base.ts';
import { articlePath, causeAnchor, resolutionAnchor } from '../site/routes.ts';
import { interleave, LINKS_PER_FINDING, rankCauses } from './link-ranking.ts';
import type { LinkTable } from './link-table.ts';

/** A link from a checker finding to the article section that explains it. */
export interface FindingLink {
  /** Site-relative, with the site's base: `/kb/en/email-router-ssl-trust/#cause-self-signed`. */
  href: string;
  title: string;
}

/** One article in one language, with the headings of its body (slug and text, as Astro renders them). */
export interface ArticleSections {
  data: ArticleData;
  headings: readonly { slug: string; text: string }[];
}

type Section = { article: string } & ({ resolution: string } | { cause: string } | { heading: Record<Locale, string> });

const CHECK_YOURSELF = { en: 'Check the certificate yourself', cs: 'Jak certifikát zkontrolovat sami' };

/**
 * Where the findings that no article lists as a cause are explained. Causes of a TLS failure
 * are linked from the article facts files (`causes[].findings`), the one source of truth; these
 * are notes about the input, the URL or a healthy chain. A heading named here must exist, or
 * the build stops.
 */
const EXPLAINED_ELSEWHERE: Partial<Record<FindingId, Section>> = {
  'input.empty': { article: 'email-router-ssl-trust', heading: CHECK_YOURSELF },
  'input.unrecognized': { article: 'email-router-ssl-trust', heading: CHECK_YOURSELF },
  'input.malformed': { article: 'email-router-ssl-trust', heading: CHECK_YOURSELF },
  'input.too-large': { article: 'email-router-ssl-trust', heading: CHECK_YOURSELF },
  'input.private-key': { article: 'email-router-ssl-trust', heading: CHECK_YOURSELF },
  'input.csr': { article: 'email-router-ssl-trust', heading: CHECK_YOURSELF },
  'input.pkcs12': { article: 'email-router-ssl-trust', heading: CHECK_YOURSELF },
  'url.invalid': { article: 'email-router-ssl-trust', heading: CHECK_YOURSELF },
  'url.not-https': { article: 'email-router-ssl-trust', heading: CHECK_YOURSELF },
  'name.match': { article: 'email-router-ssl-trust', cause: 'name-mismatch' },
  'trust.public-root': { article: 'email-router-ssl-trust', resolution: 'trusted-certificate' },
  'chain.order': {
    article: 'missing-intermediate',
    heading: {
      en: 'Why the order matters less than the presence',
      cs: 'Důležitější než pořadí je, aby certifikát vůbec dorazil',
    },
  },
  'chain.duplicate': { article: 'missing-intermediate', heading: CHECK_YOURSELF },
  'chain.unrelated': { article: 'missing-intermediate', heading: CHECK_YOURSELF },
  'chain.unused-issuer': { article: 'certificate-expired', cause: 'expired' },
  'trust.public-root-unverified': { article: 'email-router-ssl-trust', heading: CHECK_YOURSELF },
  'chain.signature-unchecked': { article: 'email-router-ssl-trust', heading: CHECK_YOURSELF },
};

/** A name a .NET report carries that an article may explain: a policy error, a chain flag, a request failure. */
export type DotnetTerm = DotnetSslPolicyError | ChainStatusFlag | WebExceptionStatusName;

export const DOTNET_TERMS: readonly DotnetTerm[] = [
  ...SSL_POLICY_ERROR_NAMES,
  ...CHAIN_STATUS_FLAGS,
  ...WEB_EXCEPTION_STATUSES,
];

const REVOCATION: Section[] = ['cdp-unreachable', 'winhttp-proxy', 'private-ca-crl'].map((cause) => ({
  article: 'revocation-check-failed',
  cause,
}));
const PROTOCOLS: Section[] = ['dotnet-old-protocols', 'schannel-tls12-off'].map((cause) => ({
  article: 'tls12-secure-channel',
  cause,
}));
const NAME_CONSTRAINTS: FindingId[] = ['chain.name-constraints'];

/**
 * What explains each .NET term: the sections of the findings that stand for the same problem,
 * and sections that no finding reaches (the checker never checks revocation or the protocol).
 * A term left out has no article yet (RemoteCertificateChainErrors is explained by its flags).
 */
const DOTNET_EXPLAINED: Partial<Record<DotnetTerm, readonly (FindingId | Section)[]>> = {
  RemoteCertificateNameMismatch: ['name.mismatch'],
  UntrustedRoot: [
    'trust.self-signed',
    'trust.private-root',
    { article: 'enterprise-root-untrusted', cause: 'user-store-only' },
  ],
  PartialChain: ['chain.incomplete'],
  NotTimeValid: ['time.expired', 'time.not-yet-valid'],
  NotSignatureValid: ['chain.bad-signature'],
  HasWeakSignature: ['crypto.weak-signature'],
  NotValidForUsage: ['usage.no-server-auth'],
  InvalidBasicConstraints: ['chain.issuer-not-ca', 'chain.path-length'],
  InvalidNameConstraints: NAME_CONSTRAINTS,
  HasNotSupportedNameConstraint: NAME_CONSTRAINTS,
  HasNotDefinedNameConstraint: NAME_CONSTRAINTS,
  HasNotPermittedNameConstraint: NAME_CONSTRAINTS,
  HasExcludedNameConstraint: NAME_CONSTRAINTS,
  HasNotSupportedCriticalExtension: ['usage.unknown-critical-extension'],
  ExplicitDistrust: ['trust.windows-distrusted'],
  RevocationStatusUnknown: REVOCATION,
  OfflineRevocation: REVOCATION,
  SecureChannelFailure: PROTOCOLS,
  SendFailure: PROTOCOLS,
};

/**
 * Every finding's links, and under `dotnet` every .NET term's. The terms ride along in the same
 * object so that the one links file the page loads (built from this) carries both.
 */
export type CheckerLinks = Record<FindingId, FindingLink[]> & { dotnet: Record<DotnetTerm, FindingLink[]> };

/**
 * Every finding id with its links, in one language, for the page and the CLI alike: the article
 * sections whose facts files list the finding, most relevant first and at most
 * LINKS_PER_FINDING (see rankCauses: the owning cause first), else the section named above.
 * Throws when a finding ends up with no link at all, or a section named for a finding or a .NET
 * term is missing. `base` is the path the site is served under: the build's own, unless the CLI
 * links to a site given on its command line.
 */
export function findingLinks(articles: readonly ArticleSections[], base = siteBase()): CheckerLinks {
  const sorted = [...articles].sort((a, b) => a.data.id.localeCompare(b.data.id));
  const data = sorted.map((article) => article.data);
  const links = {} as Record<FindingId, FindingLink[]>;
  for (const id of FINDING_IDS) {
    links[id] = rankCauses(id, data).map(({ article, cause }) => ({
      href: `${articlePath(article.locale, article.id, base)}#${causeAnchor(cause.id)}`,
      title: cause.title,
    }));
    const elsewhere = EXPLAINED_ELSEWHERE[id];
    if (links[id].length === 0 && elsewhere) links[id] = [sectionLink(elsewhere, sorted, id, base)];
    if (links[id].length === 0)
      throw new Error(
        `checker finding "${id}" is explained nowhere: list it in an article's causes[].findings or in src/explain/links.ts`,
      );
  }
  const dotnet = {} as Record<DotnetTerm, FindingLink[]>;
  for (const term of DOTNET_TERMS) {
    const entries = DOTNET_EXPLAINED[term] ?? [];
    const ranked = entries.map((entry) =>
      typeof entry === 'string' ? links[entry] : [sectionLink(entry, sorted, term, base)],
    );
    // Never fewer than the entries, so each entry's first (owning) section is shown.
    dotnet[term] = interleave(ranked, Math.max(LINKS_PER_FINDING, entries.length), (link) => link.href);
  }
  return Object.assign(links, { dotnet });
}

function sectionLink(
  section: Section,
  articles: readonly ArticleSections[],
  id: FindingId | DotnetTerm,
  base: string,
): FindingLink {
  const article = articles.find((candidate) => candidate.data.id === section.article);
  const what = `${isFindingId(id) ? 'checker finding' : '.NET term'} "${id}"`;
  if (!article) throw new Error(`${what} points at unknown article "${section.article}"`);
  const { data } = article;
  const path = articlePath(data.locale, data.id, base);
  if ('cause' in section) {
    const cause = data.causes.find((candidate) => candidate.id === section.cause);
    if (cause) return { href: `${path}#${causeAnchor(cause.id)}`, title: cause.title };
  } else if ('resolution' in section) {
    const resolution = data.resolutions.find((candidate) => candidate.id === section.resolution);
    if (resolution) return { href: `${path}#${resolutionAnchor(resolution.id)}`, title: resolution.title };
  } else {
    const heading = article.headings.find((candidate) => candidate.text === section.heading[data.locale]);
    if (heading) return { href: `${path}#${heading.slug}`, title: heading.text };
  }
  throw new Error(
    `${what} points at a section that ${data.id}/${data.locale}.mdx does not have: ${JSON.stringify(section)}`,
  );
}

/**
 * The links file the checker page loads. The site hands over what `findingLinks` returned,
 * typed as the finding links alone, so the .NET terms are optional here.
 */
export function linkTable(links: Record<FindingId, FindingLink[]> & { dotnet?: CheckerLinks['dotnet'] }): LinkTable {
  const table: LinkTable = { sections: [], findings: {}, dotnet: {} };
  const positions = new Map<string, number>();
  const position = (link: FindingLink): number => {
    let found = positions.get(link.href);
    if (found === undefined) {
      found = table.sections.push(link) - 1;
      positions.set(link.href, found);
    }
    return found;
  };
  for (const id of FINDING_IDS) table.findings[id] = links[id].map(position);
  for (const term of DOTNET_TERMS) {
    const termLinks = links.dotnet?.[term] ?? [];
    if (termLinks.length > 0) table.dotnet[term] = termLinks.map(position);
  }
  return table;
}
