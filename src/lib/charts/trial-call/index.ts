// JST's FY2022 trial call (ASPIRE's forerunner): proposals by partner country, by field with the
// adoptions over them, and by the partner's funding agency — three panels on one shared scale.
import { countryName } from '../../../core/format.ts';
import type { Chart } from '../chart.ts';
import { sourceColumns } from '../model.ts';
import { panelItems, trialCallScene } from './scene.ts';
import { trialCallWords } from './words.ts';

export { breakdown, summary, PROGRAM } from './marks.ts';
export { panelsOf, trialCallScene } from './scene.ts';
export { trialCallTitle } from './words.ts';

export const FIGURE_ID = 'aspire-trial-call-2022';

const DOWNLOAD_COLUMNS = ['figure', 'id', 'breakdown', 'country', 'countryIso', 'countryNameEn', 'field', 'fieldEn', 'funder', 'funderEn', 'count', 'sourceSeed', 'sourceLine', 'sourceQuote', 'sourcePage'];

export const trialCallChart: Chart<null> = {
  name: 'trial-call',
  figures: () => [{ id: FIGURE_ID, params: null }],
  scene: (data, _, lang, width) => trialCallScene(data.trialCall, lang, width),
  words: (data, _, lang) => trialCallWords(data, panelItems(data.trialCall, lang), lang),
  sources: (data) => data.trialCall.map((r) => r.source),
  rows: (data, { id }) => ({
    dataset: '/data/aspire-trial-call.json',
    columns: DOWNLOAD_COLUMNS,
    rows: data.trialCall.map((r) => ({ figure: id, id: r.id, breakdown: r.breakdown, country: r.country, countryIso: r.countryIso, countryNameEn: r.countryIso ? countryName(r.countryIso, 'en') : null, field: r.field, fieldEn: r.fieldEn, funder: r.funder, funderEn: r.funderEn, count: r.count, ...sourceColumns(r.source) })),
  }),
};
