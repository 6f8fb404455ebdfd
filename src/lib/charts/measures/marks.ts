// How the same measure moved across the documents: a count that two or more documents state for the
// same program, type and measure (program-facts: SICORP's partner countries and projects, the
// members of CONCERT-Japan and e-ASIA), and the Sakura Science intake each document plans
// (sakura-science). Each point is dated by its document; one figure per program that has any.
import { sort } from 'd3-array';
import type { ProgramFactRow, SakuraRow } from '../../../schemas/datasets.ts';
import { seedDates } from '../budget/marks.ts';
import { programEntry, programOrder, type ChartData, type ProgramEntry } from '../data.ts';

/** The counts a reader follows from document to document (each has its words in charts.measures.metric.*). */
export const MEASURE_METRICS: readonly string[] = ['projects-under-way', 'partner-countries-and-regions', 'joint-call-partner-countries-to-date', 'joint-call-partner-countries-current', 'member-countries-besides-japan'];

export interface MeasurePoint {
  key: string;
  /** The document's date (seed catalogue) and the date or year the figure describes. */
  date: string;
  asOf: string;
  value: number;
  qualifier: ProgramFactRow['value']['qualifier'];
  /** The figure in words, as the page says it (12 countries, about 2,900 people). */
  fact: ProgramFactRow | null;
  sakura: SakuraRow | null;
  source: ProgramFactRow['source'];
}

export interface Measure {
  key: string;
  program: ProgramEntry;
  scheme: string | null;
  /** A program-facts metric, or 'sakura-planned-intake'. */
  metric: string;
  points: MeasurePoint[];
}

export function measuresOf(data: Pick<ChartData, 'facts' | 'sakura' | 'programs' | 'seeds'>, programId: string): Measure[] {
  const dateOf = seedDates(data);
  const out: Measure[] = [];
  const program = programEntry(data, programId);
  const rows = data.facts.filter((r) => r.program === programId && r.status === 'actual' && MEASURE_METRICS.includes(r.metric));
  for (const key of [...new Set(rows.map((r) => `${r.metric}|${r.scheme ?? ''}`))]) {
    const these = rows.filter((r) => `${r.metric}|${r.scheme ?? ''}` === key);
    // The same measure in two documents or more: one point per document (its last statement there).
    const seeds = [...new Set(these.map((r) => r.source.seed))];
    if (seeds.length < 2) continue;
    const points = seeds.map((seed) => {
      const r = sort(these.filter((x) => x.source.seed === seed), (x) => -x.source.line)[0]!;
      return { key: r.id, date: dateOf(seed), asOf: r.asOf, value: r.value.max, qualifier: r.value.qualifier, fact: r, sakura: null, source: r.source };
    });
    out.push({ key: `${programId}|${key}`, program, scheme: these[0]!.scheme, metric: these[0]!.metric, points: sort(points, (p) => p.date) });
  }
  if (programId === 'sakura-science') {
    const planned = data.sakura.filter((r) => r.measure === 'planned-intake');
    const seeds = [...new Set(planned.map((r) => r.source.seed))];
    if (seeds.length >= 2) {
      // Each document's plan for the latest year it plans.
      const points = seeds.map((seed) => {
        const r = sort(planned.filter((x) => x.source.seed === seed), (x) => -x.fiscalYearFrom)[0]!;
        return { key: r.id, date: dateOf(seed), asOf: String(r.fiscalYearFrom), value: r.people, qualifier: r.qualifier, fact: null, sakura: r, source: r.source };
      });
      out.push({ key: 'sakura-science|planned-intake', program, scheme: null, metric: 'sakura-planned-intake', points: sort(points, (p) => p.date) });
    }
  }
  return out;
}

/** Programs with at least one measure stated by two documents or more, in the directory's order. */
export function measurePrograms(data: Pick<ChartData, 'facts' | 'sakura' | 'programs' | 'seeds'>): string[] {
  return programOrder(data).filter((id) => measuresOf(data, id).length > 0);
}
