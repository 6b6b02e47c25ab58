/** One numbered procedure of a resolution: a `<Steps>` block and the `####` heading above it. */
export interface Procedure {
  heading: string | null;
  steps: string[];
}

/**
 * Pulls the numbered procedures of each `<Resolution id="…">` out of an article's MDX source, for
 * the HowTo structured data. Reading the source keeps the steps written once, in the article.
 * Each `<Steps>` block is its own procedure: two alternative ways to do one thing must not read
 * as one long list.
 */
export function extractResolutionProcedures(mdxBody: string): Map<string, Procedure[]> {
  const procedures = new Map<string, Procedure[]>();
  const resolutionPattern = /<Resolution\s+id="([^"]+)"\s*>([\s\S]*?)<\/Resolution>/g;
  for (const [, id, inner] of mdxBody.matchAll(resolutionPattern)) {
    if (!id || inner === undefined) continue;
    const found: Procedure[] = [];
    for (const block of inner.matchAll(/<Steps>([\s\S]*?)<\/Steps>/g)) {
      const before = inner.slice(0, block.index);
      const headings = [...before.matchAll(/^#{4,6}\s+(.+)$/gm)];
      const heading = headings.at(-1)?.[1];
      const steps = [...(block[1] ?? '').matchAll(/^\s*\d+\.\s+(.+)$/gm)]
        .map(([, item]) => plainText(item ?? ''))
        .filter(Boolean);
      if (steps.length > 0) found.push({ heading: heading ? plainText(heading) : null, steps });
    }
    procedures.set(id, found);
  }
  return procedures;
}

/** Markdown and JSX reduced to the words a reader sees. */
export function plainText(markdown: string): string {
  return (
    markdown
      // A command's code is a string, a quoted expression or a template literal (raw or not).
      .replace(
        /<[^>]*\bcode=(?:"([^"]*)"|\{'([^']*)'\}|\{(?:String\.raw)?`([^`]*)`\})[^>]*\/>/g,
        (_match, double, single, template) => double ?? single ?? template ?? '',
      )
      .replace(/<[^>]+>/g, '')
      .replace(/\[([^\]]+)\]\([^)]+\)/g, '$1')
      .replace(/[*_`]/g, '')
      .replace(/\s+/g, ' ')
      .trim()
  );
}
