import { existsSync, mkdirSync, readdirSync, renameSync, rmdirSync, rmSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { z } from 'astro/zod';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { datasetDocs, fieldDocs } from '../../src/schemas/dataset-docs.ts';
import { csvText, type CsvValue } from '../../src/core/csv.ts';
import type { Lang } from '../../src/core/locales.ts';
import { datasetRowSchemas, type DatasetName, type DatasetRows, type Manifest } from '../../src/schemas/datasets.ts';

type JsonSchema = { type?: string | string[]; properties?: Record<string, JsonSchema>; items?: JsonSchema; anyOf?: JsonSchema[]; enum?: unknown[] };

export interface Column {
  name: string;
  path: string[];
  type: 'string' | 'integer' | 'number';
  /** Arrays of sources become "seed:line; seed:line". */
  isSourceList: boolean;
  enum?: unknown[];
  /** Not in the JSON: the name, in this language, of the program whose id the row's `program` holds. */
  programName?: Lang;
}

/** Program names by dataset program id (the registry's, and the totals'), for the programNameJa/En columns. */
export type ProgramNames = ReadonlyMap<string, Readonly<Record<Lang, string>>>;

/** A nested field's column name: its path in camelCase (source.seed → sourceSeed, value.min → valueMin). */
export const columnName = (path: readonly string[]) => path.map((k, i) => (i === 0 ? k : `${k.charAt(0).toUpperCase()}${k.slice(1)}`)).join('');

function baseType(s: JsonSchema): JsonSchema {
  if (s.anyOf) return s.anyOf.find((a) => a.type !== 'null') ?? s;
  return s;
}

/**
 * The CSV and spreadsheet columns of a dataset, in schema order: nested objects flattened to camelCase
 * names, and after a program id its name in Japanese and English.
 */
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
        name: columnName(path),
        path,
        type: t === 'integer' ? 'integer' : t === 'number' ? 'number' : 'string',
        isSourceList: t === 'array',
        ...(b.enum ? { enum: b.enum } : {}),
      });
      if (path.length === 1 && path[0] === 'program') {
        for (const lang of ['ja', 'en'] as const) out.push({ name: columnName(['programName', lang]), path, type: 'string', isSourceList: false, programName: lang });
      }
    }
  };
  walk(root, []);
  return out;
}

/** A row's value in a column, as written to CSV (before defusing) and to a spreadsheet cell. */
function cell(row: unknown, col: Column, names: ProgramNames): CsvValue {
  let v: unknown = row;
  for (const k of col.path) v = (v as Record<string, unknown> | null)?.[k];
  if (v === null || v === undefined) return null;
  if (col.programName) {
    const name = names.get(String(v));
    if (!name) throw new Error(`program "${String(v)}" has no name (scripts/editorial/programs/, or a total in scripts/editorial/totals.ts)`);
    return name[col.programName];
  }
  if (col.isSourceList) return (v as { seed: string; line: number }[]).map((s) => `${s.seed}:${s.line}`).join('; ');
  // Numeric columns stay numbers (-5 is a number); text that a spreadsheet would run is defused by csvText.
  return col.type === 'string' ? String(v) : (v as number);
}

export function toCsv(name: DatasetName, rows: readonly unknown[], names: ProgramNames): string {
  const cols = columnsOf(name);
  return csvText([cols.map((c) => c.name), ...rows.map((r) => cols.map((c) => cell(r, c, names)))]);
}

/** The spreadsheet beside each CSV: /data/<name>.xlsx. */
export const xlsxFile = (name: DatasetName) => `${name}.xlsx`;
export const XLSX_MEDIA_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
/** Sheet names: the rows, and what each column means. */
export const XLSX_SHEETS = { data: 'data', columns: 'columns' } as const;
/** The columns sheet's header. */
export const XLSX_COLUMN_SHEET_HEADER = ['column 列', 'type 型', '単位', 'unit', '説明', 'description'];

/** A column's width in characters, as a spreadsheet counts them (a full-width character is two). */
function displayWidth(v: CsvValue): number {
  const s = v === null ? '' : String(v);
  let w = 0;
  for (const ch of s) w += /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/u.test(ch) ? 2 : 1;
  return w;
}
const widthOf = (values: readonly CsvValue[]) => Math.min(60, Math.max(8, ...values.map(displayWidth)) + 2);

/**
 * A dataset as an Excel workbook, for those who open data in Excel (which reads a UTF-8 CSV without a
 * byte-order mark as the system's code page): a sheet of the rows, the same columns and values as
 * the CSV, and a sheet describing each column in Japanese and English. Text cells are text, never
 * formulas (a value starting with = stays the text it is), and numbers are numbers. The same
 * bytes from run to run: the workbook's dates and every file in the zip are dated `asOf` (the
 * content-as-of date), not the time of writing.
 */
export async function toXlsx(name: DatasetName, rows: readonly unknown[], names: ProgramNames, asOf: Date): Promise<Uint8Array> {
  const cols = columnsOf(name);
  const docs = datasetDocs[name];
  const wb = new ExcelJS.Workbook();
  wb.creator = wb.lastModifiedBy = 'japan-intl-sci-cooperation';
  wb.created = wb.modified = asOf;
  wb.title = `${docs.title.ja} / ${docs.title.en}`;
  wb.description = `${docs.description.ja}\n\n${docs.description.en}`;

  const values = rows.map((r) => cols.map((c) => cell(r, c, names)));
  const data = wb.addWorksheet(XLSX_SHEETS.data, { views: [{ state: 'frozen', xSplit: 1, ySplit: 1 }] });
  data.columns = cols.map((c, i) => ({ header: c.name, key: c.name, width: widthOf([c.name, ...values.map((v) => v[i]!)]) }));
  for (const v of values) data.addRow(v);
  data.getRow(1).font = { bold: true };
  if (cols.length) data.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: cols.length } };

  const described = wb.addWorksheet(XLSX_SHEETS.columns, { views: [{ state: 'frozen', ySplit: 1 }] });
  const docRows = cols.map((c) => {
    const doc = fieldDoc(c.name);
    return [c.name, c.type, doc.unit?.ja ?? null, doc.unit?.en ?? null, doc.ja, doc.en];
  });
  described.columns = XLSX_COLUMN_SHEET_HEADER.map((h, i) => ({ header: h, width: i >= 4 ? 80 : widthOf([h, ...docRows.map((r) => r[i]!)]) }));
  for (const r of docRows) described.addRow(r);
  described.getRow(1).font = { bold: true };
  for (const col of [5, 6]) described.getColumn(col).alignment = { wrapText: true, vertical: 'top' };

  return fixedDates(new Uint8Array(await wb.xlsx.writeBuffer()), asOf);
}

/** Every dataset's workbook, as generated/ paths (data/<name>.xlsx), dated by the content-as-of date (2023, 2023-06 or 2023-06-30). */
export async function workbooks(datasets: DatasetRows, names: ProgramNames, contentAsOf: string): Promise<Map<string, Uint8Array>> {
  const [y, m = 1, d = 1] = contentAsOf.split('-').map(Number);
  const asOf = new Date(Date.UTC(y!, m - 1, d));
  if (Number.isNaN(asOf.getTime())) throw new Error(`contentAsOf "${contentAsOf}" is not a date`);
  const out = new Map<string, Uint8Array>();
  for (const name of Object.keys(datasetDocs) as DatasetName[]) out.set(`data/${xlsxFile(name)}`, await toXlsx(name, datasets[name], names, asOf));
  return out;
}

/** The zip rewritten with every entry dated `date` (exceljs's zip dates them at the time of writing). */
async function fixedDates(xlsx: Uint8Array, date: Date): Promise<Uint8Array> {
  const zip = await JSZip.loadAsync(xlsx);
  const out = new JSZip();
  const entries: [string, JSZip.JSZipObject][] = [];
  zip.forEach((path, entry) => entries.push([path, entry]));
  for (const [path, entry] of entries) {
    if (entry.dir) continue;
    out.file(path, await entry.async('uint8array'), { date, createFolders: false });
  }
  return out.generateAsync({ type: 'uint8array', compression: 'DEFLATE', compressionOptions: { level: 6 } });
}

/** A column's description; every column has one. */
function fieldDoc(column: string): (typeof fieldDocs)[string] {
  const doc = fieldDocs[column];
  if (!doc) throw new Error(`no description for column ${column} (src/schemas/dataset-docs.ts)`);
  return doc;
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
  const names = Object.keys(datasetDocs) as DatasetName[];
  const schemaOf = (name: DatasetName) => ({
    primaryKey: 'id',
    fields: columnsOf(name).map((c) => {
      const doc = fieldDoc(c.name);
      return {
        name: c.name,
        type: c.type,
        description: doc.en,
        descriptionJa: doc.ja,
        ...(doc.unit ? { unit: doc.unit.en, unitJa: doc.unit.ja } : {}),
        ...(c.enum ? { constraints: { enum: c.enum } } : {}),
      };
    }),
  });
  return {
    profile: 'data-package',
    name: site.name,
    title: site.title,
    version: site.version,
    description:
      "Figures on Japan's international science and technology cooperation programs, extracted from five Japanese government documents. Every row cites the document, line and verbatim text it comes from.",
    licenses: [{ name: 'CC-BY-4.0', path: 'https://creativecommons.org/licenses/by/4.0/', title: 'Creative Commons Attribution 4.0 (our extraction and English text; the quoted source text remains its issuers\')' }],
    sources: datasets.seeds.map((s) => ({ title: `${s.titleJa} / ${s.titleEn}`, path: `seeds/${s.file}`, description: `${s.issuer.en}, ${s.date}` })),
    resources: [
      ...names.map((name) => ({
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
        schema: schemaOf(name),
      })),
      // The same rows as Excel workbooks: sheet "data" holds them, sheet "columns" describes each column.
      ...names.map((name) => ({
        name: `${name}-xlsx`,
        path: xlsxFile(name),
        format: 'xlsx',
        mediatype: XLSX_MEDIA_TYPE,
        title: `${datasetDocs[name].title.en} (Excel)`,
        titleJa: `${datasetDocs[name].title.ja}（Excel）`,
        description: `The rows of ${name}.csv as an Excel workbook: sheet "${XLSX_SHEETS.data}" holds them, sheet "${XLSX_SHEETS.columns}" describes each column in Japanese and English.`,
        descriptionJa: `${name}.csv と同じ行の Excel ブック。シート「${XLSX_SHEETS.data}」に行、シート「${XLSX_SHEETS.columns}」に各列の説明（日本語・英語）。`,
        dialect: { sheet: XLSX_SHEETS.data },
        schema: schemaOf(name),
      })),
    ],
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
