// What the Sakura Science figure says, in the page's language (src/i18n/<lang>/charts.json,
// charts.sakura.*).
import { fiscalYearLabel, fiscalYearLong, fiscalYearRange, formatNumber } from '../../../core/format.ts';
import type { Lang } from '../../../core/locales.ts';
import { sourceLineHref } from '../../../core/urls.ts';
import type { SakuraRow } from '../../../schemas/datasets.ts';
import type { FigureWords } from '../chart.ts';
import type { Rich, TableCell } from '../model.ts';
import { chartWords, citeLabel, DOCUMENT_LANG, people, qualified } from '../words.ts';
import { cumulativeChecks, plottedRows, yearlyRows } from './marks.ts';

/** Countries texts of the document that the dictionaries translate (charts.sakura.countries.<key>). */
const COUNTRIES_TEXT: Readonly<Record<string, string>> = { 全世界: 'wholeWorld' };
const translatedCountries = (text: string, lang: Lang) => (COUNTRIES_TEXT[text] ? chartWords(lang)(`charts.sakura.countries.${COUNTRIES_TEXT[text]}`) : null);

/** 約2,900人 / about 2,900 */
export const amount = (r: SakuraRow, lang: Lang) => chartWords(lang)('charts.sakura.amount', { n: qualified(r.people, r.qualifier === 'about' ? 'about' : null, lang) });

/** 14か国・地域から / from 14 countries and regions; 対象：全世界 / open to the whole world. */
export function countries(r: SakuraRow, lang: Lang): string | null {
  const t = chartWords(lang);
  if (r.countriesAndRegions !== null) return t('charts.sakura.countriesFrom', { n: r.countriesAndRegions });
  if (!r.countriesText) return null;
  const text = lang === DOCUMENT_LANG ? r.countriesText : translatedCountries(r.countriesText, lang);
  return text ? t('charts.sakura.openTo', { text }) : null;
}

export const statusTag = (r: SakuraRow, lang: Lang) => chartWords(lang)(`charts.sakura.status.${r.status}`);

/** A bar's value label: 2,944人 / 約2,900人（計画） / about 2,900 planned. */
export const valueLabel = (r: SakuraRow, lang: Lang) => (r.status === 'planned' ? chartWords(lang)('charts.sakura.plannedValue', { amount: amount(r, lang) }) : amount(r, lang));

export function sakuraTitle(rows: readonly SakuraRow[], lang: Lang): string {
  const t = chartWords(lang);
  const actual = yearlyRows(rows).filter((r) => r.status === 'actual' && r.measure === 'invitees');
  const planned = yearlyRows(rows).filter((r) => r.status === 'planned');
  if (actual.length < 2) return t('charts.sakura.title.plain');
  const a = actual[0]!;
  const b = actual[actual.length - 1]!;
  let title = t('charts.sakura.title', {
    change: t(b.people > a.people ? 'charts.sakura.grew' : 'charts.sakura.fell'),
    fromYear: fiscalYearLabel(a.fiscalYearFrom, lang),
    from: formatNumber(a.people, lang),
    toYear: fiscalYearLabel(b.fiscalYearFrom, lang),
    to: formatNumber(b.people, lang),
  });
  const latest = planned.filter((r) => r.fiscalYearFrom > b.fiscalYearFrom).at(-1);
  if (latest) title += t('charts.sakura.title.plan', { year: fiscalYearLabel(latest.fiscalYearFrom, lang), amount: amount(latest, lang) });
  return title;
}

/** The stated cumulative total, and whether the yearly figures it covers add up to it. */
export function cumulativeStatement(rows: readonly SakuraRow[], lang: Lang): string[] {
  const t = chartWords(lang);
  return cumulativeChecks(rows).map(({ row: c, yearlySum }) => {
    const check = yearlySum === null ? '' : yearlySum === c.people ? t('charts.sakura.cumulative.addsUp') : t('charts.sakura.cumulative.addsUpTo', { sum: formatNumber(yearlySum, lang) });
    return t('charts.sakura.cumulative', { years: fiscalYearRange(c.fiscalYearFrom, c.fiscalYearTo, lang), people: people(c.people, lang), check });
  });
}

/** 平成26年度 2,944人（実績、14か国・地域から） / FY2014 2,944 (actual, from 14 countries and regions) */
export function yearWords(r: SakuraRow, lang: Lang): string {
  const t = chartWords(lang);
  const c = countries(r, lang);
  return t('charts.sakura.year', { year: fiscalYearLabel(r.fiscalYearFrom, lang), amount: amount(r, lang), status: statusTag(r, lang), countries: c ? `${t('charts.sep.list')}${c}` : '' });
}

function describe(rows: readonly SakuraRow[], lang: Lang): string {
  const t = chartWords(lang);
  return t('charts.sakura.describe', { items: yearlyRows(rows).map((r) => yearWords(r, lang)).join(t('charts.sep.item')), cumulative: cumulativeStatement(rows, lang).join(t('charts.sakura.describe.sep')) });
}

function table(rows: readonly SakuraRow[], lang: Lang): FigureWords['table'] {
  const t = chartWords(lang);
  const columns = [
    { label: t('charts.sakura.table.fiscalYear') },
    { label: t('charts.sakura.table.status') },
    { label: t('charts.sakura.table.people'), numeric: true },
    { label: t('charts.sakura.table.countries'), numeric: true },
    { label: t('charts.table.asWritten') },
    { label: t('charts.table.source') },
  ];
  const countriesCell = (r: SakuraRow): Rich => {
    if (r.countriesAndRegions !== null) return [String(r.countriesAndRegions)];
    if (!r.countriesText) return ['—'];
    if (lang === DOCUMENT_LANG) return [r.countriesText];
    const translated = translatedCountries(r.countriesText, lang);
    return [{ text: r.countriesText, lang: DOCUMENT_LANG }, translated ? ` (${translated})` : ''];
  };
  const cells: TableCell[][] = plottedRows(rows).map((r) => [
    { text: [r.fiscalYearFrom === r.fiscalYearTo ? fiscalYearLong(r.fiscalYearFrom, lang) : fiscalYearRange(r.fiscalYearFrom, r.fiscalYearTo, lang)] },
    { text: [r.measure === 'cumulative-invitees' ? t('charts.sakura.status.cumulative') : statusTag(r, lang)] },
    { text: [qualified(r.people, r.qualifier === 'about' ? 'about' : null, lang)], numeric: true },
    { text: countriesCell(r), numeric: true },
    { text: [{ text: r.peopleText, lang: DOCUMENT_LANG }] },
    { text: [citeLabel(r.source, lang)], href: sourceLineHref(r.source.seed, r.source.line, lang) },
  ]);
  return { caption: t('charts.table.caption'), columns, rows: cells };
}

export function sakuraWords(rows: readonly SakuraRow[], lang: Lang): FigureWords {
  return { title: sakuraTitle(rows, lang), description: describe(rows, lang), note: [[chartWords(lang)('charts.sakura.note')]], table: table(rows, lang) };
}
