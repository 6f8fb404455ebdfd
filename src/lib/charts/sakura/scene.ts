// The Sakura Science figure laid out at a width: the legend, the stated cumulative totals, one bar
// per fiscal year (actual solid, planned hatched) and the scale's unit under the ticks.
import { extent } from 'd3-array';
import { fiscalYearLabel, formatNumber } from '../../../core/format.ts';
import type { Lang } from '../../../core/locales.ts';
import { sourceLineHref } from '../../../core/urls.ts';
import type { SakuraRow } from '../../../schemas/datasets.ts';
import type { Scene } from '../chart.ts';
import { barPanel, FONT, legend, paragraph, type BarRow, type Item } from '../svg.ts';
import { chartWords, citeList } from '../words.ts';
import { yearlyRows } from './marks.ts';
import { countries, cumulativeStatement, valueLabel, yearWords } from './words.ts';

export function sakuraRows(rows: readonly SakuraRow[], lang: Lang): BarRow[] {
  const yearly = yearlyRows(rows);
  const [first, last] = extent(yearly, (r) => r.fiscalYearFrom) as [number, number];
  const out: BarRow[] = [];
  for (let fy = first; fy <= last; fy++) {
    const these = yearly.filter((r) => r.fiscalYearFrom === fy);
    if (these.length === 0) {
      out.push({ key: `fy${fy}-none`, group: fiscalYearLabel(fy, lang), label: '', value: null, valueLabel: chartWords(lang)('charts.sakura.noFigure'), barCls: 'bar' });
      continue;
    }
    these.forEach((r, i) => {
      const c = countries(r, lang);
      const planned = r.status === 'planned';
      out.push({
        key: r.id,
        group: i === 0 ? fiscalYearLabel(fy, lang) : null,
        label: '',
        value: r.people,
        valueLabel: valueLabel(r, lang),
        ...(c ? { secondLine: c } : {}),
        barCls: planned ? 'bar k-hatch' : 'bar k-solid',
        ...(planned ? { barFill: 'url(#hatch)' } : {}),
        href: sourceLineHref(r.source.seed, r.source.line, lang),
        tip: `${yearWords(r, lang)}${citeList([r.source], lang)}`,
        data: { id: r.id, people: r.people, status: r.status, fy },
      });
    });
  }
  return out;
}

export interface SakuraScene extends Scene {
  panel: ReturnType<typeof barPanel>;
}

export function sakuraScene(rows: readonly SakuraRow[], lang: Lang, width: number): SakuraScene {
  const t = chartWords(lang);
  const items: Item[] = [];
  const lg = legend(
    0,
    0,
    [
      { swatch: { cls: 'bar k-solid' }, label: t('charts.sakura.legend.actual') },
      { swatch: { cls: 'bar k-hatch', fill: 'url(#hatch)' }, label: t('charts.sakura.legend.planned') },
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
  const panel = barPanel({ x: 0, y: y + 6, width, rows: sakuraRows(rows, lang), tickLabel: (v) => formatNumber(v, lang), lang });
  items.push(...panel.items);
  // The scale's unit goes with its ticks.
  const unit = paragraph(0, panel.y + panel.height + FONT, t('charts.sakura.scale', { max: formatNumber(panel.domainMax, lang) }), width, { cls: 't t-muted' });
  items.push(...unit.items);
  return { width, height: Math.ceil(unit.bottom) + 4, items, panel };
}
