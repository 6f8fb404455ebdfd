// robots.txt: everything may be crawled; the sitemap (written by Starlight's @astrojs/sitemap) is
// named by its absolute URL, on the published origin (SITE_URL).
import type { APIRoute } from 'astro';

export const GET: APIRoute = ({ site }) => {
  if (!site) throw new Error('robots.txt needs `site` (SITE_URL) in astro.config.mjs');
  const sitemap = new URL('sitemap-index.xml', site).href;
  return new Response(`User-agent: *\nAllow: /\n\nSitemap: ${sitemap}\n`, { headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
};
