// What the co-authorship figure says, in the page's language (src/i18n/<lang>/charts.json,
// charts.coauthorship.*). Partner names are the document's own in Japanese and Intl's elsewhere; the
// document's notes are quoted in Japanese, with an English gloss where their form is known.
import { countryName, formatDate, formatPercent, ordinal } from '../../../core/format.ts';
import type { Lang } from '../../../core/locales.ts';
import { sourceLineHref } from '../../../core/urls.ts';
import type { CoauthorshipRow } from '../../../schemas/datasets.ts';
import type { FigureWords } from '../chart.ts';
import type { Rich, TableCell } from '../model.ts';
import { chartWords, citeLabel, DOCUMENT_LANG } from '../words.ts';
import type { Partner, Period } from './marks.ts';

export const partnerName = (p: Partner, lang: Lang) => (lang === DOCUMENT_LANG ? p.nameJa : countryName(p.iso, lang));

export function periodLabel(period: Period, lang: Lang): string {
  const [from, to] = period.split('-');
  return chartWords(lang)('charts.coauthorship.period', { from: from!, to: to! });
}

/** 5位 8.5% / 5th 8.5%: a point's label. */
export const pointLabel = (row: CoauthorshipRow, lang: Lang) => `${ordinal(row.rank, lang)} ${formatPercent(row.sharePercent, lang)}`;

/** The takeaway, from the ranks in the data: how Japan moved, and who is first now and where it was. */
export function coauthorshipTitle(list: readonly Partner[], lang: Lang): string {
  const t = chartWords(lang);
  const japan = list.find((p) => p.iso === 'JP');
  const first = list.find((p) => p.after?.rank === 1);
  const move = (p: Partner) => {
    const a = p.before!.rank;
    const b = p.after!.rank;
    const key = a === b ? 'same' : b > a ? 'fell' : 'rose';
    return t(`charts.coauthorship.move.${key}`, { from: ordinal(a, lang), to: ordinal(b, lang) });
  };
  const parts: string[] = [];
  if (japan?.before && japan.after) parts.push(t('charts.coauthorship.title.japan', { move: move(japan) }));
  if (first?.before && first.after && first !== japan) parts.push(t('charts.coauthorship.title.partner', { partner: partnerName(first, lang), move: move(first) }));
  if (parts.length === 0) return t('charts.coauthorship.title.plain');
  return t('charts.coauthorship.title', { parts: parts.join(t('charts.coauthorship.title.join')) });
}

/** 日本：5位 8.5% → 8位 5.7% / Japan: 5th, 8.5% → 8th, 5.7% */
export function partnerWords(p: Partner, lang: Lang): string {
  const t = chartWords(lang);
  const side = (r: CoauthorshipRow | null) => (r ? t('charts.coauthorship.rankShare', { rank: ordinal(r.rank, lang), share: formatPercent(r.sharePercent, lang) }) : t('charts.coauthorship.notListed'));
  return `${partnerName(p, lang)}${t('charts.sep.colon')}${side(p.before)} → ${side(p.after)}`;
}

const emGloss = (method: string, lang: Lang): string | null => {
  const key = /整数カウント/.test(method) ? 'integer' : /分数カウント/.test(method) ? 'fractional' : null;
  return key ? chartWords(lang)(`charts.coauthorship.gloss.${key}`) : null;
};

/** NISTEP's report as the origin note names it, in `lang`; null when the note is not in the expected form. */
export function originGloss(origin: string, lang: Lang): string | null {
  const t = chartWords(lang);
  const year = /科学研究のベンチマーク\s*(\d{4})/.exec(origin)?.[1];
  const no = /調査資料-(\d+)/.exec(origin)?.[1];
  const date = /(\d{4})年(\d{1,2})月/.exec(origin);
  if (!year || !/科学技術・学術政策研究所/.test(origin)) return null;
  const month = date ? formatDate(`${date[1]}-${date[2]!.padStart(2, '0')}`, lang) : null;
  const issue = no ? t('charts.coauthorship.gloss.issue', { no, month: month ? `${t('charts.sep.list')}${month}` : '' }) : month ? t('charts.coauthorship.gloss.when', { month }) : '';
  const processed = /文部科学省が加工/.test(origin) ? t('charts.coauthorship.gloss.processed') : '';
  return t('charts.coauthorship.gloss.origin', { year, issue, processed });
}

/** The note without its (出典) label and outer brackets. */
const stripParens = (s: string) => {
  const t = s.trim().replace(/^[（(]出典[）)]\s*/, '');
  return (/^[（(].*[）)]$/.test(t) ? t.slice(1, -1) : t).trim();
};

/** A note of the document, quoted in its language, glossed where the page is in another. */
function quoted(label: 'method' | 'origin', text: string, gloss: string | null, lang: Lang): Rich {
  const t = chartWords(lang);
  const quote = { text: stripParens(text), lang: DOCUMENT_LANG };
  if (lang === DOCUMENT_LANG) return [t(`charts.coauthorship.note.${label}`), quote.text];
  return gloss ? [t(`charts.coauthorship.note.${label}Glossed`, { gloss }), quote, t('charts.coauthorship.note.glossEnd')] : [t(`charts.coauthorship.note.${label}`), quote, ''];
}

function note(rows: readonly CoauthorshipRow[], list: readonly Partner[], lang: Lang): Rich[] {
  const t = chartWords(lang);
  const first = list.find((p) => p.after?.rank === 1);
  const alsoFirst = first && first.iso !== 'JP' ? t('charts.coauthorship.note.alsoFirst', { partner: partnerName(first, lang) }) : '';
  return [
    [t('charts.coauthorship.note.intro', { alsoFirst })],
    ...[...new Set(rows.map((r) => r.countingMethod))].map((m) => quoted('method', m, emGloss(m, lang), lang)),
    ...[...new Set(rows.map((r) => r.origin))].map((o) => quoted('origin', o, originGloss(o, lang), lang)),
  ];
}

export function describe(list: readonly Partner[], lang: Lang): string {
  const t = chartWords(lang);
  return t('charts.coauthorship.describe', { items: list.map((p) => partnerWords(p, lang)).join(t('charts.coauthorship.describe.sep')) });
}

function table(list: readonly Partner[], lang: Lang): FigureWords['table'] {
  const t = chartWords(lang);
  const columns = [
    { label: t('charts.coauthorship.table.partner') },
    { label: t('charts.coauthorship.table.rank', { period: periodLabel('2005-2007', lang) }), numeric: true },
    { label: t('charts.coauthorship.table.share'), numeric: true },
    { label: t('charts.coauthorship.table.rank', { period: periodLabel('2015-2017', lang) }), numeric: true },
    { label: t('charts.coauthorship.table.share'), numeric: true },
    { label: t('charts.table.source') },
  ];
  const rows: TableCell[][] = list.map((p) => {
    const s = (p.before ?? p.after)!.source;
    return [
      { text: [partnerName(p, lang)] },
      { text: [p.before ? ordinal(p.before.rank, lang) : '—'], numeric: true },
      { text: [p.before ? p.before.sharePercent.toFixed(1) : '—'], numeric: true },
      { text: [p.after ? ordinal(p.after.rank, lang) : '—'], numeric: true },
      { text: [p.after ? p.after.sharePercent.toFixed(1) : '—'], numeric: true },
      { text: [citeLabel(s, lang)], href: sourceLineHref(s.seed, s.line, lang) },
    ];
  });
  return { caption: t('charts.table.caption'), columns, rows };
}

export function coauthorshipWords(rows: readonly CoauthorshipRow[], list: readonly Partner[], lang: Lang): FigureWords {
  return { title: coauthorshipTitle(list, lang), description: describe(list, lang), note: note(rows, list, lang), table: table(list, lang) };
}
