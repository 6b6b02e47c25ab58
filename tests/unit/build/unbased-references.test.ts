import { describe, expect, it } from 'vitest';
import { unbasedReferences } from '../../../scripts/lib/unbased-references.ts';

describe('unbasedReferences', () => {
  it('finds the root-relative URLs of a page that miss the base', () => {
    const html = [
      '<link rel="icon" href="/favicon.svg">',
      '<link rel="canonical" href="/kb/en/x/">',
      '<a href="/en/checker/">checker</a>',
      '<img src="/kb/logo.svg">',
      '<form action="/en/search/">',
      '<meta property="og:url" content="/en/x/">',
      '<div data-links="/en/checker/links.json">',
      '<a href="https://example.org/en/">elsewhere</a> <a href="#triage">here</a> <a href="//cdn.example/x">cdn</a>',
    ].join('\n');
    expect(unbasedReferences(html, '/kb/')).toEqual([
      '/favicon.svg',
      '/en/checker/',
      '/en/search/',
      '/en/x/',
      '/en/checker/links.json',
    ]);
  });

  it('finds requests, search bundles, JSON URL fields and stylesheet URLs that miss the base', () => {
    const script =
      'fetch(`/${e}/search/terms.json`);fetch("/kb/en/search/strings.json");import("/pagefind/pagefind.js");';
    expect(unbasedReferences(script, '/kb/')).toEqual(['/${e}/search/terms.json', '/pagefind/pagefind.js']);
    expect(unbasedReferences('{"messages":"/pagefind-messages/","full":"/kb/pagefind/"}', '/kb/')).toEqual([
      '/pagefind-messages/',
    ]);
    const json = '[{"href":"/en/x/#cause-y","title":"Y"},{"url":"/kb/en/z/"},{"checkerUrl":"/cs/checker/"}]';
    expect(unbasedReferences(json, '/kb/')).toEqual(['/en/x/#cause-y', '/cs/checker/']);
    expect(unbasedReferences('a{background:url(/img/a.svg)} b{background:url("/kb/b.svg")}', '/kb/')).toEqual([
      '/img/a.svg',
    ]);
  });

  it('finds nothing for a site at /, where every root-relative URL is right', () => {
    expect(unbasedReferences('<a href="/en/">home</a>', '/')).toEqual([]);
  });
});
