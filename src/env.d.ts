/// <reference path="../.astro/types.d.ts" />

declare namespace App {
  interface Locals {
    /** Set by the article page before rendering MDX: components read their article from it. */
    article?: import('./site/article-context.ts').ArticleContext;
  }
}
