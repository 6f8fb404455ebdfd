// Budgets compared on one scale: the budget-compare figure of the budgets topic page (see marks.ts).
import type { Chart } from '../chart.ts';
import { budgetRowColumns } from '../model.ts';
import { comparedBars, comparison } from './marks.ts';
import { compareScene } from './scene.ts';
import { compareWords } from './words.ts';

export { comparison, type Comparison } from './marks.ts';
export { compareScene } from './scene.ts';
export { compareTitle } from './words.ts';

export const FIGURE_ID = 'budgets-compare';

const DOWNLOAD_COLUMNS = ['figure', 'panel', 'mark', 'id', 'program', 'programNameJa', 'programNameEn', 'agency', 'fiscalYear', 'fiscalYearLabel', 'kind', 'supplementaryRound', 'amountMillionYen', 'amountText', 'qualifier', 'caveat', 'note', 'sourceSeed', 'sourceLine', 'sourceQuote', 'sourcePage'];

export const budgetCompareChart: Chart<null> = {
  name: 'budget-compare',
  figures: () => [{ id: FIGURE_ID, params: null }],
  scene: (data, _, lang, width) => compareScene(comparison(data), lang, width),
  words: (data, _, lang) => compareWords(comparison(data), lang),
  sources: (data) => comparedBars(comparison(data)).flatMap((b) => b.mark.rows.map((r) => r.source)),
  rows: (data, { id }) => {
    const c = comparison(data);
    const panel = (b: ReturnType<typeof comparedBars>[number]) => (c.umbrellas.some((u) => u.mark === b.mark) ? 'left-out' : b.mark.kind === 'supplementary' ? 'supplementary' : 'common-scale');
    return {
      dataset: '/data/budgets.json',
      columns: DOWNLOAD_COLUMNS,
      rows: comparedBars(c).flatMap((b) =>
        b.mark.rows.map((r) => ({
          figure: id,
          panel: panel(b),
          mark: b.mark.key,
          id: r.id,
          program: r.program,
          programNameJa: b.program.name.ja,
          programNameEn: b.program.name.en,
          ...budgetRowColumns(r),
        })),
      ),
    };
  },
};
