// The United States' main co-authoring partners: a slope chart of each partner's share of US
// international co-authored papers, 2005–2007 against 2015–2017, with ranks in the labels.
import { line } from 'd3-shape';
import { scaleLinear } from 'd3-scale';
import type { CoauthorshipRow } from '../../schemas/datasets.ts';
import type { ChartData } from './data.ts';
import { citeLabel, countryNameEn, formatPercent, rank, sourceHref, type Lang } from './format.ts';
import { dataSources, downloadPaths, figureSources, sourceColumns, type FigureData, type FigureModel, type Rich, type TableCell } from './model.ts';
import { baselineFor, FONT, LINE, paragraph, renderStandaloneSvg, renderSvg, round, text, type Item } from './svg.ts';
import { spreadLabels, textWidth } from './text.ts';

export const FIGURE_ID = 'coauthorship-us-partners';
export const WIDE = 600;
export const NARROW = 340;
const PERIODS = ['2005-2007', '2015-2017'] as const;
type Period = (typeof PERIODS)[number];

export interface Partner {
  iso: string;
  nameJa: string;
  before: CoauthorshipRow | null;
  after: CoauthorshipRow | null;
}

export function partners(rows: readonly CoauthorshipRow[]): Partner[] {
  const byIso = new Map<string, Partner>();
  for (const r of rows) {
    const p = byIso.get(r.partnerIso) ?? { iso: r.partnerIso, nameJa: r.partner, before: null, after: null };
    if (r.period === '2005-2007') p.before = r;
    else p.after = r;
    byIso.set(r.partnerIso, p);
  }
  // Latest rank first.
  return [...byIso.values()].sort((a, b) => (a.after?.rank ?? 99) - (b.after?.rank ?? 99) || (a.before?.rank ?? 99) - (b.before?.rank ?? 99));
}

export const partnerName = (p: Partner, lang: Lang) => (lang === 'ja' ? p.nameJa : countryNameEn(p.iso));
const periodLabel = (period: Period, lang: Lang) => (lang === 'ja' ? period.replace('-', '〜') + '年' : period.replace('-', '–'));

/** The takeaway, from the ranks in the data: how Japan moved, and who is first now and where it was. */
export function coauthorshipTitle(list: readonly Partner[], lang: Lang): string {
  const japan = list.find((p) => p.iso === 'JP');
  const first = list.find((p) => p.after?.rank === 1);
  const move = (p: Partner) => {
    const a = p.before!.rank;
    const b = p.after!.rank;
    if (lang === 'ja') return a === b ? `${rank(a, 'ja')}のまま` : `${rank(a, 'ja')}から${rank(b, 'ja')}に${b > a ? '後退' : '上昇'}`;
    return a === b ? `stayed ${rank(a, 'en')}` : `${b > a ? 'fell' : 'rose'} from ${rank(a, 'en')} to ${rank(b, 'en')}`;
  };
  const parts: string[] = [];
  if (japan?.before && japan.after) parts.push(lang === 'ja' ? `日本は${move(japan)}` : `Japan ${move(japan)}`);
  if (first?.before && first.after && first !== japan) parts.push(lang === 'ja' ? `${partnerName(first, 'ja')}は${move(first)}` : `${partnerName(first, 'en')} ${move(first)}`);
  if (parts.length === 0) return lang === 'ja' ? '米国の主な国際共著相手国の順位と割合' : 'The United States’ main co-authoring partners: ranks and shares';
  return lang === 'ja'
    ? `米国の国際共著相手として、${parts.join('、')}（2005〜2007年→2015〜2017年）`
    : `As a co-author of US papers, ${parts.join(' while ')} (2005–2007 to 2015–2017)`;
}

const label = (row: CoauthorshipRow, lang: Lang) => `${rank(row.rank, lang)} ${formatPercent(row.sharePercent, lang)}`;

export interface SlopeScene {
  width: number;
  height: number;
  items: Item[];
  /** Where each point and its label went, for tests. */
  points: { iso: string; period: Period; x: number; y: number; labelY: number; share: number }[];
  scale: (share: number) => number;
}

/** Lays the slope chart out `width` wide; partner names go on both sides where there is room, else on the right only. */
export function slopeScene(list: readonly Partner[], lang: Lang, width: number): SlopeScene {
  const items: Item[] = [];
  const emphasised = new Set(['JP', list.find((p) => p.after?.rank === 1)?.iso ?? '']);
  const namesLeft = width >= 480;
  const leftText = (p: Partner) => (p.before ? (namesLeft ? `${partnerName(p, lang)}  ${label(p.before, lang)}` : label(p.before, lang)) : '');
  const rightText = (p: Partner) => (p.after ? `${label(p.after, lang)}  ${partnerName(p, lang)}` : '');
  const bold = (p: Partner) => emphasised.has(p.iso);
  const leftW = Math.max(...list.map((p) => textWidth(leftText(p), FONT, bold(p))));
  const rightW = Math.max(...list.map((p) => textWidth(rightText(p), FONT, bold(p))));
  const xLeft = Math.ceil(leftW) + 14;
  const xRight = width - Math.ceil(rightW) - 14;
  if (xRight - xLeft < 60) throw new Error(`coauthorship chart: ${width} px is too narrow for its labels`);
  // Column heads.
  const headY = FONT + 2;
  // Over each side's labels: ending at the left axis, starting at the right one.
  // (kept within the chart where a side's labels are narrower than its heading).
  const headLeft = periodLabel('2005-2007', lang);
  const headRight = periodLabel('2015-2017', lang);
  const headLeftW = textWidth(headLeft, FONT, true);
  const headRightW = textWidth(headRight, FONT, true);
  items.push(text(Math.max(xLeft + 4, headLeftW), headY, headLeft, { anchor: 'end', cls: 't t-strong', bold: true }));
  items.push(text(Math.min(xRight - 4, width - headRightW), headY, headRight, { anchor: 'start', cls: 't t-strong', bold: true }));
  const top = headY + 22;
  const plotH = width >= 480 ? 300 : 320;
  const maxShare = Math.max(...list.flatMap((p) => [p.before?.sharePercent ?? 0, p.after?.sharePercent ?? 0]));
  const y = scaleLinear().domain([0, maxShare]).range([top + plotH, top + 8]).nice();
  const yOf = (share: number) => round(y(share));
  // Axes: the two periods, from 0%.
  const bottom = yOf(0);
  items.push({ type: 'line', x1: xLeft, y1: top, x2: xLeft, y2: bottom, cls: 'grid' });
  items.push({ type: 'line', x1: xRight, y1: top, x2: xRight, y2: bottom, cls: 'grid' });
  items.push({ type: 'line', x1: xLeft, y1: bottom, x2: xRight, y2: bottom, cls: 'axis' });
  items.push(text((xLeft + xRight) / 2, bottom + FONT + 4, lang === 'ja' ? '0%（下端）' : '0% (baseline)', { anchor: 'middle', cls: 't t-muted' }));

  const spread = (period: Period) => {
    const present = list.filter((p) => (period === '2005-2007' ? p.before : p.after));
    const centres = spreadLabels(
      present.map((p) => ({ target: yOf((period === '2005-2007' ? p.before! : p.after!).sharePercent), size: LINE })),
      { gap: 0, min: top, max: bottom + 8 },
    );
    return new Map(present.map((p, i) => [p.iso, centres[i]!]));
  };
  const leftY = spread('2005-2007');
  const rightY = spread('2015-2017');
  const points: SlopeScene['points'] = [];
  const path = line<[number, number]>().digits(0);
  // Plain partners first, emphasised ones on top.
  const ordered = [...list].sort((a, b) => Number(emphasised.has(a.iso)) - Number(emphasised.has(b.iso)));
  for (const p of ordered) {
    const em = emphasised.has(p.iso);
    const children: Item[] = [];
    const yl = p.before ? yOf(p.before.sharePercent) : null;
    const yr = p.after ? yOf(p.after.sharePercent) : null;
    if (yl !== null && yr !== null) children.push({ type: 'path', d: path([[xLeft, yl], [xRight, yr]])!, cls: em ? 'slope slope-em' : 'slope' });
    for (const [period, row, x, py, ly, anchor, content] of [
      ['2005-2007', p.before, xLeft, yl, leftY.get(p.iso), 'end', leftText(p)],
      ['2015-2017', p.after, xRight, yr, rightY.get(p.iso), 'start', rightText(p)],
    ] as const) {
      if (!row || py === null || ly === undefined) continue;
      const labelY = round(ly);
      const dx = anchor === 'end' ? -1 : 1;
      children.push({ type: 'circle', cx: x, cy: py, r: em ? 5 : 4, cls: em ? 'dot dot-em' : 'dot', data: { iso: p.iso, period, share: row.sharePercent, rank: row.rank } });
      // A leader where the label had to move off its point.
      if (Math.abs(labelY - py) > 3) children.push({ type: 'path', d: path([[x + dx * 6, py], [x + dx * 10, labelY]])!, cls: 'leader' });
      children.push(text(x + dx * 12, baselineFor(labelY), content, { anchor, cls: em ? 't t-strong' : 't', bold: em }));
      points.push({ iso: p.iso, period, x, y: py, labelY, share: row.sharePercent });
    }
    const src = (p.after ?? p.before)!.source;
    items.push({ type: 'group', cls: em ? 'mark mark-em' : 'mark', href: sourceHref(src.seed, src.line, lang), tip: `${partnerWords(p, lang)}${lang === 'ja' ? `（${citeLabel(src, 'ja')}）` : ` (${citeLabel(src, 'en')})`}`, data: { iso: p.iso }, children });
  }
  const height = bottom + FONT + 4 + 8;
  return { width, height, items, points, scale: yOf };
}

/** The rows' own lines and the lines they rely on: the table's title and heads, the counting-method and origin notes. */
const citedLines = (rows: readonly CoauthorshipRow[]) => rows.flatMap((r) => [r.source, ...r.context]);

const emGloss = (method: string): string | null => (/整数カウント/.test(method) ? 'integer counting' : /分数カウント/.test(method) ? 'fractional counting' : null);

/** NISTEP's report as the origin note names it, in English; null when the note is not in the expected form. */
export function originGloss(origin: string): string | null {
  const year = /科学研究のベンチマーク\s*(\d{4})/.exec(origin)?.[1];
  const no = /調査資料-(\d+)/.exec(origin)?.[1];
  const date = /(\d{4})年(\d{1,2})月/.exec(origin);
  if (!year || !/科学技術・学術政策研究所/.test(origin)) return null;
  const when = date ? `, ${new Intl.DateTimeFormat('en-GB', { month: 'long', year: 'numeric', timeZone: 'UTC' }).format(new Date(Date.UTC(Number(date[1]), Number(date[2]) - 1, 1)))}` : '';
  const processed = /文部科学省が加工/.test(origin) ? ', as processed by MEXT' : '';
  return `NISTEP’s Benchmarking Scientific Research ${year}${no ? ` (Research Material No. ${no}${when})` : when ? ` (${when.slice(2)})` : ''}${processed}`;
}

/** The note without its (出典) label and outer brackets. */
const stripParens = (s: string) => {
  const t = s.trim().replace(/^[（(]出典[）)]\s*/, '');
  return (/^[（(].*[）)]$/.test(t) ? t.slice(1, -1) : t).trim();
};

function note(rows: readonly CoauthorshipRow[], list: readonly Partner[], lang: Lang): Rich[] {
  const methods = [...new Set(rows.map((r) => r.countingMethod))];
  const origins = [...new Set(rows.map((r) => r.origin))];
  const first = list.find((p) => p.after?.rank === 1);
  const out: Rich[] = [];
  if (lang === 'ja') {
    out.push([
      `米国の国際共著論文のうち各国・地域との共著が占める割合（%）と順位。左が2005〜2007年、右が2015〜2017年で、縦の位置は割合に比例する（0%から）。近い値のラベルは重ならないよう上下にずらし、短い線で点と結んだ。日本${first && first.iso !== 'JP' ? `と${partnerName(first, 'ja')}` : ''}を太線で示す。順位は資料の記載で、図にない国・地域の順位は欠番になる。`,
    ]);
    for (const m of methods) out.push([`集計方法（資料の注記）：${stripParens(m)}`]);
    for (const o of origins) out.push([`データの出典（資料の記載）：${stripParens(o)}`]);
  } else {
    out.push([
      `Each partner’s share (%) of the United States’ internationally co-authored papers, and its rank: 2005–2007 on the left, 2015–2017 on the right. Heights are proportional to the share, from 0%. Labels of close values are moved apart and joined to their points by short lines. Japan${first && first.iso !== 'JP' ? ` and ${partnerName(first, 'en')}` : ''} are drawn in heavier lines. Ranks are the document’s; partners ranked between those shown are not in the document’s table.`,
    ]);
    for (const m of methods) {
      const gloss = emGloss(m);
      out.push([gloss ? `Counting method: ${gloss} (the document’s note: ` : 'Counting method (the document’s note): ', { text: stripParens(m), lang: 'ja' }, gloss ? ').' : '']);
    }
    for (const o of origins) {
      const gloss = originGloss(o);
      out.push([gloss ? `Data: ${gloss} (the document’s note: ` : 'Data (the document’s note): ', { text: stripParens(o), lang: 'ja' }, gloss ? ').' : '']);
    }
  }
  return out;
}

/** 日本：5位 8.5% → 8位 5.7% / Japan: 5th, 8.5% → 8th, 5.7% */
function partnerWords(p: Partner, lang: Lang): string {
  const b = p.before;
  const a = p.after;
  if (lang === 'ja') return `${p.nameJa}：${b ? `${rank(b.rank, 'ja')} ${formatPercent(b.sharePercent, 'ja')}` : '記載なし'} → ${a ? `${rank(a.rank, 'ja')} ${formatPercent(a.sharePercent, 'ja')}` : '記載なし'}`;
  return `${partnerName(p, 'en')}: ${b ? `${rank(b.rank, 'en')}, ${formatPercent(b.sharePercent, 'en')}` : 'not listed'} → ${a ? `${rank(a.rank, 'en')}, ${formatPercent(a.sharePercent, 'en')}` : 'not listed'}`;
}

function describe(list: readonly Partner[], lang: Lang): string {
  const items = list.map((p) => partnerWords(p, lang));
  return lang === 'ja'
    ? `傾きグラフ。米国の国際共著論文に占める各国・地域の割合と順位、2005〜2007年→2015〜2017年。${items.join('。')}。`
    : `Slope chart of each partner’s share of US internationally co-authored papers and its rank, 2005–2007 → 2015–2017. ${items.join('. ')}.`;
}

function table(list: readonly Partner[], lang: Lang): FigureModel['table'] {
  const ja = lang === 'ja';
  const columns = ja
    ? [{ label: '相手国・地域' }, { label: '2005〜2007年 順位', numeric: true }, { label: '割合（%）', numeric: true }, { label: '2015〜2017年 順位', numeric: true }, { label: '割合（%）', numeric: true }, { label: '出典' }]
    : [{ label: 'Partner' }, { label: '2005–2007 rank', numeric: true }, { label: 'Share (%)', numeric: true }, { label: '2015–2017 rank', numeric: true }, { label: 'Share (%)', numeric: true }, { label: 'Source' }];
  const rows: TableCell[][] = list.map((p) => {
    const sources = [...new Map([p.before, p.after].filter((r): r is CoauthorshipRow => r !== null).map((r) => [`${r.source.seed}:${r.source.line}`, r.source])).values()];
    const s = sources[0]!;
    return [
      { text: [partnerName(p, lang)] },
      { text: [p.before ? rank(p.before.rank, lang) : '—'], numeric: true },
      { text: [p.before ? p.before.sharePercent.toFixed(1) : '—'], numeric: true },
      { text: [p.after ? rank(p.after.rank, lang) : '—'], numeric: true },
      { text: [p.after ? p.after.sharePercent.toFixed(1) : '—'], numeric: true },
      { text: [citeLabel(s, lang)], href: sourceHref(s.seed, s.line, lang) },
    ];
  });
  return { caption: ja ? '図のデータ' : 'The figure’s data', columns, rows };
}

export function coauthorshipData(data: ChartData): FigureData {
  const list = partners(data.coauthorship);
  const columns = ['figure', 'id', 'partner', 'partnerIso', 'partnerNameEn', 'period', 'rank', 'sharePercent', 'countingMethod', 'origin', 'sourceSeed', 'sourceLine', 'sourceQuote', 'sourcePage'];
  const rows = list.flatMap((p) =>
    [p.before, p.after]
      .filter((r): r is CoauthorshipRow => r !== null)
      .map((r) => ({ figure: FIGURE_ID, id: r.id, partner: r.partner, partnerIso: r.partnerIso, partnerNameEn: countryNameEn(r.partnerIso), period: r.period, rank: r.rank, sharePercent: r.sharePercent, countingMethod: r.countingMethod, origin: r.origin, ...sourceColumns(r.source) })),
  );
  const sources = citedLines(data.coauthorship);
  return { id: FIGURE_ID, title: { ja: coauthorshipTitle(list, 'ja'), en: coauthorshipTitle(list, 'en') }, asOf: figureSources(sources, data.seeds, 'ja').asOf.date, dataset: '/data/coauthorship.json', sources: dataSources(sources, data.seeds), columns, rows };
}

export function coauthorshipFigure(data: ChartData, lang: Lang, id = FIGURE_ID): FigureModel {
  const list = partners(data.coauthorship);
  const title = coauthorshipTitle(list, lang);
  const description = describe(list, lang);
  const svg = (variant: 'wide' | 'narrow') => {
    const scene = slopeScene(list, lang, variant === 'wide' ? WIDE : NARROW);
    return renderSvg({ id, variant, width: scene.width, height: scene.height, title, description, lang, items: scene.items });
  };
  const sources = figureSources(citedLines(data.coauthorship), data.seeds, lang);
  return { id, lang, title: [title], note: note(data.coauthorship, list, lang), svg: { wide: svg('wide'), narrow: svg('narrow') }, description, table: table(list, lang), sources: sources.sources, asOf: sources.asOf, downloads: downloadPaths(id) };
}

export function coauthorshipStandaloneSvg(data: ChartData, lang: Lang, css: string): string {
  const list = partners(data.coauthorship);
  const scene = slopeScene(list, lang, WIDE);
  return renderStandaloneSvg({ id: FIGURE_ID, variant: 'wide', width: scene.width, height: scene.height, title: coauthorshipTitle(list, lang), description: describe(list, lang), lang, items: scene.items }, css);
}

export { paragraph };
