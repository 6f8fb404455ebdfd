// Starlight's routes as citable pages: the page a route shows (for the footer and the <head>), and
// every page the docs collection builds (for the files under /cite/).
import { DEFAULT_LANG, isLang, LANGS, langOfSlug, localePrefix, type Lang } from '../../core/locales.ts';
import { siteTitle, type CitablePage, type PageKind } from './model.ts';

interface EntryData {
  title: string;
  description?: string;
  pageKind?: PageKind;
  sources?: string[];
  datasets?: string[];
  draft?: boolean;
}

interface EntryLike {
  id: string;
  data: EntryData;
}

/** The parts of Starlight's route data a citation reads. */
export interface RouteLike {
  id: string;
  lang: string;
  siteTitle?: string;
  entry: EntryLike;
}

const toPage = (slug: string, lang: Lang, d: EntryData): CitablePage => ({
  slug,
  lang,
  title: d.title,
  description: d.description,
  kind: d.pageKind,
  sources: d.sources ?? [],
  datasets: d.datasets ?? [],
});

/** Starlight's 404 page is not content and is not cited. */
export const isCitableRoute = (route: RouteLike) => route.entry.id !== '404' && route.id !== '404';

export function pageOfRoute(route: RouteLike): CitablePage {
  const lang = isLang(route.lang) ? route.lang : DEFAULT_LANG;
  if (route.siteTitle !== undefined && route.siteTitle !== siteTitle(lang)) {
    throw new Error(`src/i18n/${lang}/site.json: site.title is "${siteTitle(lang)}" but the page's site title is "${route.siteTitle}"; make them agree.`);
  }
  return toPage(route.id, lang, route.entry.data);
}

/**
 * Every page Starlight builds from the docs collection: each entry at its own slug, plus, as
 * Starlight does, a fallback page in each other locale for a page of the root locale without a
 * translation (it shows the root entry under /<prefix>/…).
 */
export function citablePages(entries: readonly EntryLike[]): CitablePage[] {
  const normalised = entries.map((e) => ({ slug: e.id === 'index' ? '' : e.id, e }));
  const slugs = new Set(normalised.map((n) => n.slug));
  const pages = normalised.map(({ slug, e }) => toPage(slug, langOfSlug(slug), e.data));
  for (const { slug, e } of normalised) {
    if (langOfSlug(slug) !== DEFAULT_LANG) continue;
    for (const lang of LANGS.filter((l) => l !== DEFAULT_LANG)) {
      const localised = [localePrefix(lang), slug].filter(Boolean).join('/');
      if (!slugs.has(localised)) pages.push(toPage(localised, lang, e.data));
    }
  }
  return pages.sort((a, b) => a.slug.localeCompare(b.slug));
}
