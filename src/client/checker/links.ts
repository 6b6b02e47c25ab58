import { linksFromTable, type LinkTable, type PageLinks } from '../../explain/index.ts';

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
