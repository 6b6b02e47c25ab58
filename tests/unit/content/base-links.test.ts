import { markdownToHtml, mdxToJs } from 'satteri';
import { describe, expect, it } from 'vitest';
import { baseLinksPlugin, withSiteBase } from '../../../src/content/base-links.ts';

// The plugin runs in Astro's own Markdown processor (Sätteri); here it runs in the same library.
// A plugin with an async visitor would make the result a promise; awaiting covers both.
const html = async (markdown: string, base: string) =>
  (await markdownToHtml(markdown, { hastPlugins: [baseLinksPlugin(base)] })).html;

describe('withSiteBase', () => {
  it('puts the base in front of root-relative URLs only', () => {
    expect(withSiteBase('/en/x/', '/kb/')).toBe('/kb/en/x/');
    expect(withSiteBase('/en/x/#cause-y', '/kb/')).toBe('/kb/en/x/#cause-y');
    expect(withSiteBase('/en/x/', '/')).toBe('/en/x/');
    for (const untouched of ['https://learn.microsoft.com/x', '//cdn.example/x', '#triage', 'x/y', 'mailto:a@b.c'])
      expect(withSiteBase(untouched, '/kb/')).toBe(untouched);
  });
});

describe('baseLinksPlugin', () => {
  it('rebases the links and images an article writes root-relative', async () => {
    const out = await html(
      'See [the main article](/en/email-router-ssl-trust/#triage), [the script](/tools/trustkb-tls-report.ps1) and ![logo](/favicon.svg).',
      '/kb/',
    );
    expect(out).toContain('href="/kb/en/email-router-ssl-trust/#triage"');
    expect(out).toContain('href="/kb/tools/trustkb-tls-report.ps1"');
    expect(out).toContain('src="/kb/favicon.svg"');
  });

  it('leaves external links, anchors and a site at / as written', async () => {
    const markdown = '[docs](https://learn.microsoft.com/) [here](#causes) [home](/en/)';
    const out = await html(markdown, '/kb/');
    expect(out).toContain('href="https://learn.microsoft.com/"');
    expect(out).toContain('href="#causes"');
    expect(out).toContain('href="/kb/en/"');
    expect(await html(markdown, '/')).toContain('href="/en/"');
  });

  it('rebases <a href> written as JSX in MDX', async () => {
    const { code } = await mdxToJs('Open <a href="/cs/checker/">the checker</a>.\n\n<a href="/en/">home</a>\n', {
      hastPlugins: [baseLinksPlugin('/kb/')],
    });
    expect(code).toContain('"/kb/cs/checker/"');
    expect(code).toContain('"/kb/en/"');
    expect(code).not.toMatch(/"\/(cs|en)\//);
  });
});
