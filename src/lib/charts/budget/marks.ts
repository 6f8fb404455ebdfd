// Budget marks: one per amount a budget statement has (src/core/budgets.ts defines statements and
// when documents disagree, for the chart, the program pages' tables and the topic pages alike), and
// the panels they go in: each program's regular budgets, then its supplementary ones on a scale of
// their own (they run to hundreds of times the others).
import { greatest, least, sort } from 'd3-array';
import { BUDGET_KIND_ORDER, budgetVersions } from '../../../core/budgets.ts';
import type { BudgetKind, BudgetRow } from '../../../schemas/datasets.ts';
import { programEntry, type ChartData, type ProgramEntry } from '../data.ts';

/** A fiscal year of a panel: the one statement its bar shows, and every other statement for the year (ticks on the bar's row). */
export interface BudgetYear {
  fiscalYear: number;
  primary: BudgetMark;
  others: BudgetMark[];
}

/** One mark: every row that states the same amount for the same budget statement. */
export interface BudgetMark {
  key: string;
  program: string;
  agency: BudgetRow['agency'];
  fiscalYear: number;
  kind: BudgetKind;
  supplementaryRound: BudgetRow['supplementaryRound'];
  amount: number;
  qualifier: BudgetRow['qualifier'];
  /** The rows behind the mark, by seed and line. */
  rows: BudgetRow[];
  /** Another document (or slide) gives a different amount for the same statement. */
  disagrees: boolean;
  /** Another mark has the same program, agency, year and kind but another supplementary round: the round tells them apart. */
  showRound: boolean;
}

/** Agencies in the order their shares are listed; no agency (the program's total) first. */
const AGENCY_ORDER: readonly (BudgetRow['agency'])[] = [null, 'MEXT', 'JST', 'JSPS', 'AMED', 'JICA', 'MOFA', 'CAO'];
const agencyRank = (a: BudgetRow['agency']) => AGENCY_ORDER.indexOf(a);
const kindRank = (k: BudgetKind) => BUDGET_KIND_ORDER.indexOf(k);

/** Groups rows into marks: agreeing statements share a mark, disagreeing ones get one each. */
export function budgetMarks(rows: readonly BudgetRow[]): BudgetMark[] {
  const marks = budgetVersions(rows).map((v): BudgetMark => {
    const r = v.rows[0]!;
    return {
      key: `${r.program}|${r.agency ?? '-'}|${r.fiscalYear}|${r.kind}|${v.amount}`,
      program: r.program,
      agency: r.agency,
      fiscalYear: r.fiscalYear,
      kind: r.kind,
      supplementaryRound: r.supplementaryRound,
      amount: v.amount,
      qualifier: r.qualifier,
      rows: sort(v.rows, (x) => x.source.seed, (x) => x.source.line),
      disagrees: v.disagrees,
      showRound: false,
    };
  });
  for (const m of marks) {
    m.showRound = marks.some((o) => o.program === m.program && o.agency === m.agency && o.fiscalYear === m.fiscalYear && o.kind === m.kind && o.supplementaryRound !== m.supplementaryRound);
    // Keys stay as they were where the round tells nothing apart.
    if (m.showRound) m.key += `|r${m.supplementaryRound ?? '-'}`;
  }
  return sort(marks, (m) => m.program, (m) => (m.kind === 'supplementary' ? 1 : 0), (m) => m.fiscalYear, (m) => kindRank(m.kind), (m) => agencyRank(m.agency), (m) => m.supplementaryRound ?? Infinity, (m) => m.amount);
}

export interface BudgetPanelSpec {
  program: ProgramEntry;
  supplementary: boolean;
  marks: BudgetMark[];
  /** One entry per fiscal year with marks, in order. */
  years: BudgetYear[];
}

/**
 * Which statement stands for a fiscal year, most authoritative first: the budget as enacted (the
 * year's initial budget, then a later document's figure for it as the previous year's budget),
 * before a request; the program's own total before an agency's share; the figure printed to the
 * million before one rounded to 億円; the newest document.
 */
const PRIMARY_KIND: readonly BudgetKind[] = ['initial', 'previous-year-reported', 'draft', 'supplementary'];

/** Trailing zeros of an amount: 50,050 (to the ten million) is more precise than 50,100 (501億円). */
const roundness = (n: number) => {
  let z = 0;
  for (let v = Math.round(n); v !== 0 && v % 10 === 0 && z < 6; v /= 10) z++;
  return z;
};

/** The marks of a fiscal year, the primary first (see PRIMARY_KIND). `dateOf` gives a seed's date (as text, which sorts). */
export function rankForYear(marks: readonly BudgetMark[], dateOf: (seed: string) => string): BudgetMark[] {
  const newest = (m: BudgetMark) => m.rows.map((r) => dateOf(r.source.seed)).sort().at(-1) ?? '';
  return [...marks].sort(
    (a, b) =>
      PRIMARY_KIND.indexOf(a.kind) - PRIMARY_KIND.indexOf(b.kind) ||
      agencyRank(a.agency) - agencyRank(b.agency) ||
      roundness(a.amount) - roundness(b.amount) ||
      newest(b).localeCompare(newest(a)) ||
      (a.supplementaryRound ?? Infinity) - (b.supplementaryRound ?? Infinity),
  );
}

function yearsOf(marks: readonly BudgetMark[], dateOf: (seed: string) => string): BudgetYear[] {
  const years = [...new Set(marks.map((m) => m.fiscalYear))].sort((a, b) => a - b);
  return years.map((fiscalYear) => {
    const [primary, ...others] = rankForYear(marks.filter((m) => m.fiscalYear === fiscalYear), dateOf);
    return { fiscalYear, primary: primary!, others };
  });
}

/** A seed's date from the catalogue (2023-06), for ranking statements by document. */
export function seedDates(data: Pick<ChartData, 'seeds'>): (seed: string) => string {
  const dates = new Map(data.seeds.map((s) => [s.id, s.date]));
  return (seed) => dates.get(seed) ?? '';
}

/** The panels of a figure: each program's regular budgets, then its supplementary ones if any. */
export function budgetPanels(data: Pick<ChartData, 'budgets' | 'programs' | 'seeds'>, programs: readonly string[]): BudgetPanelSpec[] {
  const panels: BudgetPanelSpec[] = [];
  const dateOf = seedDates(data);
  for (const id of programs) {
    const program = programEntry(data, id);
    const marks = budgetMarks(data.budgets.filter((r) => r.program === id));
    if (marks.length === 0) throw new Error(`BudgetChart: program "${id}" has no rows in generated/data/budgets.json`);
    const regular = marks.filter((m) => m.kind !== 'supplementary');
    const supplementary = marks.filter((m) => m.kind === 'supplementary');
    if (regular.length > 0) panels.push({ program, supplementary: false, marks: regular, years: yearsOf(regular, dateOf) });
    if (supplementary.length > 0) panels.push({ program, supplementary: true, marks: supplementary, years: yearsOf(supplementary, dateOf) });
  }
  return panels;
}

/** The kinds present, in BUDGET_KIND_ORDER. */
export function kindsOf(panels: readonly BudgetPanelSpec[]): BudgetKind[] {
  return BUDGET_KIND_ORDER.filter((k) => panels.some((p) => p.marks.some((m) => m.kind === k)));
}

/** The largest supplementary bar and the smallest other one, for the statement about scales. */
export function scaleContrast(panels: readonly BudgetPanelSpec[]): { largest: BudgetMark; smallest: BudgetMark; ratio: number } | null {
  // Of the bars drawn: each year's primary statement.
  const largest = greatest(panels.filter((p) => p.supplementary).flatMap((p) => p.years.map((y) => y.primary)), (m) => m.amount);
  const smallest = least(panels.filter((p) => !p.supplementary).flatMap((p) => p.years.map((y) => y.primary)).filter((m) => m.amount > 0), (m) => m.amount);
  if (!largest || !smallest) return null;
  return { largest, smallest, ratio: Math.round(largest.amount / smallest.amount) };
}

/** The latest regular budget of a program: the primary statement of its last fiscal year. */
export function latestMark(panel: BudgetPanelSpec): BudgetMark {
  return panel.years.at(-1)!.primary;
}

/** The primary statement of the year before the latest, if the documents give one. */
export function markBefore(panel: BudgetPanelSpec, latest: BudgetMark): BudgetMark | undefined {
  return panel.years.find((y) => y.fiscalYear === latest.fiscalYear - 1)?.primary;
}

/** The largest supplementary budget of the panels (a year's primary statement); of equal ones, the latest year's. */
export function largestSupplementary(panels: readonly BudgetPanelSpec[]): BudgetMark | undefined {
  return greatest(
    panels.filter((p) => p.supplementary).flatMap((p) => p.years.map((y) => y.primary)),
    (a, b) => a.amount - b.amount || a.fiscalYear - b.fiscalYear,
  );
}

/** A panel whose program is the parent of another program in the panels: its budget includes theirs. */
export function isUmbrella(panel: BudgetPanelSpec, panels: readonly BudgetPanelSpec[]): boolean {
  return panels.some((p) => p.program.parent === panel.program.id);
}
