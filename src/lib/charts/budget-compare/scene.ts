// The comparison laid out at a width: what was done, then one panel of bars on one scale for the
// programs' budgets of a year, and one for the supplementary budgets on a scale of their own.
import { fiscalYearLabel, formatNumber } from '../../../core/format.ts';
import type { Lang } from '../../../core/locales.ts';
import { sourceLineHref } from '../../../core/urls.ts';
import type { Scene } from '../chart.ts';
import { barStyle } from '../budget/scene.ts';
import { amountText, kindName, programTag } from '../budget/words.ts';
import { barPanel, FONT, paragraph, type BarPanel, type BarRow, type Item } from '../svg.ts';
import { chartWords } from '../words.ts';
import type { CompareBar, Comparison } from './marks.ts';
import { barTip, scaleStatement, statementLabel } from './words.ts';

function rowsOf(bars: readonly CompareBar[], c: Comparison, lang: Lang): BarRow[] {
  return bars.map((b, i) => {
    const m = b.mark;
    const style = barStyle(m.kind, m.agency);
    const src = m.rows[0]!.source;
    return {
      key: m.key,
      // Rows under their program's name, with the statement where it is not the one the panel names.
      group: i === 0 || bars[i - 1]!.program !== b.program ? programTag(b.program, lang) : null,
      label: statementLabel(b, c, lang),
      value: m.amount,
      valueLabel: amountText(m, lang),
      barCls: style.cls,
      ...(style.fill ? { barFill: style.fill } : {}),
      href: sourceLineHref(src.seed, src.line, lang),
      tip: barTip(b, lang),
      data: { program: b.program.id, mark: m.key, amount: m.amount, fy: m.fiscalYear, kind: m.kind },
    };
  });
}

export interface CompareScene extends Scene {
  /** The common-scale panel and, if any, the supplementary one. */
  regular: BarPanel;
  supplementary: BarPanel | null;
}

export function compareScene(c: Comparison, lang: Lang, width: number): CompareScene {
  const t = chartWords(lang);
  const items: Item[] = [];
  const tickLabel = (v: number) => formatNumber(v, lang);
  // Room above the first line for fonts that rise higher than the estimate.
  let y = 5;
  for (const line of scaleStatement(c, lang)) {
    const p = paragraph(0, y + FONT, line, width - 16, { cls: 't t-muted' });
    items.push(...p.items);
    y = p.bottom + 4;
  }
  const common = { x: 0, width, tickLabel, lang, minBarRoom: 80 };
  const regular = barPanel({ ...common, y: y + 8, heading: t('charts.compare.panel.regular', { year: fiscalYearLabel(c.year, lang), kind: kindName(c.kind, lang) }), scaleNote: t('charts.compare.scaleCommon'), rows: rowsOf(c.regular, c, lang) });
  items.push({ type: 'group', cls: 'panel', data: { panel: 'regular' }, children: regular.items });
  y = regular.y + regular.height;
  let supplementary: BarPanel | null = null;
  if (c.supplementary.length) {
    supplementary = barPanel({ ...common, y: y + 18, heading: t('charts.compare.panel.supplementary'), scaleNote: t('charts.compare.scaleOwn'), rows: rowsOf(c.supplementary, c, lang) });
    items.push({ type: 'group', cls: 'panel panel-supplementary', data: { panel: 'supplementary' }, children: supplementary.items });
    y = supplementary.y + supplementary.height;
  }
  return { width, height: Math.ceil(y), items, regular, supplementary };
}
