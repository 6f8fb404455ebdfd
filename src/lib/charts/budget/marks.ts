// Budget marks: one per amount a budget statement has (src/core/budgets.ts defines statements and
// when documents disagree, for the chart, the program pages' tables and the topic pages alike), and
// the panels they go in: each program's regular budgets, then its supplementary ones on a scale of
// their own (they run to hundreds of times the others).
import { greatest, least, sort } from 'd3-array';
import { BUDGET_KIND_ORDER, budgetVersions } from '../../../core/budgets.ts';
import type { BudgetKind, BudgetRow } from '../../../schemas/datasets.ts';
import { programEntry, type ChartData, type ProgramEntry } from '../data.ts';

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
}

/** The panels of a figure: each program's regular budgets, then its supplementary ones if any. */
export function budgetPanels(data: Pick<ChartData, 'budgets' | 'programs'>, programs: readonly string[]): BudgetPanelSpec[] {
  const panels: BudgetPanelSpec[] = [];
  for (const id of programs) {
    const program = programEntry(data, id);
    const marks = budgetMarks(data.budgets.filter((r) => r.program === id));
    if (marks.length === 0) throw new Error(`BudgetChart: program "${id}" has no rows in generated/data/budgets.json`);
    const regular = marks.filter((m) => m.kind !== 'supplementary');
    const supplementary = marks.filter((m) => m.kind === 'supplementary');
    if (regular.length > 0) panels.push({ program, supplementary: false, marks: regular });
    if (supplementary.length > 0) panels.push({ program, supplementary: true, marks: supplementary });
  }
  return panels;
}

/** The kinds present, in BUDGET_KIND_ORDER. */
export function kindsOf(panels: readonly BudgetPanelSpec[]): BudgetKind[] {
  return BUDGET_KIND_ORDER.filter((k) => panels.some((p) => p.marks.some((m) => m.kind === k)));
}

/** The largest supplementary mark and the smallest other one, for the statement about scales. */
export function scaleContrast(panels: readonly BudgetPanelSpec[]): { largest: BudgetMark; smallest: BudgetMark; ratio: number } | null {
  const largest = greatest(panels.filter((p) => p.supplementary).flatMap((p) => p.marks), (m) => m.amount);
  const smallest = least(panels.filter((p) => !p.supplementary).flatMap((p) => p.marks).filter((m) => m.amount > 0), (m) => m.amount);
  if (!largest || !smallest) return null;
  return { largest, smallest, ratio: Math.round(largest.amount / smallest.amount) };
}

/** Which regular figure stands for a year: the enacted budget before the request before a later document's report. */
const AUTHORITY: readonly BudgetKind[] = ['initial', 'draft', 'previous-year-reported'];

/** The latest regular budget of a program: the last year, the most authoritative kind, no agency before JST before AMED. */
export function latestMark(panel: BudgetPanelSpec): BudgetMark {
  return sort(panel.marks, (m) => -m.fiscalYear, (m) => AUTHORITY.indexOf(m.kind), (m) => agencyRank(m.agency))[0]!;
}

/** The year before the latest, for the same agency, in the most authoritative kind. */
export function markBefore(panel: BudgetPanelSpec, latest: BudgetMark): BudgetMark | undefined {
  return sort(panel.marks.filter((m) => m.fiscalYear === latest.fiscalYear - 1 && m.agency === latest.agency), (m) => AUTHORITY.indexOf(m.kind))[0];
}

/** The largest supplementary mark of the panels, if any. */
export function largestSupplementary(panels: readonly BudgetPanelSpec[]): BudgetMark | undefined {
  return greatest(panels.filter((p) => p.supplementary).flatMap((p) => p.marks), (m) => m.amount);
}
