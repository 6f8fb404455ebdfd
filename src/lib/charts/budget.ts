// Budget history by fiscal year, as small multiples: one panel per program on its own scale, with
// supplementary budgets (up to hundreds of times larger) in a panel of their own beneath.
import type { BudgetKind, BudgetRow } from '../../schemas/datasets.ts';
import { programEntry, type ChartData, type ProgramEntry } from './data.ts';
import { citeLabel, fiscalYearLabel, fiscalYearLong, formatCount, list, millionYen, millionYenLong, sourceHref, type Lang } from './format.ts';
import { dataSources, downloadPaths, figureSources, sourceColumns, type FigureData, type FigureModel, type Rich, type TableCell } from './model.ts';
import { barPanel, FONT, legend, paragraph, renderSvg, renderStandaloneSvg, type BarRow, type Item, type LegendEntry } from './svg.ts';

export const WIDE = 600;
export const NARROW = 340;

/** One mark: every row that states the same amount for a program, agency, fiscal year and kind. */
export interface BudgetMark {
  key: string;
  program: string;
  agency: BudgetRow['agency'];
  fiscalYear: number;
  kind: BudgetKind;
  amount: number;
  qualifier: BudgetRow['qualifier'];
  /** The rows behind the mark, by seed and line. */
  rows: BudgetRow[];
  /** Another document (or slide) gives a different amount for the same program, agency, year and kind. */
  disagrees: boolean;
}

const KIND_ORDER: readonly BudgetKind[] = ['previous-year-reported', 'draft', 'initial', 'supplementary'];
const AGENCY_ORDER = [null, 'MEXT', 'JST', 'JSPS', 'AMED', 'JICA', 'MOFA', 'CAO'];

export const KIND_TAG: Record<Lang, Record<BudgetKind, string>> = {
  ja: { initial: '当初', draft: '案', 'previous-year-reported': '前年度額', supplementary: '補正' },
  en: { initial: 'initial', draft: 'draft', 'previous-year-reported': 'prior-yr', supplementary: 'suppl.' },
};
export const KIND_NAME: Record<Lang, Record<BudgetKind, string>> = {
  ja: { initial: '当初予算額', draft: '予算額（案）', 'previous-year-reported': '前年度予算額（翌年度の資料の記載）', supplementary: '補正予算' },
  en: { initial: 'initial budget', draft: 'draft budget (request)', 'previous-year-reported': 'previous year’s budget as a later document reports it', supplementary: 'supplementary budget' },
};
const KIND_CLASS: Record<BudgetKind, string> = { initial: 'k-solid', draft: 'k-hatch', 'previous-year-reported': 'k-outline', supplementary: 'k-dots' };
const KIND_FILL: Partial<Record<BudgetKind, string>> = { draft: 'hatch', supplementary: 'dots' };

/** Bar classes and pattern fill for a kind; AMED's share in the second (grey) tone. */
export function barStyle(kind: BudgetKind, agency: BudgetRow['agency']): { cls: string; fill?: string } {
  const alt = agency === 'AMED';
  const fill = KIND_FILL[kind];
  return { cls: `bar ${KIND_CLASS[kind]}${alt ? ' tone-alt' : ''}`, ...(fill ? { fill: `url(#${fill}${alt ? '-alt' : ''})` } : {}) };
}

const byKey = <T>(f: (x: T) => (string | number)[]) => (a: T, b: T) => {
  const ka = f(a);
  const kb = f(b);
  for (let i = 0; i < ka.length; i++) {
    const x = ka[i]!;
    const y = kb[i]!;
    if (x < y) return -1;
    if (x > y) return 1;
  }
  return 0;
};
const agencyRank = (a: BudgetRow['agency']) => AGENCY_ORDER.indexOf(a);

/** Groups rows into marks: agreeing statements share a mark, disagreeing ones get one each. */
export function budgetMarks(rows: readonly BudgetRow[]): BudgetMark[] {
  const marks = new Map<string, BudgetMark>();
  for (const row of rows) {
    const key = `${row.program}|${row.agency ?? '-'}|${row.fiscalYear}|${row.kind}|${row.amountMillionYen}`;
    let mark = marks.get(key);
    if (!mark) {
      mark = { key, program: row.program, agency: row.agency, fiscalYear: row.fiscalYear, kind: row.kind, amount: row.amountMillionYen, qualifier: row.qualifier, rows: [], disagrees: false };
      marks.set(key, mark);
    }
    mark.rows.push(row);
  }
  const list = [...marks.values()];
  for (const m of list) {
    m.rows.sort(byKey((r) => [r.source.seed, r.source.line]));
    m.disagrees = list.some((o) => o !== m && o.program === m.program && o.agency === m.agency && o.fiscalYear === m.fiscalYear && o.kind === m.kind);
  }
  return list.sort(byKey((m) => [m.program, m.kind === 'supplementary' ? 1 : 0, m.fiscalYear, KIND_ORDER.indexOf(m.kind), agencyRank(m.agency), m.amount]));
}

export function programLabel(p: ProgramEntry, lang: Lang): string {
  const name = p.name[lang];
  if (!p.acronym || name.includes(p.acronym)) return name;
  return lang === 'ja' ? `${p.acronym}（${name}）` : `${p.acronym} (${name})`;
}
/** The short name in running text: the acronym where there is one. */
export function programShort(p: ProgramEntry, lang: Lang): string {
  return p.acronym ?? p.name[lang];
}

const amountText = (m: BudgetMark, lang: Lang) => {
  const n = formatCount(m.amount);
  const q = m.qualifier === 'about' ? (lang === 'ja' ? `約${n}` : `about ${n}`) : m.qualifier === 'up-to' ? (lang === 'ja' ? `最大${n}` : `up to ${n}`) : n;
  return m.disagrees ? `${q} ≠` : q;
};
const rowLabel = (m: BudgetMark, lang: Lang) => `${KIND_TAG[lang][m.kind]}${m.agency ? ` ${m.agency}` : ''}`;

export interface BudgetPanelSpec {
  program: ProgramEntry;
  supplementary: boolean;
  marks: BudgetMark[];
}

/** The panels of a figure: each program's regular budgets, then its supplementary ones if any. */
export function budgetPanels(data: Pick<ChartData, 'budgets' | 'programs'>, programs: readonly string[]): BudgetPanelSpec[] {
  const panels: BudgetPanelSpec[] = [];
  for (const id of programs) {
    const program = programEntry(data, id);
    const marks = budgetMarks(data.budgets.filter((r) => r.program === id));
    if (marks.length === 0) throw new Error(`BudgetChart: program "${id}" has no rows in generated/data/budgets.json`);
    const regular = marks.filter((m) => m.kind !== 'supplementary');
    const supplementary = marks.filter((m) => m.kind === 'supplementary');
    if (regular.length > 0) panels.push({ program, supplementary: false, marks: regular });
    if (supplementary.length > 0) panels.push({ program, supplementary: true, marks: supplementary });
  }
  return panels;
}

/** Bar rows for a panel: fiscal years in order, with a row saying so where a year in between has no figure. */
export function panelRows(panel: BudgetPanelSpec, lang: Lang): BarRow[] {
  const rows: BarRow[] = [];
  const years = panel.marks.map((m) => m.fiscalYear);
  const first = Math.min(...years);
  const last = Math.max(...years);
  for (let fy = first; fy <= last; fy++) {
    const marks = panel.marks.filter((m) => m.fiscalYear === fy);
    if (marks.length === 0) {
      rows.push({ key: `${panel.program.id}-${fy}-none`, group: fiscalYearLabel(fy, lang), label: '', value: null, valueLabel: lang === 'ja' ? '資料に記載なし' : 'no figure in the sources', barCls: 'bar' });
      continue;
    }
    marks.forEach((m, i) => {
      const style = barStyle(m.kind, m.agency);
      const src = m.rows[0]!.source;
      rows.push({
        key: m.key,
        group: i === 0 ? fiscalYearLabel(fy, lang) : null,
        label: rowLabel(m, lang),
        value: m.amount,
        valueLabel: amountText(m, lang),
        barCls: style.cls,
        ...(style.fill ? { barFill: style.fill } : {}),
        href: sourceHref(src.seed, src.line, lang),
        tip: `${programShort(panel.program, lang)}${lang === 'ja' ? '：' : ': '}${markWords(m, lang)}${lang === 'ja' ? `（${m.rows.map((r) => citeLabel(r.source, lang)).join('、')}）` : ` (${m.rows.map((r) => citeLabel(r.source, lang)).join('; ')})`}`,
        data: { mark: m.key, rows: m.rows.map((r) => r.id).join(' '), amount: m.amount, fy: m.fiscalYear, kind: m.kind, agency: m.agency ?? '' },
      });
    });
  }
  return rows;
}

function panelHeading(panel: BudgetPanelSpec, lang: Lang): string {
  const name = programLabel(panel.program, lang);
  if (!panel.supplementary) return name;
  return lang === 'ja' ? `${programShort(panel.program, lang)}：補正予算（別の目盛り）` : `${programShort(panel.program, lang)}: supplementary budgets (separate scale)`;
}

function scaleNote(max: number, own: boolean, lang: Lang): string {
  return lang === 'ja' ? `目盛り 0〜${formatCount(max)}百万円${own ? '（このパネル独自）' : ''}` : `Scale ¥0–${formatCount(max)} million${own ? ' (this panel only)' : ''}`;
}

/** The largest supplementary mark and the smallest other one, for the statement about scales. */
export function scaleContrast(panels: readonly BudgetPanelSpec[]): { largest: BudgetMark; smallest: BudgetMark; ratio: number } | null {
  const supp = panels.filter((p) => p.supplementary).flatMap((p) => p.marks);
  const regular = panels.filter((p) => !p.supplementary).flatMap((p) => p.marks).filter((m) => m.amount > 0);
  if (supp.length === 0 || regular.length === 0) return null;
  const largest = supp.reduce((a, b) => (b.amount > a.amount ? b : a));
  const smallest = regular.reduce((a, b) => (b.amount < a.amount ? b : a));
  return { largest, smallest, ratio: Math.round(largest.amount / smallest.amount) };
}

function scaleStatement(panels: readonly BudgetPanelSpec[], data: Pick<ChartData, 'programs'>, lang: Lang): string {
  const many = panels.length > 1;
  const contrast = scaleContrast(panels);
  const parts: string[] = [];
  if (lang === 'ja') {
    if (many) parts.push('各パネルは独自の目盛り（いずれも0から、上端を各パネルに記載）。');
    if (contrast) {
      const { largest: l, smallest: s } = contrast;
      parts.push(
        `補正予算は別のパネルに分けた：最大の${programShort(programEntry(data, l.program), 'ja')}${fiscalYearLabel(l.fiscalYear, 'ja')}補正予算${millionYenLong(l.amount, 'ja')}は、` +
          `ほかの予算で最小の${programShort(programEntry(data, s.program), 'ja')}${fiscalYearLabel(s.fiscalYear, 'ja')}${KIND_TAG.ja[s.kind]}${millionYen(s.amount, 'ja')}の約${formatCount(contrast.ratio)}倍。`,
      );
    }
  } else {
    if (many) parts.push('Each panel has its own scale, from zero; its top is stated in the panel.');
    if (contrast) {
      const { largest: l, smallest: s } = contrast;
      parts.push(
        `Supplementary budgets have panels of their own: the largest, ${programShort(programEntry(data, l.program), 'en')}’s ${millionYen(l.amount, 'en')} (FY${l.fiscalYear}), ` +
          `is about ${formatCount(contrast.ratio)} times the smallest other budget, ${programShort(programEntry(data, s.program), 'en')}’s ${millionYen(s.amount, 'en')} (FY${s.fiscalYear}, ${KIND_TAG.en[s.kind]}).`,
      );
    }
  }
  return parts.join(lang === 'ja' ? '' : ' ');
}

/** What was done with scales, for the caption (the chart itself states the amounts and the ratio). */
function shortScaleNote(panels: readonly BudgetPanelSpec[], lang: Lang): string {
  const many = panels.length > 1;
  const supp = panels.some((p) => p.supplementary);
  if (lang === 'ja') return `${many ? '各パネルは独自の目盛りで、いずれも0から始まる。' : '目盛りは0から。'}${supp ? '補正予算はほかの予算より桁違いに大きいため別のパネルに分けた（倍率は図中に記載）。' : ''}`;
  return `${many ? 'Each panel has its own scale, starting at zero.' : 'The scale starts at zero.'}${supp ? ' Supplementary budgets, far larger than the others, have panels of their own (the chart states by how much).' : ''}`;
}

function legendEntries(panels: readonly BudgetPanelSpec[], lang: Lang): LegendEntry[] {
  const kinds = new Set(panels.flatMap((p) => p.marks.map((m) => m.kind)));
  const entries: LegendEntry[] = [];
  for (const kind of ['initial', 'draft', 'previous-year-reported', 'supplementary'] as const) {
    if (!kinds.has(kind)) continue;
    const style = barStyle(kind, null);
    const label = lang === 'ja' ? `${KIND_TAG.ja[kind]}＝${KIND_NAME.ja[kind].replace(/（翌年度の資料の記載）$/, '（後の資料の記載）')}` : `${KIND_TAG.en[kind]} = ${KIND_NAME.en[kind].replace(' as a later document reports it', ' (as reported)')}`;
    entries.push({ swatch: { cls: style.cls, ...(style.fill ? { fill: style.fill } : {}) }, label });
  }
  if (panels.some((p) => p.marks.some((m) => m.disagrees))) entries.push({ swatch: null, label: lang === 'ja' ? '≠ 資料により額が異なる（両方を表示）' : '≠ sources differ (both shown)' });
  return entries;
}

export interface BudgetScene {
  width: number;
  height: number;
  items: Item[];
  panels: ReturnType<typeof barPanel>[];
}

/** Lays the figure out `width` wide: the legend and scale statement, then the panels in one or two columns. */
export function budgetScene(panels: readonly BudgetPanelSpec[], data: Pick<ChartData, 'programs'>, lang: Lang, width: number): BudgetScene {
  const items: Item[] = [];
  const lg = legend(0, 0, legendEntries(panels, lang), width);
  items.push(...lg.items);
  // What was done with the scales, where there is something to say (several panels, a supplementary outlier).
  const said = scaleStatement(panels, data, lang);
  const statement = said ? paragraph(0, lg.bottom + FONT + 8, said, width, { cls: 't t-muted' }) : { items: [], bottom: lg.bottom };
  items.push(...statement.items);
  const top = Math.ceil(statement.bottom) + 14;
  const programs = [...new Set(panels.map((p) => p.program.id))];
  // Two columns of panels when each keeps at least 140 px for its bars, else one.
  const gutter = 24;
  const fitsIn = (w: number) =>
    panels.every((panel) => {
      try {
        barPanel({ x: 0, y: 0, width: w, heading: panelHeading(panel, lang), rows: panelRows(panel, lang), tickLabel: formatCount, lang, minBarRoom: 140 });
        return true;
      } catch {
        return false;
      }
    });
  const columns = programs.length > 1 && fitsIn(Math.floor((width - gutter) / 2)) ? 2 : 1;
  const colW = Math.floor((width - gutter * (columns - 1)) / columns);
  const colY = new Array<number>(columns).fill(top);
  const laid: ReturnType<typeof barPanel>[] = [];
  for (const id of programs) {
    // A program's panels stay together, in the column that is shortest so far.
    const col = colY.indexOf(Math.min(...colY));
    let y = colY[col]!;
    for (const panel of panels.filter((p) => p.program.id === id)) {
      const common = { x: Math.round(col * (colW + gutter)), y, width: colW, heading: panelHeading(panel, lang), rows: panelRows(panel, lang), tickLabel: formatCount, lang };
      // The scale note states the panel's nice maximum, known once the panel is laid out.
      const domainMax = barPanel(common).domainMax;
      const laidPanel = barPanel({ ...common, scaleNote: scaleNote(domainMax, panels.length > 1, lang) });
      items.push({ type: 'group', cls: panel.supplementary ? 'panel panel-supplementary' : 'panel', data: { program: id }, children: laidPanel.items });
      laid.push(laidPanel);
      y += laidPanel.height + 10;
    }
    colY[col] = y + 14;
  }
  return { width, height: Math.ceil(Math.max(...colY) - 14), items, panels: laid };
}

export interface BudgetFigureOptions {
  id: string;
  programs: readonly string[];
  lang: Lang;
}

/** The rows a budget figure plots, as its downloads give them. */
export function budgetData(data: ChartData, o: Omit<BudgetFigureOptions, 'lang'>): FigureData {
  const panels = budgetPanels(data, o.programs);
  const columns = ['figure', 'panel', 'mark', 'sourcesDisagree', 'id', 'program', 'programNameJa', 'programNameEn', 'agency', 'fiscalYear', 'fiscalYearLabel', 'kind', 'supplementaryRound', 'amountMillionYen', 'amountText', 'qualifier', 'caveat', 'note', 'sourceSeed', 'sourceLine', 'sourceQuote', 'sourcePage'];
  const rows = panels.flatMap((p) =>
    p.marks.flatMap((m) =>
      m.rows.map((r) => ({
        figure: o.id,
        panel: p.supplementary ? 'supplementary' : 'regular',
        mark: m.key,
        sourcesDisagree: m.disagrees,
        id: r.id,
        program: r.program,
        programNameJa: p.program.name.ja,
        programNameEn: p.program.name.en,
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
      })),
    ),
  );
  const ja = budgetTitle(panels, 'ja');
  const en = budgetTitle(panels, 'en');
  const sources = panels.flatMap((p) => p.marks.flatMap((m) => m.rows.map((r) => r.source)));
  return { id: o.id, title: { ja, en }, asOf: figureSources(sources, data.seeds, 'ja').asOf.date, dataset: '/data/budgets.json', sources: dataSources(sources, data.seeds), columns, rows };
}

/** The latest regular budget of a program: the last year, initial before draft before as-reported, no agency before JST before AMED. */
function latestMark(panel: BudgetPanelSpec): BudgetMark {
  return [...panel.marks].sort(byKey((m) => [-m.fiscalYear, ['initial', 'draft', 'previous-year-reported'].indexOf(m.kind), agencyRank(m.agency)]))[0]!;
}

export function budgetTitle(panels: readonly BudgetPanelSpec[], lang: Lang): string {
  const regular = panels.filter((p) => !p.supplementary);
  const supp = panels.filter((p) => p.supplementary).flatMap((p) => p.marks);
  const programs = new Set(panels.map((p) => p.program.id));
  const suppMax = supp.length > 0 ? supp.reduce((a, b) => (b.amount > a.amount ? b : a)) : null;
  if (programs.size === 1) {
    const program = panels[0]!.program;
    const name = programShort(program, lang);
    if (regular.length === 0 && suppMax) {
      return lang === 'ja' ? `${name}の予算：${fiscalYearLabel(suppMax.fiscalYear, 'ja')}補正予算${millionYenLong(suppMax.amount, 'ja')}` : `${name}’s budget: a supplementary ${millionYen(suppMax.amount, 'en')} in FY${suppMax.fiscalYear}`;
    }
    const latest = latestMark(regular[0]!);
    const before = regular[0]!.marks.filter((m) => m.fiscalYear === latest.fiscalYear - 1 && m.agency === latest.agency).sort(byKey((m) => [['initial', 'draft', 'previous-year-reported'].indexOf(m.kind)]))[0];
    const agency = latest.agency ? (lang === 'ja' ? `（${latest.agency}分）` : ` (${latest.agency}’s share)`) : '';
    let title =
      lang === 'ja'
        ? `${name}の予算は${fiscalYearLabel(latest.fiscalYear, 'ja')}${KIND_NAME.ja[latest.kind].replace(/（.*$/, '')}${millionYen(latest.amount, 'ja')}${agency}`
        : `${name}’s budget: ${millionYen(latest.amount, 'en')} in FY${latest.fiscalYear}${agency} (${KIND_NAME.en[latest.kind].replace(/ \(.*$| as a later.*$/, '')})`;
    if (before) title += lang === 'ja' ? `、前年度は${millionYen(before.amount, 'ja')}` : `, after ${millionYen(before.amount, 'en')} in FY${before.fiscalYear}`;
    if (suppMax) title += lang === 'ja' ? `。別に補正予算${millionYenLong(suppMax.amount, 'ja')}` : `; a supplementary ${millionYen(suppMax.amount, 'en')} besides`;
    return title;
  }
  const latest = regular.map((p) => ({ program: p.program, mark: latestMark(p) }));
  const lo = latest.reduce((a, b) => (b.mark.amount < a.mark.amount ? b : a));
  const hi = latest.reduce((a, b) => (b.mark.amount > a.mark.amount ? b : a));
  let title =
    lang === 'ja'
      ? `直近年度の予算は${programShort(lo.program, 'ja')}の${millionYen(lo.mark.amount, 'ja')}から${programShort(hi.program, 'ja')}の${millionYen(hi.mark.amount, 'ja')}まで`
      : `Latest budgets run from ${millionYen(lo.mark.amount, 'en')} (${programShort(lo.program, 'en')}) to ${millionYen(hi.mark.amount, 'en')} (${programShort(hi.program, 'en')})`;
  if (suppMax) {
    const name = programShort(panels.find((p) => p.program.id === suppMax.program)!.program, lang);
    title += lang === 'ja' ? `。${name}の補正予算は${millionYenLong(suppMax.amount, 'ja')}と桁違い` : `; ${name}’s supplementary budget is ${millionYen(suppMax.amount, 'en')}`;
  }
  return title;
}

/** A mark in words: 令和5年度 当初予算額 JST分 1,073百万円 / FY2023 initial budget JST’s share ¥1,073 million. */
function markWords(m: BudgetMark, lang: Lang): string {
  const agency = m.agency ? (lang === 'ja' ? ` ${m.agency}分` : ` ${m.agency}’s share`) : '';
  const differ = m.disagrees ? (lang === 'ja' ? '（資料により異なる）' : ' (sources differ)') : '';
  return lang === 'ja'
    ? `${fiscalYearLabel(m.fiscalYear, 'ja')} ${KIND_NAME.ja[m.kind].replace(/（翌年度.*$/, '')}${agency} ${millionYen(m.amount, 'ja')}${differ}`
    : `FY${m.fiscalYear} ${KIND_NAME.en[m.kind].replace(/ as a later.*$/, ' as reported')}${agency} ${millionYen(m.amount, 'en')}${differ}`;
}

function describe(panels: readonly BudgetPanelSpec[], lang: Lang): string {
  const parts = panels.map((p) => {
    const head = p.supplementary ? (lang === 'ja' ? `${programShort(p.program, 'ja')}の補正予算（別の目盛り）` : `${programShort(p.program, 'en')}, supplementary budgets (separate scale)`) : programShort(p.program, lang);
    const items = p.marks.map((m) => markWords(m, lang));
    return lang === 'ja' ? `${head}：${items.join('、')}。` : `${head}: ${items.join('; ')}.`;
  });
  const intro = lang === 'ja' ? 'プログラム別の予算額の横棒グラフ。' : 'Horizontal bar charts of budgets by program. ';
  return intro + parts.join(lang === 'ja' ? '' : ' ');
}

function note(panels: readonly BudgetPanelSpec[], lang: Lang): Rich[] {
  const agencies = [...new Set(panels.flatMap((p) => p.marks.map((m) => m.agency)).filter((a): a is NonNullable<typeof a> => a !== null))];
  const kinds = ['initial', 'draft', 'previous-year-reported', 'supplementary'].filter((k) => panels.some((p) => p.marks.some((m) => m.kind === k))) as BudgetKind[];
  const fillJa: Record<BudgetKind, string> = { initial: '塗りつぶし', draft: '斜線', 'previous-year-reported': '枠のみ', supplementary: '点' };
  const fillEn: Record<BudgetKind, string> = { initial: 'solid', draft: 'hatched', 'previous-year-reported': 'outline', supplementary: 'dotted' };
  const out: Rich[] = [];
  if (lang === 'ja') {
    out.push([
      `${panels.length > 1 ? 'プログラムごとの' : ''}予算額（百万円）を年度順に示す。区分は棒の模様と行のラベルで示す（${kinds.map((k) => `${fillJa[k]}＝${KIND_NAME.ja[k]}`).join('、')}）。` +
        (agencies.length > 0 ? `${list(agencies, 'ja')}の行は、資料が機関別に示した内訳（AMED分は灰色）。機関のない行は資料が機関を示していない額。` : '') +
        `同じ年度・区分・機関について資料により額が異なる場合は両方を示す（≠）。各棒は出典の行にリンクしている。`,
    ]);
    out.push([shortScaleNote(panels, 'ja')]);
  } else {
    out.push([
      `${panels.length > 1 ? 'Each program’s' : 'The'} budget in ¥ million by fiscal year. Kinds are told apart by the bars’ fill and the row labels (${kinds.map((k) => `${fillEn[k]}: ${KIND_NAME.en[k]}`).join('; ')}). ` +
        (agencies.length > 0 ? `Rows marked ${list(agencies, 'en')} are the shares the documents give by agency (AMED’s in grey); rows with no agency are amounts the documents do not attribute. ` : '') +
        `Where documents give different amounts for the same year, kind and agency, both are shown (≠). Each bar links to its source line.`,
    ]);
    out.push([shortScaleNote(panels, 'en')]);
  }
  return out;
}

function table(panels: readonly BudgetPanelSpec[], lang: Lang): FigureModel['table'] {
  const ja = lang === 'ja';
  const columns = ja
    ? [{ label: 'プログラム' }, { label: '年度' }, { label: '区分' }, { label: '機関' }, { label: '金額（百万円）', numeric: true }, { label: '資料の表記' }, { label: '出典' }]
    : [{ label: 'Program' }, { label: 'Fiscal year' }, { label: 'Kind' }, { label: 'Agency' }, { label: '¥ million', numeric: true }, { label: 'As written' }, { label: 'Source' }];
  const rows: TableCell[][] = panels.flatMap((p) =>
    p.marks.flatMap((m) =>
      m.rows.map((r) => [
        { text: [programShort(p.program, lang)] },
        { text: [fiscalYearLong(m.fiscalYear, lang)] },
        { text: [KIND_NAME[lang][m.kind] + (r.supplementaryRound ? (ja ? `（第${r.supplementaryRound}次）` : ` (no. ${r.supplementaryRound})`) : '') + (m.disagrees ? (ja ? ' ≠' : ' ≠') : '')] },
        { text: [m.agency ?? '—'] },
        { text: [formatCount(m.amount)], numeric: true },
        { text: [{ text: r.amountText + (r.caveat ? ` ${r.caveat}` : ''), lang: 'ja' as const }] },
        { text: [citeLabel(r.source, lang)], href: sourceHref(r.source.seed, r.source.line, lang) },
      ]),
    ),
  );
  return { caption: ja ? '図のデータ（出典の記載ごとに1行）' : 'The figure’s data (one row per statement in the sources)', columns, rows };
}

export function budgetFigure(data: ChartData, o: BudgetFigureOptions): FigureModel {
  const panels = budgetPanels(data, o.programs);
  const title = budgetTitle(panels, o.lang);
  const description = describe(panels, o.lang);
  const sources = figureSources(
    panels.flatMap((p) => p.marks.flatMap((m) => m.rows.map((r) => r.source))),
    data.seeds,
    o.lang,
  );
  const svg = (variant: 'wide' | 'narrow') => {
    const scene = budgetScene(panels, data, o.lang, variant === 'wide' ? WIDE : NARROW);
    return renderSvg({ id: o.id, variant, width: scene.width, height: scene.height, title, description, lang: o.lang, items: scene.items });
  };
  return {
    id: o.id,
    lang: o.lang,
    title: [title],
    note: note(panels, o.lang),
    svg: { wide: svg('wide'), narrow: svg('narrow') },
    description,
    table: table(panels, o.lang),
    sources: sources.sources,
    asOf: sources.asOf,
    downloads: downloadPaths(o.id),
  };
}

export function budgetStandaloneSvg(data: ChartData, o: BudgetFigureOptions, css: string): string {
  const panels = budgetPanels(data, o.programs);
  const scene = budgetScene(panels, data, o.lang, WIDE);
  return renderStandaloneSvg({ id: o.id, variant: 'wide', width: scene.width, height: scene.height, title: budgetTitle(panels, o.lang), description: describe(panels, o.lang), lang: o.lang, items: scene.items }, css);
}

