import { sort } from 'd3-array';
import { eraYearToGregorian, findFiscalYears } from '../../src/core/fiscal-year.ts';
import { normalizeForMatch } from './text.ts';

export interface ParsedDate {
  /** ISO: 2019-03-01, 2019-03 or 2019, as precise as the text. */
  iso: string;
  text: string;
  index: number;
}

const pad = (n: number) => String(n).padStart(2, '0');

// 2018年10月 / 2022年12月 / 平成31年3月 / 令和5年4月27日 / 令和元年12月 / 2033年
const DATE =
  /(?:(?<era>明治|大正|昭和|平成|令和)\s*(?<eraYear>\d{1,2}|元)|(?<year>(?:19|20)\d{2}))\s*年(?!度)\s*(?:(?<month>\d{1,2})\s*月(?:\s*(?<day>\d{1,2})\s*日)?)?/gu;

/** Calendar dates (not fiscal years) in `text`, as ISO strings. */
export function findDates(text: string): ParsedDate[] {
  const t = normalizeForMatch(text);
  const out: ParsedDate[] = [];
  for (const m of t.matchAll(DATE)) {
    const g = m.groups ?? {};
    const year = g.era ? eraYearToGregorian(g.era, g.eraYear === '元' ? '元' : Number(g.eraYear)) : Number(g.year);
    let iso = String(year);
    if (g.month) iso += `-${pad(Number(g.month))}`;
    if (g.month && g.day) iso += `-${pad(Number(g.day))}`;
    out.push({ iso, text: m[0], index: m.index });
  }
  return out;
}

/** The time a figure refers to: a fiscal year (→ "2023") or a date (→ "2019-03"), whichever comes first. */
export function findTimes(text: string, contextEra?: string): ParsedDate[] {
  const t = normalizeForMatch(text);
  const fys = findFiscalYears(t, contextEra).map((f) => ({ iso: String(f.fiscalYear), text: f.label, index: f.index }));
  return sort([...fys, ...findDates(t)], (d) => d.index);
}
