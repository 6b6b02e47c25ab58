import type { HastPluginDefinition, HastVisitorContext, MdxJsxTextElementHast } from 'satteri';
import { withBase } from '../site/public-address.ts';

/**
 * A hast plugin for Astro's Markdown processor (Sätteri, registered in astro.config.mjs) that
 * puts the site's base in front of the root-relative links the articles are written with:
 * `[main article](/en/email-router-ssl-trust/)` leads to `/kb/en/email-router-ssl-trust/` on a
 * site served under `/kb/`. The MDX text stays written for `/`.
 */

/** The elements whose URL attribute an article may write root-relative. */
const URL_ATTRIBUTE: Record<string, string> = { a: 'href', img: 'src' };
const TAGS = Object.keys(URL_ATTRIBUTE);

/** `/en/x/` → `/kb/en/x/`; anything not root-relative (`https:`, `#x`, `//host/`, `x/`) as it is. */
export function withSiteBase(value: string, base: string): string {
  return value.startsWith('/') && !value.startsWith('//') ? withBase(base, value) : value;
}

/** `base` is the path the site is served under, `/` or `/kb/`, as public-address.ts gives it. */
export function baseLinksPlugin(base: string): HastPluginDefinition {
  // <a href="/…"> written as JSX in the MDX: only a literal value can be rebased.
  const visitJsx = {
    filter: TAGS,
    visit(node: Readonly<Pick<MdxJsxTextElementHast, 'name' | 'attributes'>>, ctx: HastVisitorContext) {
      const attribute = URL_ATTRIBUTE[node.name ?? '']!;
      const value = node.attributes.find(
        (entry) => entry.type === 'mdxJsxAttribute' && entry.name === attribute,
      )?.value;
      if (typeof value === 'string' && withSiteBase(value, base) !== value)
        ctx.setProperty(node as MdxJsxTextElementHast, attribute, withSiteBase(value, base));
    },
  };
  return {
    name: 'trustkb-base-links',
    // Markdown links and images.
    element: {
      filter: TAGS,
      visit(node, ctx) {
        const attribute = URL_ATTRIBUTE[node.tagName]!;
        const value = node.properties[attribute];
        if (typeof value === 'string' && withSiteBase(value, base) !== value)
          ctx.setProperty(node, attribute, withSiteBase(value, base));
      },
    },
    mdxJsxTextElement: visitJsx,
    mdxJsxFlowElement: visitJsx,
  };
}
