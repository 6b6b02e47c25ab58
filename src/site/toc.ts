import type { ArticleData } from '../content/schema.ts';
import { causeAnchor, resolutionAnchor } from './routes.ts';

export interface TocEntry {
  anchor: string;
  text: string;
  children: TocEntry[];
}

/** A heading as Astro's render() reports it for the markdown part of an article. */
export interface MarkdownHeading {
  depth: number;
  slug: string;
  text: string;
}

export interface TocLabels {
  triage: string;
  symptom: string;
  causes: string;
  resolutions: string;
  references: string;
  related: string;
}

/**
 * The article's table of contents: the triage when the article opens with one, the fixed
 * troubleshooting structure (symptom, causes,
 * resolutions, from the frontmatter), then the article's own markdown sections, then the
 * references and related articles the page adds.
 */
export function buildTableOfContents(
  article: ArticleData,
  markdownHeadings: readonly MarkdownHeading[],
  labels: TocLabels,
  options: { hasRelated: boolean; hasTriage?: boolean },
): TocEntry[] {
  const entries: TocEntry[] = [
    ...(options.hasTriage ? [{ anchor: 'triage', text: labels.triage, children: [] }] : []),
    { anchor: 'symptom', text: labels.symptom, children: [] },
    {
      anchor: 'causes',
      text: labels.causes,
      children: article.causes.map((cause) => ({ anchor: causeAnchor(cause.id), text: cause.title, children: [] })),
    },
    {
      anchor: 'resolutions',
      text: labels.resolutions,
      children: article.resolutions.map((resolution) => ({
        anchor: resolutionAnchor(resolution.id),
        text: resolution.title,
        children: [],
      })),
    },
  ];
  // Subsections of the fixed sections (the triage's and the symptom's own h3s) come before the
  // first markdown section; the fixed entries already stand for them.
  let inMarkdownSection = false;
  for (const heading of markdownHeadings) {
    if (heading.depth === 2) {
      inMarkdownSection = true;
      entries.push({ anchor: heading.slug, text: heading.text, children: [] });
    } else if (heading.depth === 3 && inMarkdownSection) {
      entries.at(-1)?.children.push({ anchor: heading.slug, text: heading.text, children: [] });
    }
  }
  if (article.references.length > 0) entries.push({ anchor: 'references', text: labels.references, children: [] });
  if (options.hasRelated) entries.push({ anchor: 'related', text: labels.related, children: [] });
  return entries;
}
