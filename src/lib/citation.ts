// How to cite the site's pages and data: one Citation per page (title, corporate author, version,
// content-as-of date, URL, the source documents it rests on), and from it every form the site
// publishes: the formatted reference, BibTeX, RIS and CSL-JSON (shown in the page footer and served
// at /cite/<route>.bib|.ris|.json), the <head> metadata (Highwire citation_*, Dublin Core, og:type,
// schema.org JSON-LD), CITATION.cff and the repository's datapackage.json.
//
// Everything here but loadCitationContext() is a pure function of its arguments, so the unit tests
// can check the formats without a build. The date is always the content-as-of date of the data
// (generated/manifest.json), never the build's date, so the output is the same from build to build.
import { readFile } from 'node:fs/promises';
import { readDataset, readManifest, readSeedCatalogue } from './generated.ts';
import { scriptRuns } from '../core/script-runs.ts';

export type Lang = 'ja' | 'en';
export type PageKind = 'home' | 'data' | 'program' | 'topic' | 'source' | 'errata';

/** Our text and data. The source documents quoted on the site remain their issuers'. */
export const LICENSE_URL = 'https://creativecommons.org/licenses/by/4.0/';
export const LICENSE_SPDX = 'CC-BY-4.0';

/** The site's name in each language: the corporate author of every page (as in astro.config.mjs). */
export const SITE_TITLE: Readonly<Record<Lang, string>> = {
  ja: '日本の国際科学技術協力',
  en: "Japan's International S&T Cooperation",
};

/** The address used when SITE_URL is not set: a reserved example domain (src/lib/site-url.ts). */
export { DEFAULT_SITE_URL } from './site-url.ts';

/** Non-root locales: the path prefix of a locale and its language (Japanese is at the root). */
const LOCALE_PREFIXES: Readonly<Record<string, Lang>> = { en: 'en' };

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
  files: { json: string; csv: string };
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

export interface Citation {
  key: string;
  lang: Lang;
  /** web page, or dataset for the Data page. */
  type: 'webpage' | 'dataset';
  kind: PageKind | undefined;
  title: string;
  description: string | undefined;
  /** The site's name in the page language, as corporate author and publisher. */
  author: string;
  url: string;
  siteUrl: string;
  date: string;
  version: string;
  sources: SourceDocument[];
  /** The page presents figures extracted by the pipeline (it lists datasets). */
  figures: boolean;
  /** Site-absolute paths of the citation files. */
  files: { bib: string; ris: string; json: string };
}

/** A run of text, with its language when it differs from the surrounding text's. */
export interface Segment {
  text: string;
  lang?: Lang;
}

// ─── Routes and URLs ────────────────────────────────────────────────────────────────────────────

/** The page's path: '' → '/', 'en/programs/sicorp' → '/en/programs/sicorp/'. */
export function pagePath(slug: string): string {
  return slug === '' ? '/' : `/${slug}/`;
}

/** The site's origin with a trailing slash. */
export function siteRoot(site: string | URL): string {
  return new URL('/', site).href;
}

export function pageUrl(site: string | URL, slug: string): string {
  return new URL(pagePath(slug), site).href;
}

/** Where a page's citation files live, without extension: /cite/programs/sicorp, /cite/en/index. */
export function citeBase(slug: string): string {
  const home = slug === '' || LOCALE_PREFIXES[slug] !== undefined;
  return `/cite/${home ? (slug === '' ? 'index' : `${slug}/index`) : slug}`;
}

export function citeFiles(slug: string): Citation['files'] {
  const base = citeBase(slug);
  return { bib: `${base}.bib`, ris: `${base}.ris`, json: `${base}.json` };
}

/** The language of a slug, from its locale prefix. */
export function langOfSlug(slug: string): Lang {
  return LOCALE_PREFIXES[slug.split('/')[0] ?? ''] ?? 'ja';
}

interface EntryLike {
  id: string;
  data: { title: string; description?: string; pageKind?: PageKind; sources?: string[]; datasets?: string[]; draft?: boolean };
}

/**
 * Every page Starlight builds from the docs collection, as CitablePages: each entry at its own slug,
 * plus, as Starlight does, a fallback page in each other locale for a Japanese page without a
 * translation (it shows the Japanese entry under /en/…).
 */
export function citablePages(entries: readonly EntryLike[]): CitablePage[] {
  const toPage = (slug: string, lang: Lang, e: EntryLike): CitablePage => ({
    slug,
    lang,
    title: e.data.title,
    description: e.data.description,
    kind: e.data.pageKind,
    sources: e.data.sources ?? [],
    datasets: e.data.datasets ?? [],
  });
  const normalised = entries.map((e) => ({ slug: e.id === 'index' ? '' : e.id, e }));
  const slugs = new Set(normalised.map((n) => n.slug));
  const pages = normalised.map(({ slug, e }) => toPage(slug, langOfSlug(slug), e));
  for (const { slug, e } of normalised) {
    if (langOfSlug(slug) !== 'ja') continue;
    for (const [prefix, lang] of Object.entries(LOCALE_PREFIXES)) {
      const localised = slug === '' ? prefix : `${prefix}/${slug}`;
      if (!slugs.has(localised)) pages.push(toPage(localised, lang, e));
    }
  }
  return pages.sort((a, b) => a.slug.localeCompare(b.slug));
}

// ─── Dates and names ────────────────────────────────────────────────────────────────────────────

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const BIB_MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

/** [year, month?, day?] of an ISO date at year, month or day precision; null for anything else. */
export function dateParts(date: string): [number] | [number, number] | [number, number, number] | null {
  const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(date);
  if (!m) return null;
  const [y, mo, d] = [Number(m[1]), m[2] === undefined ? undefined : Number(m[2]), m[3] === undefined ? undefined : Number(m[3])];
  if (mo === undefined) return [y];
  if (mo < 1 || mo > 12) return null;
  return d === undefined ? [y, mo] : [y, mo, d];
}

/** 2023-06 → "2023年6月" / "June 2023"; a range or other text as written. */
export function formatDate(date: string, lang: Lang): string {
  const p = dateParts(date);
  if (!p) return date;
  const [y, mo, d] = p;
  if (lang === 'ja') return d !== undefined ? `${y}年${mo}月${d}日` : mo !== undefined ? `${y}年${mo}月` : `${y}年`;
  return d !== undefined ? `${d} ${MONTHS[mo! - 1]} ${y}` : mo !== undefined ? `${MONTHS[mo - 1]} ${y}` : `${y}`;
}

/** Highwire's date form: 2023/06, 2023/04/27, 2020. */
export function highwireDate(date: string): string {
  const p = dateParts(date);
  return p ? p.map((n, i) => (i === 0 ? String(n) : String(n).padStart(2, '0'))).join('/') : date;
}

/** An issuer without the catalogue's note that it was inferred, and whether it was. */
export function issuerName(source: SourceDocument, lang: Lang): { name: string; inferred: boolean } {
  const full = source.issuer[lang];
  const name = full.replace(lang === 'ja' ? /（内容からの推定）$/ : /\s*\(inferred from the content\)$/, '').trim();
  return { name, inferred: name !== full };
}

/** Short names of the issuers of the documents, for the licence statement: MEXT, JST / 文部科学省… */
export function issuerShortNames(sources: readonly SourceDocument[], lang: Lang): string[] {
  const names = sources.map((s) => {
    const { name } = issuerName(s, lang);
    if (lang === 'en') return /\(([A-Z]{2,})\)/.exec(name)?.[1] ?? name;
    return name;
  });
  return [...new Set(names)];
}

// ─── The citation ───────────────────────────────────────────────────────────────────────────────

export function citationOf(ctx: CitationContext, site: string | URL, page: CitablePage): Citation {
  const byId = new Map(ctx.sources.map((s) => [s.id, s]));
  const sources = (page.sources ?? []).map((id) => {
    const s = byId.get(id);
    if (!s) throw new Error(`page /${page.slug}: cites source document ${id}, which is not in generated/seeds.json`);
    return s;
  });
  const key = `jpsti${dateParts(ctx.contentAsOf)?.[0] ?? ''}-${page.slug === '' ? 'ja-index' : page.slug === 'en' ? 'en-index' : page.slug.replace(/\//g, '-')}`;
  return {
    key,
    lang: page.lang,
    type: page.kind === 'data' ? 'dataset' : 'webpage',
    kind: page.kind,
    title: page.title,
    description: page.description,
    author: SITE_TITLE[page.lang],
    url: pageUrl(site, page.slug),
    siteUrl: siteRoot(site),
    date: ctx.contentAsOf,
    version: ctx.version,
    sources,
    figures: (page.datasets ?? []).length > 0,
    files: citeFiles(page.slug),
  };
}

const TEXT = {
  ja: {
    version: (v: string) => `バージョン ${v}`,
    asOf: (d: string) => `${formatDate(d, 'ja')}時点の内容`,
    originalSources: '原資料',
    basedOn: '出典資料',
    processing: '数値は本サイトのパイプラインで資料から抽出したもの（各行に出典の行を記載）。',
  },
  en: {
    version: (v: string) => `Version ${v}`,
    asOf: (d: string) => `content as of ${formatDate(d, 'en')}`,
    originalSources: 'Original sources',
    basedOn: 'Sources',
    processing: "Figures extracted from the documents by this site's pipeline; each row cites its line.",
  },
} as const;

/** One source document in a reference: issuer, title in Japanese with our English, date. */
function sourceSegments(s: SourceDocument, lang: Lang): Segment[] {
  if (lang === 'ja') {
    return [{ text: `${s.issuer.ja}「${s.titleJa}」（英訳：` }, { text: s.titleEn, lang: 'en' }, { text: `）、${formatDate(s.date, 'ja')}` }];
  }
  return [{ text: `${s.issuer.en}, ` }, { text: s.titleJa, lang: 'ja' }, { text: ` [${s.titleEn}], ${formatDate(s.date, 'en')}` }];
}

/** The formatted reference: author, title, version, content-as-of date, URL. */
export function referenceSegments(c: Citation): Segment[] {
  const t = TEXT[c.lang];
  if (c.lang === 'ja') {
    return [{ text: `${c.author}「${c.title}」${t.version(c.version)}、${t.asOf(c.date)}。${c.url}` }];
  }
  // An English page may carry a Japanese title (a fallback page): mark it.
  return [{ text: `${c.author}. “` }, ...markJapanese(c.title), { text: `.” ${t.version(c.version)}, ${t.asOf(c.date)}. ${c.url}` }];
}

/** What the page rests on: the source documents and, for figures, how they were processed. */
export function sourceNoteSegments(c: Citation): Segment[] {
  if (c.sources.length === 0) return [];
  const t = TEXT[c.lang];
  const sep: Segment = { text: c.lang === 'ja' ? '；' : '; ' };
  const list = c.sources.flatMap((s, i) => [...(i > 0 ? [sep] : []), ...sourceSegments(s, c.lang)]);
  const label = c.figures ? t.originalSources : t.basedOn;
  const out: Segment[] = [{ text: c.lang === 'ja' ? `${label}：` : `${label}: ` }, ...list, { text: c.lang === 'ja' ? '。' : '.' }];
  if (c.figures) out.push({ text: c.lang === 'ja' ? t.processing : ` ${t.processing}` });
  return out;
}

/** The same, structured for display: a label, one entry per document, the processing note. */
export function sourceList(c: Citation): { label: string; items: Segment[][]; processing: string | undefined } | undefined {
  if (c.sources.length === 0) return undefined;
  const t = TEXT[c.lang];
  return { label: c.figures ? t.originalSources : t.basedOn, items: c.sources.map((s) => sourceSegments(s, c.lang)), processing: c.figures ? t.processing : undefined };
}

export const plain = (segments: readonly Segment[]) => segments.map((s) => s.text).join('');

/** The formatted reference and its source note as one paragraph of text. */
export function formattedReference(c: Citation): string {
  const note = plain(sourceNoteSegments(c));
  return note ? `${plain(referenceSegments(c))} ${note}` : plain(referenceSegments(c));
}

/** The note carried by BibTeX, RIS and CSL-JSON: content-as-of date and sources. */
export function noteText(c: Citation): string {
  const asOf = TEXT[c.lang].asOf(c.date);
  const first = c.lang === 'ja' ? `${asOf}。` : `${asOf.charAt(0).toUpperCase()}${asOf.slice(1)}.`;
  const note = plain(sourceNoteSegments(c));
  return note ? `${first}${c.lang === 'ja' ? '' : ' '}${note}` : first;
}

/** Text split into runs, Japanese runs marked lang ja (for text shown on English pages). */
export function markJapanese(text: string): Segment[] {
  return scriptRuns(text).map((r) => (r.ja ? { text: r.text, lang: 'ja' as const } : { text: r.text }));
}

// ─── BibTeX, RIS, CSL-JSON ──────────────────────────────────────────────────────────────────────

const BIB_SPECIAL: Readonly<Record<string, string>> = {
  '\\': '\\textbackslash{}',
  '&': '\\&',
  '%': '\\%',
  $: '\\$',
  '#': '\\#',
  _: '\\_',
  // BibTeX counts every brace, escaped or not, so a literal brace must not be one.
  '{': '\\textbraceleft{}',
  '}': '\\textbraceright{}',
  '~': '\\textasciitilde{}',
  '^': '\\textasciicircum{}',
};
export const bibEscape = (s: string) => s.replace(/[\\&%$#_{}~^]/g, (ch) => BIB_SPECIAL[ch]!);

/**
 * A BibTeX entry: @misc for a web page, @dataset (biblatex; BibTeX styles treat it as misc) for the
 * Data page. The corporate author is double-braced so it is never split into given and family names.
 */
export function toBibTeX(c: Citation): string {
  const parts = dateParts(c.date);
  if (/[{}\s]/.test(c.url)) throw new Error(`${c.url}: a URL BibTeX cannot hold verbatim`);
  const fields: [string, string][] = [
    ['author', `{{${bibEscape(c.author)}}}`],
    ['title', `{{${bibEscape(c.title)}}}`],
    ['year', `{${parts?.[0] ?? bibEscape(c.date)}}`],
    ...(parts?.[1] !== undefined ? [['month', BIB_MONTHS[parts[1] - 1]!] as [string, string]] : []),
    ['version', `{${bibEscape(c.version)}}`],
    ['publisher', `{{${bibEscape(c.author)}}}`],
    ['url', `{${c.url}}`],
    ['langid', `{${c.lang === 'ja' ? 'japanese' : 'english'}}`],
    ['note', `{${bibEscape(noteText(c))}}`],
  ];
  const type = c.type === 'dataset' ? 'dataset' : 'misc';
  return `@${type}{${c.key},\n${fields.map(([k, v]) => `  ${k} = ${v},`).join('\n')}\n}\n`;
}

/** An RIS record: ELEC (web page) or DATA, corporate author (no comma), ending with ER. */
export function toRIS(c: Citation): string {
  const parts = dateParts(c.date);
  const da = parts ? [parts[0], parts[1] === undefined ? '' : String(parts[1]).padStart(2, '0'), parts[2] === undefined ? '' : String(parts[2]).padStart(2, '0'), ''].join('/') : c.date;
  const oneLine = (s: string) => s.replace(/\s*\n\s*/g, ' ');
  const tags: [string, string][] = [
    ['TY', c.type === 'dataset' ? 'DATA' : 'ELEC'],
    ['TI', oneLine(c.title)],
    ['AU', c.author.replace(/,/g, '')],
    ['PY', String(parts?.[0] ?? c.date)],
    ['DA', da],
    ['ET', c.version],
    ...(c.type === 'webpage' ? [['T2', c.author] as [string, string]] : []),
    ['PB', c.author],
    ['LA', c.lang],
    ['UR', c.url],
    ['N1', oneLine(noteText(c))],
  ];
  return `${tags.map(([t, v]) => `${t}  - ${v}`).join('\n')}\nER  - \n`;
}

/** A CSL-JSON item (the formats' common denominator for citation processors). */
export function cslItem(c: Citation): Record<string, unknown> {
  const parts = dateParts(c.date);
  return {
    id: c.key,
    type: c.type,
    title: c.title,
    author: [{ literal: c.author }],
    ...(c.type === 'webpage' ? { 'container-title': c.author } : {}),
    publisher: c.author,
    issued: parts ? { 'date-parts': [parts] } : { literal: c.date },
    version: c.version,
    language: c.lang,
    URL: c.url,
    note: noteText(c),
  };
}

/** CSL-JSON as served: an array of one item. */
export const toCSLJSON = (c: Citation) =>
  `${JSON.stringify([cslItem(c)], null, 2).replace(/"date-parts": \[\s*\[([\d,\s]*)\]\s*\]/g, (_, parts: string) => `"date-parts": [[${parts.trim().split(/,\s*/).join(', ')}]]`)}\n`;

export const CITE_FORMATS = [
  { id: 'bibtex', label: 'BibTeX', ext: 'bib', mediaType: 'application/x-bibtex; charset=utf-8', render: toBibTeX },
  { id: 'ris', label: 'RIS', ext: 'ris', mediaType: 'application/x-research-info-systems; charset=utf-8', render: toRIS },
  { id: 'csl-json', label: 'CSL-JSON', ext: 'json', mediaType: 'application/vnd.citationstyles.csl+json', render: toCSLJSON },
] as const;

// ─── <head> metadata ────────────────────────────────────────────────────────────────────────────

export interface HeadEntry {
  tag: 'meta' | 'link' | 'script';
  attrs: Record<string, string>;
  content?: string;
}

/**
 * og:type for a page. Zotero's Embedded Metadata translator ranks a recognised og:type above
 * DC.type ("website" → web page, ahead of the journal-article guess that citation_title makes), and
 * no og:type means dataset. So web pages say "website", and the Data page keeps Starlight's
 * "article", which Zotero only treats as a weak guess, below DC.type "Dataset".
 */
export function ogType(c: Citation): 'website' | 'article' {
  return c.type === 'dataset' ? 'article' : 'website';
}

/** A source document in one line for DC.source: issuer, title (English), date. */
export function sourceLine(s: SourceDocument, lang: Lang): string {
  return plain(sourceSegments(s, lang));
}

/** The licence statement (as in the footer): ours CC BY 4.0, the quoted documents their issuers'. */
export function licenceStatement(sources: readonly SourceDocument[], lang: Lang): string {
  const issuers = issuerShortNames(sources, lang);
  return lang === 'ja'
    ? `本サイトの文章とデータは CC BY 4.0 で提供しています。引用している政府資料の権利は、発行元の${issuers.join('・')}に帰属します。`
    : `Our text and data are licensed under CC BY 4.0. The quoted government documents remain © their issuers (${issuers.join(', ')}).`;
}

/** Highwire Press and Dublin Core tags, and links declaring the DC schema and the licence. */
export function headTags(c: Citation): HeadEntry[] {
  const meta = (name: string, content: string): HeadEntry => ({ tag: 'meta', attrs: { name, content } });
  return [
    { tag: 'link', attrs: { rel: 'schema.DC', href: 'http://purl.org/dc/elements/1.1/' } },
    { tag: 'link', attrs: { rel: 'license', href: LICENSE_URL } },
    meta('citation_title', c.title),
    meta('citation_author', c.author),
    meta('citation_publication_date', highwireDate(c.date)),
    meta('citation_public_url', c.url),
    meta('citation_language', c.lang),
    meta('DC.title', c.title),
    meta('DC.creator', c.author),
    meta('DC.publisher', c.author),
    meta('DC.date', c.date),
    meta('DC.type', c.type === 'dataset' ? 'Dataset' : 'Text'),
    meta('DC.format', 'text/html'),
    meta('DC.language', c.lang),
    meta('DC.identifier', c.url),
    ...c.sources.map((s) => meta('DC.source', sourceLine(s, c.lang))),
    meta('DC.rights', licenceStatement(c.sources, c.lang)),
  ];
}

function creativeWorkOf(s: SourceDocument, c: Citation): Record<string, unknown> {
  const issuer = issuerName(s, c.lang);
  return {
    '@type': 'CreativeWork',
    name: s.titleJa,
    alternateName: s.titleEn,
    inLanguage: 'ja',
    genre: s.kind[c.lang],
    publisher: { '@type': 'Organization', name: issuer.name },
    ...(issuer.inferred ? { description: c.lang === 'ja' ? '発行者は内容からの推定' : 'Issuer inferred from the content' } : {}),
    datePublished: s.date,
    // The document's text as reproduced on this site (no original address is known).
    url: new URL(`${c.lang === 'ja' ? '' : `${c.lang}/`}sources/${s.id}/`, c.siteUrl).href,
  };
}

/** schema.org JSON-LD: a WebPage, or for the Data page a Dataset with its downloads. */
export function jsonLd(c: Citation, ctx: CitationContext): Record<string, unknown> {
  const organisation = { '@type': 'Organization', name: c.author, url: new URL(c.lang === 'ja' ? '/' : `/${c.lang}/`, c.siteUrl).href };
  const common = {
    '@context': 'https://schema.org',
    '@id': c.url,
    url: c.url,
    name: c.title,
    ...(c.description ? { description: c.description } : {}),
    inLanguage: c.lang,
    version: c.version,
    datePublished: c.date,
    author: organisation,
    creator: organisation,
    publisher: organisation,
    license: LICENSE_URL,
    copyrightNotice: licenceStatement(c.sources, c.lang),
    creditText: formattedReference(c),
    isPartOf: { '@type': 'WebSite', name: c.author, url: organisation.url },
    ...(c.sources.length ? { isBasedOn: c.sources.map((s) => creativeWorkOf(s, c)) } : {}),
  };
  if (c.type === 'webpage') return { ...common, '@type': 'WebPage' };
  const title = (d: DatasetDownload) => d.title[c.lang];
  return {
    ...common,
    '@type': 'Dataset',
    name: `${c.author}${c.lang === 'ja' ? '：' : ': '}${c.title}`,
    identifier: c.url,
    isAccessibleForFree: true,
    inLanguage: ['ja', 'en'],
    temporalCoverage: ctx.temporalCoverage,
    measurementTechnique: TEXT[c.lang].processing,
    distribution: ctx.datasets.flatMap((d) => [
      { '@type': 'DataDownload', name: `${title(d)} (CSV)`, encodingFormat: 'text/csv', contentUrl: new URL(d.files.csv, c.siteUrl).href },
      { '@type': 'DataDownload', name: `${title(d)} (JSON)`, encodingFormat: 'application/json', contentUrl: new URL(d.files.json, c.siteUrl).href },
    ]),
  };
}

/** JSON for a <script> element: "<" escaped so no "</script>" can end it early. */
export const scriptJson = (value: unknown) => JSON.stringify(value).replace(/</g, '\\u003c');

/** The span of years named in a list of dates and periods ("2005-2007", 2018, "2023-04-27"). */
export function yearSpan(values: readonly (string | number | null | undefined)[]): string {
  const years = values.flatMap((v) => (v === null || v === undefined ? [] : [...String(v).matchAll(/(?<!\d)(1[89]\d\d|20\d\d)(?!\d)/g)].map((m) => Number(m[1]))));
  if (years.length === 0) throw new Error('no years to span');
  const [min, max] = [Math.min(...years), Math.max(...years)];
  return min === max ? String(min) : `${min}/${max}`;
}

// ─── Route data (Starlight) ─────────────────────────────────────────────────────────────────────

/** The parts of Starlight's route data a citation reads. */
export interface RouteLike {
  id: string;
  lang: string;
  siteTitle?: string;
  entry: { id: string; data: EntryLike['data'] };
}

/** Starlight's 404 page is not content and is not cited. */
export const isCitableRoute = (route: RouteLike) => route.entry.id !== '404' && route.id !== '404';

export function pageOfRoute(route: RouteLike): CitablePage {
  const lang: Lang = route.lang === 'en' ? 'en' : 'ja';
  if (route.siteTitle !== undefined && route.siteTitle !== SITE_TITLE[lang]) {
    throw new Error(`src/lib/citation.ts: SITE_TITLE.${lang} is "${SITE_TITLE[lang]}" but the site's title is "${route.siteTitle}" (astro.config.mjs); make them agree.`);
  }
  const d = route.entry.data;
  return { slug: route.id, lang, title: d.title, description: d.description, kind: d.pageKind, sources: d.sources ?? [], datasets: d.datasets ?? [] };
}

// ─── Repository files: datapackage.json and CITATION.cff ────────────────────────────────────────

interface PipelineDescriptor {
  sources?: { path: string }[];
  resources: { name: string; path: string; sources?: { path: string }[]; schema: { fields: { name: string }[] } }[];
  [key: string]: unknown;
}

/**
 * The repository's datapackage.json: the pipeline's descriptor (generated/data/datapackage.json)
 * with every path made the published URL (<site>/data/<file>), so the descriptor is usable on its
 * own, without a build; everything else is the pipeline's, unchanged.
 */
export function publishedDataPackage<T extends PipelineDescriptor>(descriptor: T, site: string | URL): T {
  const url = (path: string) => new URL(`data/${path}`, siteRoot(site)).href;
  const copy = structuredClone(descriptor);
  return {
    ...copy,
    homepage: new URL('data/', siteRoot(site)).href,
    sources: copy.sources?.map((s) => ({ ...s, path: url(s.path) })),
    resources: copy.resources.map((r) => ({ ...r, path: url(r.path), ...(r.sources ? { sources: r.sources.map((s) => ({ ...s, path: url(s.path) })) } : {}) })),
  };
}

const yamlString = (s: string) => JSON.stringify(s);

/**
 * CITATION.cff (Citation File Format 1.2.0) for the site: a dataset (CFF's types are software and
 * dataset) by the site as an entity, released on the content-as-of date (CFF wants a full date: a
 * year-month is given its first day), with the source documents as references.
 */
export function citationCff(ctx: Pick<CitationContext, 'version' | 'contentAsOf' | 'sources'>, siteUrl: string): string {
  const p = dateParts(ctx.contentAsOf);
  if (!p) throw new Error(`contentAsOf ${ctx.contentAsOf} is not a date`);
  const released = [p[0], p[1] ?? 1, p[2] ?? 1].map((n, i) => (i === 0 ? String(n) : String(n).padStart(2, '0'))).join('-');
  const lines = [
    '# Written by citationCff() in src/lib/citation.ts from package.json and the pipeline\'s output (the',
    '# content-as-of date and the source documents); tests/unit/citation.test.ts fails when it is out of',
    '# date. Regenerate: npx vitest run tests/unit/citation.test.ts --update',
    'cff-version: 1.2.0',
    `message: ${yamlString('If you use these pages or data, please cite them as below. The quoted source documents remain their issuers\'; cite them too.')}`,
    'type: dataset',
    `title: ${yamlString(`${SITE_TITLE.en} (${SITE_TITLE.ja})`)}`,
    `abstract: ${yamlString("A bilingual (Japanese/English) reference site and open data on Japan's international science and technology cooperation programs, generated from five Japanese government documents. Every figure cites the document, line and verbatim text it comes from.")}`,
    'authors:',
    `  - name: ${yamlString(SITE_TITLE.en)}`,
    `version: ${yamlString(ctx.version)}`,
    `date-released: ${released}`,
    `license: ${LICENSE_SPDX}`,
    `url: ${yamlString(siteRoot(siteUrl))}`,
    'keywords:',
    ...['science and technology policy', 'international cooperation', 'research funding', 'Japan', 'JST', 'MEXT', 'open data'].map((k) => `  - ${yamlString(k)}`),
    'references:',
    ...ctx.sources.flatMap((s) => {
      const d = dateParts(s.date);
      const issuer = issuerName(s, 'en');
      return [
        '  - type: government-document',
        `    title: ${yamlString(s.titleJa)}`,
        `    abstract: ${yamlString(`English: ${s.titleEn}. ${s.kind.en}.`)}`,
        '    authors:',
        `      - name: ${yamlString(issuer.name)}`,
        ...(d ? [`    year: ${d[0]}`, ...(d[1] !== undefined ? [`    month: ${d[1]}`] : [])] : []),
        '    languages:',
        '      - ja',
        ...(issuer.inferred ? [`    notes: ${yamlString('Issuer inferred from the content.')}`] : []),
      ];
    }),
  ];
  return `${lines.join('\n')}\n`;
}

// ─── Reading the pipeline's output (build time) ─────────────────────────────────────────────────

const contexts = new Map<string, Promise<CitationContext>>();

/** The site-wide citation facts from package.json and generated/, read once per build (each time in dev). */
export function loadCitationContext(root: URL): Promise<CitationContext> {
  let ctx = process.env.NODE_ENV === 'production' ? contexts.get(root.href) : undefined;
  if (!ctx) {
    ctx = readCitationContext(root);
    contexts.set(root.href, ctx);
  }
  return ctx;
}

async function readCitationContext(root: URL): Promise<CitationContext> {
  const pkg = JSON.parse(await readFile(new URL('package.json', root), 'utf8')) as { version?: string };
  if (!pkg.version) throw new Error('package.json has no version, which every citation names');
  const [manifest, seeds, budgets, sakura, coauthorship, facts, timeline] = await Promise.all([
    readManifest(root),
    readSeedCatalogue(root),
    readDataset(root, 'budgets'),
    readDataset(root, 'sakura-science'),
    readDataset(root, 'coauthorship'),
    readDataset(root, 'program-facts'),
    readDataset(root, 'timeline'),
  ]);
  return {
    version: pkg.version,
    contentAsOf: manifest.contentAsOf,
    sources: seeds.map(({ id, file, titleJa, titleEn, issuer, kind, date }) => ({ id, file, titleJa, titleEn, issuer, kind, date })),
    datasets: manifest.datasets.map(({ name, title, files }) => ({ name, title, files })),
    temporalCoverage: yearSpan([
      ...budgets.map((r) => r.fiscalYear),
      ...sakura.flatMap((r) => [r.fiscalYearFrom, r.fiscalYearTo]),
      ...coauthorship.map((r) => r.period),
      ...facts.map((r) => r.asOf),
      ...timeline.flatMap((r) => [r.date, r.dateEnd]),
    ]),
  };
}
