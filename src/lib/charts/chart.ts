// The shape every chart has, declared once. A chart is a folder (src/lib/charts/<name>/): `marks`
// turns dataset rows into what is drawn, `scene` lays the marks out at a width, `words` says what the
// figure shows (title, description, note, table) in the page's language, and its index.ts exports a
// `Chart` that ties them together. The registry (registry.ts) lists the charts; everything else —
// the figure on a page, the downloads, the standalone SVG — is built here from any Chart.
import type { Source } from '../../schemas/datasets.ts';
import { figureDownloadHref } from '../../core/urls.ts';
import { LANGS, type Lang } from '../../core/locales.ts';
import type { ChartData } from './data.ts';
import { dataSources, figureSources, type CsvValue, type FigureData, type FigureModel, type Rich } from './model.ts';
import { renderStandaloneSvg, renderSvg, type Item } from './svg.ts';

/** Widths the charts are laid out at: columns wide enough for the wide layout, and phones. */
export const WIDE = 600;
export const NARROW = 340;

/** A chart laid out at one width: positioned items, ready to write as SVG. */
export interface Scene {
  width: number;
  height: number;
  items: Item[];
}

/** What a figure says in one language. */
export interface FigureWords {
  /** The takeaway, as the figure's heading and the SVG's <title>. */
  title: string;
  /** The SVG's <desc>: every mark in words. */
  description: string;
  note: Rich[];
  table: FigureModel['table'];
}

/** The rows a figure's CSV and JSON downloads give. */
export interface FigureRows {
  /** Where the rows come from in the site's datasets (/data/budgets.json). */
  dataset: string;
  columns: string[];
  rows: Record<string, CsvValue>[];
}

/** One figure a chart publishes: its id (anchor and download name) and the chart's parameters for it. */
export interface FigureOf<P> {
  id: string;
  params: P;
}

export interface Chart<P = unknown> {
  /** The chart's name (its folder). */
  name: string;
  /** Every figure of this chart the site publishes. */
  figures(data: ChartData): FigureOf<P>[];
  scene(data: ChartData, params: P, lang: Lang, width: number): Scene;
  words(data: ChartData, params: P, lang: Lang): FigureWords;
  /** Every source line a mark of the figure relies on. */
  sources(data: ChartData, params: P): Source[];
  rows(data: ChartData, figure: FigureOf<P>): FigureRows;
}

/** A registered figure: a chart and one of its figures. */
export interface Figure<P = unknown> extends FigureOf<P> {
  chart: Chart<P>;
}

/** The figure as a page shows it: both layouts, words, table, sources and downloads. */
export function figureModel<P>(f: Figure<P>, data: ChartData, lang: Lang): FigureModel {
  const words = f.chart.words(data, f.params, lang);
  const svg = (variant: 'wide' | 'narrow') => {
    const scene = f.chart.scene(data, f.params, lang, variant === 'wide' ? WIDE : NARROW);
    return renderSvg({ id: f.id, variant, width: scene.width, height: scene.height, title: words.title, description: words.description, lang, items: scene.items });
  };
  const sources = figureSources(f.chart.sources(data, f.params), data.seeds, lang);
  return {
    id: f.id,
    lang,
    title: [words.title],
    note: words.note,
    svg: { wide: svg('wide'), narrow: svg('narrow') },
    description: words.description,
    table: words.table,
    sources: sources.sources,
    asOf: sources.asOf,
    downloads: {
      csv: figureDownloadHref(f.id, 'csv'),
      json: figureDownloadHref(f.id, 'json'),
      svg: Object.fromEntries(LANGS.map((l) => [l, figureDownloadHref(f.id, `${l}.svg`)])) as Record<Lang, string>,
    },
  };
}

/** What the JSON download holds: the figure's identity, its sources and the rows it plots. */
export function figureData<P>(f: Figure<P>, data: ChartData): FigureData {
  const { dataset, columns, rows } = f.chart.rows(data, f);
  const sources = f.chart.sources(data, f.params);
  const title = Object.fromEntries(LANGS.map((l) => [l, f.chart.words(data, f.params, l).title])) as Record<Lang, string>;
  return { id: f.id, title, asOf: figureSources(sources, data.seeds, 'ja').asOf.date, dataset, sources: dataSources(sources, data.seeds), columns, rows };
}

/** The figure as a file of its own, in the wide layout, with the page's styles inlined. */
export function standaloneSvg<P>(f: Figure<P>, data: ChartData, lang: Lang, css: string): string {
  const words = f.chart.words(data, f.params, lang);
  const scene = f.chart.scene(data, f.params, lang, WIDE);
  return renderStandaloneSvg({ id: f.id, variant: 'wide', width: scene.width, height: scene.height, title: words.title, description: words.description, lang, items: scene.items }, css);
}
