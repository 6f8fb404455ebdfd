// Support per project across programs: the amounts the documents state a project (or a centre)
// receives, from the program-facts dataset, as ranges where the documents give ranges. One mark per
// program, type and measure as the newest document states it, and one more for each earlier
// document that stated another amount (dated, so a reader sees that SICORP's types shrank).
import { sort } from 'd3-array';
import type { ProgramFactRow } from '../../../schemas/datasets.ts';
import { programEntry, programOrder, type ChartData, type ProgramEntry } from '../data.ts';
import { seedDates } from '../budget/marks.ts';

/** The measures of support the chart shows, in this order within a program. */
export const SUPPORT_METRICS = ['support-per-project-year', 'jica-support-per-year', 'support-per-base-year', 'total-funding-per-project'] as const;
export type SupportMetric = (typeof SUPPORT_METRICS)[number];

export interface SupportMark {
  key: string;
  program: ProgramEntry;
  scheme: string | null;
  metric: SupportMetric;
  min: number;
  max: number;
  qualifier: ProgramFactRow['value']['qualifier'];
  /** The row the mark shows (the newest document's) and every row stating the same amount. */
  row: ProgramFactRow;
  rows: ProgramFactRow[];
  /** Each row's document date, in the order of `rows`. */
  rowDates: string[];
  /** The document's date (seed catalogue), and whether a newer document states another amount. */
  date: string;
  superseded: boolean;
}

export interface SupportGroup {
  program: ProgramEntry;
  marks: SupportMark[];
}

const isSupport = (r: ProgramFactRow): r is ProgramFactRow & { metric: SupportMetric } => (SUPPORT_METRICS as readonly string[]).includes(r.metric) && r.status === 'rule';

export function supportGroups(data: Pick<ChartData, 'facts' | 'programs' | 'seeds'>): SupportGroup[] {
  const dateOf = seedDates(data);
  const rows = data.facts.filter(isSupport);
  const groups: SupportGroup[] = [];
  for (const id of programOrder(data)) {
    const own = rows.filter((r) => r.program === id);
    if (own.length === 0) continue;
    const program = programEntry(data, id);
    const bySeries: SupportMark[][] = [];
    const series = [...new Set(own.map((r) => `${r.metric}|${r.scheme ?? ''}`))];
    for (const s of series) {
      const these = own.filter((r) => `${r.metric}|${r.scheme ?? ''}` === s);
      // Newest document first; within one, the later line.
      const byDate = sort(these, (a, b) => dateOf(b.source.seed).localeCompare(dateOf(a.source.seed)) || b.source.line - a.source.line);
      const amounts = [...new Set(byDate.map((r) => `${r.value.min}|${r.value.max}|${r.value.qualifier}`))];
      const marks: SupportMark[] = [];
      bySeries.push(marks);
      amounts.forEach((amount, i) => {
        const same = byDate.filter((r) => `${r.value.min}|${r.value.max}|${r.value.qualifier}` === amount);
        const row = same[0]!;
        marks.push({
          key: `${id}|${s}|${amount}`,
          program,
          scheme: row.scheme,
          metric: row.metric as SupportMetric,
          min: row.value.min,
          max: row.value.max,
          qualifier: row.value.qualifier,
          row,
          rows: same,
          rowDates: same.map((r) => dateOf(r.source.seed)),
          date: dateOf(row.source.seed),
          superseded: i > 0,
        });
      });
    }
    // By measure, the program's own statement before its types, larger amounts first; each series' newest amount before its earlier ones.
    const ordered = sort(bySeries, (a, b) => SUPPORT_METRICS.indexOf(a[0]!.metric) - SUPPORT_METRICS.indexOf(b[0]!.metric) || Number(a[0]!.scheme !== null) - Number(b[0]!.scheme !== null) || b[0]!.max - a[0]!.max);
    groups.push({ program, marks: ordered.flat() });
  }
  return groups;
}
