import type { FindingId } from '../../checker/index.ts';
import { linksFromTable, type DotnetTerm, type FindingLink, type LinkTable } from '../../explain/index.ts';

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
  try {
    const response = await fetch(url);
    return linksFromTable((await response.json()) as LinkTable);
  } catch {
    // Offline after the page loaded, or a broken deployment: the findings speak for themselves.
    return { links: new Map(), dotnetLinks: new Map() };
  }
}
