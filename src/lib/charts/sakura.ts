// Sakura Science: invitees per fiscal year as horizontal bars, actual against planned, with the
// countries and regions they came from, and the cumulative total the document states.
import type { SakuraRow } from '../../schemas/datasets.ts';
import type { ChartData } from './data.ts';
import { citeLabel, fiscalYearLabel, fiscalYearLong, fiscalYearRange, formatCount, people, sourceHref, type Lang } from './format.ts';
import { dataSources, downloadPaths, figureSources, sourceColumns, type FigureData, type FigureModel, type Rich, type TableCell } from './model.ts';
import { barPanel, FONT, legend, paragraph, renderStandaloneSvg, renderSvg, type BarRow, type Item } from './svg.ts';

export const FIGURE_ID = 'sakura-science-invitees';
export const WIDE = 600;
export const NARROW = 340;

const COUNTRIES_TEXT_EN: Readonly<Record<string, string>> = { 全世界: 'the whole world' };

export function yearlyRows(rows: readonly SakuraRow[]): SakuraRow[] {
  return rows
    .filter((r) => r.measure !== 'cumulative-invitees' && r.fiscalYearFrom === r.fiscalYearTo)
    .sort((a, b) => a.fiscalYearFrom - b.fiscalYearFrom || a.status.localeCompare(b.status) || a.source.seed.localeCompare(b.source.seed) || a.source.line - b.source.line);
}
export const cumulativeRows = (rows: readonly SakuraRow[]) => rows.filter((r) => r.measure === 'cumulative-invitees');

const amount = (r: SakuraRow, lang: Lang) => {
  const n = formatCount(r.people);
  const q = r.qualifier === 'about' ? (lang === 'ja' ? `約${n}` : `about ${n}`) : n;
  return lang === 'ja' ? `${q}人` : q;
};

function countries(r: SakuraRow, lang: Lang): string | null {
  if (r.countriesAndRegions !== null) return lang === 'ja' ? `${r.countriesAndRegions}か国・地域から` : `from ${r.countriesAndRegions} countries and regions`;
  if (r.countriesText) return lang === 'ja' ? `対象：${r.countriesText}` : COUNTRIES_TEXT_EN[r.countriesText] ? `open to ${COUNTRIES_TEXT_EN[r.countriesText]}` : null;
  return null;
}

const statusTag = (r: SakuraRow, lang: Lang) => (r.status === 'planned' ? (lang === 'ja' ? '計画' : 'planned') : lang === 'ja' ? '実績' : 'actual');

export function sakuraRows(rows: readonly SakuraRow[], lang: Lang): BarRow[] {
  const yearly = yearlyRows(rows);
  const first = Math.min(...yearly.map((r) => r.fiscalYearFrom));
  const last = Math.max(...yearly.map((r) => r.fiscalYearFrom));
  const out: BarRow[] = [];
  for (let fy = first; fy <= last; fy++) {
    const these = yearly.filter((r) => r.fiscalYearFrom === fy);
    if (these.length === 0) {
      out.push({ key: `fy${fy}-none`, group: fiscalYearLabel(fy, lang), label: '', value: null, valueLabel: lang === 'ja' ? '資料に数値なし' : 'no figure in the sources', barCls: 'bar' });
      continue;
    }
    these.forEach((r, i) => {
      const c = countries(r, lang);
      out.push({
        key: r.id,
        group: i === 0 ? fiscalYearLabel(fy, lang) : null,
        label: '',
        value: r.people,
        valueLabel: r.status === 'planned' ? (lang === 'ja' ? `${amount(r, 'ja')}（計画）` : `${amount(r, 'en')} planned`) : amount(r, lang),
        ...(c ? { secondLine: c } : {}),
        barCls: r.status === 'planned' ? 'bar k-hatch' : 'bar k-solid',
        ...(r.status === 'planned' ? { barFill: 'url(#hatch)' } : {}),
        href: sourceHref(r.source.seed, r.source.line, lang),
        tip: lang === 'ja' ? `${yearWords(r, 'ja')}（${citeLabel(r.source, 'ja')}）` : `${yearWords(r, 'en')} (${citeLabel(r.source, 'en')})`,
        data: { id: r.id, people: r.people, status: r.status, fy },
      });
    });
  }
  return out;
}

export function sakuraTitle(rows: readonly SakuraRow[], lang: Lang): string {
  const actual = yearlyRows(rows).filter((r) => r.status === 'actual' && r.measure === 'invitees');
  const planned = yearlyRows(rows).filter((r) => r.status === 'planned');
  if (actual.length < 2) return lang === 'ja' ? 'さくらサイエンスの招へい者数' : 'Sakura Science invitees';
  const a = actual[0]!;
  const b = actual[actual.length - 1]!;
  const verb = b.people > a.people ? (lang === 'ja' ? '増加' : 'grew') : lang === 'ja' ? '減少' : 'fell';
  let title =
    lang === 'ja'
      ? `さくらサイエンスの招へい者は${fiscalYearLabel(a.fiscalYearFrom, 'ja')}の${people(a.people, 'ja')}から${fiscalYearLabel(b.fiscalYearFrom, 'ja')}の${people(b.people, 'ja')}へ${verb}`
      : `Sakura Science invitees ${verb} from ${formatCount(a.people)} in FY${a.fiscalYearFrom} to ${formatCount(b.people)} in FY${b.fiscalYearFrom}`;
  const latest = planned.filter((r) => r.fiscalYearFrom > b.fiscalYearFrom).at(-1);
  if (latest) title += lang === 'ja' ? `。${fiscalYearLabel(latest.fiscalYearFrom, 'ja')}の計画は${amount(latest, 'ja')}` : `; the plan for FY${latest.fiscalYearFrom} is ${amount(latest, 'en')}`;
  return title;
}

/** The stated cumulative total, and whether the yearly figures it covers add up to it. */
export function cumulativeStatement(rows: readonly SakuraRow[], lang: Lang): string[] {
  return cumulativeRows(rows).map((c) => {
    const covered = rows.filter((r) => r.measure === 'invitees' && r.status === c.status && r.fiscalYearFrom >= c.fiscalYearFrom && r.fiscalYearTo <= c.fiscalYearTo);
    const years = c.fiscalYearTo - c.fiscalYearFrom + 1;
    const sum = covered.reduce((s, r) => s + r.people, 0);
    const complete = covered.length === years;
    const check = complete ? (sum === c.people ? (lang === 'ja' ? '（各年度の棒の合計と一致）' : ' (the yearly bars add up to it)') : lang === 'ja' ? `（各年度の合計は${people(sum, 'ja')}）` : ` (the yearly bars add up to ${formatCount(sum)})`) : '';
    return lang === 'ja'
      ? `${fiscalYearRange(c.fiscalYearFrom, c.fiscalYearTo, 'ja')}の累計 ${people(c.people, 'ja')}（資料の記載）${check}`
      : `Cumulative ${fiscalYearRange(c.fiscalYearFrom, c.fiscalYearTo, 'en')}: ${people(c.people, 'en')}, as the document states${check}`;
  });
}

export interface SakuraScene {
  width: number;
  height: number;
  items: Item[];
  panel: ReturnType<typeof barPanel>;
}

export function sakuraScene(rows: readonly SakuraRow[], lang: Lang, width: number): SakuraScene {
  const items: Item[] = [];
  const lg = legend(
    0,
    0,
    [
      { swatch: { cls: 'bar k-solid' }, label: lang === 'ja' ? '実績（招へい者数）' : 'actual (invitees)' },
      { swatch: { cls: 'bar k-hatch', fill: 'url(#hatch)' }, label: lang === 'ja' ? '計画（受入れ予定人数）' : 'planned (intended intake)' },
    ],
    width,
  );
  items.push(...lg.items);
  let y = lg.bottom + 4;
  for (const line of cumulativeStatement(rows, lang)) {
    const p = paragraph(0, y + FONT, line, width, { cls: 't t-strong', bold: true });
    items.push(...p.items);
    y = p.bottom + 4;
  }
  const panel = barPanel({
    x: 0,
    y: y + 6,
    width,
    rows: sakuraRows(rows, lang),
    tickLabel: (v) => formatCount(v),
    lang,
  });
  // The scale's unit goes with its ticks.
  items.push(...panel.items);
  const unit = paragraph(0, panel.y + panel.height + FONT, lang === 'ja' ? `目盛り 0〜${formatCount(panel.domainMax)}人` : `Scale 0–${formatCount(panel.domainMax)} people`, width, { cls: 't t-muted' });
  items.push(...unit.items);
  return { width, height: Math.ceil(unit.bottom) + 4, items, panel };
}

/** 平成26年度 2,944人（実績、14か国・地域から） / FY2014 2,944 (actual, from 14 countries and regions) */
function yearWords(r: SakuraRow, lang: Lang): string {
  const c = countries(r, lang);
  return lang === 'ja'
    ? `${fiscalYearLabel(r.fiscalYearFrom, 'ja')} ${amount(r, 'ja')}（${statusTag(r, 'ja')}${c ? `、${c}` : ''}）`
    : `FY${r.fiscalYearFrom} ${amount(r, 'en')} (${statusTag(r, 'en')}${c ? `, ${c}` : ''})`;
}

function describe(rows: readonly SakuraRow[], lang: Lang): string {
  const items = yearlyRows(rows).map((r) => yearWords(r, lang));
  return (
    (lang === 'ja' ? '横棒グラフ。さくらサイエンスの年度別の招へい者数。' : 'Horizontal bar chart of Sakura Science invitees by fiscal year. ') +
    items.join(lang === 'ja' ? '、' : '; ') +
    (lang === 'ja' ? '。' : '. ') +
    cumulativeStatement(rows, lang).join(lang === 'ja' ? '。' : '. ') +
    (lang === 'ja' ? '。' : '.')
  );
}

function note(lang: Lang): Rich[] {
  return lang === 'ja'
    ? [['年度ごとの招へい者数（人）。塗りつぶしの棒が実績、斜線の棒が計画（受入れ予定人数）で、ラベルにも「計画」と記す。棒の下に、招へい者の出身国・地域の数を記す。目盛りは0から。資料に数値のない年度はその旨を示す。累計は資料に書かれた値。各棒は出典の行にリンクしている。']]
    : [['Invitees per fiscal year. Solid bars are actual numbers; hatched bars are plans (the intended intake), also labelled “planned”. Under each bar, the number of countries and regions the invitees came from. The scale starts at zero. Years with no figure in the sources say so. The cumulative total is the one the document states. Each bar links to its source line.']];
}

function table(rows: readonly SakuraRow[], lang: Lang): FigureModel['table'] {
  const ja = lang === 'ja';
  const all = [...yearlyRows(rows), ...cumulativeRows(rows)];
  const columns = ja
    ? [{ label: '年度' }, { label: '区分' }, { label: '人数', numeric: true }, { label: '国・地域', numeric: true }, { label: '資料の表記' }, { label: '出典' }]
    : [{ label: 'Fiscal year' }, { label: 'Status' }, { label: 'People', numeric: true }, { label: 'Countries and regions', numeric: true }, { label: 'As written' }, { label: 'Source' }];
  const cells: TableCell[][] = all.map((r) => [
    { text: [r.fiscalYearFrom === r.fiscalYearTo ? fiscalYearLong(r.fiscalYearFrom, lang) : fiscalYearRange(r.fiscalYearFrom, r.fiscalYearTo, lang)] },
    { text: [r.measure === 'cumulative-invitees' ? (ja ? '累計（実績）' : 'cumulative (actual)') : statusTag(r, lang)] },
    { text: [(r.qualifier === 'about' ? (ja ? '約' : 'about ') : '') + formatCount(r.people)], numeric: true },
    { text: r.countriesAndRegions !== null ? [String(r.countriesAndRegions)] : r.countriesText ? (ja ? [r.countriesText] : [{ text: r.countriesText, lang: 'ja' }, COUNTRIES_TEXT_EN[r.countriesText] ? ` (${COUNTRIES_TEXT_EN[r.countriesText]})` : '']) : ['—'], numeric: true },
    { text: [{ text: r.peopleText, lang: 'ja' }] },
    { text: [citeLabel(r.source, lang)], href: sourceHref(r.source.seed, r.source.line, lang) },
  ]);
  return { caption: ja ? '図のデータ' : 'The figure’s data', columns, rows: cells };
}

export function sakuraData(data: ChartData): FigureData {
  const all = [...yearlyRows(data.sakura), ...cumulativeRows(data.sakura)];
  const columns = ['figure', 'id', 'measure', 'status', 'fiscalYearFrom', 'fiscalYearTo', 'fiscalYearLabel', 'people', 'peopleText', 'qualifier', 'countriesAndRegions', 'countriesText', 'sourceSeed', 'sourceLine', 'sourceQuote', 'sourcePage'];
  const rows = all.map((r) => ({ figure: FIGURE_ID, id: r.id, measure: r.measure, status: r.status, fiscalYearFrom: r.fiscalYearFrom, fiscalYearTo: r.fiscalYearTo, fiscalYearLabel: r.fiscalYearLabel, people: r.people, peopleText: r.peopleText, qualifier: r.qualifier, countriesAndRegions: r.countriesAndRegions, countriesText: r.countriesText, ...sourceColumns(r.source) }));
  const sources = all.map((r) => r.source);
  return { id: FIGURE_ID, title: { ja: sakuraTitle(data.sakura, 'ja'), en: sakuraTitle(data.sakura, 'en') }, asOf: figureSources(sources, data.seeds, 'ja').asOf.date, dataset: '/data/sakura-science.json', sources: dataSources(sources, data.seeds), columns, rows };
}

export function sakuraFigure(data: ChartData, lang: Lang, id = FIGURE_ID): FigureModel {
  const title = sakuraTitle(data.sakura, lang);
  const description = describe(data.sakura, lang);
  const svg = (variant: 'wide' | 'narrow') => {
    const scene = sakuraScene(data.sakura, lang, variant === 'wide' ? WIDE : NARROW);
    return renderSvg({ id, variant, width: scene.width, height: scene.height, title, description, lang, items: scene.items });
  };
  const all = [...yearlyRows(data.sakura), ...cumulativeRows(data.sakura)];
  const sources = figureSources(
    all.map((r) => r.source),
    data.seeds,
    lang,
  );
  return { id, lang, title: [title], note: note(lang), svg: { wide: svg('wide'), narrow: svg('narrow') }, description, table: table(data.sakura, lang), sources: sources.sources, asOf: sources.asOf, downloads: downloadPaths(id) };
}

export function sakuraStandaloneSvg(data: ChartData, lang: Lang, css: string): string {
  const scene = sakuraScene(data.sakura, lang, WIDE);
  return renderStandaloneSvg({ id: FIGURE_ID, variant: 'wide', width: scene.width, height: scene.height, title: sakuraTitle(data.sakura, lang), description: describe(data.sakura, lang), lang, items: scene.items }, css);
}
