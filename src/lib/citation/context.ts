// The site-wide citation facts, read from package.json and the pipeline's output (generated/): the
// one place the citation modules touch the file system.
import { readFile } from 'node:fs/promises';
import { readDataset, readManifest, readSeedCatalogue } from '../generated.ts';
import type { CitationContext } from './model.ts';

/** The span of years named in a list of dates and periods ("2005-2007", 2018, "2023-04-27"). */
export function yearSpan(values: readonly (string | number | null | undefined)[]): string {
  const years = values.flatMap((v) => (v === null || v === undefined ? [] : [...String(v).matchAll(/(?<!\d)(1[89]\d\d|20\d\d)(?!\d)/g)].map((m) => Number(m[1]))));
  if (years.length === 0) throw new Error('no years to span');
  const [min, max] = [Math.min(...years), Math.max(...years)];
  return min === max ? String(min) : `${min}/${max}`;
}

const contexts = new Map<string, Promise<CitationContext>>();

/** Read once per build (each time in dev, where the data may change). */
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
