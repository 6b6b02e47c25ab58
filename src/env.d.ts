/// <reference path="../.astro/types.d.ts" />

declare namespace App {
  interface Locals {
    /** Set by every page before rendering: components read the page's language, words and URLs from it. */
    route?: import('./site/route-context.ts').RouteContext;
    /** Set by the article page before rendering MDX: components read their article from it. */
    article?: import('./site/article-context.ts').ArticleContext;
  }
}
