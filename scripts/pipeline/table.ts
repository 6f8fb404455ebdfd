import { SeedError } from './errors.ts';
import { parseNumber } from './text.ts';
import { locate, type Locator, type Seed, type SeedLine } from './seed.ts';

export interface TableRow {
  line: SeedLine;
  /** Cells, NFKC-normalised and trimmed; an empty cell repeats nothing (see carryForward). */
  cells: string[];
}

export interface Table {
  heading: SeedLine;
  header: TableRow;
  rows: TableRow[];
  /** The row whose cell says 合計, and its number. */
  total: { row: TableRow; value: number } | null;
}

const cellsOf = (line: SeedLine) => line.text.split('\t').map((c) => c.normalize('NFKC').trim());

/** A tab-separated table below a heading: a header row, data rows, perhaps a 合計 row; ends at the first line without a tab. */
export function readTable(seed: Seed, heading: Locator): Table {
  const head = locate(seed, heading);
  const below = seed.lines.slice(head.n).filter((l) => l.norm !== '');
  const headerLine = below[0];
  if (!headerLine?.text.includes('\t')) throw new SeedError(seed.path, head.n, 'expected a tab-separated table below this line');
  const rows: TableRow[] = [];
  let total: Table['total'] = null;
  for (const line of below.slice(1)) {
    if (!line.text.includes('\t')) break;
    const row = { line, cells: cellsOf(line) };
    if (row.cells.includes('合計')) {
      const value = parseNumber(row.cells.at(-1) ?? '');
      if (value === null) throw new SeedError(seed.path, line.n, 'the 合計 row has no number in its last cell');
      total = { row, value };
      break;
    }
    rows.push(row);
  }
  return { heading: head, header: { line: headerLine, cells: cellsOf(headerLine) }, rows, total };
}

/** A count in the table's last column, or an error naming the line. */
export function countOf(seed: Seed, row: TableRow): number {
  const n = parseNumber(row.cells.at(-1) ?? '');
  if (n === null || !Number.isInteger(n)) throw new SeedError(seed.path, row.line.n, `expected a whole number in the last column, found "${row.cells.at(-1)}"`);
  return n;
}

/** A grouped table leaves the group cell empty under its first row: fill it from the row above. */
export function carryForward(rows: TableRow[], column: number): string[] {
  let last = '';
  return rows.map((r) => {
    const v = r.cells[column] ?? '';
    if (v !== '') last = v;
    return last;
  });
}
