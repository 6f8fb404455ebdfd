/**
 * A program fact's value in words, in a page's language: 5～10百万円／年 and ¥5–10 million a year,
 * 3か月〜1年 and 3 months to 1 year, 令和5年度（2023年度） and FY2023, 39位 and 39th, 30%以上 and at
 * least 30%. Qualifiers the documents write (約, 最大, 以上) are kept. Words: src/i18n/<lang>/facts.json.
 */
import type { FactValue, Qualifier } from '../schemas/datasets.ts';
import { fiscalYearLong, formatNumber, formatRange, ordinal } from './format.ts';
import { translator } from './i18n.ts';
import type { Lang } from './locales.ts';

/**
 * A value with the document's qualifier: 約5 / about 5, 最大5 / up to 5, 5以上 / at least 5,
 * 5～7人以上 / 5–7 people or more, 3年間（タイプにより異なる） / 3 years (varies by type).
 */
export function qualified(value: string, q: Qualifier, lang: Lang, isRange = false): string {
  return translator(lang)(`facts.qualifier.${q}${isRange && q === 'at-least' ? '-range' : ''}`, { value });
}

/** An amount or a range of amounts in million yen, optionally a year: 最大26百万円／年 / ¥5–10 million a year. */
export function qualifiedMillionYen(min: number, max: number, q: Qualifier, lang: Lang, perYear = false): string {
  const amount = translator(lang)(perYear ? 'facts.millionYenPerYear' : 'format.millionYen', { amount: formatRange(min, max, lang) });
  return qualified(amount, q, lang, min !== max);
}

/** A program fact's value in words. */
export function factValue(v: FactValue, lang: Lang): string {
  const t = translator(lang);
  if (v.unit === 'million-yen' || v.unit === 'million-yen-per-year') return qualifiedMillionYen(v.min, v.max, v.qualifier, lang, v.unit === 'million-yen-per-year');
  if (v.unit === 'fiscal-year') {
    return v.min === v.max ? fiscalYearLong(v.min, lang) : t('facts.fiscalYearRange', { from: fiscalYearLong(v.min, lang), to: fiscalYearLong(v.max, lang) });
  }
  if (v.unit === 'years' && v.max < 1) return factValue({ ...v, min: v.min * 12, max: v.max * 12, unit: 'months' }, lang);
  if (v.unit === 'years' && v.min < 1) {
    return qualified(t('facts.monthsToYears', { months: formatNumber(v.min * 12, lang), years: formatNumber(v.max, lang), count: v.max }), v.qualifier, lang, true);
  }
  if (v.unit === 'rank') return qualified(ordinal(v.min, lang), v.qualifier, lang);
  // The plural follows the upper end: 1 year, 1–3 years.
  return qualified(t(`facts.unit.${v.unit}`, { value: formatRange(v.min, v.max, lang), count: v.max }), v.qualifier, lang, v.min !== v.max);
}
