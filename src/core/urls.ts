/**
 * Every address of the site, in each language: pages, source lines, figures, downloads and
 * citation files. Paths are root-relative with a trailing slash for pages (/en/programs/sicorp/);
 * `absoluteUrl` turns one into the published URL. Ids in paths are ASCII and never change.
 */
import { LANGS, localePrefix, type Lang } from './locales.ts';

/** A page by its slug without locale ('' for home, 'programs/sicorp'): /programs/sicorp/, /en/programs/sicorp/. */
export function pageHref(slug: string, lang: Lang): string {
  const parts = [localePrefix(lang), slug.replace(/^\/+|\/+$/g, '')].filter(Boolean);
  return parts.length ? `/${parts.join('/')}/` : '/';
}

export function programHref(id: string, lang: Lang): string {
  return pageHref(`programs/${id}`, lang);
}

export function topicHref(id: string, lang: Lang): string {
  return pageHref(`topics/${id}`, lang);
}

/** A partner's page id: an ISO 3166-1 alpha-2 code (IN → in) or a named group (ASEAN → asean, East Asia → east-asia). */
export function placeSlug(place: string): string {
  return place.normalize('NFKC').toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');
}

/** A partner country's or group's page: /countries/in/, /en/countries/asean/. */
export function countryHref(place: string, lang: Lang): string {
  return pageHref(`countries/${placeSlug(place)}`, lang);
}

/** A source document's page: /sources/003/. */
export function sourceHref(seed: string, lang: Lang): string {
  return pageHref(`sources/${seed}`, lang);
}

/** One line of a source document: /sources/003/#L195. */
export function sourceLineHref(seed: string, line: number, lang: Lang): string {
  return `${sourceHref(seed, lang)}#L${line}`;
}

/** A figure's anchor on its page: prefixed so that it cannot collide with a heading's id. */
export function figureAnchor(id: string): string {
  return `fig-${id}`;
}

/** A figure's download: /figures/<id>.csv, .json, .ja.svg, .en.svg. */
export function figureDownloadHref(id: string, ext: 'csv' | 'json' | `${Lang}.svg`): string {
  return `/figures/${id}.${ext}`;
}

/** A dataset's download: /data/budgets.csv; the descriptor: /data/datapackage.json. */
export function dataHref(file: string): string {
  return `/data/${file}`;
}

/** A page's citation file, from its route slug with locale ('' or 'en' for the home pages): /cite/programs/sicorp.bib, /cite/en/index.ris. */
export function citeHref(routeSlug: string, ext: 'bib' | 'ris' | 'json'): string {
  const slug = routeSlug.replace(/^\/+|\/+$/g, '');
  const home = slug === '' || LANGS.some((l) => localePrefix(l) === slug);
  return `/cite/${home ? (slug === '' ? 'index' : `${slug}/index`) : slug}.${ext}`;
}

/** A root-relative path as the published URL: absoluteUrl('/en/', 'https://example.org') → https://example.org/en/. */
export function absoluteUrl(path: string, site: string): string {
  return new URL(path, site.endsWith('/') ? site : `${site}/`).href;
}
