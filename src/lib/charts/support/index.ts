// Support per project across programs (program-facts): the support figure of the budgets topic page.
import type { Chart } from '../chart.ts';
import { sourceColumns } from '../model.ts';
import { supportGroups } from './marks.ts';
import { supportScene } from './scene.ts';
import { supportWords } from './words.ts';

export { supportGroups, SUPPORT_METRICS, type SupportGroup, type SupportMark } from './marks.ts';
export { shapeOf, supportScene } from './scene.ts';
export { amountLabel, supportTitle } from './words.ts';

export const FIGURE_ID = 'support-per-project';

const DOWNLOAD_COLUMNS = ['figure', 'mark', 'supersededByNewerDocument', 'id', 'program', 'programNameJa', 'programNameEn', 'scheme', 'metric', 'valueMin', 'valueMax', 'valueUnit', 'valueQualifier', 'valueText', 'asOf', 'documentDate', 'sourceSeed', 'sourceLine', 'sourceQuote', 'sourcePage'];

export const supportChart: Chart<null> = {
  name: 'support',
  figures: () => [{ id: FIGURE_ID, params: null }],
  scene: (data, _, lang, width) => supportScene(supportGroups(data), lang, width),
  words: (data, _, lang) => supportWords(supportGroups(data), lang),
  sources: (data) => supportGroups(data).flatMap((g) => g.marks.flatMap((m) => m.rows.map((r) => r.source))),
  rows: (data, { id }) => ({
    dataset: '/data/program-facts.json',
    columns: DOWNLOAD_COLUMNS,
    rows: supportGroups(data).flatMap((g) =>
      g.marks.flatMap((m) =>
        m.rows.map((r, i) => ({
          figure: id,
          mark: m.key,
          supersededByNewerDocument: m.superseded,
          id: r.id,
          program: r.program,
          programNameJa: g.program.name.ja,
          programNameEn: g.program.name.en,
          scheme: r.scheme,
          metric: r.metric,
          valueMin: r.value.min,
          valueMax: r.value.max,
          valueUnit: r.value.unit,
          valueQualifier: r.value.qualifier,
          valueText: r.value.text,
          asOf: r.asOf,
          documentDate: m.rowDates[i]!,
          ...sourceColumns(r.source),
        })),
      ),
    ),
  }),
};
