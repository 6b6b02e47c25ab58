import type { APIRoute } from 'astro';
import { publicUrl, sitePath } from '../site/routes.ts';

// The Sitemap line needs an absolute URL: without a public address there is no sitemap to name.
export const GET: APIRoute = ({ site }) =>
  new Response(`User-agent: *\nAllow: /\n${site ? `\nSitemap: ${publicUrl(sitePath('/sitemap.xml'), site)}\n` : ''}`, {
    headers: { 'Content-Type': 'text/plain; charset=utf-8' },
  });
