// What the comparison says, in the page's language (src/i18n/<lang>/charts.json, charts.compare.*).
import { fiscalYearLabel, fiscalYearLong, formatList, formatNumber, millionYen, millionYenLong } from '../../../core/format.ts';
import type { Lang } from '../../../core/locales.ts';
import { sourceLineHref } from '../../../core/urls.ts';
import type { FigureWords } from '../chart.ts';
import type { TableCell } from '../model.ts';
import { kindName, kindTag, programTag } from '../budget/words.ts';
import { chartWords, citeLabel, citeList } from '../words.ts';
import { comparedBars, type CompareBar, type Comparison } from './marks.ts';

/** The statement a bar shows where it is not the one the panel names: 当初（令和4年度） / initial (FY2022); a supplementary budget's round and year. */
export function statementLabel(bar: CompareBar, c: Pick<Comparison, 'year' | 'kind'>, lang: Lang): string {
  const t = chartWords(lang);
  const m = bar.mark;
  const tag = m.supplementaryRound !== null ? t('charts.budget.tagWithRound', { tag: kindTag(m.kind, lang), round: m.supplementaryRound }) : kindTag(m.kind, lang);
  const agency = m.agency ? ` ${m.agency}` : '';
  if (m.kind !== 'supplementary' && m.fiscalYear === c.year && m.kind === c.kind && !m.agency) return '';
  return t('charts.compare.rowWithYear', { year: fiscalYearLabel(m.fiscalYear, lang), tag: `${tag}${agency}` });
}

export function barTip(bar: CompareBar, lang: Lang): string {
  const t = chartWords(lang);
  const m = bar.mark;
  return `${programTag(bar.program, lang)}${t('charts.sep.colon')}${fiscalYearLabel(m.fiscalYear, lang)} ${kindName(m.kind, lang)}${m.agency ? t('charts.budget.agencyShare', { agency: m.agency }) : ''} ${millionYen(m.amount, lang)}${citeList(m.rows.map((r) => r.source), lang)}`;
}

/** What was done, said in the chart above the bars. */
export function scaleStatement(c: Comparison, lang: Lang): string[] {
  const t = chartWords(lang);
  const lines = [t('charts.compare.statement', { year: fiscalYearLabel(c.year, lang) })];
  for (const u of c.umbrellas) {
    lines.push(t('charts.compare.umbrella', { program: programTag(u.program, lang), amount: millionYen(u.mark.amount, lang), members: formatList(u.members.map((m) => programTag(m, lang)), lang) }));
  }
  return lines;
}

export function compareTitle(c: Comparison, lang: Lang): string {
  const t = chartWords(lang);
  const hi = c.regular[0]!;
  const lo = c.regular.at(-1)!;
  return t('charts.compare.title', {
    year: fiscalYearLabel(c.year, lang),
    high: programTag(hi.program, lang),
    highAmount: millionYen(hi.mark.amount, lang),
    low: programTag(lo.program, lang),
    lowAmount: millionYen(lo.mark.amount, lang),
    ratio: formatNumber(Math.round(hi.mark.amount / lo.mark.amount), lang),
  });
}

function describe(c: Comparison, lang: Lang): string {
  const t = chartWords(lang);
  const item = (b: CompareBar) => `${programTag(b.program, lang)} ${statementLabel(b, c, lang) || t('charts.compare.rowWithYear', { year: fiscalYearLabel(b.mark.fiscalYear, lang), tag: kindTag(b.mark.kind, lang) })} ${millionYen(b.mark.amount, lang)}`;
  const parts = [t('charts.compare.describe.regular', { year: fiscalYearLabel(c.year, lang), items: c.regular.map(item).join(t('charts.sep.item')) })];
  if (c.supplementary.length) parts.push(t('charts.compare.describe.supplementary', { items: c.supplementary.map(item).join(t('charts.sep.item')) }));
  return parts.join(t('charts.sep.sentence'));
}

function table(c: Comparison, lang: Lang): FigureWords['table'] {
  const t = chartWords(lang);
  const columns = [
    { label: t('charts.budget.table.program') },
    { label: t('charts.budget.table.fiscalYear') },
    { label: t('charts.budget.table.kind') },
    { label: t('charts.budget.table.agency') },
    { label: t('charts.budget.table.amount'), numeric: true },
    { label: t('charts.compare.table.shown') },
    { label: t('charts.table.asWritten') },
    { label: t('charts.table.source') },
  ];
  const shown = (b: CompareBar) => (c.umbrellas.some((u) => u.mark === b.mark) ? t('charts.compare.table.leftOut') : b.mark.kind === 'supplementary' ? t('charts.compare.table.supplementary') : t('charts.compare.table.regular'));
  const rows: TableCell[][] = comparedBars(c).flatMap((b) =>
    b.mark.rows.map((r) => [
      { text: [programTag(b.program, lang)] },
      { text: [fiscalYearLong(b.mark.fiscalYear, lang)] },
      { text: [kindName(b.mark.kind, lang) + (r.supplementaryRound ? t('charts.budget.roundInTable', { round: r.supplementaryRound }) : '')] },
      { text: [b.mark.agency ?? '—'] },
      { text: [formatNumber(b.mark.amount, lang)], numeric: true },
      { text: [shown(b)] },
      { text: [{ text: r.amountText + (r.caveat ? ` ${r.caveat}` : ''), lang: 'ja' as const }] },
      { text: [citeLabel(r.source, lang)], href: sourceLineHref(r.source.seed, r.source.line, lang) },
    ]),
  );
  return { caption: t('charts.compare.table.caption'), columns, rows };
}

export function compareWords(c: Comparison, lang: Lang): FigureWords {
  const t = chartWords(lang);
  const note = [t('charts.compare.note.what', { year: fiscalYearLabel(c.year, lang) }), t('charts.compare.note.scale')];
  if (c.supplementary.length) {
    const largest = c.supplementary[0]!;
    note.push(t('charts.compare.note.supplementary', { program: programTag(largest.program, lang), amount: millionYenLong(largest.mark.amount, lang) }));
  }
  return { title: compareTitle(c, lang), description: describe(c, lang), note: [[note.join(t('charts.sep.sentence'))], ...scaleStatement(c, lang).slice(1).map((s) => [s])], table: table(c, lang) };
}
