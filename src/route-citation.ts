// Starlight route middleware: citation metadata in every page's <head>, for reference managers and
// search engines. Highwire Press citation_* tags (Zotero, Google Scholar), Dublin Core DC.* tags,
// og:type chosen for Zotero's Embedded Metadata translator (see ogType() in src/lib/citation/head.ts),
// and one schema.org JSON-LD block: a WebPage, or a Dataset with its downloads on the Data pages.
import { defineRouteMiddleware } from '@astrojs/starlight/route-data';
import { root } from 'astro:config/server';
import { loadCitationContext } from './lib/citation/context.ts';
import { headTags, jsonLd, ogType, scriptJson } from './lib/citation/head.ts';
import { citationOf } from './lib/citation/model.ts';
import { isCitableRoute, pageOfRoute } from './lib/citation/starlight.ts';

export const onRequest = defineRouteMiddleware(async (context) => {
  const route = context.locals.starlightRoute;
  if (!isCitableRoute(route)) return;
  if (!context.site) throw new Error('astro.config.mjs sets no `site`: citations need the address the site is published at (SITE_URL).');
  const ctx = await loadCitationContext(root);
  const citation = citationOf(ctx, context.site, pageOfRoute(route));

  // Starlight writes og:type "article" on every page; replace it (Zotero would otherwise guess a
  // journal article from citation_title) rather than add a second one.
  const og = route.head.find((h) => h.tag === 'meta' && h.attrs?.property === 'og:type');
  if (og?.attrs) og.attrs.content = ogType(citation);
  else route.head.push({ tag: 'meta', attrs: { property: 'og:type', content: ogType(citation) } });

  route.head.push(...headTags(citation), {
    tag: 'script',
    attrs: { type: 'application/ld+json' },
    content: scriptJson(jsonLd(citation, ctx)),
  });
});
