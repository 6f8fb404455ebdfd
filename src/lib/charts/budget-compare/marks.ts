// The budgets of every program on one scale: each program's primary statement (see rankForYear in
// ../budget/marks.ts) for the latest fiscal year the documents give, and the supplementary budgets
// apart, on a scale of their own. A program whose budget is the sum of others shown (its children)
// is left out and named, so that no amount is counted twice.
import { descending, greatest, max, rollup, sort } from 'd3-array';
import { budgetPanels, isUmbrella, type BudgetMark, type BudgetPanelSpec } from '../budget/marks.ts';
import { budgetPrograms } from '../budget/index.ts';
import type { ChartData, ProgramEntry } from '../data.ts';

export interface CompareBar {
  program: ProgramEntry;
  mark: BudgetMark;
}

export interface Comparison {
  /** The fiscal year compared: the latest any program has a regular budget for. */
  year: number;
  /** The statement most bars show (the year's initial budget): the panel's heading names it, other bars their own. */
  kind: BudgetMark['kind'];
  /** One bar per program, largest first; a program with no figure for `year` shows its latest year's. */
  regular: CompareBar[];
  /** Each program's supplementary budgets, one per fiscal year, largest first. */
  supplementary: CompareBar[];
  /** Programs left out because their budget includes others shown: with their figure and those programs. */
  umbrellas: { program: ProgramEntry; mark: BudgetMark; members: ProgramEntry[] }[];
}

export function comparison(data: Pick<ChartData, 'budgets' | 'programs' | 'seeds'>): Comparison {
  const panels = budgetPanels(data, budgetPrograms(data));
  const regularPanels = panels.filter((p) => !p.supplementary);
  const year = max(regularPanels, (p) => p.years.at(-1)!.fiscalYear)!;
  const pick = (p: BudgetPanelSpec) => (p.years.find((y) => y.fiscalYear === year) ?? p.years.at(-1)!).primary;
  const shown = regularPanels.filter((p) => !isUmbrella(p, panels));
  const regular = sort(
    shown.map((p) => ({ program: p.program, mark: pick(p) })),
    (a, b) => descending(a.mark.amount, b.mark.amount),
  );
  const kinds = rollup(regular, (v) => v.length, (b) => b.mark.kind);
  const supplementaryPanels = sort(
    panels.filter((p) => p.supplementary),
    (a, b) => descending(max(a.years, (y) => y.primary.amount), max(b.years, (y) => y.primary.amount)),
  );
  return {
    year,
    kind: greatest(kinds, ([, n]) => n)![0],
    regular,
    // Each program's supplementary budgets together, the program with the largest first, latest year first.
    supplementary: supplementaryPanels.flatMap((p) => [...p.years].reverse().map((y) => ({ program: p.program, mark: y.primary }))),
    umbrellas: regularPanels
      .filter((p) => isUmbrella(p, panels))
      .map((p) => ({ program: p.program, mark: pick(p), members: panels.filter((c) => !c.supplementary && c.program.parent === p.program.id).map((c) => c.program) })),
  };
}

export const comparedBars = (c: Comparison): CompareBar[] => [...c.regular, ...c.supplementary, ...c.umbrellas];
