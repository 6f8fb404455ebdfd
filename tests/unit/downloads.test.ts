// The downloads as readers get them from `npm run data`: every dataset as CSV and as an Excel
// workbook with the same rows and columns, one column naming convention across datasets, figures
// and datapackage.json, program names beside program ids, and no formulas from seed text.
import { execFileSync } from 'node:child_process';
import { readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { csvParse } from 'd3-dsv';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { columnsOf, toCsv, toXlsx, XLSX_COLUMN_SHEET_HEADER, XLSX_SHEETS } from '../../scripts/pipeline/emit.ts';
import { loadPrograms } from '../../scripts/editorial/load.ts';
import { neutraliseCell } from '../../src/core/csv.ts';
import { loadChartData, type ChartData } from '../../src/lib/charts/data.ts';
import { figureFiles } from '../../src/lib/charts/registry.ts';
import { fieldDocs } from '../../src/schemas/dataset-docs.ts';
import { datasetRowSchemas, type DatasetName } from '../../src/schemas/datasets.ts';
import { tempDir } from './helpers.ts';

const repo = join(import.meta.dirname, '..', '..');
const names = Object.keys(datasetRowSchemas) as DatasetName[];
const COLUMN_NAME = /^[a-z][A-Za-z0-9]*$/;

interface Field {
  name: string;
  type: string;
  unit?: string;
  unitJa?: string;
}
interface Descriptor {
  resources: { name: string; path: string; format: string; schema: { fields: Field[] } }[];
}

let dirs: string[] = [];
let chartData: ChartData;
const gen = (i: number, file: string) => join(dirs[i]!, 'generated', 'data', file);

/** `npm run data` into scratch directories, twice: the files the site serves, without touching generated/. */
beforeAll(async () => {
  dirs = [tempDir('downloads-a'), tempDir('downloads-b')];
  for (const dir of dirs) {
    execFileSync(join(repo, 'node_modules', '.bin', 'tsx'), [join(repo, 'scripts', 'build-data.ts')], {
      cwd: repo,
      env: { ...process.env, OUT_DIR: join(dir, 'generated'), DOCS_DIR: join(dir, 'docs') },
      stdio: 'pipe',
    });
  }
  chartData = await loadChartData(pathToFileURL(`${dirs[0]}/`));
}, 120_000);
afterAll(() => {
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
});

async function readWorkbook(bytes: Uint8Array): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(Buffer.from(bytes) as unknown as ArrayBuffer);
  return wb;
}

/** A sheet's rows as arrays of cell values, header first, every row as wide as the header. */
function sheetRows(sheet: ExcelJS.Worksheet): ExcelJS.CellValue[][] {
  const width = sheet.getRow(1).cellCount;
  const rows: ExcelJS.CellValue[][] = [];
  sheet.eachRow({ includeEmpty: true }, (row) => {
    rows.push(Array.from({ length: width }, (_, i) => row.getCell(i + 1).value));
  });
  return rows;
}

// Reading eight workbooks back takes seconds on a loaded machine: wide limits.
describe('Excel workbooks', { timeout: 120_000 }, () => {
  it('open with the same rows and columns as their CSV, numbers as numbers and text as text', async () => {
    for (const name of names) {
      const csv = csvParse(readFileSync(gen(0, `${name}.csv`), 'utf8'));
      const wb = await readWorkbook(readFileSync(gen(0, `${name}.xlsx`)));
      expect(wb.worksheets.map((s) => s.name), name).toEqual([XLSX_SHEETS.data, XLSX_SHEETS.columns]);
      const sheet = wb.getWorksheet(XLSX_SHEETS.data)!;
      const [header, ...rows] = sheetRows(sheet);
      expect(header, name).toEqual(csv.columns);
      expect(rows.length, name).toBe(csv.length);
      const types = new Map(columnsOf(name).map((c) => [c.name, c.type]));
      rows.forEach((row, r) => {
        csv.columns.forEach((col, c) => {
          const value = row[c] ?? null;
          const cell = sheet.getRow(r + 2).getCell(c + 1);
          expect(cell.formula, `${name} ${col} row ${r + 2}`).toBeUndefined();
          if (value === null) return expect(csv[r]![col], `${name} ${col} row ${r + 2}`).toBe('');
          if (types.get(col) === 'string') expect(typeof value, `${name} ${col} row ${r + 2}`).toBe('string');
          else expect(typeof value, `${name} ${col} row ${r + 2}`).toBe('number');
          // The CSV defuses text a spreadsheet would run; the workbook holds it as text, as written.
          expect(String(neutraliseCell(value as string | number)), `${name} ${col} row ${r + 2}`).toBe(csv[r]![col]);
        });
      });
    }
  });

  it('keep the Japanese intact', async () => {
    const wb = await readWorkbook(readFileSync(gen(0, 'budgets.xlsx')));
    const [header, ...rows] = sheetRows(wb.getWorksheet(XLSX_SHEETS.data)!);
    const col = (n: string) => header!.indexOf(n);
    const sicorp = rows.find((r) => r[col('program')] === 'sicorp' && r[col('fiscalYear')] === 2018)!;
    expect(sicorp[col('programNameJa')]).toBe('戦略的国際共同研究プログラム');
    expect(sicorp[col('fiscalYearLabel')]).toBe('平成30年度');
    expect(sicorp[col('amountText')]).toMatch(/百万円$/);
  });

  it('describe every column in Japanese and English, with its unit', async () => {
    for (const name of names) {
      const wb = await readWorkbook(readFileSync(gen(0, `${name}.xlsx`)));
      const [header, ...rows] = sheetRows(wb.getWorksheet(XLSX_SHEETS.columns)!);
      expect(header).toEqual(XLSX_COLUMN_SHEET_HEADER);
      expect(rows.map((r) => r[0])).toEqual(columnsOf(name).map((c) => c.name));
      for (const [column, , unitJa, unitEn, ja, en] of rows) {
        const doc = fieldDocs[column as string]!;
        expect([ja, en, unitJa ?? undefined, unitEn ?? undefined], `${name}.${String(column)}`).toEqual([doc.ja, doc.en, doc.unit?.ja, doc.unit?.en]);
      }
    }
  });

  it('are the same bytes from run to run', () => {
    for (const name of names) expect(readFileSync(gen(1, `${name}.xlsx`)).equals(readFileSync(gen(0, `${name}.xlsx`))), name).toBe(true);
  });

  it('hold seed text that starts like a formula as text, never a formula', async () => {
    const risky = ['=1+1', '+81 3', '-- 注', '@SUM(A1)', '=HYPERLINK("http://x","y")'];
    const rows = risky.map((quote, i) => ({ id: `b${i}`, amountMillionYen: -1000 - i, amountText: quote, source: { seed: '000', line: i + 1, quote } }));
    const bytes = await toXlsx('budgets', rows, new Map(), new Date(Date.UTC(2023, 5, 1)));
    const wb = await readWorkbook(bytes);
    const sheet = wb.getWorksheet(XLSX_SHEETS.data)!;
    const header = sheetRows(sheet)[0]!;
    risky.forEach((text, i) => {
      for (const col of ['amountText', 'sourceQuote']) {
        const cell = sheet.getRow(i + 2).getCell(header.indexOf(col) + 1);
        expect(cell.type, `${col} ${text}`).toBe(ExcelJS.ValueType.String);
        expect(cell.value).toBe(text);
      }
      expect(sheet.getRow(i + 2).getCell(header.indexOf('amountMillionYen') + 1).value).toBe(-1000 - i);
    });
    // The sheet's XML has no formula element at all; the CSV of the same rows defuses them.
    const xml = await (await JSZip.loadAsync(bytes)).file('xl/worksheets/sheet1.xml')!.async('string');
    expect(xml).not.toMatch(/<f[\s>]/);
    expect(toCsv('budgets', rows, new Map())).toContain(`'=1+1`);
  });
});

describe('column names', { timeout: 60_000 }, () => {
  const descriptor = () => JSON.parse(readFileSync(gen(0, 'datapackage.json'), 'utf8')) as Descriptor;

  it('are camelCase in every dataset CSV and equal the datapackage.json fields of its CSV and xlsx', () => {
    const pkg = descriptor();
    for (const name of names) {
      const header = csvParse(readFileSync(gen(0, `${name}.csv`), 'utf8')).columns;
      for (const col of header) expect(col, `${name}.csv`).toMatch(COLUMN_NAME);
      for (const resource of pkg.resources.filter((r) => r.path === `${name}.csv` || r.path === `${name}.xlsx`)) {
        expect(resource.schema.fields.map((f) => f.name), resource.name).toEqual(header);
      }
      expect(pkg.resources.filter((r) => r.path.startsWith(`${name}.`)).map((r) => r.format).sort()).toEqual(['csv', 'xlsx']);
    }
  });

  it('are camelCase in every figure CSV, each described, and a name shared with a dataset means the same column', () => {
    const pkg = descriptor();
    const datasetTypes = new Map(pkg.resources.flatMap((r) => r.schema.fields.map((f) => [f.name, f.type] as const)));
    const csvs = figureFiles(chartData).filter((f) => f.name.endsWith('.csv'));
    expect(csvs.length).toBeGreaterThan(3);
    for (const file of csvs) {
      const rows = csvParse(file.body(chartData, ''));
      for (const col of rows.columns) {
        expect(col, file.name).toMatch(COLUMN_NAME);
        expect(fieldDocs[col], `${file.name}: column ${col} is not described in src/schemas/dataset-docs.ts`).toBeDefined();
        // A shared name holds the same kind of value: numbers where the dataset has numbers.
        if (datasetTypes.get(col) === 'integer' || datasetTypes.get(col) === 'number') {
          for (const r of rows) if (r[col] !== '') expect(Number.isFinite(Number(r[col])), `${file.name} ${col}=${r[col]}`).toBe(true);
        }
      }
      // Figure files name their source columns as the datasets do.
      expect(rows.columns, file.name).toEqual(expect.arrayContaining(['id', 'sourceSeed', 'sourceLine', 'sourceQuote']));
    }
  });
});

describe('program names beside program ids', { timeout: 60_000 }, () => {
  it('give the registry name of every program id, in both languages', async () => {
    const registry = new Map((await loadPrograms()).map(({ program }) => [program.id, program.name]));
    for (const name of names) {
      const csv = csvParse(readFileSync(gen(0, `${name}.csv`), 'utf8'));
      if (!csv.columns.includes('program')) continue;
      const i = csv.columns.indexOf('program');
      expect(csv.columns.slice(i, i + 3), name).toEqual(['program', 'programNameJa', 'programNameEn']);
      for (const r of csv) {
        if (!r.program) {
          expect([r.programNameJa, r.programNameEn], `${name} ${r.id}`).toEqual(['', '']);
          continue;
        }
        expect(r.programNameJa, `${name} ${r.id}`).not.toBe('');
        expect(r.programNameEn, `${name} ${r.id}`).toMatch(/[A-Za-z]/);
        const known = registry.get(r.program);
        if (known) expect([r.programNameJa, r.programNameEn], `${name} ${r.id}`).toEqual([known.ja, known.en]);
      }
    }
  });
});
