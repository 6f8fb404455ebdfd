import type { Qualifier } from '../../src/schemas/datasets.ts';

/**
 * Money as the seeds write it, in million yen: 百万円 ×1, 億円 ×100 (1億円 = 100百万円),
 * 万円 ×0.01, 円 ×0.000001. Ranges (5百万～10百万円), "up to" (最大, 上限), "about" (約, 程度).
 */
export interface ParsedAmount {
  min: number;
  max: number;
  qualifier: Qualifier;
  /** The matched text (normalised). */
  text: string;
  index: number;
}

const UNIT_IN_MILLION_YEN: Readonly<Record<string, number>> = { 百万: 1, 億: 100, 万: 0.01, '': 0.000001 };

const NUM = String.raw`\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?`;
const UNIT = String.raw`百万|億|万`;
// A single amount: 1,078百万円 / 41億円 / 36百万 / 1,300万円 / 5億円. The 円 may be dropped after a
// unit (36百万／年), or carried only by the second half of a range (5百万～10百万円).
const one = (k: string) => String.raw`(?<num${k}>${NUM})\s*(?<unit${k}>${UNIT})?\s*(?<yen${k}>円)?`;
const AMOUNT = new RegExp(
  String.raw`(?<pre>最大|上限|約)?\s*${one('1')}(?:\s*~\s*(?:最大|約)?\s*${one('2')})?\s*(?<post>程度|以上|\(上限\)|上限)?`,
  'gu',
);

function toMillion(num: string, unit: string | undefined): number {
  const n = Number(num.replace(/,/g, ''));
  // Round away float noise (0.01 × 1300 = 13.000000000000002) while keeping sub-yen precision.
  return Math.round(n * UNIT_IN_MILLION_YEN[unit ?? '']! * 1e6) / 1e6;
}

/** Every yen amount in `text` (normalise first: full-width digits and ～ must be folded). */
export function findAmounts(text: string): ParsedAmount[] {
  const t = text.normalize('NFKC').replace(/[〜～]/g, '~');
  const out: ParsedAmount[] = [];
  for (const m of t.matchAll(AMOUNT)) {
    const g = m.groups ?? {};
    const { num1, unit1, yen1, num2, unit2, yen2 } = g;
    if (!num1) continue;
    // Money must say so: a unit (百万/億/万) or 円. Otherwise "3～5年間" would read as yen.
    const isMoney = Boolean(unit1 || yen1 || (num2 && (unit2 || yen2)));
    if (!isMoney) continue;
    if (num2 && !(unit2 || yen2)) continue;
    // In a range written 5百万～10百万円, the first half borrows the unit of the second.
    const u1 = unit1 ?? (num2 ? unit2 : undefined);
    const min = toMillion(num1, u1);
    const max = num2 ? toMillion(num2, unit2) : min;
    let qualifier: Qualifier = 'exact';
    if (num2) qualifier = 'range';
    else if (g.pre === '最大' || g.pre === '上限' || g.post === '(上限)' || g.post === '上限') qualifier = 'up-to';
    else if (g.pre === '約' || g.post === '程度') qualifier = 'about';
    else if (g.post === '以上') qualifier = 'at-least';
    const lead = m[0].length - m[0].trimStart().length;
    out.push({ min, max, qualifier, text: m[0].trim(), index: m.index + lead });
  }
  return out;
}

/** The one amount `text` states; throws if there is none. */
export function parseAmount(text: string): ParsedAmount {
  const found = findAmounts(text)[0];
  if (!found) throw new Error(`no yen amount in "${text}"`);
  return found;
}
