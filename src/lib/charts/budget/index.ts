// The budget chart: budget history by fiscal year as small multiples, one panel per program on its
// own scale, supplementary budgets in panels of their own. One figure per program with budget rows
// (budget-<program>) and the sets in BUDGET_SETS.
import type { Chart, FigureOf } from '../chart.ts';
import { programOrder, type ChartData } from '../data.ts';
import { budgetRowColumns } from '../model.ts';
import { budgetPanels } from './marks.ts';
import { budgetScene } from './scene.ts';
import { budgetWords } from './words.ts';

export { budgetMarks, budgetPanels, scaleContrast, type BudgetMark, type BudgetPanelSpec } from './marks.ts';
export { barStyle, budgetScene, panelRows } from './scene.ts';
export { budgetTitle, kindName, kindTag, programLabel, programShort } from './words.ts';

export interface BudgetParams {
  /** Dataset program ids, in the order of the panels. */
  programs: readonly string[];
}

/**
 * Budget figures for several programs, by id. 'all' is every program in the directory that has
 * budget rows, in the directory's order, but budget items that total other programs (overviewPrograms). A one-program figure needs no entry: it is budget-<program>.
 */
export const BUDGET_SETS: Readonly<Record<string, readonly string[] | 'all'>> = {
  'budgets-overview': 'all',
  'budgets-main-programs': ['sicorp', 'satreps', 'aspire', 'wpi', 'sakura-science'],
};

/** Programs with budget rows, in the directory's order (rows for ids outside the directory, such as slide totals, are left out). */
export function budgetPrograms(data: Pick<ChartData, 'budgets' | 'programs'>): string[] {
  const withRows = new Set(data.budgets.map((r) => r.program));
  return programOrder(data).filter((id) => withRows.has(id));
}

/** The overview's programs: budget items that are the total of other charted programs (their parent, 7,704百万円 for four programs) are not one program's budget. */
export function overviewPrograms(data: ChartData): string[] {
  const ids = budgetPrograms(data);
  const parents = new Set(data.programs.flatMap((g) => g.programs).filter((p) => ids.includes(p.id)).map((p) => p.parent));
  return ids.filter((id) => !parents.has(id));
}

const DOWNLOAD_COLUMNS = ['figure', 'panel', 'mark', 'sourcesDisagree', 'id', 'program', 'programNameJa', 'programNameEn', 'agency', 'fiscalYear', 'fiscalYearLabel', 'kind', 'supplementaryRound', 'amountMillionYen', 'amountText', 'qualifier', 'caveat', 'note', 'sourceSeed', 'sourceLine', 'sourceQuote', 'sourcePage'];

export const budgetChart: Chart<BudgetParams> = {
  name: 'budget',
  figures: (data) => [
    ...budgetPrograms(data).map((program) => ({ id: `budget-${program}`, params: { programs: [program] } })),
    ...Object.entries(BUDGET_SETS).map(([id, set]) => ({ id, params: { programs: set === 'all' ? overviewPrograms(data) : [...set] } })),
  ],
  scene: (data, { programs }, lang, width) => budgetScene(budgetPanels(data, programs), data, lang, width),
  words: (data, { programs }, lang) => budgetWords(budgetPanels(data, programs), lang),
  sources: (data, { programs }) => budgetPanels(data, programs).flatMap((p) => p.marks.flatMap((m) => m.rows.map((r) => r.source))),
  rows: (data, { id, params }) => ({
    dataset: '/data/budgets.json',
    columns: DOWNLOAD_COLUMNS,
    rows: budgetPanels(data, params.programs).flatMap((p) =>
      p.marks.flatMap((m) =>
        m.rows.map((r) => ({
          figure: id,
          panel: p.supplementary ? 'supplementary' : 'regular',
          mark: m.key,
          sourcesDisagree: m.disagrees,
          id: r.id,
          program: r.program,
          programNameJa: p.program.name.ja,
          programNameEn: p.program.name.en,
          ...budgetRowColumns(r),
        })),
      ),
    ),
  }),
};

/** The registered id for a BudgetChart's programs; with `id`, checks that it is registered for exactly those programs. */
export function budgetFigureId(data: ChartData, programs: readonly string[], id?: string): string {
  const figures: FigureOf<BudgetParams>[] = budgetChart.figures(data);
  const same = (f: FigureOf<BudgetParams>) => f.params.programs.length === programs.length && f.params.programs.every((p, i) => p === programs[i]);
  if (id !== undefined) {
    const figure = figures.find((f) => f.id === id);
    if (!figure) throw new Error(`BudgetChart: figure id "${id}" is not registered; budget figure ids are budget-<program> or one of ${Object.keys(BUDGET_SETS).join(', ')} (src/lib/charts/budget/index.ts).`);
    if (!same(figure)) throw new Error(`BudgetChart: figure "${id}" is registered for [${figure.params.programs.join(', ')}], not [${programs.join(', ')}].`);
    return id;
  }
  const found = figures.find(same);
  if (!found) throw new Error(`BudgetChart: no figure is registered for programs [${programs.join(', ')}]; add the set to BUDGET_SETS in src/lib/charts/budget/index.ts (its downloads are served from there).`);
  return found.id;
}
