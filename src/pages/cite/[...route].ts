// Every page's citation as files: /cite/<route>.bib (BibTeX), .ris (RIS) and .json (CSL-JSON), e.g.
// /cite/programs/sicorp.bib, /cite/en/programs/sicorp.ris, /cite/index.json for the home page.
// Prerendered from the same Citation the page footer shows (src/lib/citation.ts).
import type { APIRoute, GetStaticPaths } from 'astro';
import { root } from 'astro:config/server';
import { getCollection } from 'astro:content';
import { CITE_FORMATS, citablePages, citationOf, citeBase, loadCitationContext, type CitablePage } from '../../lib/citation.ts';

export const getStaticPaths = (async () => {
  // The pages Starlight builds: drafts only outside production, as Starlight does.
  const entries = await getCollection('docs', ({ data }) => import.meta.env.MODE !== 'production' || data.draft === false);
  return citablePages(entries).flatMap((page) =>
    CITE_FORMATS.map((format) => ({ params: { route: `${citeBase(page.slug).slice('/cite/'.length)}.${format.ext}` }, props: { page, format: format.id } })),
  );
}) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ props, site }) => {
  const { page, format: id } = props as { page: CitablePage; format: (typeof CITE_FORMATS)[number]['id'] };
  if (!site) throw new Error('astro.config.mjs sets no `site`: citations need the address the site is published at (SITE_URL).');
  const format = CITE_FORMATS.find((f) => f.id === id)!;
  const citation = citationOf(await loadCitationContext(root), site, page);
  return new Response(format.render(citation), { headers: { 'Content-Type': format.mediaType } });
};
