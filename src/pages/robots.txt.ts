import type { APIRoute } from 'astro';
import { publicUrl, sitemapPath } from '../site/routes.ts';

// The Sitemap line needs an absolute URL: without a public address there is no sitemap to name.
// It names sitemap.xml, which is the only sitemap or, on a site too large for one, their index.
export const GET: APIRoute = ({ site }) =>
  new Response(`User-agent: *\nAllow: /\n${site ? `\nSitemap: ${publicUrl(sitemapPath(), site)}\n` : ''}`, {
    headers: { 'Content-Type': 'text/plain; charset=utf-8' },
  });
