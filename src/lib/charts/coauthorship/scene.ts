// The slope chart laid out at a width: the two periods as axes from 0%, one line per partner, labels
// spread apart where values are close and joined to their points by leaders.
import { max } from 'd3-array';
import { scaleLinear } from 'd3-scale';
import { line } from 'd3-shape';
import type { Lang } from '../../../core/locales.ts';
import { sourceLineHref } from '../../../core/urls.ts';
import type { Scene } from '../chart.ts';
import { baselineFor, FONT, LINE, round, text, type Item } from '../svg.ts';
import { spreadLabels, textWidth } from '../text.ts';
import { chartWords, citeList } from '../words.ts';
import type { CoauthorshipRow } from '../../../schemas/datasets.ts';
import { emphasised as emphasisedOf, rowOf, type Partner, type Period } from './marks.ts';
import { partnerName, partnerWords, periodLabel, pointLabel } from './words.ts';

export interface SlopeScene extends Scene {
  /** Where each point and its label went, for tests. */
  points: { iso: string; period: Period; x: number; y: number; labelY: number; share: number }[];
  scale: (share: number) => number;
}

/** Lays the slope chart out `width` wide; partner names go on both sides where there is room, else on the right only. */
export function slopeScene(list: readonly Partner[], lang: Lang, width: number): SlopeScene {
  const items: Item[] = [];
  const emphasised = emphasisedOf(list);
  // Every line is named where it starts; on a wide chart where it ends too. A phone has room for
  // one name per line: it goes on the left, or on the right for a partner with no earlier point.
  const namesRight = width >= 480;
  const leftText = (p: Partner) => (p.before ? `${partnerName(p, lang)}  ${pointLabel(p.before, lang)}` : '');
  const rightText = (p: Partner) => (p.after ? (namesRight || !p.before ? `${pointLabel(p.after, lang)}  ${partnerName(p, lang)}` : pointLabel(p.after, lang)) : '');
  const bold = (p: Partner) => emphasised.has(p.iso);
  // Japan in the accent colour with round points and a solid line; the first partner now in a second colour, square points, dashed.
  const series = (p: Partner): 'plain' | 'em' | 'em2' => (!emphasised.has(p.iso) ? 'plain' : p.iso === 'JP' ? 'em' : 'em2');
  const leftW = max(list, (p) => textWidth(leftText(p), FONT, bold(p)))!;
  const rightW = max(list, (p) => textWidth(rightText(p), FONT, bold(p)))!;
  const xLeft = Math.ceil(leftW) + 14;
  const xRight = width - Math.ceil(rightW) - 14;
  if (xRight - xLeft < 50) throw new Error(`coauthorship chart: ${width} px is too narrow for its labels`);
  // Column heads over each side's labels: ending at the left axis, starting at the right one
  // (kept within the chart where a side's labels are narrower than its heading).
  const headY = FONT + 2;
  const headLeft = periodLabel('2005-2007', lang);
  const headRight = periodLabel('2015-2017', lang);
  const headLeftW = textWidth(headLeft, FONT, true);
  const headRightW = textWidth(headRight, FONT, true);
  items.push(text(Math.max(xLeft + 4, headLeftW), headY, headLeft, { anchor: 'end', cls: 't t-strong', bold: true }));
  items.push(text(Math.min(xRight - 4, width - headRightW), headY, headRight, { anchor: 'start', cls: 't t-strong', bold: true }));
  const top = headY + 22;
  const plotH = width >= 480 ? 300 : 320;
  const maxShare = max(list.flatMap((p) => [p.before?.sharePercent ?? 0, p.after?.sharePercent ?? 0]))!;
  const y = scaleLinear().domain([0, maxShare]).range([top + plotH, top + 8]).nice();
  const yOf = (share: number) => round(y(share));
  // Axes: the two periods, from 0%.
  const bottom = yOf(0);
  items.push({ type: 'line', x1: xLeft, y1: top, x2: xLeft, y2: bottom, cls: 'grid' });
  items.push({ type: 'line', x1: xRight, y1: top, x2: xRight, y2: bottom, cls: 'grid' });
  items.push({ type: 'line', x1: xLeft, y1: bottom, x2: xRight, y2: bottom, cls: 'axis' });
  items.push(text((xLeft + xRight) / 2, bottom + FONT + 4, chartWords(lang)('charts.coauthorship.baseline'), { anchor: 'middle', cls: 't t-muted' }));

  const spread = (period: Period) => {
    const present = list.filter((p) => rowOf(p, period));
    const centres = spreadLabels(
      present.map((p) => ({ target: yOf(rowOf(p, period)!.sharePercent), size: LINE })),
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
    const kind = series(p);
    const children: Item[] = [];
    const yl = p.before ? yOf(p.before.sharePercent) : null;
    const yr = p.after ? yOf(p.after.sharePercent) : null;
    // Where Japan's point and the second series' point nearly coincide, the second starts (or ends) a little inside the axis, so both show.
    const japan = list.find((q) => q.iso === 'JP');
    const near = (a: CoauthorshipRow | null, b: CoauthorshipRow | null | undefined) => kind === 'em2' && a && b && Math.abs(yOf(a.sharePercent) - yOf(b.sharePercent)) < 12;
    const dodgeL = near(p.before, japan?.before) ? 9 : 0;
    const dodgeR = near(p.after, japan?.after) ? -9 : 0;
    if (yl !== null && yr !== null) children.push({ type: 'path', d: path([[xLeft + dodgeL, yl], [xRight + dodgeR, yr]])!, cls: kind === 'plain' ? 'slope' : `slope slope-${kind}` });
    for (const [period, row, x, py, ly, anchor, content] of [
      ['2005-2007', p.before, xLeft, yl, leftY.get(p.iso), 'end', leftText(p)],
      ['2015-2017', p.after, xRight, yr, rightY.get(p.iso), 'start', rightText(p)],
    ] as const) {
      if (!row || py === null || ly === undefined) continue;
      const labelY = round(ly);
      const dx = anchor === 'end' ? -1 : 1;
      const data = { iso: p.iso, period, share: row.sharePercent, rank: row.rank };
      if (kind === 'em2') children.push({ type: 'rect', x: x + (period === '2005-2007' ? dodgeL : dodgeR) - 5, y: py - 5, width: 10, height: 10, cls: 'dot dot-em2', data });
      else children.push({ type: 'circle', cx: x, cy: py, r: em ? 5 : 4, cls: em ? 'dot dot-em' : 'dot', data });
      // A leader where the label had to move off its point.
      if (Math.abs(labelY - py) > 3) children.push({ type: 'path', d: path([[x + dx * 6, py], [x + dx * 10, labelY]])!, cls: 'leader' });
      children.push(text(x + dx * 12, baselineFor(labelY), content, { anchor, cls: em ? 't t-strong' : 't', bold: em }));
      points.push({ iso: p.iso, period, x, y: py, labelY, share: row.sharePercent });
    }
    const src = (p.after ?? p.before)!.source;
    items.push({ type: 'group', cls: em ? 'mark mark-em' : 'mark', href: sourceLineHref(src.seed, src.line, lang), tip: `${partnerWords(p, lang)}${citeList([src], lang)}`, data: { iso: p.iso }, children });
  }
  const height = bottom + FONT + 4 + 8;
  return { width, height, items, points, scale: yOf };
}
