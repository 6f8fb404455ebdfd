// Sakura Science: invitees per fiscal year as horizontal bars, actual against planned, with the
// countries and regions they came from, and the cumulative total the document states.
import type { Chart } from '../chart.ts';
import { sourceColumns } from '../model.ts';
import { plottedRows } from './marks.ts';
import { sakuraScene } from './scene.ts';
import { sakuraWords } from './words.ts';

export { cumulativeRows, yearlyRows } from './marks.ts';
export { sakuraRows, sakuraScene } from './scene.ts';
export { cumulativeStatement, sakuraTitle } from './words.ts';

export const FIGURE_ID = 'sakura-science-invitees';

const DOWNLOAD_COLUMNS = ['figure', 'id', 'measure', 'status', 'fiscalYearFrom', 'fiscalYearTo', 'fiscalYearLabel', 'people', 'peopleText', 'qualifier', 'countriesAndRegions', 'countriesText', 'sourceSeed', 'sourceLine', 'sourceQuote', 'sourcePage'];

export const sakuraChart: Chart<null> = {
  name: 'sakura',
  figures: () => [{ id: FIGURE_ID, params: null }],
  scene: (data, _, lang, width) => sakuraScene(data.sakura, lang, width),
  words: (data, _, lang) => sakuraWords(data.sakura, lang),
  sources: (data) => plottedRows(data.sakura).map((r) => r.source),
  rows: (data, { id }) => ({
    dataset: '/data/sakura-science.json',
    columns: DOWNLOAD_COLUMNS,
    rows: plottedRows(data.sakura).map((r) => ({ figure: id, id: r.id, measure: r.measure, status: r.status, fiscalYearFrom: r.fiscalYearFrom, fiscalYearTo: r.fiscalYearTo, fiscalYearLabel: r.fiscalYearLabel, people: r.people, peopleText: r.peopleText, qualifier: r.qualifier, countriesAndRegions: r.countriesAndRegions, countriesText: r.countriesText, ...sourceColumns(r.source) })),
  }),
};
