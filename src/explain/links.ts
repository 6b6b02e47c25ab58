import { FINDING_IDS, type FindingId } from '../checker/index.ts';
import type { ArticleData } from '../content/schema.ts';
import type { Locale } from '../i18n/locales.ts';
import { articlePath, causeAnchor, resolutionAnchor } from '../site/routes.ts';

/** A link from a checker finding to the article section that explains it. */
export interface FindingLink {
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

/**
 * Every finding id with its links, in one language: each article section whose facts file
 * lists the finding (articles by id, causes in order), for the page and the CLI alike,
 * else the section named above. Throws when a finding ends up with no link at all.
 */
export function findingLinks(articles: readonly ArticleSections[]): Record<FindingId, FindingLink[]> {
  const sorted = [...articles].sort((a, b) => a.data.id.localeCompare(b.data.id));
  const links = {} as Record<FindingId, FindingLink[]>;
  for (const id of FINDING_IDS) {
    links[id] = sorted.flatMap(({ data }) =>
      data.causes
        .filter((cause) => cause.findings.includes(id))
        .map((cause) => ({
          href: `${articlePath(data.locale, data.id)}#${causeAnchor(cause.id)}`,
          title: cause.title,
        })),
    );
    const elsewhere = EXPLAINED_ELSEWHERE[id];
    if (links[id].length === 0 && elsewhere) links[id] = [sectionLink(elsewhere, sorted, id)];
    if (links[id].length === 0)
      throw new Error(
        `checker finding "${id}" is explained nowhere: list it in an article's causes[].findings or in src/explain/links.ts`,
      );
  }
  return links;
}

function sectionLink(section: Section, articles: readonly ArticleSections[], id: FindingId): FindingLink {
  const article = articles.find((candidate) => candidate.data.id === section.article);
  if (!article) throw new Error(`checker finding "${id}" points at unknown article "${section.article}"`);
  const { data } = article;
  const path = articlePath(data.locale, data.id);
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
    `checker finding "${id}" points at a section that ${data.id}/${data.locale}.mdx does not have: ${JSON.stringify(section)}`,
  );
}

/** One link target with every finding it explains: the shape the browser loads (`/{lang}/checker/links.json`). */
export interface LinkTarget extends FindingLink {
  findings: FindingId[];
}

export function linkTable(links: Record<FindingId, FindingLink[]>): LinkTarget[] {
  const byHref = new Map<string, LinkTarget>();
  for (const id of FINDING_IDS) {
    for (const link of links[id]) {
      const target = byHref.get(link.href) ?? { ...link, findings: [] };
      target.findings.push(id);
      byHref.set(link.href, target);
    }
  }
  return [...byHref.values()];
}
