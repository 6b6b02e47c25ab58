import type { FindingId } from '../../checker/index.ts';
import type { DotnetTerm, FindingLink, LinkTarget } from '../../explain/index.ts';

/** Which article sections explain each finding, and each term of a .NET report. */
export interface PageLinks {
  links: Map<FindingId, FindingLink[]>;
  dotnetLinks: Map<DotnetTerm, FindingLink[]>;
}

/**
 * Loads which article sections explain each finding and .NET term (built from the articles'
 * facts files). Without them the findings still show, only without their links.
 */
export async function loadLinks(url: string): Promise<PageLinks> {
  const loaded: PageLinks = { links: new Map(), dotnetLinks: new Map() };
  const add = <Key>(map: Map<Key, FindingLink[]>, key: Key, link: FindingLink) =>
    map.set(key, [...(map.get(key) ?? []), link]);
  try {
    const response = await fetch(url);
    const targets = (await response.json()) as LinkTarget[];
    for (const { href, title, findings, dotnet } of targets) {
      for (const id of findings) add(loaded.links, id, { href, title });
      for (const term of dotnet ?? []) add(loaded.dotnetLinks, term, { href, title });
    }
  } catch {
    // Offline after the page loaded, or a broken deployment: the findings speak for themselves.
  }
  return loaded;
}
