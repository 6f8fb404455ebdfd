// What the support chart says, in the page's language (src/i18n/<lang>/charts.json, charts.support.*).
// Type names are the documents' own in Japanese and their English names in English; amounts keep the
// documents' qualifiers (最大 up to, 約・程度 about) and say per year or in total as the documents do.
import { factValue } from '../../../core/facts.ts';
import { formatDate } from '../../../core/format.ts';
import type { Lang } from '../../../core/locales.ts';
import { sourceLineHref } from '../../../core/urls.ts';
import type { FigureWords } from '../chart.ts';
import type { TableCell } from '../model.ts';
import { programTag } from '../budget/words.ts';
import { chartWords, citeLabel, citeList, DOCUMENT_LANG } from '../words.ts';
import type { SupportGroup, SupportMark } from './marks.ts';

const slug = (s: string) => s.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');

/** The newest document date among the marks: labels name another document's date only. */
export const newestDate = (groups: readonly SupportGroup[]) => groups.flatMap((g) => g.marks.map((m) => m.date)).sort().at(-1) ?? '';

/** 国際協力加速タイプ / International Cooperation Acceleration Type; the program as a whole where there is no type. */
export function schemeName(m: SupportMark, lang: Lang): string {
  const t = chartWords(lang);
  return m.scheme === null ? t('charts.support.whole') : t(`charts.support.scheme.${slug(m.scheme)}`);
}

/** A row's label: the type, what the amount is per, and the document's date where it is not the newest. */
export function markLabel(m: SupportMark, newest: string, lang: Lang): string {
  const t = chartWords(lang);
  const per = m.metric === 'support-per-project-year' || m.metric === 'jica-support-per-year' ? '' : t(`charts.support.per.${m.metric}`);
  const label = `${schemeName(m, lang)}${per}`;
  return m.date === newest ? label : t('charts.support.dated', { label, date: formatDate(m.date, lang) });
}

/** The amount with the document's qualifier: in Japanese as the document writes it where its words carry the qualifier. */
export function amountLabel(m: SupportMark, lang: Lang): string {
  const v = m.row.value;
  const perYear = v.unit === 'million-yen-per-year';
  if (lang === DOCUMENT_LANG) {
    const marker = { about: /約|程度/, 'up-to': /最大|上限/, 'at-least': /以上/ }[v.qualifier as 'about' | 'up-to' | 'at-least'];
    if (!marker || marker.test(v.text)) return chartWords(lang)(perYear ? 'charts.support.asWrittenPerYear' : 'charts.support.asWritten', { text: v.text.replace(/~/g, '～') });
  }
  return factValue(v, lang);
}

export function markWords(m: SupportMark, newest: string, lang: Lang): string {
  const t = chartWords(lang);
  return `${programTag(m.program, lang)} ${markLabel(m, newest, lang)}${t('charts.sep.colon')}${amountLabel(m, lang)}${citeList(m.rows.map((r) => r.source), lang)}`;
}

export function supportTitle(groups: readonly SupportGroup[], lang: Lang): string {
  const t = chartWords(lang);
  const current = groups.flatMap((g) => g.marks.filter((m) => !m.superseded));
  // Per project and year, from the narrowest top to the widest (the newest document's where two tie); a centre's support said apart.
  const perProject = current.filter((m) => m.metric === 'support-per-project-year');
  const low = [...perProject].sort((a, b) => a.max - b.max || b.date.localeCompare(a.date))[0]!;
  const high = [...perProject].sort((a, b) => b.max - a.max || b.min - a.min || b.date.localeCompare(a.date))[0]!;
  const base = [...current.filter((m) => m.metric === 'support-per-base-year')].sort((a, b) => b.max - a.max)[0];
  const name = (m: SupportMark) => {
    const program = programTag(m.program, lang);
    const scheme = schemeName(m, lang);
    return m.scheme === null || scheme.startsWith(program) ? (m.scheme === null ? program : scheme) : t('charts.support.programScheme', { program, scheme });
  };
  let title = t('charts.support.title', { low: name(low), lowAmount: amountLabel(low, lang), high: name(high), highAmount: amountLabel(high, lang) });
  if (base) title += t('charts.support.titleBase', { program: programTag(base.program, lang), amount: amountLabel(base, lang) });
  return title;
}

function describe(groups: readonly SupportGroup[], lang: Lang): string {
  const t = chartWords(lang);
  const newest = newestDate(groups);
  return [t('charts.support.describe'), groups.flatMap((g) => g.marks.map((m) => markWords(m, newest, lang))).join(t('charts.sep.item'))].join(t('charts.sep.sentence'));
}

function table(groups: readonly SupportGroup[], lang: Lang): FigureWords['table'] {
  const t = chartWords(lang);
  const newest = newestDate(groups);
  const columns = [{ label: t('charts.support.table.program') }, { label: t('charts.support.table.type') }, { label: t('charts.support.table.amount') }, { label: t('charts.table.asWritten') }, { label: t('charts.support.table.document') }, { label: t('charts.table.source') }];
  const rows: TableCell[][] = groups.flatMap((g) =>
    g.marks.flatMap((m) =>
      m.rows.map((r, i) => [
        { text: [programTag(g.program, lang)] },
        { text: [markLabel(m, newest, lang)] },
        { text: [amountLabel(m, lang)] },
        { text: [{ text: r.source.quote, lang: DOCUMENT_LANG }] },
        { text: [formatDate(m.rowDates[i]!, lang)] },
        { text: [citeLabel(r.source, lang)], href: sourceLineHref(r.source.seed, r.source.line, lang) },
      ]),
    ),
  );
  return { caption: t('charts.support.table.caption'), columns, rows };
}

export function supportWords(groups: readonly SupportGroup[], lang: Lang): FigureWords {
  const t = chartWords(lang);
  return {
    title: supportTitle(groups, lang),
    description: describe(groups, lang),
    note: [[[t('charts.support.note.what'), t('charts.support.note.scale'), t('charts.support.note.marks')].join(t('charts.sep.sentence'))]],
    table: table(groups, lang),
  };
}
