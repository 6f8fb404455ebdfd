// Sakura Science rows as marks: one bar per fiscal year and status (actual, planned), and the
// cumulative totals the document states, with whether the yearly figures add up to them.
import { sort, sum } from 'd3-array';
import type { SakuraRow } from '../../../schemas/datasets.ts';

/** Single-year figures, by year, actual before planned, then by source. */
export function yearlyRows(rows: readonly SakuraRow[]): SakuraRow[] {
  return sort(
    rows.filter((r) => r.measure !== 'cumulative-invitees' && r.fiscalYearFrom === r.fiscalYearTo),
    (a, b) => a.fiscalYearFrom - b.fiscalYearFrom || a.status.localeCompare(b.status) || a.source.seed.localeCompare(b.source.seed) || a.source.line - b.source.line,
  );
}

export const cumulativeRows = (rows: readonly SakuraRow[]) => rows.filter((r) => r.measure === 'cumulative-invitees');

/** Every row the figure plots or states: the yearly bars, then the cumulative totals. */
export const plottedRows = (rows: readonly SakuraRow[]) => [...yearlyRows(rows), ...cumulativeRows(rows)];

export interface CumulativeCheck {
  row: SakuraRow;
  /** The yearly figures the total covers add up to: null where a year is missing. */
  yearlySum: number | null;
}

export function cumulativeChecks(rows: readonly SakuraRow[]): CumulativeCheck[] {
  return cumulativeRows(rows).map((c) => {
    const covered = rows.filter((r) => r.measure === 'invitees' && r.status === c.status && r.fiscalYearFrom >= c.fiscalYearFrom && r.fiscalYearTo <= c.fiscalYearTo);
    const complete = covered.length === c.fiscalYearTo - c.fiscalYearFrom + 1;
    return { row: c, yearlySum: complete ? sum(covered, (r) => r.people) : null };
  });
}
