// A chart as a list of positioned items (a scene), laid out by the pure helpers below and written out
// as SVG markup. No DOM: scales come from d3-scale, coordinates are rounded, and every text item
// carries the box it is estimated to occupy, so tests can check that no two labels overlap.
import { scaleLinear } from 'd3-scale';
import { escapeXml, textWidth, wrapText, type Box } from './text.ts';
import type { Lang } from '../../core/locales.ts';
import { figureAnchor } from '../../core/urls.ts';

export const FONT = 13;
/** Heights of a text line's box, from its baseline: CJK fonts run about 1.16 em up and 0.29 em down. */
const ASCENT = 1.1;
const DESCENT = 0.36;
export const LINE = Math.ceil(FONT * 1.5);

export type Anchor = 'start' | 'middle' | 'end';

export interface TextItem {
  type: 'text';
  x: number;
  y: number;
  text: string;
  anchor: Anchor;
  cls: string;
  size: number;
  bold?: boolean;
  lang?: Lang;
  box: Box;
}
export interface RectItem {
  type: 'rect';
  x: number;
  y: number;
  width: number;
  height: number;
  cls: string;
  fill?: string;
  data?: Record<string, string | number>;
}
export interface LineItem {
  type: 'line';
  x1: number;
  y1: number;
  x2: number;
  y2: number;
  cls: string;
}
export interface PathItem {
  type: 'path';
  d: string;
  cls: string;
  fill?: string;
  data?: Record<string, string | number>;
}
export interface CircleItem {
  type: 'circle';
  cx: number;
  cy: number;
  r: number;
  cls: string;
  data?: Record<string, string | number>;
}
export interface GroupItem {
  type: 'group';
  cls?: string;
  /** A link to the source line the mark comes from. */
  href?: string;
  /** The mark in words, for the tooltip and the link's name when the page's script enhances the chart. */
  tip?: string;
  data?: Record<string, string | number>;
  children: Item[];
}
export type Item = TextItem | RectItem | LineItem | PathItem | CircleItem | GroupItem;

export const round = (n: number) => Math.round(n);

/** A text item with its estimated box; `y` is the baseline. */
export function text(x: number, y: number, content: string, options: { anchor?: Anchor; cls?: string; size?: number; bold?: boolean; lang?: Lang } = {}): TextItem {
  const size = options.size ?? FONT;
  const anchor = options.anchor ?? 'start';
  const width = textWidth(content, size, options.bold);
  const left = anchor === 'start' ? x : anchor === 'middle' ? x - width / 2 : x - width;
  return {
    type: 'text',
    x: round(x),
    y: round(y),
    text: content,
    anchor,
    cls: options.cls ?? 't',
    size,
    ...(options.bold ? { bold: true } : {}),
    ...(options.lang ? { lang: options.lang } : {}),
    box: { x: left, y: y - size * ASCENT, width, height: size * (ASCENT + DESCENT) },
  };
}

/** Baseline that centres a line of text of `size` on `centre`. */
export const baselineFor = (centre: number, size = FONT) => round(centre + size * 0.36);

/** Every text item in a scene, depth first. */
export function textsOf(items: readonly Item[]): TextItem[] {
  return items.flatMap((item) => (item.type === 'text' ? [item] : item.type === 'group' ? textsOf(item.children) : []));
}

/** Every item of a type in a scene, depth first (groups included when asked for). */
export function itemsOf<T extends Item['type']>(items: readonly Item[], type: T): Extract<Item, { type: T }>[] {
  const out: Item[] = [];
  const walk = (list: readonly Item[]) => {
    for (const item of list) {
      if (item.type === type) out.push(item);
      if (item.type === 'group') walk(item.children);
    }
  };
  walk(items);
  return out as Extract<Item, { type: T }>[];
}

// ---- Writing SVG ---------------------------------------------------------------------------------

function attrs(values: Record<string, string | number | undefined | null | false>): string {
  return Object.entries(values)
    .filter(([, v]) => v !== undefined && v !== null && v !== false)
    .map(([k, v]) => ` ${k}="${escapeXml(String(v))}"`)
    .join('');
}

function dataAttrs(data: Record<string, string | number> | undefined): Record<string, string | number> {
  return Object.fromEntries(Object.entries(data ?? {}).map(([k, v]) => [`data-${k}`, v]));
}

export function renderItem(item: Item): string {
  switch (item.type) {
    case 'text':
      return `<text${attrs({ x: item.x, y: item.y, class: item.cls, 'text-anchor': item.anchor === 'start' ? undefined : item.anchor, 'font-size': item.size === FONT ? undefined : item.size, 'font-weight': item.bold ? 'bold' : undefined, lang: item.lang })}>${escapeXml(item.text)}</text>`;
    case 'rect':
      return `<rect${attrs({ x: round(item.x), y: round(item.y), width: Math.max(0, round(item.width)), height: round(item.height), class: item.cls, fill: item.fill, ...dataAttrs(item.data) })}/>`;
    case 'line':
      return `<line${attrs({ x1: round(item.x1), y1: round(item.y1), x2: round(item.x2), y2: round(item.y2), class: item.cls })}/>`;
    case 'path':
      return `<path${attrs({ d: item.d, class: item.cls, fill: item.fill, ...dataAttrs(item.data) })}/>`;
    case 'circle':
      return `<circle${attrs({ cx: round(item.cx), cy: round(item.cy), r: item.r, class: item.cls, ...dataAttrs(item.data) })}/>`;
    case 'group': {
      const inner = item.children.map(renderItem).join('');
      const g = `<g${attrs({ class: item.cls, ...dataAttrs(item.data) })}>${inner}</g>`;
      // Marks link to their source line for pointer users; the figure's table carries the same links
      // for keyboard and screen-reader users (an image's contents are not announced), so these stay
      // out of the tab order.
      return item.href ? `<a${attrs({ href: item.href, tabindex: -1, 'data-tip': item.tip })}>${g}</a>` : g;
    }
  }
}

/** Hatching and dots used to tell kinds apart without colour, one set per SVG (ids must be unique on the page). */
export function patternDefs(prefix: string): string {
  const hatch = (name: string, cls: string) =>
    `<pattern id="${prefix}-${name}" width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(45)"><rect width="6" height="6" class="c-bg"/><line x1="0" y1="0" x2="0" y2="6" class="${cls}"/></pattern>`;
  const dots = (name: string, cls: string) =>
    `<pattern id="${prefix}-${name}" width="5" height="5" patternUnits="userSpaceOnUse"><rect width="5" height="5" class="c-bg"/><circle cx="2.5" cy="2.5" r="1.4" class="${cls}"/></pattern>`;
  return `<defs>${hatch('hatch', 'p-line')}${hatch('hatch-alt', 'p-line-alt')}${dots('dots', 'p-dot')}${dots('dots-alt', 'p-dot-alt')}</defs>`;
}

export interface SvgOptions {
  /** The figure's id; element ids inside are prefixed with its anchor and the layout variant, unique on the page. */
  id: string;
  variant: 'wide' | 'narrow';
  width: number;
  height: number;
  title: string;
  description: string;
  lang: Lang;
  items: readonly Item[];
}

/** Inline SVG for a page: styled by the page's stylesheet (Starlight's colours, light and dark). */
export function renderSvg(o: SvgOptions): string {
  const prefix = `${figureAnchor(o.id)}-${o.variant}`;
  return (
    `<svg${attrs({ class: `chart-svg chart-svg--${o.variant}`, viewBox: `0 0 ${o.width} ${o.height}`, width: o.width, height: o.height, role: 'img', 'aria-labelledby': `${prefix}-title ${prefix}-desc`, 'data-variant': o.variant, 'data-pagefind-ignore': '' })}>` +
    `<title id="${prefix}-title">${escapeXml(o.title)}</title><desc id="${prefix}-desc">${escapeXml(o.description)}</desc>` +
    patternDefs(prefix) +
    o.items.map(renderItem).join('').replaceAll('url(#', `url(#${prefix}-`) +
    '</svg>'
  );
}

/**
 * A standalone SVG file: its own namespace, size, language, background and styles (the page's rules
 * with Starlight's colours as fallbacks, light by default and dark where the viewer prefers it).
 */
export function renderStandaloneSvg(o: SvgOptions, css: string): string {
  const prefix = `${figureAnchor(o.id)}-${o.variant}`;
  const palette = `svg{--sl-color-white:hsl(224,10%,10%);--sl-color-text:hsl(224,10%,23%);--sl-color-gray-3:hsl(224,7%,36%);--sl-color-gray-4:hsl(224,6%,56%);--sl-color-gray-5:hsl(224,6%,77%);--sl-color-accent:hsl(234,90%,60%);--sl-color-accent-high:hsl(234,80%,30%);--sl-color-orange-high:hsl(41,80%,25%);--sl-color-bg:#fff}@media (prefers-color-scheme:dark){svg{--sl-color-white:#fff;--sl-color-text:hsl(224,6%,77%);--sl-color-gray-3:hsl(224,6%,56%);--sl-color-gray-4:hsl(224,7%,36%);--sl-color-gray-5:hsl(224,10%,23%);--sl-color-accent:hsl(224,100%,60%);--sl-color-accent-high:hsl(224,100%,85%);--sl-color-orange-high:hsl(41,82%,87%);--sl-color-bg:hsl(224,10%,10%)}}`;
  return (
    '<?xml version="1.0" encoding="UTF-8"?>\n' +
    `<svg${attrs({ xmlns: 'http://www.w3.org/2000/svg', class: `chart-svg chart-svg--${o.variant}`, viewBox: `0 0 ${o.width} ${o.height}`, width: o.width, height: o.height, role: 'img', lang: o.lang, 'aria-labelledby': `${prefix}-title ${prefix}-desc` })}>` +
    `<title id="${prefix}-title">${escapeXml(o.title)}</title><desc id="${prefix}-desc">${escapeXml(o.description)}</desc>` +
    `<style>${palette}\n${css}</style>` +
    patternDefs(prefix) +
    `<rect class="c-bg" width="${o.width}" height="${o.height}"/>` +
    o.items.map(renderItem).join('').replaceAll('url(#', `url(#${prefix}-`) +
    '</svg>\n'
  );
}

// ---- Shared layouts ------------------------------------------------------------------------------

/** Lines of wrapped text from `y` (the first baseline), each line LINE apart. */
export function paragraph(x: number, y: number, content: string, width: number, options: { cls?: string; bold?: boolean; size?: number } = {}): { items: TextItem[]; bottom: number } {
  const size = options.size ?? FONT;
  const lines = wrapText(content, width, size, options.bold);
  const lineHeight = Math.ceil(size * 1.5);
  const items = lines.map((line, i) => text(x, y + i * lineHeight, line, { ...options, size }));
  return { items, bottom: y + (lines.length - 1) * lineHeight + size * DESCENT };
}

export interface LegendEntry {
  /** A swatch: a small rect with the class (and pattern fill) of the marks it stands for, a dot, a line; null for text alone. */
  swatch: { cls: string; fill?: string; shape?: 'rect' | 'circle' | 'line' | 'tick' | 'square' } | null;
  label: string;
}

/** Legend entries flowed left to right and onto new lines within `width`; an entry too long for a line wraps its label. */
export function legend(x: number, y: number, entries: readonly LegendEntry[], width: number): { items: Item[]; bottom: number } {
  const items: Item[] = [];
  let cx = x;
  let cy = y;
  const swatchW = 18;
  for (const entry of entries) {
    const lead = entry.swatch ? swatchW + 6 : 0;
    const w = lead + textWidth(entry.label, FONT) + 16;
    if (cx > x && cx + w - 16 > x + width) {
      cx = x;
      cy += LINE;
    }
    const lines = cx + w - 16 > x + width ? wrapText(entry.label, x + width - cx - lead, FONT) : [entry.label];
    const mid = cy + LINE / 2;
    const sw = entry.swatch;
    if (sw) {
      const shape = sw.shape ?? 'rect';
      if (shape === 'rect') items.push({ type: 'rect', x: cx, y: mid - 6, width: swatchW, height: 12, cls: sw.cls, ...(sw.fill ? { fill: sw.fill } : {}) });
      else if (shape === 'circle') items.push({ type: 'circle', cx: cx + swatchW / 2, cy: mid, r: 5, cls: sw.cls });
      else if (shape === 'square') items.push({ type: 'rect', x: cx + swatchW / 2 - 5, y: mid - 5, width: 10, height: 10, cls: sw.cls });
      else if (shape === 'tick') {
        items.push({ type: 'rect', x: cx, y: mid - 6, width: swatchW, height: 12, cls: 'bar k-outline' });
        items.push({ type: 'line', x1: cx + swatchW / 2, y1: mid - 9, x2: cx + swatchW / 2, y2: mid + 9, cls: 'tick' });
      }
      else items.push({ type: 'line', x1: cx, y1: mid, x2: cx + swatchW, y2: mid, cls: sw.cls });
    }
    lines.forEach((line, i) => items.push(text(cx + lead, baselineFor(mid + i * LINE), line, { cls: 't' })));
    if (lines.length > 1) {
      // A wrapped entry takes its lines to itself.
      cy += (lines.length - 1) * LINE;
      cx = x + width;
    } else {
      cx += w;
    }
  }
  return { items, bottom: cy + LINE };
}

/**
 * A vertical rule from `top` to `bottom` at `x`, left out where it would cross a text box (with a
 * little room either side), so gridlines never run through labels.
 */
export function verticalRule(x: number, top: number, bottom: number, boxes: readonly Box[], cls: string): LineItem[] {
  const pad = 2;
  const cuts = boxes
    .filter((b) => b.x - pad < x && b.x + b.width + pad > x && b.y < bottom && b.y + b.height > top)
    .map((b) => [b.y - pad, b.y + b.height + pad] as const)
    .sort((a, b) => a[0] - b[0]);
  const out: LineItem[] = [];
  let from = top;
  for (const [a, b] of cuts) {
    if (a > from + 1) out.push({ type: 'line', x1: x, y1: from, x2: x, y2: Math.min(a, bottom), cls });
    from = Math.max(from, b);
  }
  if (bottom > from + 1) out.push({ type: 'line', x1: x, y1: from, x2: x, y2: bottom, cls });
  return out;
}

export interface BarRow {
  key: string;
  /** Shown at a group's first row (a fiscal year, a country); null continues the group. */
  group: string | null;
  /** The row's own label (a budget's kind and agency, a funder); '' for none. */
  label: string;
  /** null: no bar, `valueLabel` says why. */
  value: number | null;
  /** A second bar drawn over the first from zero (adoptions over proposals). */
  overlay?: number | null;
  /** Secondary marks on the row: short ticks across the bar at other values (other statements of a year), each with its own link. */
  ticks?: readonly BarTick[];
  valueLabel: string;
  /** A smaller line under the bar (the countries and regions invitees came from). */
  secondLine?: string;
  barCls: string;
  barFill?: string;
  overlayCls?: string;
  labelCls?: string;
  href?: string;
  /** The row in words (what it shows and its source), for the tooltip. */
  tip?: string;
  data?: Record<string, string | number>;
}

export interface BarTick {
  key: string;
  value: number;
  href?: string;
  tip?: string;
  data?: Record<string, string | number>;
}

export interface BarPanel {
  x: number;
  y: number;
  width: number;
  height: number;
  /** Data to pixels: the panel's own linear scale. */
  scale: (v: number) => number;
  domainMax: number;
  ticks: number[];
  /** Where bars start and where a bar of `domainMax` ends. */
  barStart: number;
  barEnd: number;
  items: Item[];
  rows: { key: string; y: number; barX: number; barWidth: number; overlayWidth: number | null; ticks: { key: string; x: number }[] }[];
}

export const BAR = 12;

/**
 * A panel of horizontal bars with its own linear scale from zero: a heading, a line saying what the
 * scale is, a group column (years, countries), a label column, the bars with their values after
 * them, and ticks along the bottom. Columns are sized from the labels, and the bars end early enough
 * for the longest value label, so labels cannot run into each other or out of the panel.
 */
export function barPanel(input: {
  x: number;
  y: number;
  width: number;
  heading?: string;
  scaleNote?: string;
  rows: readonly BarRow[];
  /** The scale's upper end before rounding to a nice number (defaults to the largest value). */
  domainMax?: number;
  tickLabel: (v: number) => string;
  lang: Lang;
  /** The least room for bars the caller accepts; narrower panels throw. */
  minBarRoom?: number;
  /** Below this room for bars, group labels go on lines of their own above their rows (default 120). */
  preferBarRoom?: number;
  /** Where bars start and where the longest may end at most: panels that share a scale share these. */
  barStart?: number;
  barEnd?: number;
}): BarPanel {
  const { x, width, rows } = input;
  const items: Item[] = [];
  let y = input.y;
  if (input.heading) {
    const p = paragraph(x, y + FONT, input.heading, width, { cls: 't t-strong', bold: true });
    items.push(...p.items);
    y = p.bottom + 4;
  }
  if (input.scaleNote) {
    const p = paragraph(x, y + FONT, input.scaleNote, width, { cls: 't t-muted' });
    items.push(...p.items);
    y = p.bottom + 4;
  }
  y += 4;
  const gap = 8;
  const indent = 12;
  const valueW = Math.max(0, ...rows.filter((r) => r.value !== null).map((r) => textWidth(r.valueLabel, FONT)));
  const emptyW = Math.max(0, ...rows.filter((r) => r.value === null).map((r) => textWidth(r.valueLabel, FONT)));
  const groupW = Math.max(0, ...rows.map((r) => (r.group ? textWidth(r.group, FONT) : 0)));
  const labelW = Math.max(0, ...rows.map((r) => textWidth(r.label, FONT)));
  // Groups label their rows from a column of their own; where that leaves the bars too little room,
  // each group's label becomes a line above its rows instead.
  const inlineX0 = Math.max(x + (groupW > 0 ? groupW + gap : 0) + (labelW > 0 ? labelW + gap : 0), input.barStart ?? -Infinity);
  const barX1 = Math.min(x + width - valueW - (rows.some((r) => r.ticks?.length) ? 8 : 6), input.barEnd ?? Infinity);
  const headings = groupW > 0 && barX1 - inlineX0 < (input.preferBarRoom ?? 120);
  const labelX = headings ? x + indent : x + (groupW > 0 ? groupW + gap : 0);
  const barX0 = headings ? Math.max(x + indent + labelW + gap, input.barStart ?? -Infinity) : inlineX0;
  // Rows without a bar put their words where the bar would start; only bars' labels need room after them.
  if (barX0 + emptyW > x + width) throw new Error(`chart panel "${input.heading ?? ''}" is too narrow for "${rows.find((r) => r.value === null)?.valueLabel}"`);
  if (barX1 - barX0 < (input.minBarRoom ?? 40)) throw new Error(`chart panel "${input.heading ?? ''}" is too narrow for its labels (${Math.round(barX1 - barX0)} px left for bars)`);
  const max = Math.max(input.domainMax ?? 0, ...rows.map((r) => Math.max(r.value ?? 0, ...(r.ticks ?? []).map((t) => t.value))), 1);
  const scale = scaleLinear().domain([0, max]).range([barX0, barX1]).nice();
  // Nice may raise the top beyond the room: keep the range, widen nothing.
  const domainMax = scale.domain()[1]!;
  const fits = (count: number) => {
    const ticks = scale.ticks(count);
    const boxes = ticks.map((t) => text(scale(t), 0, input.tickLabel(t), { anchor: 'middle' }).box);
    return boxes.every((b, i) => i === 0 || b.x >= boxes[i - 1]!.x + boxes[i - 1]!.width + 6) && boxes.every((b) => b.x + b.width <= x + width + 0.5);
  };
  let tickCount = 5;
  while (tickCount > 1 && !fits(tickCount)) tickCount--;
  const ticks = scale.ticks(tickCount).filter((t) => t <= domainMax);
  const rowsTop = y;
  const placed: BarPanel['rows'] = [];
  let groupStarted = false;
  for (const row of rows) {
    if (row.group !== null && groupStarted) {
      items.push({ type: 'line', x1: x, y1: y + 1, x2: x + width, y2: y + 1, cls: 'rule' });
      y += 3;
    }
    if (row.group !== null) groupStarted = true;
    if (headings && row.group) {
      // A long name wraps onto as many lines as it needs.
      for (const line of wrapText(row.group, width, FONT, true)) {
        items.push(text(x, baselineFor(y + LINE / 2), line, { cls: 't t-strong', bold: true }));
        y += LINE;
      }
    }
    const lineMid = y + LINE / 2;
    const children: Item[] = [];
    if (row.group && !headings) items.push(text(x, baselineFor(lineMid), row.group, { cls: 't' }));
    if (row.label) items.push(text(labelX, baselineFor(lineMid), row.label, { cls: row.labelCls ?? 't' }));
    const barWidth = row.value === null ? 0 : scale(row.value) - barX0;
    const overlayWidth = row.overlay === null || row.overlay === undefined ? null : scale(row.overlay) - barX0;
    if (row.value !== null) {
      children.push({ type: 'rect', x: barX0, y: lineMid - BAR / 2, width: barWidth, height: BAR, cls: row.barCls, ...(row.barFill ? { fill: row.barFill } : {}), data: { value: row.value } });
      if (overlayWidth !== null && overlayWidth > 0) children.push({ type: 'rect', x: barX0, y: lineMid - BAR / 2, width: overlayWidth, height: BAR, cls: row.overlayCls ?? 'bar', data: { value: row.overlay! } });
    }
    const tickXs = (row.ticks ?? []).map((t) => ({ key: t.key, x: round(scale(t.value)) }));
    // The value follows the bar, or the last tick where one lies beyond it.
    const valueX = row.value === null ? barX0 : Math.max(round(barX0 + barWidth), ...tickXs.map((t) => t.x + 2)) + 5;
    children.push(text(valueX, baselineFor(lineMid), row.valueLabel, { cls: row.value === null ? 't t-muted' : 't' }));
    items.push({ type: 'group', cls: row.value === null ? 'no-figure' : 'mark', children, ...(row.href ? { href: row.href } : {}), ...(row.tip ? { tip: row.tip } : {}), ...(row.data ? { data: row.data } : {}) });
    (row.ticks ?? []).forEach((t, i) => {
      const x1 = tickXs[i]!.x;
      const top = lineMid - BAR / 2 - 3;
      const bottom = lineMid + BAR / 2 + 3;
      // A halo in the page's colour keeps the tick visible on a solid bar; a wider clear rect takes the pointer.
      const tick: Item[] = [
        { type: 'rect', x: x1 - 4, y: top, width: 8, height: bottom - top, cls: 'tick-hit' },
        { type: 'line', x1, y1: top, x2: x1, y2: bottom, cls: 'tick-halo' },
        { type: 'line', x1, y1: top, x2: x1, y2: bottom, cls: 'tick' },
      ];
      items.push({ type: 'group', cls: 'mark mark-secondary', children: tick, ...(t.href ? { href: t.href } : {}), ...(t.tip ? { tip: t.tip } : {}), data: { ...(t.data ?? {}), value: t.value } });
    });
    placed.push({ key: row.key, y: lineMid, barX: barX0, barWidth, overlayWidth, ticks: tickXs });
    y += LINE;
    if (row.secondLine) {
      items.push(text(barX0, baselineFor(y + LINE / 2), row.secondLine, { cls: 't t-muted' }));
      y += LINE;
    }
  }
  // Gridlines behind the bars, broken where a label crosses them, and tick labels under them.
  const grid: Item[] = ticks.flatMap((t) => verticalRule(scale(t), rowsTop, y + 2, textsOf(items).map((i) => i.box), t === 0 ? 'axis' : 'grid'));
  y += 2;
  for (const t of ticks) items.push(text(scale(t), y + FONT + 2, input.tickLabel(t), { anchor: 'middle', cls: 't t-muted' }));
  y += FONT + 2 + FONT * DESCENT + 4;
  return { x, y: input.y, width, height: round(y - input.y), scale, domainMax, ticks, barStart: barX0, barEnd: barX1, items: [...grid, ...items], rows: placed };
}
