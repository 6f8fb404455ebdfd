import { existsSync, mkdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { csvFormatRows } from 'd3';
import { z } from 'astro/zod';
import { datasetDocs, fieldDocs } from '../../src/schemas/dataset-docs.ts';
import { datasetRowSchemas, type DatasetName, type DatasetRows, type Manifest } from '../../src/schemas/datasets.ts';

type JsonSchema = { type?: string | string[]; properties?: Record<string, JsonSchema>; items?: JsonSchema; anyOf?: JsonSchema[]; enum?: unknown[] };

export interface Column {
  name: string;
  path: string[];
  type: 'string' | 'integer' | 'number';
  /** Arrays of sources become "seed:line; seed:line". */
  isSourceList: boolean;
  enum?: unknown[];
}

function baseType(s: JsonSchema): JsonSchema {
  if (s.anyOf) return s.anyOf.find((a) => a.type !== 'null') ?? s;
  return s;
}

/** The CSV columns of a dataset, in schema order: nested objects flattened with "_". */
export function columnsOf(name: DatasetName): Column[] {
  const root = z.toJSONSchema(datasetRowSchemas[name]) as JsonSchema;
  const out: Column[] = [];
  const walk = (s: JsonSchema, path: string[]) => {
    const b = baseType(s);
    const types = ([] as string[]).concat(b.type ?? 'string').filter((t) => t !== 'null');
    const t = types[0] ?? 'string';
    if (t === 'object' && b.properties) {
      for (const [k, v] of Object.entries(b.properties)) walk(v, [...path, k]);
    } else {
      out.push({
        name: path.join('_'),
        path,
        type: t === 'integer' ? 'integer' : t === 'number' ? 'number' : 'string',
        isSourceList: t === 'array',
        ...(b.enum ? { enum: b.enum } : {}),
      });
    }
  };
  walk(root, []);
  return out;
}

function cell(row: unknown, col: Column): string {
  let v: unknown = row;
  for (const k of col.path) v = (v as Record<string, unknown> | null)?.[k];
  if (v === null || v === undefined) return '';
  if (col.isSourceList) return (v as { seed: string; line: number }[]).map((s) => `${s.seed}:${s.line}`).join('; ');
  return String(v);
}

export function toCsv(name: DatasetName, rows: readonly unknown[]): string {
  const cols = columnsOf(name);
  return `${csvFormatRows([cols.map((c) => c.name), ...rows.map((r) => cols.map((c) => cell(r, c)))])}\n`;
}

export const toJson = (value: unknown) => `${JSON.stringify(value, null, 2)}\n`;

export interface SiteInfo {
  name: string;
  title: string;
  version: string;
  homepage?: string;
}

export function dataPackage(datasets: DatasetRows, site: SiteInfo, seedsUsed: Record<DatasetName, string[]>) {
  const seedTitle = new Map(datasets.seeds.map((s) => [s.id, s]));
  return {
    profile: 'data-package',
    name: site.name,
    title: site.title,
    version: site.version,
    description:
      "Figures on Japan's international science and technology cooperation programs, extracted from five Japanese government documents. Every row cites the document, line and verbatim text it comes from.",
    licenses: [{ name: 'CC-BY-4.0', path: 'https://creativecommons.org/licenses/by/4.0/', title: 'Creative Commons Attribution 4.0 (our extraction and English text; the quoted source text remains its issuers\')' }],
    sources: datasets.seeds.map((s) => ({ title: `${s.titleJa} / ${s.titleEn}`, path: `seeds/${s.file}`, description: `${s.issuer.en}, ${s.date}` })),
    resources: (Object.keys(datasetDocs) as DatasetName[]).map((name) => ({
      name,
      path: `${name}.csv`,
      format: 'csv',
      mediatype: 'text/csv',
      encoding: 'utf-8',
      title: datasetDocs[name].title.en,
      titleJa: datasetDocs[name].title.ja,
      description: datasetDocs[name].description.en,
      descriptionJa: datasetDocs[name].description.ja,
      sources: seedsUsed[name].map((id) => ({ title: `${seedTitle.get(id)?.titleJa} (${id})`, path: `seeds/${seedTitle.get(id)?.file}` })),
      schema: {
        primaryKey: 'id',
        fields: columnsOf(name).map((c) => {
          const doc = fieldDocs[c.name];
          if (!doc) throw new Error(`no description for column ${c.name} of ${name} (src/schemas/dataset-docs.ts)`);
          return {
            name: c.name,
            type: c.type,
            description: doc.en,
            descriptionJa: doc.ja,
            ...(c.enum ? { constraints: { enum: c.enum } } : {}),
          };
        }),
      },
    })),
  };
}

/**
 * Write every file under a temporary directory beside `outDir`, then swap it in. A failure before
 * the swap leaves the previous output exactly as it was.
 */
export function writeAtomically(outDir: string, files: ReadonlyMap<string, string | Uint8Array>): void {
  writeAllAtomically([{ dir: outDir, files }]);
}

/**
 * Several output directories, each replaced whole: every one is written in full beside its target
 * first, and only then are they swapped in, one rename each.
 */
export function writeAllAtomically(outputs: { dir: string; files: ReadonlyMap<string, string | Uint8Array> }[]): void {
  const staged = outputs.map(({ dir }) => ({ dir, tmp: `${dir}.tmp-${process.pid}`, old: `${dir}.old-${process.pid}` }));
  try {
    outputs.forEach(({ files }, i) => {
      const { tmp } = staged[i]!;
      rmSync(tmp, { recursive: true, force: true });
      mkdirSync(tmp, { recursive: true });
      for (const [rel, content] of files) {
        const path = join(tmp, rel);
        mkdirSync(dirname(path), { recursive: true });
        writeFileSync(path, content);
      }
    });
  } catch (e) {
    for (const { tmp } of staged) rmSync(tmp, { recursive: true, force: true });
    throw e;
  }
  for (const { dir, tmp, old } of staged) {
    const hadOld = existsSync(dir);
    if (hadOld) renameSync(dir, old);
    renameSync(tmp, dir);
    if (hadOld) rmSync(old, { recursive: true, force: true });
  }
}

export type { Manifest };
