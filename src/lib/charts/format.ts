// Numbers, years, ranks and dates on charts, in the page's language: 1,073百万円 / ¥1,073 million,
// 令和5年度 / FY2023, 5位 / 5th, 2023年6月 / June 2023.
import { format } from 'd3-format';
import { toJapaneseFiscalYearLabel } from '../../core/fiscal-year.ts';

export type Lang = 'ja' | 'en';

const integer = format(',d');
const oneDecimal = format(',.1f');

/** 1,073 (both languages group thousands with commas). */
export function formatCount(n: number): string {
  return Number.isInteger(n) ? integer(n) : format(',')(n);
}

/** 12.9% in both languages (shares keep the one decimal the source gives). */
export function formatPercent(n: number, _lang: Lang): string {
  return `${oneDecimal(n)}%`;
}

/** 令和5年度 / FY2023 */
export function fiscalYearLabel(fy: number, lang: Lang): string {
  return lang === 'ja' ? toJapaneseFiscalYearLabel(fy) : `FY${fy}`;
}

/** 令和5年度（2023年度） / FY2023: for tables, where the Gregorian year helps Japanese readers too. */
export function fiscalYearLong(fy: number, lang: Lang): string {
  return lang === 'ja' ? `${toJapaneseFiscalYearLabel(fy)}（${fy}年度）` : `FY${fy}`;
}

/** 平成26〜29年度 / FY2014–FY2017 (one era written once when both ends share it). */
export function fiscalYearRange(from: number, to: number, lang: Lang): string {
  if (from === to) return fiscalYearLabel(from, lang);
  if (lang === 'en') return `FY${from}–FY${to}`;
  const a = toJapaneseFiscalYearLabel(from);
  const b = toJapaneseFiscalYearLabel(to);
  const era = /^\D+/.exec(a)?.[0] ?? '';
  return b.startsWith(era) ? `${a.replace(/年度$/, '')}〜${b.slice(era.length)}` : `${a}〜${b}`;
}

/** 1,073百万円 / ¥1,073 million. */
export function millionYen(n: number, lang: Lang): string {
  return lang === 'ja' ? `${formatCount(n)}百万円` : `¥${formatCount(n)} million`;
}

/** 501億円 for 50,100百万円 (Japanese only; null where 億円 would need a fraction or the amount is small). */
export function okuYen(n: number): string | null {
  if (n < 10_000 || n % 100 !== 0) return null;
  return `${formatCount(n / 100)}億円`;
}

/** 50,100百万円（501億円） / ¥50,100 million: Japanese readers get 億円 alongside for large amounts. */
export function millionYenLong(n: number, lang: Lang): string {
  const oku = lang === 'ja' ? okuYen(n) : null;
  return oku ? `${millionYen(n, lang)}（${oku}）` : millionYen(n, lang);
}

export function people(n: number, lang: Lang): string {
  return lang === 'ja' ? `${formatCount(n)}人` : `${formatCount(n)} ${n === 1 ? 'person' : 'people'}`;
}

export function proposals(n: number, lang: Lang): string {
  return lang === 'ja' ? `${formatCount(n)}件` : `${formatCount(n)} ${n === 1 ? 'proposal' : 'proposals'}`;
}

export function ordinal(n: number): string {
  const s = ['th', 'st', 'nd', 'rd'];
  const v = n % 100;
  return `${n}${s[(v - 20) % 10] ?? s[v] ?? s[0]}`;
}

/** 5位 / 5th */
export function rank(n: number, lang: Lang): string {
  return lang === 'ja' ? `${n}位` : ordinal(n);
}

/** A seed's date (2023-06, 2023-04-27, 2020, 2021/2022) in the page's language. */
export function documentDate(value: string, lang: Lang): string {
  const locale = lang === 'ja' ? 'ja-JP' : 'en-GB';
  if (/^\d{4}-\d{2}-\d{2}$/.test(value)) return new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeZone: 'UTC' }).format(new Date(value));
  if (/^\d{4}-\d{2}$/.test(value)) return new Intl.DateTimeFormat(locale, { year: 'numeric', month: 'long', timeZone: 'UTC' }).format(new Date(`${value}-01`));
  if (/^\d{4}$/.test(value)) return lang === 'ja' ? `${value}年` : value;
  return value;
}

/** A date usable in <time datetime>: a year, year-month or full date. */
export function isMachineDate(value: string): boolean {
  return /^\d{4}(-\d{2}(-\d{2})?)?$/.test(value);
}

/** "A、B、C" / "A, B and C". */
export function list(items: readonly string[], lang: Lang): string {
  if (lang === 'ja') return items.join('、');
  if (items.length <= 2) return items.join(' and ');
  return `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}

const regionNames = new Intl.DisplayNames(['en'], { type: 'region' });
/** English name of a country from its ISO code (United States, United Kingdom). */
export function countryNameEn(iso: string): string {
  return regionNames.of(iso.toUpperCase()) ?? iso;
}

/** Source-line citation text: 資料003 195行 / document 003, line 195. */
export function lineLabel(line: number, lang: Lang): string {
  return lang === 'ja' ? `${line}行` : `line ${line}`;
}

/** A source line in words: 資料003 195行 / doc. 003, line 195. */
export function citeLabel(source: { seed: string; line: number }, lang: Lang): string {
  return lang === 'ja' ? `資料${source.seed} ${source.line}行` : `doc. ${source.seed}, line ${source.line}`;
}

/** Where a source line lives on the site, in the reader's language. */
export function sourceHref(seed: string, line: number, lang: Lang): string {
  return `${lang === 'ja' ? '' : '/en'}/sources/${seed}/#L${line}`;
}
