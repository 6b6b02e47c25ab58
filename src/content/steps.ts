/**
 * Pulls the numbered steps of each `<Resolution id="…">` out of an article's MDX source, for the
 * HowTo structured data. Reading the source keeps the steps written once, in the article.
 */
export function extractResolutionSteps(mdxBody: string): Map<string, string[]> {
  const steps = new Map<string, string[]>();
  const resolutionPattern = /<Resolution\s+id="([^"]+)"\s*>([\s\S]*?)<\/Resolution>/g;
  for (const [, id, inner] of mdxBody.matchAll(resolutionPattern)) {
    if (!id || inner === undefined) continue;
    const items: string[] = [];
    for (const [, block] of inner.matchAll(/<Steps>([\s\S]*?)<\/Steps>/g)) {
      for (const [, item] of (block ?? '').matchAll(/^\s*\d+\.\s+(.+)$/gm)) {
        const text = plainText(item ?? '');
        if (text) items.push(text);
      }
    }
    steps.set(id, items);
  }
  return steps;
}

/** Markdown and JSX reduced to the words a reader sees. */
export function plainText(markdown: string): string {
  return markdown
    .replace(/<[^>]*\bcode=(?:"([^"]*)"|\{'([^']*)'\})[^>]*\/>/g, (_match, double, single) => double ?? single ?? '')
    .replace(/<[^>]+>/g, '')
    .replace(/\[([^\]]+)\]\([^)]+\)/g, '$1')
    .replace(/[*_`]/g, '')
    .replace(/\s+/g, ' ')
    .trim();
}
