// Text on charts without a DOM: estimated widths, line wrapping, XML escaping, and the placement of
// labels so they do not overlap. Estimates err on the wide side (Latin in Arial/Liberation/Segoe,
// Japanese in a CJK font at one em per character), so labels laid out with them keep clear in a browser;
// the browser tests measure the real boxes.

/** Width of one character in ems. */
function charEm(ch: string): number {
  const c = ch.codePointAt(0) ?? 0;
  // CJK ideographs, kana, full-width forms and punctuation: one em.
  if ((c >= 0x2e80 && c <= 0x9fff) || (c >= 0xf900 && c <= 0xfaff) || (c >= 0xff01 && c <= 0xff60) || (c >= 0xffe0 && c <= 0xffe6)) return 1;
  // Latin widths cover Arial/Liberation and the wider DejaVu Sans, a common fallback on Linux.
  if (c === 0x20) return 0.32;
  if (/[0-9]/.test(ch)) return 0.64;
  if (/[.,:;'!|ilj]/.test(ch)) return 0.32;
  if (/[()[\]{}\-–·‧/ftr]/.test(ch)) return 0.42;
  if (/[MW@%]/.test(ch)) return 0.95;
  if (/[A-Z#&≠]/.test(ch)) return 0.74;
  if (/[a-z]/.test(ch)) return 0.62;
  if (ch === '¥' || ch === '~' || ch === '〜') return ch === '〜' ? 1 : 0.6;
  return 0.75;
}

/** Estimated advance width of `text` at `fontSize` (user units), bold a little wider. */
export function textWidth(text: string, fontSize: number, bold = false): number {
  let em = 0;
  for (const ch of text) em += charEm(ch);
  return Math.ceil(em * fontSize * (bold ? 1.1 : 1));
}

/** Break `text` into lines no wider than `maxWidth`: at spaces in Latin text, anywhere but before closing punctuation in Japanese. */
export function wrapText(text: string, maxWidth: number, fontSize: number, bold = false): string[] {
  const tokens = tokenize(text);
  const lines: string[] = [];
  let line = '';
  for (const token of tokens) {
    const candidate = line + token;
    if (line !== '' && textWidth(candidate.trimEnd(), fontSize, bold) > maxWidth) {
      lines.push(line.trimEnd());
      line = token.trimStart();
    } else {
      line = candidate;
    }
  }
  if (line.trim() !== '') lines.push(line.trimEnd());
  return lines;
}

/** Words with their trailing space in Latin runs; single characters (with any closing punctuation) in Japanese runs. */
function tokenize(text: string): string[] {
  const out: string[] = [];
  const closing = /^[、。，．）」』】〕・ー%）:：]/;
  for (const m of text.matchAll(/[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\u3000-\u303f\uff00-\uffef]|[^\s\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\u3000-\u303f\uff00-\uffef]+\s*|\s+/gu)) {
    const t = m[0];
    if (out.length > 0 && closing.test(t)) out[out.length - 1] += t;
    else out.push(t);
  }
  return out;
}

const xmlEntities: Readonly<Record<string, string>> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };
export function escapeXml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => xmlEntities[c]!);
}

export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** True when two boxes share more than a hairline of area. */
export function boxesOverlap(a: Box, b: Box, tolerance = 0.5): boolean {
  return a.x + a.width - tolerance > b.x && b.x + b.width - tolerance > a.x && a.y + a.height - tolerance > b.y && b.y + b.height - tolerance > a.y;
}

/** Every pair of overlapping boxes, by index. */
export function overlappingPairs(boxes: readonly Box[]): [number, number][] {
  const pairs: [number, number][] = [];
  for (let i = 0; i < boxes.length; i++) {
    for (let j = i + 1; j < boxes.length; j++) if (boxesOverlap(boxes[i]!, boxes[j]!)) pairs.push([i, j]);
  }
  return pairs;
}

/**
 * Spreads labels along one axis so that none overlaps the next: each label wants to be centred at
 * `target` and is `size` tall; the result keeps their order, keeps them within [min, max] where
 * they fit, and moves them as little as it can (overlapping labels form a group centred on the mean
 * of their targets, the usual order-preserving least-squares placement).
 * Returns the centre of each label, in the order given.
 */
export function spreadLabels(labels: readonly { target: number; size: number }[], options: { gap?: number; min?: number; max?: number } = {}): number[] {
  const gap = options.gap ?? 2;
  const min = options.min ?? -Infinity;
  const max = options.max ?? Infinity;
  const order = labels.map((l, i) => ({ ...l, i })).sort((a, b) => a.target - b.target || a.i - b.i);
  interface Group {
    members: typeof order;
    /** Top edge of the group's first label. */
    start: number;
    extent: number;
  }
  const extentOf = (members: typeof order) => members.reduce((sum, m) => sum + m.size, 0) + gap * (members.length - 1);
  const place = (g: Group) => {
    // Centre the group on the mean of its targets (each measured at its offset within the group).
    let offset = 0;
    let sum = 0;
    for (const m of g.members) {
      sum += m.target - (offset + m.size / 2);
      offset += m.size + gap;
    }
    g.start = Math.min(Math.max(sum / g.members.length, min), max - g.extent);
  };
  const groups: Group[] = [];
  for (const label of order) {
    const g: Group = { members: [label], start: 0, extent: label.size };
    place(g);
    groups.push(g);
    // Merge backwards while the new group runs into the one before it.
    while (groups.length > 1) {
      const last = groups[groups.length - 1]!;
      const prev = groups[groups.length - 2]!;
      if (prev.start + prev.extent + gap <= last.start + 1e-9) break;
      prev.members.push(...last.members);
      prev.extent = extentOf(prev.members);
      place(prev);
      groups.pop();
    }
  }
  // A group pushed down by `max` may now run into the one before it; sweep once more top-down.
  for (let k = 1; k < groups.length; k++) {
    const prev = groups[k - 1]!;
    const g = groups[k]!;
    if (g.start < prev.start + prev.extent + gap) g.start = prev.start + prev.extent + gap;
  }
  const centres = new Array<number>(labels.length);
  for (const g of groups) {
    let offset = g.start;
    for (const m of g.members) {
      centres[m.i] = offset + m.size / 2;
      offset += m.size + gap;
    }
  }
  return centres;
}
