import { describe, expect, it } from 'vitest';
import type { SymptomGroup } from '../../../src/content/schema.ts';
import { groupByProduct, groupBySymptom, productSlug } from '../../../src/site/article-groups.ts';

function article(id: string, symptomGroup: SymptomGroup, products: string[]) {
  return { id, data: { symptomGroup, appliesTo: products.map((product) => ({ product, versions: [] })) } };
}

const articles = [
  article('a', 'trust', ['Microsoft Exchange Server', 'Windows']),
  article('b', 'secure-channel', ['Windows', '.NET Framework']),
  article('c', 'trust', ['Windows']),
  // Listed twice with different versions: still one membership.
  article('d', 'trust', ['Microsoft Exchange Server', 'Microsoft Exchange Server']),
];

describe('groupBySymptom', () => {
  it('lists each group with articles in SYMPTOM_GROUPS order, members in input order, empty groups left out', () => {
    expect(groupBySymptom(articles).map(({ group, articles: members }) => [group, members.map((a) => a.id)])).toEqual([
      ['trust', ['a', 'c', 'd']],
      ['secure-channel', ['b']],
    ]);
  });
});

describe('groupByProduct', () => {
  it('puts the products with most articles first, ties by name, each article once per product', () => {
    expect(
      groupByProduct(articles, 'en').map(({ product, slug, articles: members }) => [
        product,
        slug,
        members.map((a) => a.id),
      ]),
    ).toEqual([
      ['Windows', 'windows', ['a', 'b', 'c']],
      ['Microsoft Exchange Server', 'microsoft-exchange-server', ['a', 'd']],
      ['.NET Framework', 'net-framework', ['b']],
    ]);
  });

  it('stops on two spellings of one product, which would share a page', () => {
    expect(() =>
      groupByProduct([article('a', 'trust', ['Windows']), article('b', 'trust', ['windows'])], 'en'),
    ).toThrow(/"Windows" and "windows" would share the page \/products\/windows\//);
  });

  it('puts every article of a collection under at least one product', () => {
    const members = new Set(groupByProduct(articles, 'cs').flatMap((group) => group.articles.map((a) => a.id)));
    expect([...members].sort()).toEqual(['a', 'b', 'c', 'd']);
  });
});

describe('productSlug', () => {
  it.each([
    { input: 'Microsoft Dynamics CRM E-mail Router', want: 'microsoft-dynamics-crm-e-mail-router' },
    { input: '.NET Framework', want: 'net-framework' },
    { input: 'Windows Server 2008 R2', want: 'windows-server-2008-r2' },
    { input: 'Správa certifikátů', want: 'sprava-certifikatu' },
  ])('$input → $want', ({ input, want }) => {
    expect(productSlug(input)).toBe(want);
  });

  it('refuses a name with nothing to spell a URL with', () => {
    expect(() => productSlug('++')).toThrow(/no letters or digits/);
  });
});
