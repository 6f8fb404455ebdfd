// A page's citation in its <head>: Highwire Press citation_* and Dublin Core DC.* tags, og:type,
// and schema.org JSON-LD (a WebPage, or a Dataset with its downloads on the Data page). Pure.
import { translator } from '../../core/i18n.ts';
import { absoluteUrl, sourceHref } from '../../core/urls.ts';
import { authorOf, dateParts, LICENSE_URL, siteHomeUrl, titleOf, urlOf, type Citation, type CitationContext, type DatasetDownload, type SourceDocument } from './model.ts';
import { formattedReference, issuerName, licenceStatement, sourceLine } from './reference.ts';

export interface HeadEntry {
  tag: 'meta' | 'link' | 'script';
  attrs: Record<string, string>;
  content?: string;
}

/** Highwire's date form: 2023/06, 2023/04/27, 2020. */
export function highwireDate(date: string): string {
  const p = dateParts(date);
  return p ? p.map((n, i) => (i === 0 ? String(n) : String(n).padStart(2, '0'))).join('/') : date;
}

/**
 * og:type for a page. Zotero's Embedded Metadata translator ranks a recognised og:type above
 * DC.type ("website" → web page, ahead of the journal-article guess that citation_title makes), and
 * no og:type means dataset. So web pages say "website", and the Data page keeps Starlight's
 * "article", which Zotero only treats as a weak guess, below DC.type "Dataset".
 */
export function ogType(c: Citation): 'website' | 'article' {
  return c.item.type === 'dataset' ? 'article' : 'website';
}

/** Highwire Press and Dublin Core tags, and links declaring the DC schema and the licence. */
export function headTags(c: Citation): HeadEntry[] {
  const meta = (name: string, content: string): HeadEntry => ({ tag: 'meta', attrs: { name, content } });
  return [
    { tag: 'link', attrs: { rel: 'schema.DC', href: 'http://purl.org/dc/elements/1.1/' } },
    { tag: 'link', attrs: { rel: 'license', href: LICENSE_URL } },
    meta('citation_title', titleOf(c)),
    meta('citation_author', authorOf(c)),
    meta('citation_publication_date', highwireDate(c.date)),
    meta('citation_public_url', urlOf(c)),
    meta('citation_language', c.lang),
    meta('DC.title', titleOf(c)),
    meta('DC.creator', authorOf(c)),
    meta('DC.publisher', c.item.publisher),
    meta('DC.date', c.date),
    meta('DC.type', c.item.type === 'dataset' ? 'Dataset' : 'Text'),
    meta('DC.format', 'text/html'),
    meta('DC.language', c.lang),
    meta('DC.identifier', urlOf(c)),
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
    ...(issuer.inferred ? { description: translator(c.lang)('cite.issuerInferredNote') } : {}),
    datePublished: s.date,
    // The document's text as reproduced on this site (no original address is known).
    url: absoluteUrl(sourceHref(s.id, c.lang), c.siteUrl),
  };
}

/** schema.org JSON-LD: a WebPage, or for the Data page a Dataset with its downloads. */
export function jsonLd(c: Citation, ctx: Pick<CitationContext, 'datasets' | 'temporalCoverage'>): Record<string, unknown> {
  const organisation = { '@type': 'Organization', name: authorOf(c), url: siteHomeUrl(c) };
  const common = {
    '@context': 'https://schema.org',
    '@id': urlOf(c),
    url: urlOf(c),
    name: titleOf(c),
    ...(c.description ? { description: c.description } : {}),
    inLanguage: c.lang,
    version: c.item.version,
    datePublished: c.date,
    author: organisation,
    creator: organisation,
    publisher: organisation,
    license: LICENSE_URL,
    copyrightNotice: licenceStatement(c.sources, c.lang),
    creditText: formattedReference(c),
    isPartOf: { '@type': 'WebSite', name: authorOf(c), url: organisation.url },
    ...(c.sources.length ? { isBasedOn: c.sources.map((s) => creativeWorkOf(s, c)) } : {}),
  };
  if (c.item.type !== 'dataset') return { ...common, '@type': 'WebPage' };
  const t = translator(c.lang);
  const title = (d: DatasetDownload) => d.title[c.lang];
  return {
    ...common,
    '@type': 'Dataset',
    name: t('cite.datasetName', { author: authorOf(c), title: titleOf(c) }),
    identifier: urlOf(c),
    isAccessibleForFree: true,
    inLanguage: ['ja', 'en'],
    temporalCoverage: ctx.temporalCoverage,
    measurementTechnique: t('cite.processing'),
    distribution: ctx.datasets.flatMap((d) => [
      { '@type': 'DataDownload', name: `${title(d)} (CSV)`, encodingFormat: 'text/csv', contentUrl: absoluteUrl(d.files.csv, c.siteUrl) },
      { '@type': 'DataDownload', name: `${title(d)} (JSON)`, encodingFormat: 'application/json', contentUrl: absoluteUrl(d.files.json, c.siteUrl) },
      ...(d.files.xlsx ? [{ '@type': 'DataDownload', name: `${title(d)} (Excel)`, encodingFormat: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', contentUrl: absoluteUrl(d.files.xlsx, c.siteUrl) }] : []),
    ]),
  };
}

/** JSON for a <script> element: "<" escaped so no "</script>" can end it early. */
export const scriptJson = (value: unknown) => JSON.stringify(value).replace(/</g, '\\u003c');
