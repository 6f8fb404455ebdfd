// The budgets of every program on one scale: each program's primary statement (see rankForYear in
// ../budget/marks.ts) for the latest fiscal year the documents give, and the supplementary budgets
// apart, on a scale of their own. A program whose budget is the sum of others shown (its children)
// is left out and named, so that no amount is counted twice.
import { descending, max, sort } from 'd3-array';
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
  return {
    year,
    regular: sort(
      shown.map((p) => ({ program: p.program, mark: pick(p) })),
      (a, b) => descending(a.mark.amount, b.mark.amount),
    ),
    supplementary: sort(
      panels.filter((p) => p.supplementary).flatMap((p) => p.years.map((y) => ({ program: p.program, mark: y.primary }))),
      (a, b) => descending(a.mark.amount, b.mark.amount) || descending(a.mark.fiscalYear, b.mark.fiscalYear),
    ),
    umbrellas: regularPanels
      .filter((p) => isUmbrella(p, panels))
      .map((p) => ({ program: p.program, mark: pick(p), members: panels.filter((c) => !c.supplementary && c.program.parent === p.program.id).map((c) => c.program) })),
  };
}

export const comparedBars = (c: Comparison): CompareBar[] => [...c.regular, ...c.supplementary, ...c.umbrellas];
