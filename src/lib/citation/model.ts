// The citation model: one CSL-JSON item per cited work (a page today; a figure with the charts-and-data
// issue), plus what CSL has no field for (the source documents as records, the citation files'
// paths). Every published form — the formatted reference, BibTeX, RIS, CSL-JSON, the <head>
// metadata — is derived from it. Pure: the site-wide facts come in as a CitationContext
// (read once per build by ./context.ts).
import { localePrefix, type Lang } from '../../core/locales.ts';
import { translator } from '../../core/i18n.ts';
import { absoluteUrl, citeHref, pageHref } from '../../core/urls.ts';
import { noteText } from './reference.ts';

/** Our text and data. The source documents quoted on the site remain their issuers'. */
export const LICENSE_URL = 'https://creativecommons.org/licenses/by/4.0/';
export const LICENSE_SPDX = 'CC-BY-4.0';

/** The address used when SITE_URL is not set (astro.config.mjs): a reserved example domain. */
export { DEFAULT_SITE_URL } from '../site-url.ts';

export type PageKind = 'home' | 'data' | 'program' | 'topic' | 'source' | 'errata' | 'country';

/** The site's name in a language (src/i18n/<lang>/site.json): the corporate author of every page. */
export const siteTitle = (lang: Lang) => translator(lang)('site.title');

/** What a citation needs to know about a source document (a subset of SeedRecord). */
export interface SourceDocument {
  id: string;
  file: string;
  titleJa: string;
  titleEn: string;
  issuer: { ja: string; en: string };
  kind: { ja: string; en: string };
  date: string;
}

/** One dataset of the Data page, for its JSON-LD distribution. */
export interface DatasetDownload {
  name: string;
  title: { ja: string; en: string };
  files: { json: string; csv: string; xlsx?: string };
}

/** The site-wide facts every citation shares. */
export interface CitationContext {
  version: string;
  /** The date the content speaks from: year, year-month or date (manifest.json's contentAsOf). */
  contentAsOf: string;
  sources: SourceDocument[];
  datasets: DatasetDownload[];
  /** ISO 8601 interval of the years the data refer to, e.g. "2005/2033". */
  temporalCoverage: string;
}

/** A page as the citation sees it: its route slug (Starlight's route id) and frontmatter. */
export interface CitablePage {
  /** '' for the Japanese home page, 'en' for the English one, 'en/programs/sicorp', … */
  slug: string;
  lang: Lang;
  title: string;
  description?: string;
  kind?: PageKind;
  /** Seed ids, as in the page's frontmatter. */
  sources?: readonly string[];
  datasets?: readonly string[];
}

/** The CSL-JSON fields we write (https://citeproc-js.readthedocs.io/en/latest/csl-json/markup.html). */
export interface CslItem {
  id: string;
  type: 'webpage' | 'dataset' | 'figure';
  title: string;
  author: { literal: string }[];
  'container-title'?: string;
  publisher: string;
  /** The content-as-of date, never the build's: the same item from build to build. */
  issued: { 'date-parts': number[][] } | { literal: string };
  version: string;
  language: Lang;
  URL: string;
  note: string;
}

export interface Citation {
  item: CslItem;
  lang: Lang;
  kind: PageKind | undefined;
  description: string | undefined;
  /** The content-as-of date as the manifest writes it (2023-06). */
  date: string;
  siteUrl: string;
  sources: SourceDocument[];
  /** The work presents figures extracted by the pipeline. */
  figures: boolean;
  /** Site-absolute paths of the citation files; a figure's citation is shown on its page only. */
  files?: { bib: string; ris: string; json: string };
}

/** A work to cite, whatever it is: a page now, a figure later. */
export interface CitedWork {
  key: string;
  lang: Lang;
  type: CslItem['type'];
  title: string;
  url: string;
  sourceIds: readonly string[];
  figures: boolean;
  /** The site, for a web page (CSL's container-title); absent for a dataset. */
  inSite: boolean;
  files?: Citation['files'];
  kind?: PageKind;
  description?: string;
}

/** [year, month?, day?] of an ISO date at year, month or day precision; null for anything else. */
export function dateParts(date: string): number[] | null {
  const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(date);
  if (!m) return null;
  const parts = m.slice(1).filter((p) => p !== undefined).map(Number);
  return parts[1] !== undefined && (parts[1] < 1 || parts[1] > 12) ? null : parts;
}

/** The site's root URL with a trailing slash. */
export const siteRoot = (site: string | URL) => new URL('/', site).href;

/** A page's route slug ('' / 'en' / 'en/programs/sicorp') as its path under the site. */
function routePath(slug: string): string {
  return slug === '' ? '/' : `/${slug}/`;
}

export function citationOfWork(ctx: CitationContext, site: string | URL, work: CitedWork): Citation {
  const byId = new Map(ctx.sources.map((s) => [s.id, s]));
  const sources = work.sourceIds.map((id) => {
    const s = byId.get(id);
    if (!s) throw new Error(`${work.url}: cites source document ${id}, which is not in generated/seeds.json`);
    return s;
  });
  const author = siteTitle(work.lang);
  const parts = dateParts(ctx.contentAsOf);
  const note = noteText({ lang: work.lang, date: ctx.contentAsOf, sources, figures: work.figures });
  const item: CslItem = {
    id: work.key,
    type: work.type,
    title: work.title,
    author: [{ literal: author }],
    ...(work.inSite ? { 'container-title': author } : {}),
    publisher: author,
    issued: parts ? { 'date-parts': [parts] } : { literal: ctx.contentAsOf },
    version: ctx.version,
    language: work.lang,
    URL: work.url,
    note,
  };
  return { item, lang: work.lang, kind: work.kind, description: work.description, date: ctx.contentAsOf, siteUrl: siteRoot(site), sources, figures: work.figures, ...(work.files ? { files: work.files } : {}) };
}

/** A page's citation: a web page, or a dataset for the Data page. */
export function citationOf(ctx: CitationContext, site: string | URL, page: CitablePage): Citation {
  const year = dateParts(ctx.contentAsOf)?.[0] ?? '';
  const home = page.slug === '' || page.slug === localePrefix(page.lang);
  const key = `jpsti${year}-${home ? `${page.lang}-index` : page.slug.replace(/\//g, '-')}`;
  const type = page.kind === 'data' ? 'dataset' : 'webpage';
  return citationOfWork(ctx, site, {
    key,
    lang: page.lang,
    type,
    title: page.title,
    url: new URL(routePath(page.slug), site).href,
    sourceIds: page.sources ?? [],
    figures: (page.datasets ?? []).length > 0,
    inSite: type === 'webpage',
    files: { bib: citeHref(page.slug, 'bib'), ris: citeHref(page.slug, 'ris'), json: citeHref(page.slug, 'json') },
    kind: page.kind,
    description: page.description,
  });
}

/** The home page of the site in a language, as a URL (for the site as an organisation). */
export function siteHomeUrl(c: Pick<Citation, 'lang' | 'siteUrl'>): string {
  return absoluteUrl(pageHref('', c.lang), c.siteUrl);
}

/** The convenience accessors the other modules read. */
export const titleOf = (c: Citation) => c.item.title;
export const authorOf = (c: Citation) => c.item.author[0]!.literal;
export const urlOf = (c: Citation) => c.item.URL;
