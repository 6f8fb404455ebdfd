// What a chart component renders: everything a figure says, computed once from the plotted rows, so
// the marks, the SVG's description, the data table and the downloads come from the same values.
import { greatest, group, sort } from 'd3-array';
import type { BudgetRow, SeedRecord, Source } from '../../schemas/datasets.ts';
import type { CsvValue } from '../../core/csv.ts';
import { formatDate, isMachineDate } from '../../core/format.ts';
import type { Lang } from '../../core/locales.ts';
import { sourceLineHref } from '../../core/urls.ts';
import { DOCUMENT_LANG, lineLabel } from './words.ts';

export type { CsvValue };

/** Text that may quote the other language: plain strings, or runs marked with their language. */
export type Rich = ReadonlyArray<string | { text: string; lang: Lang }>;

export interface TableCell {
  text: Rich;
  /** A link to a source line. */
  href?: string;
  numeric?: boolean;
}

export interface FigureTable {
  caption: string;
  columns: readonly { label: string; numeric?: boolean }[];
  rows: readonly TableCell[][];
}

export interface FigureSource {
  seed: string;
  title: string;
  issuer: string;
  /** As the catalogue gives it (2023-06), and in words. */
  date: string;
  dateLabel: string;
  machineDate: boolean;
  /** Every line a mark of this figure comes from, ascending. */
  lines: { line: number; href: string; label: string }[];
}

export interface FigureModel {
  id: string;
  lang: Lang;
  /** The takeaway, as the figure's heading. */
  title: Rich;
  /** What the figure shows and what was done with its scales. */
  note: Rich[];
  /** Inline SVG markup: one laid out for wide columns, one for phones. */
  svg: { wide: string; narrow: string };
  /** The text the SVG's <desc> holds (also in the SVG itself). */
  description: string;
  table: FigureTable;
  sources: FigureSource[];
  /** The newest source document's date: the figure is as of then. */
  asOf: { date: string; label: string; machineDate: boolean };
  downloads: FigureDownloads;
}

export interface FigureDownloads {
  csv: string;
  json: string;
  /** One SVG per language; both pages link both. */
  svg: Record<Lang, string>;
}

/** The source documents behind a figure's marks, with the lines cited, oldest document first. */
export function figureSources(sources: readonly Source[], seeds: readonly SeedRecord[], lang: Lang): { sources: FigureSource[]; asOf: FigureModel['asOf'] } {
  const bySeed = group(sources, (s) => s.seed);
  const out: FigureSource[] = [];
  for (const [seed, cited] of sort(bySeed, ([a], [b]) => a.localeCompare(b))) {
    const lines = new Set(cited.map((s) => s.line));
    const record = seeds.find((r) => r.id === seed);
    if (!record) throw new Error(`a chart cites seed ${seed}, which is not in generated/seeds.json`);
    out.push({
      seed,
      title: lang === DOCUMENT_LANG ? record.titleJa : record.titleEn,
      issuer: record.issuer[lang],
      date: record.date,
      dateLabel: formatDate(record.date, lang),
      machineDate: isMachineDate(record.date),
      lines: sort(lines).map((line) => ({ line, href: sourceLineHref(seed, line, lang), label: lineLabel(line, lang) })),
    });
  }
  // The figure is as of its newest document (dates compare as text: 2020 < 2023-04-27 < 2023-06).
  const newest = greatest(out, (a, b) => a.date.localeCompare(b.date));
  if (!newest) throw new Error('a chart with no sources');
  return { sources: out, asOf: { date: newest.date, label: newest.dateLabel, machineDate: newest.machineDate } };
}

/** The plain text of rich text (for SVG <title> and downloads). */
export function plain(text: Rich): string {
  return text.map((r) => (typeof r === 'string' ? r : r.text)).join('');
}

// ---- Downloads ------------------------------------------------------------------------------------

/** What a figure's JSON download holds: the figure's identity, its sources and the rows it plots. */
export interface FigureData {
  id: string;
  title: Record<Lang, string>;
  asOf: string;
  /** Where the figure's rows come from in the site's datasets. */
  dataset: string;
  sources: { seed: string; titleJa: string; titleEn: string; date: string; lines: number[] }[];
  columns: string[];
  rows: Record<string, CsvValue>[];
}

export function dataSources(sources: readonly Source[], seeds: readonly SeedRecord[]): FigureData['sources'] {
  const ja = figureSources(sources, seeds, 'ja').sources;
  return ja.map((s) => {
    const record = seeds.find((r) => r.id === s.seed)!;
    return { seed: s.seed, titleJa: record.titleJa, titleEn: record.titleEn, date: record.date, lines: s.lines.map((l) => l.line) };
  });
}

export function sourceColumns(source: Source): Record<string, CsvValue> {
  return { sourceSeed: source.seed, sourceLine: source.line, sourceQuote: source.quote, sourcePage: sourceLineHref(source.seed, source.line, 'ja') };
}

/** A budget row's own columns in a figure download, named as in /data/budgets.csv. */
export function budgetRowColumns(r: BudgetRow): Record<string, CsvValue> {
  return {
    agency: r.agency,
    fiscalYear: r.fiscalYear,
    fiscalYearLabel: r.fiscalYearLabel,
    kind: r.kind,
    supplementaryRound: r.supplementaryRound,
    amountMillionYen: r.amountMillionYen,
    amountText: r.amountText,
    qualifier: r.qualifier,
    caveat: r.caveat,
    note: r.note,
    ...sourceColumns(r.source),
  };
}
