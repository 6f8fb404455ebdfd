/**
 * The one CSV writer for every CSV the site serves (datasets and figures): RFC 4180 fields through
 * d3-dsv, LF line ends, a header row and a final newline. Text cells are neutralised against
 * spreadsheet formulas first (OWASP's rule: a cell that begins with = + - @, a tab or a carriage
 * return gets a leading apostrophe), since seed text is data and must not become a formula.
 */
import { csvFormatRows } from 'd3-dsv';

export type CsvValue = string | number | boolean | null;

const FORMULA_START = /^[=+\-@\t\r]/;

/** A text cell that a spreadsheet would read as a formula, with a leading apostrophe; numbers, booleans and null as they are. */
export function neutraliseCell(value: CsvValue): CsvValue {
  return typeof value === 'string' && FORMULA_START.test(value) ? `'${value}` : value;
}

/** Rows of cells as CSV text: every cell neutralised, LF after every row including the last. */
export function csvText(rows: readonly (readonly CsvValue[])[]): string {
  if (rows.length === 0) return '';
  const cell = (v: CsvValue) => {
    const safe = neutraliseCell(v);
    return safe === null ? '' : String(safe);
  };
  return `${csvFormatRows(rows.map((row) => row.map(cell)))}\n`;
}

/** Records as CSV with a header row, in the order of `columns`; a missing value is an empty cell. */
export function toCsv(records: readonly Readonly<Record<string, CsvValue>>[], columns: readonly string[]): string {
  return csvText([columns, ...records.map((r) => columns.map((c) => r[c] ?? null))]);
}
