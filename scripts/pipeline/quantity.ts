import type { Qualifier } from '../../src/schemas/datasets.ts';
import { normalizeForMatch } from './text.ts';

/**
 * Counts and durations as the seeds write them: 75課題, 12か国・地域, 約2,600人, 3～5年間,
 * 1～3週間, 3か月～1年程度, 30%以上, 7年（最大10年…）, 3年間（タイプにより異なる）. Units are the seed's
 * own words. A range keeps its qualifier: 約20～40名 is about, 5～7人以上 at least.
 */
export interface ParsedQuantity {
  min: number;
  max: number;
  qualifier: Qualifier;
  unit: string;
  text: string;
  index: number;
}

const NUM = String.raw`\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?`;
const UNITS = ['か国・地域', 'か国', '課題', '件', '人', '名', '拠点', 'プログラム', '回', '単位', '年間', '年', 'か月', '週間', '%', '位', 'か所'];
const UNIT = UNITS.map((u) => u.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|');
const QUANTITY = new RegExp(
  String.raw`(?<pre>約|最大|最長|計|原則)?\s*(?<![令和平成昭和HRS\d.,]\s*)(?<a>${NUM})\s*(?<ua>${UNIT})?(?:\s*~\s*(?<b>${NUM})\s*(?<ub>${UNIT}))?\s*(?<post>程度|以上|以内|\(タイプにより異なる\))?`,
  'gu',
);

const value = (n: string) => Number(n.replace(/,/g, ''));

export function findQuantities(text: string): ParsedQuantity[] {
  const t = normalizeForMatch(text);
  const out: ParsedQuantity[] = [];
  for (const m of t.matchAll(QUANTITY)) {
    const g = m.groups ?? {};
    const unit = g.ub ?? g.ua;
    if (!g.a || !unit) continue;
    // Money is amount.ts's business: 5百万 must not read as 5 of something.
    const after = t.slice(m.index + m[0].length, m.index + m[0].length + 2);
    if (!g.ua && !g.b) continue;
    if (/^(百万|億|万|円)/.test(after) && !g.ub) continue;
    // 2019年度 and 2018年10月 are times, not durations.
    if ((unit === '年' || unit === '年間') && /^(度|\d+月)/.test(t.slice(m.index + m[0].length))) continue;
    let min = value(g.a);
    let max = g.b ? value(g.b) : min;
    // 3か月～1年: convert the lower bound to the upper bound's unit.
    if (g.b && g.ua === 'か月' && (g.ub === '年' || g.ub === '年間')) min = min / 12;
    let qualifier: Qualifier = g.b ? 'range' : 'exact';
    if (g.post === '(タイプにより異なる)') qualifier = 'varies-by-type';
    else if (g.pre === '最大' || g.pre === '最長' || g.post === '以内') qualifier = 'up-to';
    else if (g.post === '以上') qualifier = 'at-least';
    else if (g.pre === '約' || g.post === '程度') qualifier = 'about';
    else if (g.pre === '原則') qualifier = 'in-principle';
    const lead = m[0].length - m[0].trimStart().length;
    out.push({ min, max, qualifier, unit, text: m[0].trim(), index: m.index + lead });
  }
  return out;
}
