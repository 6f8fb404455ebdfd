// JST's FY2022 trial call (ASPIRE's forerunner): proposals by partner country, by field with the
// adoptions over them, and by the partner's funding agency — three panels on one shared scale.
import type { TrialCallRow } from '../../schemas/datasets.ts';
import { programEntry, type ChartData } from './data.ts';
import { citeLabel, countryNameEn, formatCount, proposals, sourceHref, type Lang } from './format.ts';
import { dataSources, downloadPaths, figureSources, sourceColumns, type FigureData, type FigureModel, type Rich, type TableCell } from './model.ts';
import { barPanel, FONT, legend, paragraph, renderStandaloneSvg, renderSvg, type BarRow, type Item } from './svg.ts';

export const FIGURE_ID = 'aspire-trial-call-2022';
export const PROGRAM = 'aspire-trial-call';
export const WIDE = 600;
export const NARROW = 340;

const countryName = (r: Pick<TrialCallRow, 'country' | 'countryIso'>, lang: Lang) => (lang === 'ja' ? r.country ?? '' : r.countryIso ? countryNameEn(r.countryIso) : '');
const fieldName = (r: TrialCallRow, lang: Lang) => (lang === 'ja' ? r.field ?? '' : r.fieldEn ?? '');
const funderName = (r: TrialCallRow, lang: Lang) => (lang === 'ja' ? r.funder ?? '' : r.funderEn ?? '');

const byCount = (a: TrialCallRow, b: TrialCallRow) => b.count - a.count || a.source.line - b.source.line;

export function breakdown(rows: readonly TrialCallRow[], kind: TrialCallRow['breakdown']): TrialCallRow[] {
  return rows.filter((r) => r.breakdown === kind);
}

export interface TrialCallSummary {
  proposals: number;
  adoptions: number;
  topCountry: TrialCallRow;
}

/** Totals from the breakdowns (the pipeline checks that the three breakdowns agree with each other and with the stated 43 and 7). */
export function summary(rows: readonly TrialCallRow[]): TrialCallSummary {
  const countries = breakdown(rows, 'proposals-by-country').sort(byCount);
  return {
    proposals: countries.reduce((s, r) => s + r.count, 0),
    adoptions: breakdown(rows, 'adoptions-by-field').reduce((s, r) => s + r.count, 0),
    topCountry: countries[0]!,
  };
}

export function trialCallTitle(rows: readonly TrialCallRow[], lang: Lang): string {
  const s = summary(rows);
  return lang === 'ja'
    ? `試行公募の提案${proposals(s.proposals, 'ja')}のうち${proposals(s.topCountry.count, 'ja')}が${countryName(s.topCountry, 'ja')}との共同研究、採択は${proposals(s.adoptions, 'ja')}`
    : `Of the trial call’s ${formatCount(s.proposals)} proposals, ${formatCount(s.topCountry.count)} were with partners in ${withArticle(countryName(s.topCountry, 'en'))}; ${formatCount(s.adoptions)} were adopted`;
}

/** the United States, the United Kingdom; France. */
const withArticle = (name: string) => (/^(United|Czech|Netherlands|Philippines)/.test(name) ? `the ${name}` : name);

const countLabel = (n: number, lang: Lang) => (lang === 'ja' ? `${formatCount(n)}件` : formatCount(n));

export function panelsOf(rows: readonly TrialCallRow[], lang: Lang): { heading: string; rows: BarRow[] }[] {
  const link = (r: TrialCallRow) => sourceHref(r.source.seed, r.source.line, lang);
  const cite = (...rows: TrialCallRow[]) => (lang === 'ja' ? `（${rows.map((r) => citeLabel(r.source, 'ja')).join('、')}）` : ` (${rows.map((r) => citeLabel(r.source, 'en')).join('; ')})`);
  const sep = lang === 'ja' ? '：' : ': ';
  const countries = breakdown(rows, 'proposals-by-country').sort(byCount);
  const fields = breakdown(rows, 'proposals-by-field').sort(byCount);
  const adoptions = breakdown(rows, 'adoptions-by-field');
  const funders = breakdown(rows, 'proposals-by-funder');
  const countryRows: BarRow[] = countries.map((r) => ({ key: r.id, group: countryName(r, lang), label: '', value: r.count, valueLabel: countLabel(r.count, lang), barCls: 'bar k-solid', href: link(r), tip: `${countryName(r, lang)}${sep}${proposals(r.count, lang)}${cite(r)}`, data: { id: r.id, count: r.count } }));
  const fieldRows: BarRow[] = fields.map((r) => {
    const adopted = adoptions.find((a) => a.field === r.field);
    const n = adopted?.count ?? 0;
    const label =
      lang === 'ja'
        ? n === 0
          ? `${formatCount(r.count)}件（採択なし）`
          : `${formatCount(r.count)}件中${formatCount(n)}件採択`
        : n === 0
          ? `${formatCount(r.count)}, none adopted`
          : `${formatCount(r.count)}, ${formatCount(n)} adopted`;
    return { key: r.id, group: fieldName(r, lang), label: '', value: r.count, overlay: adopted ? n : null, valueLabel: label, barCls: 'bar k-outline', overlayCls: 'bar k-solid', href: link(r), tip: `${fieldName(r, lang)}${sep}${label}${cite(...(adopted ? [r, adopted] : [r]))}`, data: { id: r.id, count: r.count, adopted: n, ...(adopted ? { adoptionId: adopted.id } : {}) } };
  });
  // Funders grouped by country, countries in the order of the first panel.
  const funderRows: BarRow[] = countries.flatMap((c) =>
    funders
      .filter((f) => f.countryIso === c.countryIso)
      .sort(byCount)
      .map((f, i) => ({ key: f.id, group: i === 0 ? countryName(c, lang) : null, label: funderName(f, lang), value: f.count, valueLabel: countLabel(f.count, lang), barCls: 'bar k-solid', href: link(f), tip: `${countryName(c, lang)} ${funderName(f, lang)}${sep}${proposals(f.count, lang)}${cite(f)}`, data: { id: f.id, count: f.count } })),
  );
  return [
    { heading: lang === 'ja' ? '相手国別の提案件数' : 'Proposals by partner country', rows: countryRows },
    { heading: lang === 'ja' ? '分野別の提案件数と採択件数' : 'Proposals and adoptions by field', rows: fieldRows },
    { heading: lang === 'ja' ? '相手国の資金配分機関別の提案件数' : 'Proposals by the partner’s funding agency', rows: funderRows },
  ];
}

export interface TrialCallScene {
  width: number;
  height: number;
  items: Item[];
  panels: ReturnType<typeof barPanel>[];
}

/** Three panels, stacked, on one scale. */
export function trialCallScene(rows: readonly TrialCallRow[], lang: Lang, width: number): TrialCallScene {
  const items: Item[] = [];
  const lg = legend(
    0,
    0,
    [
      { swatch: { cls: 'bar k-solid' }, label: lang === 'ja' ? '提案（国・機関別）／採択（分野別）' : 'proposals (by country, agency); adopted (by field)' },
      { swatch: { cls: 'bar k-outline' }, label: lang === 'ja' ? '提案（分野別）' : 'proposals (by field)' },
    ],
    width,
  );
  items.push(...lg.items);
  const maxCount = Math.max(...rows.map((r) => r.count));
  const specs = panelsOf(rows, lang);
  // Stacked, and on one scale: every panel's bars start and end where the widest labels allow.
  const natural = specs.map((spec) => barPanel({ x: 0, y: 0, width, heading: spec.heading, rows: spec.rows, domainMax: maxCount, tickLabel: formatCount, lang }));
  // One scale where that leaves the bars room; on a narrow layout with long labels each panel keeps its own.
  const sharedStart = Math.max(...natural.map((p) => p.barStart));
  const sharedEnd = Math.min(...natural.map((p) => p.barEnd));
  const shared = sharedEnd - sharedStart >= 140;
  const [barStart, barEnd] = shared ? [sharedStart, sharedEnd] : [undefined, undefined];
  const statement =
    lang === 'ja'
      ? shared
        ? '3つのパネルは同じ目盛り（0から、単位は件）。'
        : '目盛りはパネルごとに異なる（いずれも0から、単位は件）。'
      : shared
        ? 'The three panels share one scale, from zero, in proposals.'
        : 'Each panel has its own scale, from zero, in proposals.';
  const note = paragraph(0, lg.bottom + FONT + 8, statement, width, { cls: 't t-muted' });
  items.push(...note.items);
  const laid: ReturnType<typeof barPanel>[] = [];
  let y = Math.ceil(note.bottom) + 14;
  for (const spec of specs) {
    const panel = barPanel({ x: 0, y, width, heading: spec.heading, rows: spec.rows, domainMax: shared ? maxCount : undefined, tickLabel: formatCount, lang, ...(shared ? { barStart, barEnd } : {}) });
    items.push({ type: 'group', cls: 'panel', children: panel.items });
    laid.push(panel);
    y += panel.height + 18;
  }
  return { width, height: Math.ceil(y - 18), items, panels: laid };
}

function describe(rows: readonly TrialCallRow[], lang: Lang): string {
  const s = summary(rows);
  const specs = panelsOf(rows, lang);
  const parts = specs.map((spec) => {
    let group = '';
    const items = spec.rows.map((r) => {
      if (r.group) group = r.group;
      const name = r.label ? (lang === 'ja' ? `${group} ${r.label}` : `${r.label} (${group})`) : group;
      return `${name} ${r.valueLabel}`;
    });
    return lang === 'ja' ? `${spec.heading}：${items.join('、')}。` : `${spec.heading}: ${items.join('; ')}.`;
  });
  return (
    (lang === 'ja'
      ? `横棒グラフ3つ（同じ目盛り）。提案${proposals(s.proposals, 'ja')}、採択${proposals(s.adoptions, 'ja')}。`
      : `Three horizontal bar charts on one scale. ${formatCount(s.proposals)} proposals, ${formatCount(s.adoptions)} adopted. `) + parts.join(lang === 'ja' ? '' : ' ')
  );
}

function note(data: ChartData, lang: Lang): Rich[] {
  const program = programEntry(data, PROGRAM);
  const s = summary(data.trialCall);
  const fields = breakdown(data.trialCall, 'proposals-by-field').length;
  const countries = breakdown(data.trialCall, 'proposals-by-country').length;
  return lang === 'ja'
    ? [[`${program.name.ja}の結果。提案${proposals(s.proposals, 'ja')}を相手国（${countries}か国）、分野（${fields}分野）、相手国の資金配分機関の3通りに分けて示す。分野別のパネルでは、枠が提案件数、塗りつぶしがそのうちの採択件数（計${s.adoptions}件）。目盛りは0から、幅のある画面では3つのパネルで共通（図中に記載）。各棒は出典の行にリンクしている。`]]
    : [[`Results of the ${program.name.en}. The ${formatCount(s.proposals)} proposals split three ways: by partner country (${countries} countries), by field (${fields} fields) and by the partner’s funding agency. In the field panel the outline is the number of proposals and the solid part the number adopted (${s.adoptions} in all). Scales start at zero and, where the layout is wide enough, are shared by all three panels (the chart says which). Each bar links to its source line.`]];
}

function table(rows: readonly TrialCallRow[], lang: Lang): FigureModel['table'] {
  const ja = lang === 'ja';
  const kinds: Record<TrialCallRow['breakdown'], string> = ja
    ? { 'proposals-by-country': '提案（相手国別）', 'proposals-by-field': '提案（分野別）', 'adoptions-by-field': '採択（分野別）', 'proposals-by-funder': '提案（資金配分機関別）' }
    : { 'proposals-by-country': 'proposals by country', 'proposals-by-field': 'proposals by field', 'adoptions-by-field': 'adoptions by field', 'proposals-by-funder': 'proposals by funding agency' };
  const columns = ja
    ? [{ label: '内訳' }, { label: '相手国' }, { label: '分野' }, { label: '資金配分機関' }, { label: '件数', numeric: true }, { label: '出典' }]
    : [{ label: 'Breakdown' }, { label: 'Country' }, { label: 'Field' }, { label: 'Funding agency' }, { label: 'Count', numeric: true }, { label: 'Source' }];
  const order: TrialCallRow['breakdown'][] = ['proposals-by-country', 'proposals-by-field', 'adoptions-by-field', 'proposals-by-funder'];
  const cells: TableCell[][] = order.flatMap((k) =>
    breakdown(rows, k).map((r) => [
      { text: [kinds[k]] },
      { text: [countryName(r, lang) || '—'] },
      { text: [fieldName(r, lang) || '—'] },
      { text: r.funder ? (ja || r.funder === r.funderEn ? [funderName(r, lang)] : [funderName(r, lang), ' (', { text: r.funder, lang: 'ja' as const }, ')']) : ['—'] },
      { text: [formatCount(r.count)], numeric: true },
      { text: [citeLabel(r.source, lang)], href: sourceHref(r.source.seed, r.source.line, lang) },
    ]),
  );
  return { caption: ja ? '図のデータ' : 'The figure’s data', columns, rows: cells };
}

export function trialCallData(data: ChartData): FigureData {
  const columns = ['figure', 'id', 'breakdown', 'country', 'countryIso', 'countryNameEn', 'field', 'fieldEn', 'funder', 'funderEn', 'count', 'sourceSeed', 'sourceLine', 'sourceQuote', 'sourcePage'];
  const rows = data.trialCall.map((r) => ({ figure: FIGURE_ID, id: r.id, breakdown: r.breakdown, country: r.country, countryIso: r.countryIso, countryNameEn: r.countryIso ? countryNameEn(r.countryIso) : null, field: r.field, fieldEn: r.fieldEn, funder: r.funder, funderEn: r.funderEn, count: r.count, ...sourceColumns(r.source) }));
  const sources = data.trialCall.map((r) => r.source);
  return { id: FIGURE_ID, title: { ja: trialCallTitle(data.trialCall, 'ja'), en: trialCallTitle(data.trialCall, 'en') }, asOf: figureSources(sources, data.seeds, 'ja').asOf.date, dataset: '/data/aspire-trial-call.json', sources: dataSources(sources, data.seeds), columns, rows };
}

export function trialCallFigure(data: ChartData, lang: Lang, id = FIGURE_ID): FigureModel {
  const title = trialCallTitle(data.trialCall, lang);
  const description = describe(data.trialCall, lang);
  const svg = (variant: 'wide' | 'narrow') => {
    const scene = trialCallScene(data.trialCall, lang, variant === 'wide' ? WIDE : NARROW);
    return renderSvg({ id, variant, width: scene.width, height: scene.height, title, description, lang, items: scene.items });
  };
  const sources = figureSources(
    data.trialCall.map((r) => r.source),
    data.seeds,
    lang,
  );
  return { id, lang, title: [title], note: note(data, lang), svg: { wide: svg('wide'), narrow: svg('narrow') }, description, table: table(data.trialCall, lang), sources: sources.sources, asOf: sources.asOf, downloads: downloadPaths(id) };
}

export function trialCallStandaloneSvg(data: ChartData, lang: Lang, css: string): string {
  const scene = trialCallScene(data.trialCall, lang, WIDE);
  return renderStandaloneSvg({ id: FIGURE_ID, variant: 'wide', width: scene.width, height: scene.height, title: trialCallTitle(data.trialCall, lang), description: describe(data.trialCall, lang), lang, items: scene.items }, css);
}

