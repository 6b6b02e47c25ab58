import type { Locale } from '../i18n/locales.ts';
import { mdxHeadings } from '../content/headings.ts';
import { getArticleVersions } from './articles.ts';
import { findingLinks, type CheckerLinks } from '../explain/index.ts';
import { oncePerLocale } from '../i18n/per-locale-cache.ts';

/**
 * Every finding's article links in one language, and every .NET term's under `dotnet`, from the
 * articles (once per build). The headings come from the MDX source, as the CLI reads them
 * (src/content/headings.ts), not from rendering every article: that loaded every article's
 * compiled module into the build, which a second build otherwise copies without rendering.
 */
export const checkerLinks: (locale: Locale) => Promise<CheckerLinks> = oncePerLocale(load);

async function load(locale: Locale): Promise<CheckerLinks> {
  const versions = await getArticleVersions();
  return findingLinks(
    [...versions.values()].map((version) => ({
      data: version[locale].data,
      headings: mdxHeadings(version[locale].body),
    })),
  );
}
