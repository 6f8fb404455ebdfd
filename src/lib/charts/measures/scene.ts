// The measures figure laid out at a width: one panel per measure, one bar per document (oldest
// first, dated by the document), each panel on its own scale from zero (the measures count different things).
import { formatNumber } from '../../../core/format.ts';
import type { Lang } from '../../../core/locales.ts';
import { sourceLineHref } from '../../../core/urls.ts';
import type { Scene } from '../chart.ts';
import { barPanel, type BarPanel, type BarRow, type Item } from '../svg.ts';
import { chartWords } from '../words.ts';
import type { Measure } from './marks.ts';
import { asOfLabel, documentDate, measureHeading, pointValue, pointWords } from './words.ts';

export interface MeasuresScene extends Scene {
  panels: BarPanel[];
}

export function measuresScene(measures: readonly Measure[], lang: Lang, width: number): MeasuresScene {
  const t = chartWords(lang);
  const items: Item[] = [];
  const panels: BarPanel[] = [];
  let y = 5;
  for (const m of measures) {
    const rows: BarRow[] = m.points.map((p) => ({
      key: p.key,
      group: documentDate(p, lang),
      label: asOfLabel(p, lang),
      value: p.value,
      valueLabel: pointValue(p, lang),
      barCls: 'bar k-solid',
      href: sourceLineHref(p.source.seed, p.source.line, lang),
      tip: pointWords(m, p, lang),
      data: { measure: m.key, value: p.value, date: p.date },
    }));
    const panel = barPanel({ x: 0, y, width, heading: measureHeading(m, lang), scaleNote: t('charts.measures.scale'), rows, tickLabel: (v) => formatNumber(v, lang), lang, minBarRoom: 60 });
    items.push({ type: 'group', cls: 'panel', data: { measure: m.key }, children: panel.items });
    panels.push(panel);
    y += panel.height + 16;
  }
  return { width, height: Math.ceil(y - 16), items, panels };
}
