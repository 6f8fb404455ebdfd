// The support chart laid out at a width: a legend of the four kinds of mark, then each program's
// rows on one logarithmic scale (amounts run from ¥5 million to ¥700 million), labelled at each
// power of ten. A range is a bar from its lower to its upper end; an exact amount a filled dot; an
// amount "about" (約, 程度) a ring; an amount "up to" (最大) a line from the scale's start ending in a bar.
import { scaleLog } from 'd3-scale';
import { formatNumber } from '../../../core/format.ts';
import type { Lang } from '../../../core/locales.ts';
import { sourceLineHref } from '../../../core/urls.ts';
import type { Scene } from '../chart.ts';
import { programTag } from '../budget/words.ts';
import { baselineFor, FONT, legend, LINE, paragraph, round, text, textsOf, verticalRule, type Item } from '../svg.ts';
import { textWidth, wrapText } from '../text.ts';
import { chartWords } from '../words.ts';
import type { SupportGroup, SupportMark } from './marks.ts';
import { amountLabel, markLabel, markWords, newestDate } from './words.ts';

export type MarkShape = 'range' | 'exact' | 'about' | 'up-to';
export const shapeOf = (m: SupportMark): MarkShape => (m.min < m.max ? 'range' : m.qualifier === 'about' ? 'about' : m.qualifier === 'up-to' ? 'up-to' : 'exact');

export interface SupportScene extends Scene {
  /** Data to pixels (log). */
  scale: (v: number) => number;
  domain: [number, number];
  /** Where each mark was drawn, for tests. */
  placed: { key: string; shape: MarkShape; x0: number; x1: number; y: number }[];
}

function markItems(shape: MarkShape, x0: number, x1: number, y: number, start: number): Item[] {
  switch (shape) {
    case 'range':
      return [{ type: 'rect', x: x0, y: y - 5, width: Math.max(3, x1 - x0), height: 10, cls: 'bar k-solid' }];
    case 'exact':
      return [{ type: 'circle', cx: x1, cy: y, r: 5, cls: 'dot dot-em' }];
    case 'about':
      return [{ type: 'circle', cx: x1, cy: y, r: 5, cls: 'dot ring' }];
    case 'up-to':
      return [
        { type: 'line', x1: start, y1: y, x2: x1, y2: y, cls: 'upto' },
        { type: 'rect', x: x1 - 2, y: y - 6, width: 4, height: 12, cls: 'bar k-solid' },
      ];
  }
}

export function supportScene(groups: readonly SupportGroup[], lang: Lang, width: number): SupportScene {
  const t = chartWords(lang);
  const items: Item[] = [];
  const lg = legend(
    0,
    0,
    [
      { swatch: { cls: 'bar k-solid' }, label: t('charts.support.legend.range') },
      { swatch: { cls: 'dot dot-em', shape: 'circle' }, label: t('charts.support.legend.exact') },
      { swatch: { cls: 'dot ring', shape: 'circle' }, label: t('charts.support.legend.about') },
      { swatch: { cls: 'upto', shape: 'line' }, label: t('charts.support.legend.upTo') },
    ],
    width,
  );
  items.push(...lg.items);
  const statement = paragraph(0, lg.bottom + FONT + 4, t('charts.support.scale'), width - 16, { cls: 't t-muted' });
  items.push(...statement.items);
  let y = Math.ceil(statement.bottom) + 12;

  const newest = newestDate(groups);
  const marks = groups.flatMap((g) => g.marks);
  const lo = 10 ** Math.floor(Math.log10(Math.min(...marks.map((m) => m.min))));
  const hi = 10 ** Math.ceil(Math.log10(Math.max(...marks.map((m) => m.max))));
  const labelW = Math.max(...marks.map((m) => textWidth(markLabel(m, newest, lang), FONT)));
  const valueW = Math.max(...marks.map((m) => textWidth(amountLabel(m, lang), FONT)));
  const indent = 12;
  // Labels in a column of their own where that leaves the scale 200 px, else on a line above their mark.
  const inline = width - (indent + labelW + 10) - (valueW + 12) >= 200;
  const x0 = inline ? indent + labelW + 10 : indent;
  const x1 = width - valueW - 12;
  if (x1 - x0 < 120) throw new Error(`support chart: ${width} px is too narrow for its labels`);
  const scale = scaleLog().domain([lo, hi]).range([x0 + 6, x1]);
  const placed: SupportScene['placed'] = [];
  const rowsTop = y;
  const body: Item[] = [];
  for (const g of groups) {
    for (const line of wrapText(programTag(g.program, lang), width, FONT, true)) {
      body.push(text(0, baselineFor(y + LINE / 2), line, { cls: 't t-strong', bold: true }));
      y += LINE;
    }
    for (const m of g.marks) {
      const label = markLabel(m, newest, lang);
      if (!inline) {
        for (const line of wrapText(label, width - indent, FONT)) {
          body.push(text(indent, baselineFor(y + LINE / 2), line, { cls: m.superseded ? 't t-muted' : 't' }));
          y += LINE;
        }
      }
      const mid = y + LINE / 2;
      const shape = shapeOf(m);
      const a = round(scale(m.min));
      const b = round(scale(m.max));
      const children: Item[] = markItems(shape, a, b, mid, x0);
      if (inline) body.push(text(indent, baselineFor(mid), label, { cls: m.superseded ? 't t-muted' : 't' }));
      children.push(text(b + 9, baselineFor(mid), amountLabel(m, lang), { cls: m.superseded ? 't t-muted' : 't' }));
      const src = m.row.source;
      body.push({ type: 'group', cls: m.superseded ? 'mark mark-earlier' : 'mark', children, href: sourceLineHref(src.seed, src.line, lang), tip: markWords(m, newest, lang), data: { key: m.key, min: m.min, max: m.max, qualifier: m.qualifier, shape } });
      placed.push({ key: m.key, shape, x0: a, x1: b, y: mid });
      y += LINE;
    }
    y += 6;
  }
  // Powers of ten, as gridlines that stop short of labels, and their numbers under the rows.
  const ticks = scale.ticks().filter((v) => Number.isInteger(Math.log10(v)));
  const boxes = textsOf(body).map((i) => i.box);
  for (const v of ticks) items.push(...verticalRule(scale(v), rowsTop, y, boxes, 'grid'));
  items.push(...body);
  for (const v of ticks) items.push(text(scale(v), y + FONT + 2, formatNumber(v, lang), { anchor: 'middle', cls: 't t-muted' }));
  y += FONT + 12;
  const unit = paragraph(0, y + FONT, t('charts.support.unit'), width, { cls: 't t-muted' });
  items.push(...unit.items);
  return { width, height: Math.ceil(unit.bottom) + 4, items, scale: (v) => scale(v), domain: [lo, hi], placed };
}
