import GithubSlugger from 'github-slugger';

/** A heading of an article body, with the id the built page gives it. */
export interface BodyHeading {
  depth: number;
  slug: string;
  text: string;
}

/**
 * The Markdown headings of an MDX body with the ids Astro gives them, for tools that read the
 * articles from disk (the CLI): Astro slugs each heading's text with github-slugger, one slugger
 * per page, so repeated headings get `-1`, `-2`. Headings inside fenced code are not headings.
 * A unit test compares the result with the built pages' finding links.
 */
export function mdxHeadings(body: string): BodyHeading[] {
  const slugger = new GithubSlugger();
  const headings: BodyHeading[] = [];
  let fence: string | null = null;
  for (const line of body.split(/\r?\n/)) {
    const fenceMark = /^\s*(`{3,}|~{3,})/.exec(line)?.[1];
    if (fenceMark && (fence === null || fenceMark.startsWith(fence))) {
      fence = fence === null ? fenceMark : null;
      continue;
    }
    if (fence !== null) continue;
    const match = /^(#{1,6})\s+(.+?)\s*#*\s*$/.exec(line);
    if (!match) continue;
    const text = plainText(match[2]!);
    headings.push({ depth: match[1]!.length, slug: slugger.slug(text), text });
  }
  return headings;
}

/** The text a reader sees of inline Markdown: link text, code without backticks, no emphasis marks. */
function plainText(markdown: string): string {
  return markdown
    .replace(/!?\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/`([^`]*)`/g, '$1')
    .replace(/(\*\*|__|\*|_)(\S(?:.*?\S)?)\1/g, '$2')
    .trim();
}
