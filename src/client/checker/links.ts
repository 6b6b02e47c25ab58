import type { FindingId } from '../../checker/index.ts';
import type { FindingLink, LinkTarget } from '../../explain/index.ts';

/**
 * Loads which article sections explain each finding (built from the articles' facts files).
 * Without them the findings still show, only without their links.
 */
export async function loadLinks(url: string): Promise<Map<FindingId, FindingLink[]>> {
  const links = new Map<FindingId, FindingLink[]>();
  try {
    const response = await fetch(url);
    const targets = (await response.json()) as LinkTarget[];
    for (const { href, title, findings } of targets) {
      for (const id of findings) links.set(id, [...(links.get(id) ?? []), { href, title }]);
    }
  } catch {
    // Offline after the page loaded, or a broken deployment: the findings speak for themselves.
  }
  return links;
}
