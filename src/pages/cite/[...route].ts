// Every page's citation as files: /cite/<route>.bib (BibTeX), .ris (RIS) and .json (CSL-JSON), e.g.
// /cite/programs/sicorp.bib, /cite/en/programs/sicorp.ris, /cite/index.json for the home page.
// Prerendered from the same Citation the page footer shows (src/lib/citation/).
import type { APIRoute, GetStaticPaths } from 'astro';
import { root } from 'astro:config/server';
import { getCollection } from 'astro:content';
import { citeHref } from '../../core/urls.ts';
import { loadCitationContext } from '../../lib/citation/context.ts';
import { CITE_FORMATS } from '../../lib/citation/formats.ts';
import { citationOf, type CitablePage } from '../../lib/citation/model.ts';
import { citablePages } from '../../lib/citation/starlight.ts';

export const getStaticPaths = (async () => {
  // The pages Starlight builds: drafts only outside production, as Starlight does.
  const entries = await getCollection('docs', ({ data }) => import.meta.env.MODE !== 'production' || data.draft === false);
  return citablePages(entries).flatMap((page) =>
    CITE_FORMATS.map((format) => ({ params: { route: citeHref(page.slug, format.ext).slice('/cite/'.length) }, props: { page, format: format.id } })),
  );
}) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ props, site }) => {
  const { page, format: id } = props as { page: CitablePage; format: (typeof CITE_FORMATS)[number]['id'] };
  if (!site) throw new Error('astro.config.mjs sets no `site`: citations need the address the site is published at (SITE_URL).');
  const format = CITE_FORMATS.find((f) => f.id === id)!;
  const citation = citationOf(await loadCitationContext(root), site, page);
  return new Response(format.render(citation), { headers: { 'Content-Type': format.mediaType } });
};
