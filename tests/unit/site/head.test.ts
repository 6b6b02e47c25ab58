import { describe, expect, it } from 'vitest';
import { buildHeadTags, pageTitle, serializeJsonLd } from '../../../src/site/head.ts';

const site = 'https://kb.example.org';
const articlePage = {
  locale: 'cs' as const,
  title: 'Článek',
  description: 'Popis článku.',
  path: '/cs/sample/',
  alternates: { cs: '/cs/sample/', en: '/en/sample/' },
  type: 'article' as const,
  structuredData: [{ '@type': 'TechArticle', headline: '</script><script>alert(1)</script>' }],
};

const find = (tags: ReturnType<typeof buildHeadTags>, predicate: (attrs: Record<string, string>) => boolean) =>
  tags.filter((tag) => predicate(tag.attrs));

describe('buildHeadTags', () => {
  const tags = buildHeadTags(articlePage, site, '/');

  it('points the canonical at the page itself on the configured site', () => {
    expect(find(tags, (a) => a.rel === 'canonical').map((t) => t.attrs.href)).toEqual([
      'https://kb.example.org/cs/sample/',
    ]);
  });

  it('lists every language and x-default as hreflang alternates', () => {
    const alternates = find(tags, (a) => a.rel === 'alternate').map((t) => [t.attrs.hreflang, t.attrs.href]);
    expect(alternates).toEqual([
      ['cs', 'https://kb.example.org/cs/sample/'],
      ['en', 'https://kb.example.org/en/sample/'],
      ['x-default', 'https://kb.example.org/'],
    ]);
  });

  it('omits x-default when the page lacks a language', () => {
    const single = buildHeadTags({ ...articlePage, alternates: { cs: '/cs/sample/' } }, site);
    expect(find(single, (a) => a.hreflang === 'x-default')).toEqual([]);
  });

  it('describes the page for Open Graph in its locale', () => {
    const og = Object.fromEntries(
      find(tags, (a) => a.property?.startsWith('og:') ?? false).map((t) => [t.attrs.property, t.attrs.content]),
    );
    expect(og).toMatchObject({
      'og:type': 'article',
      'og:locale': 'cs_CZ',
      'og:locale:alternate': 'en_GB',
      'og:url': 'https://kb.example.org/cs/sample/',
    });
  });

  it('writes JSON-LD that cannot close its script element', () => {
    const script = tags.find((tag) => tag.tag === 'script');
    expect(script?.content).not.toContain('</script>');
    expect(JSON.parse(script!.content!)).toEqual(articlePage.structuredData[0]);
  });

  it('marks pages that should not be indexed', () => {
    expect(find(buildHeadTags({ ...articlePage, noindex: true }, site), (a) => a.name === 'robots')).toHaveLength(1);
    expect(find(tags, (a) => a.name === 'robots')).toHaveLength(0);
  });
});

describe('buildHeadTags without a public address', () => {
  const tags = buildHeadTags(articlePage, null, '/');

  it('writes no canonical, hreflang or og:url, and never a made-up origin', () => {
    expect(find(tags, (a) => a.rel === 'canonical')).toEqual([]);
    expect(find(tags, (a) => a.rel === 'alternate')).toEqual([]);
    expect(find(tags, (a) => a.property === 'og:url')).toEqual([]);
    // What does not depend on the address stays.
    expect(find(tags, (a) => a.property === 'og:locale:alternate').map((t) => t.attrs.content)).toEqual(['en_GB']);
    expect(find(tags, (a) => a.name === 'description')).toHaveLength(1);
    expect(JSON.stringify(tags)).not.toMatch(/https?:/);
  });

  it('points at no sitemap: there is none without absolute URLs', () => {
    expect(find(tags, (a) => a.rel === 'sitemap')).toEqual([]);
    expect(find(buildHeadTags(articlePage, site, '/'), (a) => a.rel === 'sitemap').map((t) => t.attrs.href)).toEqual([
      'https://kb.example.org/sitemap.xml',
    ]);
  });
});

describe('buildHeadTags under a sub-path', () => {
  const underKb = {
    ...articlePage,
    path: '/kb/cs/sample/',
    alternates: { cs: '/kb/cs/sample/', en: '/kb/en/sample/' },
  };

  it('keeps the base in every URL of the public address, and names none without one', () => {
    const absolute = buildHeadTags(underKb, 'https://intranet.example/kb/', '/kb/');
    expect(
      find(absolute, (a) => a.rel === 'alternate' || a.rel === 'canonical' || a.rel === 'sitemap').map(
        (t) => t.attrs.href,
      ),
    ).toEqual([
      'https://intranet.example/kb/cs/sample/',
      'https://intranet.example/kb/cs/sample/',
      'https://intranet.example/kb/en/sample/',
      'https://intranet.example/kb/',
      'https://intranet.example/kb/sitemap.xml',
    ]);
    const unnamed = buildHeadTags(underKb, null, '/kb/');
    expect(find(unnamed, (a) => a.rel === 'alternate' || a.rel === 'canonical' || a.rel === 'sitemap')).toEqual([]);
  });
});

describe('pageTitle', () => {
  it('appends the site name except on the site itself', () => {
    expect(pageTitle({ title: 'Článek' })).toBe('Článek | trustkb');
    expect(pageTitle({ title: 'trustkb' })).toBe('trustkb');
  });
});

describe('serializeJsonLd', () => {
  it('escapes every < in strings', () => {
    expect(serializeJsonLd({ a: '<b>' })).toBe('{"a":"\\u003cb>"}');
  });
});
