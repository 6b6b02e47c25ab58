import { expect, test } from 'vitest';
import { BUILT_SITES, builtPages } from '../lib/built-site.ts';

/**
 * Every page carries its own policy in a <meta> tag (servers add the header policy; see
 * tests/e2e/http-policy.spec.ts). That the browser breaks no rule of it is checked on one page
 * of each kind (tests/e2e/network.spec.ts).
 */
test.each(BUILT_SITES)('$outDir: every page sets a Content Security Policy without unsafe-inline or eval', (site) => {
  for (const page of builtPages(site)) {
    const policies = page.document
      .querySelectorAll('meta[http-equiv="content-security-policy"]')
      .map((meta) => meta.getAttribute('content') ?? '');
    expect(policies, page.path).toHaveLength(1);
    expect(policies[0], page.path).toContain("default-src 'self'");
    expect(policies[0], page.path).not.toContain('unsafe-inline');
    expect(policies[0], page.path).not.toMatch(/'unsafe-eval'/);
  }
});
