// The budget figure laid out at a width: the legend and the statement about scales, then each
// program's panels in one or two columns.
import { extent, min } from 'd3-array';
import { fiscalYearLabel, formatNumber } from '../../../core/format.ts';
import type { Lang } from '../../../core/locales.ts';
import { sourceLineHref } from '../../../core/urls.ts';
import type { BudgetKind, BudgetRow } from '../../../schemas/datasets.ts';
import type { Scene } from '../chart.ts';
import type { ChartData } from '../data.ts';
import { barPanel, FONT, legend, paragraph, type BarRow, type Item, type LegendEntry } from '../svg.ts';
import { chartWords } from '../words.ts';
import type { BudgetMark, BudgetPanelSpec } from './marks.ts';
import { amountText, legendLabels, markTip, panelHeading, rowLabel, scaleNote, scaleStatement } from './words.ts';

const KIND_CLASS: Record<BudgetKind, string> = { initial: 'k-solid', draft: 'k-hatch', 'previous-year-reported': 'k-outline', supplementary: 'k-dots' };
const KIND_FILL: Partial<Record<BudgetKind, string>> = { draft: 'hatch', supplementary: 'dots' };

/** Bar classes and pattern fill for a kind; AMED's share in the second (grey) tone. */
export function barStyle(kind: BudgetKind, agency: BudgetRow['agency']): { cls: string; fill?: string } {
  const alt = agency === 'AMED';
  const fill = KIND_FILL[kind];
  return { cls: `bar ${KIND_CLASS[kind]}${alt ? ' tone-alt' : ''}`, ...(fill ? { fill: `url(#${fill}${alt ? '-alt' : ''})` } : {}) };
}

const fmt = (lang: Lang) => (v: number) => formatNumber(v, lang);

/**
 * Bar rows for a panel: one bar per fiscal year, its primary statement (see rankForYear), with every
 * other statement of the year as a tick on the bar's row; a row saying so where a year in between
 * has no figure.
 */
export function panelRows(panel: BudgetPanelSpec, lang: Lang): BarRow[] {
  const rows: BarRow[] = [];
  const [first, last] = extent(panel.years, (y) => y.fiscalYear) as [number, number];
  const link = (m: BudgetMark) => {
    const src = m.rows[0]!.source;
    return { href: sourceLineHref(src.seed, src.line, lang), tip: markTip(panel, m, lang), data: { mark: m.key, rows: m.rows.map((r) => r.id).join(' '), amount: m.amount, fy: m.fiscalYear, kind: m.kind, agency: m.agency ?? '' } };
  };
  for (let fy = first; fy <= last; fy++) {
    const year = panel.years.find((y) => y.fiscalYear === fy);
    if (!year) {
      rows.push({ key: `${panel.program.id}-${fy}-none`, group: fiscalYearLabel(fy, lang), label: '', value: null, valueLabel: chartWords(lang)('charts.budget.noFigure'), barCls: 'bar' });
      continue;
    }
    const m = year.primary;
    const style = barStyle(m.kind, m.agency);
    rows.push({
      key: m.key,
      group: fiscalYearLabel(fy, lang),
      label: rowLabel(m, lang),
      value: m.amount,
      valueLabel: amountText(m, lang),
      barCls: style.cls,
      ...(style.fill ? { barFill: style.fill } : {}),
      ...link(m),
      ticks: year.others.map((o) => ({ key: o.key, value: o.amount, ...link(o) })),
    });
  }
  return rows;
}

function legendEntries(panels: readonly BudgetPanelSpec[], lang: Lang): LegendEntry[] {
  const labels = legendLabels(panels, lang);
  const entries: LegendEntry[] = labels.kinds.map(({ kind, label }) => {
    const style = barStyle(kind, null);
    return { swatch: { cls: style.cls, ...(style.fill ? { fill: style.fill } : {}) }, label };
  });
  if (panels.some((p) => p.years.some((y) => y.others.length > 0))) entries.push({ swatch: { cls: 'tick', shape: 'tick' }, label: labels.others });
  if (labels.disagree) entries.push({ swatch: null, label: labels.disagree });
  return entries;
}

export interface BudgetScene extends Scene {
  panels: ReturnType<typeof barPanel>[];
}

/** Lays the figure out `width` wide: the legend and scale statement, then the panels in one or two columns. */
export function budgetScene(panels: readonly BudgetPanelSpec[], data: Pick<ChartData, 'programs'>, lang: Lang, width: number): BudgetScene {
  const items: Item[] = [];
  const tickLabel = fmt(lang);
  const lg = legend(0, 0, legendEntries(panels, lang), width);
  items.push(...lg.items);
  // What was done with the scales, where there is something to say (several panels, a supplementary outlier).
  const said = scaleStatement(panels, data, lang);
  const statement = said ? paragraph(0, lg.bottom + FONT + 8, said, width, { cls: 't t-muted' }) : { items: [], bottom: lg.bottom };
  items.push(...statement.items);
  const top = Math.ceil(statement.bottom) + 14;
  const programs = [...new Set(panels.map((p) => p.program.id))];
  const rowsOf = new Map(panels.map((p) => [p, panelRows(p, lang)]));
  // Two columns of panels when each keeps at least 140 px for its bars, else one.
  const gutter = 24;
  const fitsIn = (w: number) =>
    panels.every((panel) => {
      try {
        barPanel({ x: 0, y: 0, width: w, heading: panelHeading(panel, lang), rows: rowsOf.get(panel)!, tickLabel, lang, minBarRoom: 140 });
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
    const col = colY.indexOf(min(colY)!);
    let y = colY[col]!;
    for (const panel of panels.filter((p) => p.program.id === id)) {
      const common = { x: Math.round(col * (colW + gutter)), y, width: colW, heading: panelHeading(panel, lang), rows: rowsOf.get(panel)!, tickLabel, lang };
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
