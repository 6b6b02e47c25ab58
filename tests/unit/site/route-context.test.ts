import { describe, expect, it } from 'vitest';
import { createRouteContext, localePageRoute, requireRoute, type RouteInput } from '../../../src/site/route-context.ts';

const site = 'https://kb.example.org';
const articleRoute: RouteInput = {
  kind: 'article',
  locale: 'cs',
  title: 'Článek',
  description: 'Popis článku.',
  path: '/cs/sample/',
  alternates: { cs: '/cs/sample/', en: '/en/sample/' },
  structuredData: [{ '@type': 'TechArticle' }],
};

describe('createRouteContext', () => {
  const route = createRouteContext(articleRoute, site);

  it('translates into the page language', () => {
    expect(route.t('nav.home')).toBe('Úvod');
    expect(createRouteContext({ ...articleRoute, locale: 'en' }, site).t('nav.home')).toBe('Home');
  });

  it('switches language to the same page in the other language', () => {
    expect(route.languageSwitch).toEqual({ locale: 'en', path: '/en/sample/' });
  });

  it('switches to the other home page when the page exists in one language only', () => {
    const single = createRouteContext({ ...articleRoute, alternates: { cs: '/cs/sample/' } }, site);
    expect(single.languageSwitch).toEqual({ locale: 'en', path: '/en/' });
    const none = createRouteContext({ ...articleRoute, locale: 'en', path: '/404/', alternates: undefined }, site);
    expect(none.head.alternates).toEqual({});
    expect(none.languageSwitch).toEqual({ locale: 'cs', path: '/cs/' });
  });

  it('hands the head its page, the site origin and the structured data', () => {
    expect(route.site).toBe(site);
    expect(route.head.path).toBe('/cs/sample/');
    expect(route.head).toMatchObject({
      locale: 'cs',
      title: 'Článek',
      description: 'Popis článku.',
      path: '/cs/sample/',
      alternates: { cs: '/cs/sample/', en: '/en/sample/' },
      structuredData: [{ '@type': 'TechArticle' }],
    });
  });

  it.each([
    { kind: 'article', type: 'article', noindex: false },
    { kind: 'home', type: 'website', noindex: false },
    { kind: 'checker', type: 'website', noindex: false },
    { kind: 'root', type: 'website', noindex: false },
    { kind: 'search', type: 'website', noindex: true },
    { kind: 'not-found', type: 'website', noindex: true },
  ] as const)('a $kind page is Open Graph type $type, noindex $noindex', ({ kind, type, noindex }) => {
    const { head } = createRouteContext({ ...articleRoute, kind }, site);
    expect(head.type).toBe(type);
    expect(head.noindex).toBe(noindex);
  });
});

describe('requireRoute', () => {
  it('returns the route context the page set', () => {
    const route = createRouteContext(articleRoute, site);
    expect(requireRoute({ route }, 'SiteHeader')).toBe(route);
  });

  it('names the component when the page set no route context', () => {
    expect(() => requireRoute({}, 'SiteHeader')).toThrow(/<SiteHeader> needs the route context/);
  });
});

describe('localePageRoute', () => {
  it('describes a once-per-language page in its own language, with every language as alternate', () => {
    const route = localePageRoute(
      'checker',
      'cs',
      (locale) => `/${locale}/checker/`,
      (t) => ({ title: t('checker.title'), description: t('checker.description') }),
      site,
    );
    expect(route.head.path).toBe('/cs/checker/');
    expect(route.head.alternates).toEqual({ cs: '/cs/checker/', en: '/en/checker/' });
    expect(route.languageSwitch).toEqual({ locale: 'en', path: '/en/checker/' });
    expect(route.head.title).toBe(route.t('checker.title'));
    expect(route.head.title).toBe('Kontrola certifikátu');
  });
});
