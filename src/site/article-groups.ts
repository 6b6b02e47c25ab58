import { SYMPTOM_GROUPS, type ArticleData, type SymptomGroup } from '../content/schema.ts';
import type { Locale } from '../i18n/locales.ts';

/**
 * The two ways into the collection besides search: the error the admin has on screen (the
 * article's symptom group) and the product they run (its appliesTo). The home page shows each
 * group with its count; the listing pages show its members. Works on whatever carries the facts,
 * so the pages pass their entries and the tests pass plain objects.
 */
type Grouped = { data: Pick<ArticleData, 'symptomGroup' | 'appliesTo'> };

export interface SymptomGroupMembers<Article> {
  group: SymptomGroup;
  articles: Article[];
}

export interface ProductMembers<Article> {
  /** The product's name as the facts files spell it. */
  product: string;
  /** Its URL segment (productSlug). */
  slug: string;
  articles: Article[];
}

/** The articles of each symptom group, in SYMPTOM_GROUPS order, leaving out empty groups. */
export function groupBySymptom<Article extends Grouped>(articles: readonly Article[]): SymptomGroupMembers<Article>[] {
  return SYMPTOM_GROUPS.map((group) => ({
    group,
    articles: articles.filter((article) => article.data.symptomGroup === group),
  })).filter((entry) => entry.articles.length > 0);
}

/**
 * A product name as a URL segment: lower case, accents dropped, anything else between words a
 * hyphen (`.NET Framework` → `net-framework`).
 */
export function productSlug(product: string): string {
  const slug = product
    .normalize('NFD')
    .replace(/\p{Mn}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
  if (slug === '') throw new Error(`product "${product}" has no letters or digits to name its page by`);
  return slug;
}

/**
 * The articles of each product, the most articles first, then by name in the page's collation.
 * Articles keep the order they came in. Two product names that would share a page address (say
 * "Windows" and "windows") stop the build: the facts files must spell one product one way.
 */
export function groupByProduct<Article extends Grouped>(
  articles: readonly Article[],
  locale: Locale,
): ProductMembers<Article>[] {
  const byProduct = new Map<string, Article[]>();
  for (const article of articles) {
    for (const product of new Set(article.data.appliesTo.map((item) => item.product))) {
      const members = byProduct.get(product);
      if (members) members.push(article);
      else byProduct.set(product, [article]);
    }
  }
  const bySlug = new Map<string, string>();
  for (const product of byProduct.keys()) {
    const slug = productSlug(product);
    const other = bySlug.get(slug);
    if (other !== undefined) {
      throw new Error(
        `products "${other}" and "${product}" would share the page /products/${slug}/: spell the product one way in every article.yaml (appliesTo)`,
      );
    }
    bySlug.set(slug, product);
  }
  return [...byProduct]
    .map(([product, members]) => ({ product, slug: productSlug(product), articles: members }))
    .sort((a, b) => b.articles.length - a.articles.length || a.product.localeCompare(b.product, locale));
}
