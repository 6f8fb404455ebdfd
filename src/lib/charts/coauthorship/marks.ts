// The co-authorship marks: each partner of US international co-authored papers with its rank and
// share in 2005–2007 and 2015–2017 (either may be missing).
import { ascending, index, sort } from 'd3-array';
import type { CoauthorshipRow } from '../../../schemas/datasets.ts';

export const PERIODS = ['2005-2007', '2015-2017'] as const;
export type Period = (typeof PERIODS)[number];

export interface Partner {
  iso: string;
  nameJa: string;
  before: CoauthorshipRow | null;
  after: CoauthorshipRow | null;
}

/** One partner per country, latest rank first (then earlier rank). */
export function partners(rows: readonly CoauthorshipRow[]): Partner[] {
  const byIso = index(rows, (r) => r.partnerIso, (r) => r.period);
  const list = [...byIso].map(([iso, periods]): Partner => {
    const any = [...periods.values()][0]!;
    return { iso, nameJa: any.partner, before: periods.get('2005-2007') ?? null, after: periods.get('2015-2017') ?? null };
  });
  return sort(list, (a, b) => ascending(a.after?.rank ?? 99, b.after?.rank ?? 99) || ascending(a.before?.rank ?? 99, b.before?.rank ?? 99));
}

/** The row of a period. */
export const rowOf = (p: Partner, period: Period) => (period === '2005-2007' ? p.before : p.after);

/** The partners drawn heavier: Japan, and whoever ranks first now. */
export function emphasised(list: readonly Partner[]): Set<string> {
  return new Set(['JP', list.find((p) => p.after?.rank === 1)?.iso ?? '']);
}

/** The rows' own lines and the lines they rely on: the table's title and heads, the counting-method and origin notes. */
export const citedLines = (rows: readonly CoauthorshipRow[]) => rows.flatMap((r) => [r.source, ...r.context]);
