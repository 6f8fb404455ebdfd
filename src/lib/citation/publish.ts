// The repository's files that cite the site as a whole: CITATION.cff and the root datapackage.json.
// Pure; written by the pipeline (scripts/citation-files.ts, called from scripts/build-data.ts).
import { Document } from 'yaml';
import { LICENSE_SPDX, dateParts, siteRoot, siteTitle, type CitationContext } from './model.ts';
import { issuerName } from './reference.ts';

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

export const dataPackageJson = (descriptor: PipelineDescriptor, site: string | URL) => `${JSON.stringify(publishedDataPackage(descriptor, site), null, 2)}\n`;

const KEYWORDS = ['science and technology policy', 'international cooperation', 'research funding', 'Japan', 'JST', 'MEXT', 'open data'];

/**
 * CITATION.cff (Citation File Format 1.2.0) for the site: a dataset (CFF's types are software and
 * dataset) by the site as an entity, released on the content-as-of date (CFF wants a full date: a
 * year-month is given its first day), with the source documents as references.
 */
export function citationCff(ctx: Pick<CitationContext, 'version' | 'contentAsOf' | 'sources'>, siteUrl: string): string {
  const p = dateParts(ctx.contentAsOf);
  if (!p) throw new Error(`contentAsOf ${ctx.contentAsOf} is not a date`);
  const released = [p[0]!, p[1] ?? 1, p[2] ?? 1].map((n, i) => String(n).padStart(i === 0 ? 4 : 2, '0')).join('-');
  const cff = {
    'cff-version': '1.2.0',
    message: "If you use these pages or data, please cite them as below. The quoted source documents remain their issuers'; cite them too.",
    type: 'dataset',
    title: `${siteTitle('en')} (${siteTitle('ja')})`,
    abstract: "A bilingual (Japanese/English) reference site and open data on Japan's international science and technology cooperation programs, generated from five Japanese government documents. Every figure cites the document, line and verbatim text it comes from.",
    authors: [{ name: siteTitle('en') }],
    version: ctx.version,
    'date-released': released,
    license: LICENSE_SPDX,
    url: siteRoot(siteUrl),
    keywords: KEYWORDS,
    references: ctx.sources.map((s) => {
      const d = dateParts(s.date);
      const issuer = issuerName(s, 'en');
      return {
        type: 'government-document',
        title: s.titleJa,
        abstract: `English: ${s.titleEn}. ${s.kind.en}.`,
        authors: [{ name: issuer.name }],
        ...(d ? { year: d[0], ...(d[1] !== undefined ? { month: d[1] } : {}) } : {}),
        languages: ['ja'],
        ...(issuer.inferred ? { notes: 'Issuer inferred from the content.' } : {}),
      };
    }),
  };
  const doc = new Document(cff);
  doc.commentBefore = [
    " Written by the pipeline (npm run data: scripts/citation-files.ts, citationCff() in",
    " src/lib/citation/publish.ts) from package.json and the pipeline's output (the content-as-of",
    ' date and the source documents); tests/unit/citation.test.ts fails when it is out of date.',
  ].join('\n');
  return doc.toString({ lineWidth: 0 });
}
