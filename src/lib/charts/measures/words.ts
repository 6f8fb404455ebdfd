// What the measures figure says, in the page's language (src/i18n/<lang>/charts.json, charts.measures.*).
import { factValue } from '../../../core/facts.ts';
import { fiscalYearLabel, formatDate, formatNumber } from '../../../core/format.ts';
import type { Lang } from '../../../core/locales.ts';
import { sourceLineHref } from '../../../core/urls.ts';
import type { FigureWords } from '../chart.ts';
import type { TableCell } from '../model.ts';
import { programTag } from '../budget/words.ts';
import { chartWords, citeLabel, citeList, DOCUMENT_LANG, qualified } from '../words.ts';
import type { Measure, MeasurePoint } from './marks.ts';

const slug = (s: string) => s.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');

/** SICORP: projects under way / EIG CONCERT-Japan: member countries besides Japan. */
export function measureHeading(m: Measure, lang: Lang): string {
  const t = chartWords(lang);
  return t('charts.measures.heading', { who: m.scheme ?? programTag(m.program, lang), what: t(`charts.measures.metric.${slug(m.metric)}`) });
}

/** The point's value in words, with the document's qualifier and its "countries and regions". */
export function pointValue(p: MeasurePoint, lang: Lang): string {
  const t = chartWords(lang);
  if (p.sakura) return t('charts.measures.people', { n: qualified(p.value, p.qualifier, lang) });
  const v = p.fact!.value;
  if (lang === DOCUMENT_LANG) return v.text;
  if (v.unit === 'countries' && /地域/.test(v.text)) return t('charts.measures.countriesAndRegions', { n: formatNumber(v.max, lang) });
  return factValue(v, lang);
}

/** The document's date, the row's group label. */
export const documentDate = (p: MeasurePoint, lang: Lang) => formatDate(p.date, lang);

/** What the figure describes, where it is not simply the document's date: a plan's year, an earlier year. */
export function asOfLabel(p: MeasurePoint, lang: Lang): string {
  const t = chartWords(lang);
  if (p.sakura) return t('charts.measures.planFor', { year: fiscalYearLabel(p.sakura.fiscalYearFrom, lang) });
  return p.asOf.slice(0, 4) === p.date.slice(0, 4) ? '' : t('charts.measures.asOf', { date: formatDate(p.asOf, lang) });
}

export function pointWords(m: Measure, p: MeasurePoint, lang: Lang): string {
  const t = chartWords(lang);
  const as = asOfLabel(p, lang);
  return `${measureHeading(m, lang)}${t('charts.sep.colon')}${t('charts.measures.inDocument', { date: documentDate(p, lang) })}${as ? ` ${as}` : ''} ${pointValue(p, lang)}${citeList([p.source], lang)}`;
}

export function measuresTitle(measures: readonly Measure[], lang: Lang): string {
  const t = chartWords(lang);
  // The measure that moved most, first to last document.
  const moved = [...measures].sort((a, b) => Math.abs(Math.log(b.points.at(-1)!.value / b.points[0]!.value)) - Math.abs(Math.log(a.points.at(-1)!.value / a.points[0]!.value)))[0]!;
  const first = moved.points[0]!;
  const last = moved.points.at(-1)!;
  return t('charts.measures.title', { what: measureHeading(moved, lang), from: pointValue(first, lang), fromDate: documentDate(first, lang), to: pointValue(last, lang), toDate: documentDate(last, lang) });
}

function table(measures: readonly Measure[], lang: Lang): FigureWords['table'] {
  const t = chartWords(lang);
  const columns = [{ label: t('charts.measures.table.measure') }, { label: t('charts.measures.table.document') }, { label: t('charts.measures.table.asOf') }, { label: t('charts.measures.table.value'), numeric: true }, { label: t('charts.table.asWritten') }, { label: t('charts.table.source') }];
  const rows: TableCell[][] = measures.flatMap((m) =>
    m.points.map((p) => [
      { text: [measureHeading(m, lang)] },
      { text: [documentDate(p, lang)] },
      { text: [asOfLabel(p, lang) || '—'] },
      { text: [pointValue(p, lang)], numeric: true },
      { text: [{ text: p.source.quote, lang: DOCUMENT_LANG }] },
      { text: [citeLabel(p.source, lang)], href: sourceLineHref(p.source.seed, p.source.line, lang) },
    ]),
  );
  return { caption: t('charts.measures.table.caption'), columns, rows };
}

export function measuresWords(measures: readonly Measure[], lang: Lang): FigureWords {
  const t = chartWords(lang);
  return {
    title: measuresTitle(measures, lang),
    description: [t('charts.measures.describe'), measures.flatMap((m) => m.points.map((p) => pointWords(m, p, lang))).join(t('charts.sep.item'))].join(t('charts.sep.sentence')),
    note: [[t('charts.measures.note')]],
    table: table(measures, lang),
  };
}
