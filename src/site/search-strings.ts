import type { SearchStrings } from '../search/strings.ts';
import { useTranslations, type Locale } from '../i18n/index.ts';
import { articlesPath, checkerPath } from './routes.ts';

/**
 * The search UI's strings, translated at build time and handed to the browser as JSON, so the
 * page does not ship i18next. Plural templates are produced by i18next itself: for each plural
 * category of the language, a sample count is rendered and its digits replaced by {n}.
 */
export function searchStrings(locale: Locale): SearchStrings {
  const t = useTranslations(locale);
  const rules = new Intl.PluralRules(locale);
  const plural = (key: 'search.resultCount' | 'search.checkCertificate' | 'search.certificatesFound') => {
    const templates: Record<string, string> = {};
    for (const category of rules.resolvedOptions().pluralCategories) {
      const sample = [0, 1, 2, 3, 5, 11, 21, 1.5].find((count) => rules.select(count) === category);
      if (sample !== undefined) templates[category] = t(key, { count: sample }).replace(String(sample), '{n}');
    }
    return templates;
  };
  return {
    resultCount: plural('search.resultCount'),
    noResults: t('search.noResults'),
    noResultsHint: t('search.noResultsHint'),
    articlesLink: t('search.articlesLink'),
    articlesUrl: articlesPath(locale),
    showAll: t('search.showAll'),
    correctedTo: t('search.correctedTo'),
    failed: t('search.failed'),
    searching: t('search.searching'),
    inSection: t('search.inSection'),
    identifierFound: t('search.identifierFound'),
    triageHint: t('search.triageHint'),
    fallback: t('search.fallback'),
    checkerUrl: checkerPath(locale),
    checkCertificate: plural('search.checkCertificate'),
    certificatesFound: plural('search.certificatesFound'),
    checkerPrivacy: t('search.checkerPrivacy'),
    privateKeyLeftOut: t('search.privateKeyLeftOut'),
  };
}
