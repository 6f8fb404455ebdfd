// Every chart the site has, in one list. A chart's figures are what the chart components render and
// what src/pages/figures/ serves as downloads (/figures/<id>.csv, .json, .ja.svg, .en.svg); a
// figure's downloads exist only if its chart is listed here. Adding a chart: a folder with an
// index.ts exporting a `Chart` (see chart.ts and the README's Charts section), and one line below.
import { toCsv } from '../../core/csv.ts';
import { LANGS } from '../../core/locales.ts';
import type { Lang } from '../../core/locales.ts';
import { budgetChart } from './budget/index.ts';
import { budgetCompareChart } from './budget-compare/index.ts';
import { figureData, figureModel, standaloneSvg, type Chart, type Figure } from './chart.ts';
import { coauthorshipChart } from './coauthorship/index.ts';
import type { ChartData } from './data.ts';
import type { FigureModel } from './model.ts';
import { measuresChart } from './measures/index.ts';
import { sakuraChart } from './sakura/index.ts';
import { supportChart } from './support/index.ts';
import { trialCallChart } from './trial-call/index.ts';

/** A chart of any parameters: a figure's parameters always come from its own chart's `figures`. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type AnyChart = Chart<any>;

export const CHARTS: readonly AnyChart[] = [
  budgetChart,
  budgetCompareChart,
  coauthorshipChart,
  measuresChart,
  sakuraChart,
  supportChart,
  trialCallChart,
];

/** Every figure the site publishes, with its chart; ids are unique. (`charts` is for tests.) */
export function figureSpecs(data: ChartData, charts: readonly AnyChart[] = CHARTS): Figure[] {
  const figures: Figure[] = charts.flatMap((chart) => chart.figures(data).map((f) => ({ ...f, chart })));
  const ids = figures.map((f) => f.id);
  const dup = ids.find((id, i) => ids.indexOf(id) !== i);
  if (dup) throw new Error(`figure id "${dup}" is used twice`);
  return figures;
}

/** A registered figure by id; an id the registry does not know is an error (its downloads would not exist). */
export function figureById(data: ChartData, id: string): Figure {
  const figure = figureSpecs(data).find((f) => f.id === id);
  if (!figure) throw new Error(`figure "${id}" is not registered (src/lib/charts/registry.ts)`);
  return figure;
}

/** The figure a chart component renders. */
export function figureModelById(data: ChartData, id: string, lang: Lang): FigureModel {
  return figureModel(figureById(data, id), data, lang);
}

export { figureData, figureModel, standaloneSvg };

export interface FigureFile {
  name: string;
  contentType: string;
  body: (data: ChartData, css: string) => string;
}

/** The download files of every figure: <id>.csv, <id>.json and one SVG per language (<id>.ja.svg, <id>.en.svg). */
export function figureFiles(data: ChartData, charts: readonly AnyChart[] = CHARTS): FigureFile[] {
  return figureSpecs(data, charts).flatMap((f) => [
    { name: `${f.id}.csv`, contentType: 'text/csv; charset=utf-8', body: (d: ChartData) => { const rows = figureData(f, d); return toCsv(rows.rows, rows.columns); } },
    { name: `${f.id}.json`, contentType: 'application/json', body: (d: ChartData) => `${JSON.stringify(figureData(f, d), null, 2)}\n` },
    ...LANGS.map((lang) => ({ name: `${f.id}.${lang}.svg`, contentType: 'image/svg+xml', body: (d: ChartData, css: string) => standaloneSvg(f, d, lang, css) })),
  ]);
}
