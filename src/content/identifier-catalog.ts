import { load as parseYaml } from 'js-yaml';
import { z } from 'astro/zod';
import { IDENTIFIER_KINDS, type CatalogGroup } from '../search/identifiers.ts';
import catalogSource from '../../content/identifiers/catalog.yaml?raw';

/**
 * The identifier catalog, content/identifiers/catalog.yaml: which cause each error identifier
 * signals, and the public document each mapping comes from. Checked here for its own shape (every
 * identifier cites a known source, none appears twice); tests/unit/content/identifiers.test.ts
 * checks it against the articles.
 */
const sourceSchema = z.strictObject({ title: z.string().min(3), url: z.url({ protocol: /^https$/ }) });

const identifierSchema = z
  .strictObject({
    kind: z.enum(IDENTIFIER_KINDS),
    name: z.string().min(3).optional(),
    code: z
      .union([
        z.string().regex(/^0x[0-9A-F]{8}$/, 'an HRESULT is written 0x followed by 8 upper-case hex digits'),
        z.number().int().nonnegative(),
      ])
      .optional(),
    text: z.string().min(8).optional(),
    source: z.string(),
  })
  .refine((identifier) => identifier.name || identifier.code !== undefined || identifier.text, {
    message: 'an identifier needs a name, a code or a text',
  })
  .refine((identifier) => (identifier.kind === 'hresult') === (typeof identifier.code === 'string'), {
    message: 'HRESULT codes (and only they) are written as hex strings',
  });

export const identifierCatalogSchema = z
  .strictObject({
    sources: z.record(z.string(), sourceSchema),
    groups: z
      .array(
        z.strictObject({
          target: z.string().regex(/^[a-z0-9-]+#[a-z0-9-]+$/, 'write <article>#<cause> or <article>#triage'),
          generic: z.boolean().optional(),
          identifiers: z.array(identifierSchema).min(1),
        }),
      )
      .min(1),
  })
  .superRefine((catalog, context) => {
    const seen = new Set<string>();
    catalog.groups.forEach((group, groupIndex) => {
      group.identifiers.forEach((identifier, index) => {
        const path = ['groups', groupIndex, 'identifiers', index];
        if (!(identifier.source in catalog.sources)) {
          context.addIssue({
            code: 'custom',
            path: [...path, 'source'],
            message: `unknown source "${identifier.source}"`,
          });
        }
        for (const key of [
          identifier.name,
          identifier.text?.toLowerCase(),
          identifier.code !== undefined ? `${identifier.kind}:${identifier.code}` : undefined,
        ]) {
          if (key === undefined) continue;
          if (seen.has(key)) context.addIssue({ code: 'custom', path, message: `"${key}" is listed twice` });
          seen.add(key);
        }
      });
    });
  });

export type IdentifierCatalog = z.output<typeof identifierCatalogSchema>;

/** The parsed catalog; a broken file fails the build with the field at fault. */
export function loadIdentifierCatalog(source: string = catalogSource): IdentifierCatalog {
  const result = identifierCatalogSchema.safeParse(parseYaml(source));
  if (!result.success) {
    throw new Error(`content/identifiers/catalog.yaml: ${z.prettifyError(result.error)}`);
  }
  return result.data;
}

/** The groups without their sources: what search needs, as the browser receives it. */
export function catalogGroups(catalog: IdentifierCatalog): CatalogGroup[] {
  return catalog.groups.map(({ target, generic, identifiers }) => ({
    target,
    ...(generic ? { generic } : {}),
    identifiers: identifiers.map(({ source: _source, ...identifier }) => identifier),
  }));
}
