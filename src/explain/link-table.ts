import type { FindingId } from '../checker/index.ts';
import type { DotnetTerm, FindingLink } from './links.ts';

/**
 * The links as the browser loads them (`/{lang}/checker/links.json`, written by linkTable): each
 * section once, and per finding and .NET term the positions of its sections in that list, in
 * rank order. Positions keep the file small: a section several findings share is written once.
 */
export interface LinkTable {
  sections: FindingLink[];
  findings: Partial<Record<FindingId, number[]>>;
  dotnet: Partial<Record<DotnetTerm, number[]>>;
}

/** Which article sections explain each finding, and each term of a .NET report. */
export interface PageLinks {
  links: Map<FindingId, FindingLink[]>;
  dotnetLinks: Map<DotnetTerm, FindingLink[]>;
}

/**
 * The links per finding and .NET term again, in rank order: what the checker page renders. Only
 * types are imported, so the page does not carry the tables that build the links.
 */
export function linksFromTable(table: LinkTable): PageLinks {
  const resolve = <Key extends string>(byKey: Partial<Record<Key, number[]>>): Map<Key, FindingLink[]> =>
    new Map(
      (Object.entries(byKey) as [Key, number[]][]).map(([key, positions]) => [
        key,
        positions.flatMap((index) => (table.sections[index] ? [table.sections[index]] : [])),
      ]),
    );
  return { links: resolve(table.findings), dotnetLinks: resolve(table.dotnet) };
}
