import { eraYearToGregorian } from '../../src/core/fiscal-year.ts';
import { normalizeForMatch } from './text.ts';

export type DatePrecision = 'day' | 'month' | 'year' | 'fiscal-year';

export interface EventDate {
  /** ISO date at its precision: 2018-10, 2017-06-20, 2023; a fiscal year as its first month, 2019-04. */
  iso: string;
  precision: DatePrecision;
  /** The words that were read, normalised. */
  text: string;
  index: number;
  /** The last day or month of a span written as one date (2014年6～9月, 27-29日, 9・10日, 12日(金)～14日(日)), at the same precision. */
  end?: string;
}

const pad = (n: number) => String(n).padStart(2, '0');
const ERA = '明治|大正|昭和|平成|令和';
// 2017年6月20日 / 平成31年1月 / 令和元年12月 / 同年8月24日 / 8月24日 (year from context) / 2033年 /
// 令和4年度 / H29年度 / 2018年度; spans with their end: 2014年6～9月, 7月 5・6日, 27-29日, 12日(金)～14日(日)
/** The end of a span of days: "-29日", "・6日" (two days), or "(金)~14日" after the first day's 日. */
const DAY_END = (name: string) => String.raw`(?:[-・~]\s*(?<${name}>\d{1,2})\s*日|日(?:\s*\([^)\d]{1,3}\))?\s*~\s*(?<${name}b>\d{1,2})\s*日|日)`;
const DATE = new RegExp(
  String.raw`(?:(?<era>${ERA})\s*(?<eraYear>\d{1,2}|元)|(?<year>(?:19|20)\d{2})|(?<same>同))\s*年(?<fy>度)?\s*(?:(?<month>\d{1,2})\s*(?:~\s*(?<monthEnd>\d{1,2})\s*)?月(?:\s*(?<day>\d{1,2})\s*${DAY_END('dayEnd')})?)?` +
    String.raw`|(?<![\d年])(?<month2>\d{1,2})\s*月\s*(?<day2>\d{1,2})\s*${DAY_END('dayEnd2')}|(?<initial>[HR])(?<initialYear>\d{1,2})\s*年度` +
    String.raw`|(?<![\d年])(?<month3>\d{1,2})\s*月(?!\s*\d)`,
  'gu',
);

/**
 * The dates an event's text states, in order. A date without a year (8月24日, 同年8月24日) takes the
 * year of the date before it, or else `contextYear` (the year of the document's own date).
 */
export function findEventDates(text: string, contextYear?: number): EventDate[] {
  const t = normalizeForMatch(text);
  const out: EventDate[] = [];
  let lastYear = contextYear;
  for (const m of t.matchAll(DATE)) {
    const g = m.groups ?? {};
    let year: number | undefined;
    if (g.era) year = eraYearToGregorian(g.era, g.eraYear === '元' ? '元' : Number(g.eraYear));
    else if (g.year) year = Number(g.year);
    else if (g.same) year = lastYear;
    else if (g.initial) year = eraYearToGregorian(g.initial, Number(g.initialYear));
    else year = lastYear;
    if (year === undefined) continue;
    const month = g.month ?? g.month2 ?? g.month3;
    const day = g.day ?? g.day2;
    const dayEnd = g.dayEnd ?? g.dayEndb ?? g.dayEnd2 ?? g.dayEnd2b;
    const ymd = (d: string) => `${year}-${pad(Number(month))}-${pad(Number(d))}`;
    if (g.fy || g.initial) out.push({ iso: `${year}-04`, precision: 'fiscal-year', text: m[0], index: m.index });
    else if (month && day) out.push({ iso: ymd(day), precision: 'day', text: m[0], index: m.index, ...(dayEnd ? { end: ymd(dayEnd) } : {}) });
    else if (month) out.push({ iso: `${year}-${pad(Number(month))}`, precision: 'month', text: m[0], index: m.index, ...(g.monthEnd ? { end: `${year}-${pad(Number(g.monthEnd))}` } : {}) });
    else out.push({ iso: String(year), precision: 'year', text: m[0], index: m.index });
    lastYear = year;
  }
  return out;
}
