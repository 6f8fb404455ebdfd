// What the trial-call figure says, in the page's language (src/i18n/<lang>/charts.json,
// charts.trialCall.*). Country names are the document's own in Japanese and Intl's elsewhere;
// fields and funders come from the dataset in both languages.
import { countryName as intlCountryName, formatNumber } from '../../../core/format.ts';
import type { Lang } from '../../../core/locales.ts';
import { sourceLineHref } from '../../../core/urls.ts';
import type { TrialCallRow } from '../../../schemas/datasets.ts';
import type { FigureWords } from '../chart.ts';
import { programEntry, type ChartData } from '../data.ts';
import type { Rich, TableCell } from '../model.ts';
import { chartWords, citeLabel, DOCUMENT_LANG } from '../words.ts';
import { breakdown, PROGRAM, summary } from './marks.ts';

export const countryName = (r: Pick<TrialCallRow, 'country' | 'countryIso'>, lang: Lang) => (lang === DOCUMENT_LANG ? (r.country ?? '') : r.countryIso ? intlCountryName(r.countryIso, lang) : '');
export const fieldName = (r: TrialCallRow, lang: Lang) => (lang === DOCUMENT_LANG ? r.field : r.fieldEn) ?? '';
export const funderName = (r: TrialCallRow, lang: Lang) => (lang === DOCUMENT_LANG ? r.funder : r.funderEn) ?? '';

/** A country's name in running text: the United States, the United Kingdom; France (the dictionary lists the names that take an article). */
function countryInText(name: string, lang: Lang): string {
  const t = chartWords(lang);
  const withArticle = t('charts.trialCall.countriesWithArticle').split('|').filter(Boolean);
  return withArticle.some((prefix) => name.startsWith(prefix)) ? t('charts.trialCall.countryWithArticle', { name }) : name;
}

export function trialCallTitle(rows: readonly TrialCallRow[], lang: Lang): string {
  const s = summary(rows);
  return chartWords(lang)('charts.trialCall.title', { total: formatNumber(s.proposals, lang), top: formatNumber(s.topCountry.count, lang), country: countryInText(countryName(s.topCountry, lang), lang), adopted: formatNumber(s.adoptions, lang) });
}

/** 7件 / 7: a bar's value. */
export const countLabel = (n: number, lang: Lang) => chartWords(lang)('charts.trialCall.count', { n: formatNumber(n, lang) });

/** 10件中2件採択 / 10, 2 adopted */
export const fieldLabel = (proposed: number, adopted: number, lang: Lang) =>
  chartWords(lang)(adopted === 0 ? 'charts.trialCall.noneAdopted' : 'charts.trialCall.adopted', { n: formatNumber(proposed, lang), adopted: formatNumber(adopted, lang) });

export const panelHeading = (panel: 'countries' | 'fields' | 'funders', lang: Lang) => chartWords(lang)(`charts.trialCall.panel.${panel}`);

/** A bar in running text: a country or field, or a funder with its country. */
export const barName = (group: string, label: string, lang: Lang) => (label ? chartWords(lang)('charts.trialCall.funderOf', { group, label }) : group);

export function describe(rows: readonly TrialCallRow[], panels: readonly { heading: string; items: string[] }[], lang: Lang): string {
  const t = chartWords(lang);
  const s = summary(rows);
  const parts = panels.map((p) => t('charts.trialCall.describe.panel', { heading: p.heading, items: p.items.join(t('charts.sep.item')) }));
  return [t('charts.trialCall.describe.intro', { total: formatNumber(s.proposals, lang), adopted: formatNumber(s.adoptions, lang) }), ...parts].join(t('charts.sep.sentence'));
}

function note(data: ChartData, lang: Lang): Rich[] {
  const s = summary(data.trialCall);
  return [
    [
      chartWords(lang)('charts.trialCall.note', {
        program: programEntry(data, PROGRAM).name[lang],
        total: formatNumber(s.proposals, lang),
        countries: breakdown(data.trialCall, 'proposals-by-country').length,
        fields: breakdown(data.trialCall, 'proposals-by-field').length,
        adopted: s.adoptions,
      }),
    ],
  ];
}

const ORDER: readonly TrialCallRow['breakdown'][] = ['proposals-by-country', 'proposals-by-field', 'adoptions-by-field', 'proposals-by-funder'];

function table(rows: readonly TrialCallRow[], lang: Lang): FigureWords['table'] {
  const t = chartWords(lang);
  const columns = [
    { label: t('charts.trialCall.table.breakdown') },
    { label: t('charts.trialCall.table.country') },
    { label: t('charts.trialCall.table.field') },
    { label: t('charts.trialCall.table.funder') },
    { label: t('charts.trialCall.table.count'), numeric: true },
    { label: t('charts.table.source') },
  ];
  // An English funder's name is followed by the document's own where they differ.
  const funderCell = (r: TrialCallRow): Rich =>
    !r.funder ? ['—'] : lang === DOCUMENT_LANG || r.funder === r.funderEn ? [funderName(r, lang)] : [funderName(r, lang), ' (', { text: r.funder, lang: DOCUMENT_LANG }, ')'];
  const cells: TableCell[][] = ORDER.flatMap((k) =>
    breakdown(rows, k).map((r) => [
      { text: [t(`charts.trialCall.breakdown.${k}`)] },
      { text: [countryName(r, lang) || '—'] },
      { text: [fieldName(r, lang) || '—'] },
      { text: funderCell(r) },
      { text: [formatNumber(r.count, lang)], numeric: true },
      { text: [citeLabel(r.source, lang)], href: sourceLineHref(r.source.seed, r.source.line, lang) },
    ]),
  );
  return { caption: t('charts.table.caption'), columns, rows: cells };
}

export function trialCallWords(data: ChartData, panels: readonly { heading: string; items: string[] }[], lang: Lang): FigureWords {
  return { title: trialCallTitle(data.trialCall, lang), description: describe(data.trialCall, panels, lang), note: note(data, lang), table: table(data.trialCall, lang) };
}
