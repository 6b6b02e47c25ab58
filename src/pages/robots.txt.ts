import type { APIRoute } from 'astro';
import { absoluteUrl } from '../site/routes.ts';

export const GET: APIRoute = ({ site }) =>
  new Response(
    `User-agent: *\nAllow: /\n\nSitemap: ${absoluteUrl('/sitemap.xml', site ?? 'http://127.0.0.1:4321')}\n`,
    {
      headers: { 'Content-Type': 'text/plain; charset=utf-8' },
    },
  );
