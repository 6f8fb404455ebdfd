import { formatList } from '../../src/core/format.ts';
import type { Lang } from '../../src/core/locales.ts';
import { dataHref, sourceLineHref } from '../../src/core/urls.ts';
import type { SeedRecord } from '../../src/schemas/datasets.ts';
import type { AppliedCorrection } from '../pipeline/clean.ts';
import { CLEANING_RULES, cleaningSites } from '../pipeline/clean.ts';
import type { Seed } from '../pipeline/seed.ts';
import { importComponent, link, pageText, table, frontmatter } from './mdx.ts';
import { SOURCE_LANG, words } from './words.ts';

/** A source document's page: its record, then its full text with a numbered, linkable line each. */
export function sourcePage(rec: SeedRecord, l: Lang): string {
  const w = words(l);
  const titles = { ja: rec.titleJa, en: rec.titleEn };
  const rows: [string, string][] = [
    ['title', w.foreign(SOURCE_LANG, rec.titleJa)],
    ['titleEn', w.foreign('en', rec.titleEn)],
    ['issuer', pageText(l, rec.issuer[l])],
    ['kind', pageText(l, rec.kind[l])],
    ['date', w.text('source.dateWithNote', { date: rec.date, note: rec.dateNote[l] })],
    ['datedBy', formatList(rec.datedBy.map((s) => link(w.t('source.lineLink', { line: s.line }), `#L${s.line}`)), l)],
    ['lines', pageText(l, String(rec.lines))],
    ['file', w.mdx('source.fileValue', { file: link(rec.file, dataHref(`seeds/${rec.file}`)), sha: `<code>${rec.sha256}</code>` })],
  ];
  return [
    frontmatter({
      title: w.t('source.title', { id: rec.id, title: titles[l] }),
      description: w.t('source.description', { title: titles[l], issuer: rec.issuer[l], date: rec.date }),
      sidebar: { label: w.t('pages.document', { seed: rec.id }), order: Number(rec.id) + 1 },
      pageKind: 'source',
      sources: [rec.id],
    }),
    '',
    importComponent('SourceText', 'SourceText.astro', l),
    '',
    w.text('source.intro'),
    '',
    table([w.text('source.table.field'), w.text('source.table.value')], rows.map(([k, v]) => [w.text(`source.field.${k}`), v])),
    `## ${w.text('source.textHeading')}`,
    '',
    `<SourceText seed="${rec.id}" lang="${l}" />`,
    '',
  ].join('\n');
}

export function errataPage(corrections: AppliedCorrection[], seeds: ReadonlyMap<string, SeedRecord>, l: Lang, texts: ReadonlyMap<string, Seed> = new Map()): string {
  const w = words(l);
  // Where a cleaning touches particular lines, they are listed after the rule.
  const sites = [...texts.values()].flatMap((seed) => cleaningSites(seed).map((x) => ({ ...x, seed: seed.id })));
  const where = (rule: number) => {
    const at = sites.filter((x) => x.rule === rule).flatMap((x) => x.lines.map((line) => link(w.t('pages.lineRef', { seed: x.seed, line }), sourceLineHref(x.seed, line, l))));
    return at.length ? ` ${w.mdx('pages.inParentheses', { text: formatList(at, l) })}` : '';
  };
  const sorted = [...corrections].sort((a, b) => a.seed.localeCompare(b.seed) || a.line - b.line);
  const header = ['where', 'asWritten', 'corrected', 'why'].map((k) => w.text(`source.errata.${k}`));
  const rows = sorted.map((c) => [
    link(w.t('source.errata.lineRef', { seed: c.seed, line: c.line }), sourceLineHref(c.seed, c.line, l)),
    w.foreign(SOURCE_LANG, c.asWritten),
    c.corrected === '' ? w.text('source.errata.removed') : w.foreign(SOURCE_LANG, c.corrected),
    pageText(l, c.why[l]),
  ]);
  return [
    frontmatter({
      title: w.t('pages.errata'),
      description: w.t('source.errata.description'),
      sidebar: { order: 0 },
      pageKind: 'errata',
      sources: [...new Set(sorted.map((c) => c.seed))].sort(),
    }),
    '',
    w.text('source.errata.intro'),
    '',
    CLEANING_RULES[l].map((r, i) => `- ${pageText(l, r)}${where(i)}`).join('\n'),
    '',
    `## ${w.text('source.errata.heading')}`,
    '',
    rows.length ? table(header, rows) : w.text('source.errata.none'),
    '',
    w.text('source.errata.documents', { documents: formatList([...seeds.keys()], l) }),
    '',
  ].join('\n');
}
