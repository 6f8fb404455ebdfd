import { existsSync, mkdirSync, readdirSync, renameSync, rmdirSync, rmSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { z } from 'astro/zod';
import { datasetDocs, fieldDocs } from '../../src/schemas/dataset-docs.ts';
import { csvText, type CsvValue } from '../../src/core/csv.ts';
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

function cell(row: unknown, col: Column): CsvValue {
  let v: unknown = row;
  for (const k of col.path) v = (v as Record<string, unknown> | null)?.[k];
  if (v === null || v === undefined) return null;
  if (col.isSourceList) return (v as { seed: string; line: number }[]).map((s) => `${s.seed}:${s.line}`).join('; ');
  // Numeric columns stay numbers (-5 is a number); text that a spreadsheet would run is defused by csvText.
  return col.type === 'string' ? String(v) : (v as number);
}

export function toCsv(name: DatasetName, rows: readonly unknown[]): string {
  const cols = columnsOf(name);
  return csvText([cols.map((c) => c.name), ...rows.map((r) => cols.map((c) => cell(r, c)))]);
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

/** Is a process still running? (A staging folder named after a live process is in use.) */
function alive(pid: number): boolean {
  if (pid === process.pid) return false;
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/**
 * Remove what a killed run left: its folders in `staging` (named `<pid>-…`) and, from older
 * versions of this script, `<name>.tmp-<pid>` / `<name>.old-<pid>` beside each target, which
 * inside src/content/docs/ were published as pages. Folders of a live process are left alone.
 */
export function sweepStaging(staging: string, targets: readonly string[] = []): string[] {
  const swept: string[] = [];
  const sweep = (dir: string, pattern: RegExp) => {
    if (!existsSync(dir)) return;
    for (const name of readdirSync(dir)) {
      const m = pattern.exec(name);
      if (m && !alive(Number(m[1]))) {
        rmSync(join(dir, name), { recursive: true, force: true });
        swept.push(join(dir, name));
      }
    }
  };
  sweep(staging, /^(\d+)-/);
  for (const t of targets) sweep(dirname(t), new RegExp(`^${basename(t).replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\.(?:tmp|old)-(\\d+)$`));
  return swept;
}

export interface Output {
  dir: string;
  files: ReadonlyMap<string, string | Uint8Array>;
}

/**
 * Write every file under a staging folder, then swap it in. A failure before the swap leaves the
 * previous output exactly as it was.
 */
export function writeAtomically(outDir: string, files: ReadonlyMap<string, string | Uint8Array>, staging = join(dirname(outDir), '.staging')): void {
  writeAllAtomically([{ dir: outDir, files }], () => staging);
}

/**
 * Several output directories, each replaced whole: every one is written in full in its staging
 * folder first (a hidden folder outside the target's parent collection, on the same file system so
 * that a rename moves it), and only then are they swapped in, one rename each. Leftovers of killed
 * runs are swept first.
 */
export function writeAllAtomically(outputs: Output[], stagingFor: (dir: string) => string = (dir) => join(dirname(dir), '.staging')): void {
  const staged = outputs.map(({ dir }, i) => {
    const staging = stagingFor(dir);
    return { dir, staging, tmp: join(staging, `${process.pid}-${i}-${basename(dir)}.new`), old: join(staging, `${process.pid}-${i}-${basename(dir)}.old`) };
  });
  for (const s of new Set(staged.map((s) => s.staging))) sweepStaging(s, staged.filter((x) => x.staging === s).map((x) => x.dir));
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
    mkdirSync(dirname(dir), { recursive: true });
    if (hadOld) renameSync(dir, old);
    renameSync(tmp, dir);
    if (hadOld) rmSync(old, { recursive: true, force: true });
  }
  for (const s of new Set(staged.map((s) => s.staging))) {
    try {
      rmdirSync(s); // only when empty: another run may be using it
    } catch {}
  }
}

export type { Manifest };
