// What a budget figure says, in the page's language: labels, title, description, note and table.
// The words are in src/i18n/<lang>/charts.json (charts.budget.*).
import { greatest, least } from 'd3-array';
import { fiscalYearLabel, fiscalYearLong, formatList, formatNumber, millionYen, millionYenLong } from '../../../core/format.ts';
import type { Lang } from '../../../core/locales.ts';
import { sourceLineHref } from '../../../core/urls.ts';
import type { BudgetKind } from '../../../schemas/datasets.ts';
import { programEntry, type ChartData, type ProgramEntry } from '../data.ts';
import type { FigureWords } from '../chart.ts';
import type { TableCell } from '../model.ts';
import { chartWords, citeLabel, citeList, qualified } from '../words.ts';
import { isUmbrella, kindsOf, largestSupplementary, latestMark, markBefore, scaleContrast, type BudgetMark, type BudgetPanelSpec } from './marks.ts';

const kindWord = (form: 'tag' | 'name' | 'legend' | 'short' | 'inWords' | 'fill', kind: BudgetKind, lang: Lang) => chartWords(lang)(`charts.budget.${form}.${kind}`);

/** 当初 / initial: the short tag on a bar's row. */
export const kindTag = (kind: BudgetKind, lang: Lang) => kindWord('tag', kind, lang);
/** 当初予算額 / initial budget */
export const kindName = (kind: BudgetKind, lang: Lang) => kindWord('name', kind, lang);

/** The program's name with its acronym: SICORP（戦略的国際共同研究プログラム） / SICORP (Strategic International Collaborative Research Program). */
export function programLabel(p: ProgramEntry, lang: Lang): string {
  const name = p.name[lang];
  if (!p.acronym || name.includes(p.acronym)) return name;
  return chartWords(lang)('charts.budget.programWithAcronym', { acronym: p.acronym, name });
}
/** The shortest name, for a chart's labels: the acronym, or the name without its trailing parenthetical (KAKENHI International Leading Research). */
export function programTag(p: ProgramEntry, lang: Lang): string {
  return p.acronym ?? p.name[lang].replace(/\s*[（(][^（()）]*[)）]$/, '');
}
/** The short name in running text: the acronym where there is one. */
export function programShort(p: ProgramEntry, lang: Lang): string {
  return p.acronym ?? p.name[lang];
}

/** 第2次 / no. 2; where the documents give no round, that they do not. */
const roundWords = (m: BudgetMark, lang: Lang) => (m.supplementaryRound === null ? chartWords(lang)('charts.budget.roundNotStated') : chartWords(lang)('charts.budget.round', { round: m.supplementaryRound }));

/** The amount on a bar, with the document's qualifier and ≠ where documents disagree. */
export function amountText(m: BudgetMark, lang: Lang): string {
  const q = qualified(m.amount, m.qualifier, lang);
  return m.disagrees ? `${q} ≠` : q;
}

/** 当初 JST / initial JST (and the round, where it tells two marks apart). */
export function rowLabel(m: BudgetMark, lang: Lang): string {
  // Short, for the label column: the round where the document gives one (the tooltip says when it does not).
  const kind = m.showRound && m.supplementaryRound !== null ? chartWords(lang)('charts.budget.tagWithRound', { tag: kindTag(m.kind, lang), round: m.supplementaryRound }) : kindTag(m.kind, lang);
  return `${kind}${m.agency ? ` ${m.agency}` : ''}`;
}

/** A mark in words: 令和5年度 当初予算額 JST分 1,073百万円 / FY2023 initial budget JST’s share ¥1,073 million. */
export function markWords(m: BudgetMark, lang: Lang): string {
  const t = chartWords(lang);
  const kind = kindWord('inWords', m.kind, lang);
  return t('charts.budget.mark', {
    year: fiscalYearLabel(m.fiscalYear, lang),
    kind: m.showRound ? t('charts.budget.kindWithRound', { kind, round: roundWords(m, lang) }) : kind,
    agency: m.agency ? t('charts.budget.agencyShare', { agency: m.agency }) : '',
    amount: millionYen(m.amount, lang),
    differ: m.disagrees ? t('charts.budget.sourcesDiffer') : '',
  });
}

/** A bar's tooltip: the program, the mark in words, its source lines. */
export function markTip(panel: BudgetPanelSpec, m: BudgetMark, lang: Lang): string {
  const t = chartWords(lang);
  return `${programShort(panel.program, lang)}${t('charts.sep.colon')}${markWords(m, lang)}${citeList(m.rows.map((r) => r.source), lang)}`;
}

export function panelHeading(panel: BudgetPanelSpec, lang: Lang): string {
  if (!panel.supplementary) return programLabel(panel.program, lang);
  return chartWords(lang)('charts.budget.panel.supplementary', { program: programShort(panel.program, lang) });
}

/** The line under a panel's heading stating its scale. */
export function scaleNote(max: number, own: boolean, lang: Lang): string {
  return chartWords(lang)(own ? 'charts.budget.scaleOwn' : 'charts.budget.scale', { max: formatNumber(max, lang) });
}

/** What was done with the scales, said in the chart: several panels' scales, and the supplementary outlier with its ratio. */
export function scaleStatement(panels: readonly BudgetPanelSpec[], data: Pick<ChartData, 'programs'>, lang: Lang): string {
  const t = chartWords(lang);
  const contrast = scaleContrast(panels);
  const parts: string[] = [];
  if (panels.length > 1) parts.push(t('charts.budget.scales.many'));
  if (contrast) {
    const { largest: l, smallest: s } = contrast;
    parts.push(
      t('charts.budget.scales.contrast', {
        large: programShort(programEntry(data, l.program), lang),
        largeYear: fiscalYearLabel(l.fiscalYear, lang),
        largeAmount: millionYenLong(l.amount, lang),
        small: programShort(programEntry(data, s.program), lang),
        smallYear: fiscalYearLabel(s.fiscalYear, lang),
        smallKind: kindTag(s.kind, lang),
        smallAmount: millionYen(s.amount, lang),
        ratio: formatNumber(contrast.ratio, lang),
      }),
    );
  }
  return parts.join(t('charts.sep.sentence'));
}

/** What was done with scales, for the caption (the chart itself states the amounts and the ratio). */
function shortScaleNote(panels: readonly BudgetPanelSpec[], lang: Lang): string {
  const t = chartWords(lang);
  const parts = [t(panels.length > 1 ? 'charts.budget.caption.scales.many' : 'charts.budget.caption.scales.one')];
  // "Far larger than the others" only where there are others to compare with.
  if (scaleContrast(panels)) parts.push(t('charts.budget.caption.supplementary'));
  else if (panels.some((p) => p.supplementary) && panels.every((p) => p.supplementary)) parts.push(t('charts.budget.caption.supplementaryOnly'));
  return parts.join(t('charts.sep.sentence'));
}

/** Legend labels: each kind present, and ≠ where documents disagree. */
export function legendLabels(panels: readonly BudgetPanelSpec[], lang: Lang): { kinds: { kind: BudgetKind; label: string }[]; others: string; disagree: string | null } {
  const t = chartWords(lang);
  const barKinds = new Set(panels.flatMap((p) => p.years.map((y) => y.primary.kind)));
  return {
    others: t('charts.budget.legendOthers'),
    kinds: kindsOf(panels).filter((k) => barKinds.has(k)).map((kind) => ({ kind, label: t('charts.budget.legendEntry', { tag: kindTag(kind, lang), name: kindWord('legend', kind, lang) }) })),
    disagree: panels.some((p) => p.marks.some((m) => m.disagrees)) ? t('charts.budget.legendDisagree') : null,
  };
}

export function budgetTitle(panels: readonly BudgetPanelSpec[], lang: Lang): string {
  const t = chartWords(lang);
  const regular = panels.filter((p) => !p.supplementary);
  const suppMax = largestSupplementary(panels);
  const programs = new Set(panels.map((p) => p.program.id));
  if (programs.size === 1) {
    const program = programShort(panels[0]!.program, lang);
    if (regular.length === 0 && suppMax) {
      // The year, round and amount all come from the one mark; the year before, where the documents give one, is said beside it.
      const kind = suppMax.supplementaryRound === null ? kindWord('short', 'supplementary', lang) : t('charts.budget.supplementaryRound', { round: suppMax.supplementaryRound });
      const prior = panels.find((p) => p.supplementary)!.years.find((y) => y.fiscalYear === suppMax.fiscalYear - 1)?.primary;
      const before = !prior
        ? ''
        : prior.amount === suppMax.amount
          ? t('charts.budget.title.supplementaryBefore', { year: fiscalYearLabel(prior.fiscalYear, lang) })
          : t('charts.budget.title.supplementaryBeforeOther', { year: fiscalYearLabel(prior.fiscalYear, lang), amount: millionYenLong(prior.amount, lang) });
      return t('charts.budget.title.supplementaryOnly', { program, year: fiscalYearLabel(suppMax.fiscalYear, lang), kind, amount: millionYenLong(suppMax.amount, lang), before });
    }
    const latest = latestMark(regular[0]!);
    const before = markBefore(regular[0]!, latest);
    let title = t('charts.budget.title.latest', {
      program,
      year: fiscalYearLabel(latest.fiscalYear, lang),
      kind: kindWord('short', latest.kind, lang),
      amount: millionYen(latest.amount, lang),
      agency: latest.agency ? t('charts.budget.agencyShareTitle', { agency: latest.agency }) : '',
    });
    if (before) title += t('charts.budget.title.before', { amount: millionYen(before.amount, lang), year: fiscalYearLabel(before.fiscalYear, lang) });
    if (suppMax) title += t('charts.budget.title.supplementaryBesides', { amount: millionYenLong(suppMax.amount, lang) });
    return title;
  }
  // A program whose budget is the sum of others in the figure (its parent) is no program's latest budget.
  const latest = regular.filter((p) => !isUmbrella(p, panels)).map((p) => ({ program: p.program, mark: latestMark(p) }));
  const lo = least(latest, (l) => l.mark.amount)!;
  const hi = greatest(latest, (l) => l.mark.amount)!;
  let title = t('charts.budget.title.range', { low: programShort(lo.program, lang), lowAmount: millionYen(lo.mark.amount, lang), high: programShort(hi.program, lang), highAmount: millionYen(hi.mark.amount, lang) });
  if (suppMax) title += t('charts.budget.title.rangeSupplementary', { program: programShort(panels.find((p) => p.program.id === suppMax.program)!.program, lang), amount: millionYenLong(suppMax.amount, lang) });
  return title;
}

export function describe(panels: readonly BudgetPanelSpec[], lang: Lang): string {
  const t = chartWords(lang);
  const parts = panels.map((p) => {
    const head = p.supplementary ? t('charts.budget.describe.supplementaryHead', { program: programShort(p.program, lang) }) : programShort(p.program, lang);
    return t('charts.budget.describe.panel', { head, items: p.marks.map((m) => markWords(m, lang)).join(t('charts.sep.item')) });
  });
  return [t('charts.budget.describe.intro'), parts.join(t('charts.sep.sentence'))].join(t('charts.sep.sentence'));
}

function note(panels: readonly BudgetPanelSpec[], lang: Lang): FigureWords['note'] {
  const t = chartWords(lang);
  const agencies = [...new Set(panels.flatMap((p) => p.marks.map((m) => m.agency)).filter((a): a is NonNullable<typeof a> => a !== null))];
  const kinds = kindsOf(panels)
    .map((k) => t('charts.budget.note.kindFill', { fill: kindWord('fill', k, lang), kind: kindName(k, lang) }))
    .join(t('charts.sep.item'));
  const first = [
    t(panels.length > 1 ? 'charts.budget.note.intro.many' : 'charts.budget.note.intro.one', { kinds }),
    ...(agencies.length > 0 ? [t('charts.budget.note.agencies', { agencies: formatList(agencies, lang) })] : []),
    t('charts.budget.note.disagree'),
  ];
  return [[first.join(t('charts.sep.sentence'))], [shortScaleNote(panels, lang)]];
}

function table(panels: readonly BudgetPanelSpec[], lang: Lang): FigureWords['table'] {
  const t = chartWords(lang);
  const columns = [
    { label: t('charts.budget.table.program') },
    { label: t('charts.budget.table.fiscalYear') },
    { label: t('charts.budget.table.kind') },
    { label: t('charts.budget.table.agency') },
    { label: t('charts.budget.table.amount'), numeric: true },
    { label: t('charts.table.asWritten') },
    { label: t('charts.table.source') },
  ];
  const rows: TableCell[][] = panels.flatMap((p) =>
    p.marks.flatMap((m) =>
      m.rows.map((r) => [
        { text: [programShort(p.program, lang)] },
        { text: [fiscalYearLong(m.fiscalYear, lang)] },
        { text: [kindName(m.kind, lang) + (r.supplementaryRound ? t('charts.budget.roundInTable', { round: r.supplementaryRound }) : '') + (m.disagrees ? ' ≠' : '')] },
        { text: [m.agency ?? '—'] },
        { text: [formatNumber(m.amount, lang)], numeric: true },
        { text: [{ text: r.amountText + (r.caveat ? ` ${r.caveat}` : ''), lang: 'ja' as const }] },
        { text: [citeLabel(r.source, lang)], href: sourceLineHref(r.source.seed, r.source.line, lang) },
      ]),
    ),
  );
  return { caption: t('charts.budget.table.caption'), columns, rows };
}

export function budgetWords(panels: readonly BudgetPanelSpec[], lang: Lang): FigureWords {
  return { title: budgetTitle(panels, lang), description: describe(panels, lang), note: note(panels, lang), table: table(panels, lang) };
}
