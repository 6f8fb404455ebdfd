/**
 * Numbers, ranges, dates, lists, ordinals, country names, amounts and fiscal years in a page's
 * language, on the platform's Intl: 1,073 / 3～5 (ja) and 3–5 (en) / 27 April 2023 / A、B、C and
 * "A, B and C" / 5位 and 5th / イギリス and United Kingdom / 1,073百万円 and ¥1,073 million /
 * 令和5年度 and FY2023. The words around numbers come from the dictionaries (src/i18n/<lang>/format.json).
 */
import { toJapaneseFiscalYearLabel } from './fiscal-year.ts';
import { translator } from './i18n.ts';
import { INTL_LOCALE, type Lang } from './locales.ts';

function memo<T>(make: (lang: Lang) => T): (lang: Lang) => T {
  const cache = new Map<Lang, T>();
  return (lang) => {
    let v = cache.get(lang);
    if (v === undefined) cache.set(lang, (v = make(lang)));
    return v;
  };
}

const numbers = memo((l) => new Intl.NumberFormat(INTL_LOCALE[l], { maximumFractionDigits: 3 }));
const oneDecimal = memo((l) => new Intl.NumberFormat(INTL_LOCALE[l], { minimumFractionDigits: 1, maximumFractionDigits: 1 }));
const lists = memo((l) => new Intl.ListFormat(INTL_LOCALE[l], { type: 'conjunction' }));
const ordinals = memo((l) => new Intl.PluralRules(INTL_LOCALE[l], { type: 'ordinal' }));
const regions = memo((l) => new Intl.DisplayNames([INTL_LOCALE[l]], { type: 'region' }));
const longDates = memo((l) => new Intl.DateTimeFormat(INTL_LOCALE[l], { dateStyle: 'long', timeZone: 'UTC' }));
const monthDates = memo((l) => new Intl.DateTimeFormat(INTL_LOCALE[l], { year: 'numeric', month: 'long', timeZone: 'UTC' }));

/** 1,073 · 0.5 · 12.345 (grouped, up to three decimals). */
export function formatNumber(n: number, lang: Lang): string {
  return numbers(lang).format(n);
}

/** 3～5 / 3–5; a single number when both ends are equal. */
export function formatRange(min: number, max: number, lang: Lang): string {
  return min === max ? formatNumber(min, lang) : numbers(lang).formatRange(min, max);
}

const signedOneDecimal = memo((l) => new Intl.NumberFormat(INTL_LOCALE[l], { minimumFractionDigits: 1, maximumFractionDigits: 1, signDisplay: 'exceptZero' }));

/** +1.0 / −0.3 / 0.0: a change, signed, to one decimal (as the sources give shares). */
export function formatSignedOneDecimal(n: number, lang: Lang): string {
  return signedOneDecimal(lang).format(n);
}

/** 12.9% (one decimal, as the sources give shares). */
export function formatPercent(n: number, lang: Lang): string {
  return translator(lang)('format.percent', { value: oneDecimal(lang).format(n) });
}

/** A、B、C / A, B and C */
export function formatList(items: readonly string[], lang: Lang): string {
  return lists(lang).format(items);
}

/** 5位 / 5th: the ordinal suffix comes from the dictionary by Intl.PluralRules' ordinal category. */
export function ordinal(n: number, lang: Lang): string {
  const t = translator(lang);
  const category = ordinals(lang).select(n);
  try {
    return t(`format.ordinal.${category}`, { n: formatNumber(n, lang) });
  } catch {
    return t('format.ordinal.other', { n: formatNumber(n, lang) });
  }
}

/** イギリス / United Kingdom, from an ISO 3166-1 alpha-2 code. */
export function countryName(iso: string, lang: Lang): string {
  return regions(lang).of(iso.toUpperCase()) ?? iso;
}

/** A date as a catalogue gives it (2023-06-27, 2023-06, 2023) in words; other values as they are. */
export function formatDate(value: string, lang: Lang): string {
  if (/^\d{4}-\d{2}-\d{2}$/.test(value)) return longDates(lang).format(new Date(value));
  if (/^\d{4}-\d{2}$/.test(value)) return monthDates(lang).format(new Date(`${value}-01`));
  if (/^\d{4}$/.test(value)) return translator(lang)('format.year', { year: value });
  return value;
}

/** A span of days or months: 2023年6月27日～29日 / 27–29 June 2023. */
export function formatDateRange(from: string, to: string, lang: Lang): string {
  const full = /^\d{4}-\d{2}-\d{2}$/;
  const month = /^\d{4}-\d{2}$/;
  if (full.test(from) && full.test(to)) return dateRange(longDates(lang), new Date(from), new Date(to));
  if (month.test(from) && month.test(to)) return dateRange(monthDates(lang), new Date(`${from}-01`), new Date(`${to}-01`));
  return `${formatDate(from, lang)}–${formatDate(to, lang)}`;
}

/**
 * Intl's range, except where the date is written year first: ICU's Japanese interval patterns fall
 * back to numbers (2023/06/27～2023/06/29), so there the end drops the leading fields it shares with
 * the start, as Japanese writes it: 2023年6月27日～29日, 2014年6月～9月.
 */
function dateRange(format: Intl.DateTimeFormat, a: Date, b: Date): string {
  const pa = format.formatToParts(a);
  if (pa.find((p) => p.type !== 'literal')?.type !== 'year') return format.formatRange(a, b);
  const pb = format.formatToParts(b);
  let i = 0;
  while (i < pb.length - 1 && (pb[i]!.type === 'literal' || (pb[i]!.type === pa[i]?.type && pb[i]!.value === pa[i]?.value))) i++;
  const separator = format.formatRangeToParts(a, b).find((p) => p.source === 'shared' && p.type === 'literal')?.value ?? '–';
  return `${format.format(a)}${separator}${pb.slice(i).map((p) => p.value).join('')}`;
}

/** A date usable in <time datetime>: a year, year-month or full date. */
export function isMachineDate(value: string): boolean {
  return /^\d{4}(-\d{2}(-\d{2})?)?$/.test(value);
}

/** 1,073百万円 / ¥1,073 million (million yen is the datasets' unit: 百万円 = million yen). */
export function millionYen(n: number, lang: Lang): string {
  return translator(lang)('format.millionYen', { amount: formatNumber(n, lang) });
}

/** 50,100百万円（501億円） where 億円 reads without a fraction (Japanese readers' usual unit for large sums). */
export function millionYenLong(n: number, lang: Lang): string {
  const t = translator(lang);
  const oku = n >= 10_000 && n % 100 === 0 ? formatNumber(n / 100, lang) : null;
  return oku ? t('format.millionYenWithOku', { amount: formatNumber(n, lang), oku }) : millionYen(n, lang);
}

/** 令和5年度 / FY2023. Japanese names fiscal years by era: a real difference of form. */
export function fiscalYearLabel(fy: number, lang: Lang): string {
  return lang === 'ja' ? toJapaneseFiscalYearLabel(fy) : translator(lang)('format.fiscalYear', { year: fy });
}

/** 令和5年度（2023年度） / FY2023: for tables and prose, where the Gregorian year helps Japanese readers too. */
export function fiscalYearLong(fy: number, lang: Lang): string {
  return lang === 'ja' ? `${toJapaneseFiscalYearLabel(fy)}（${fy}年度）` : fiscalYearLabel(fy, lang);
}

/** 平成26～29年度 / FY2014–FY2017 (one era written once when both ends share it). */
export function fiscalYearRange(from: number, to: number, lang: Lang): string {
  if (from === to) return fiscalYearLabel(from, lang);
  if (lang !== 'ja') return translator(lang)('format.fiscalYearRange', { from: fiscalYearLabel(from, lang), to: fiscalYearLabel(to, lang) });
  const a = toJapaneseFiscalYearLabel(from);
  const b = toJapaneseFiscalYearLabel(to);
  const era = /^\D+/.exec(a)?.[0] ?? '';
  return b.startsWith(era) ? `${a.replace(/年度$/, '')}〜${b.slice(era.length)}` : `${a}〜${b}`;
}
