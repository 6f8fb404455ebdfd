import { budgetDisagreements, BUDGET_KIND_ORDER } from '../../src/core/budgets.ts';
import { factValue, qualifiedMillionYen } from '../../src/core/facts.ts';
import { fiscalYearLong, formatDate, formatList } from '../../src/core/format.ts';
import { LANGS, type Lang } from '../../src/core/locales.ts';
import { pageHref, programHref, sourceHref, sourceLineHref, topicHref } from '../../src/core/urls.ts';
import type { BudgetRow, PartnerRow, ProgramFactRow, SeedRecord } from '../../src/schemas/datasets.ts';
import { caveatLabels, contextMetrics, metricLabels, schemeLabels } from '../editorial/labels.ts';
import type { ProgramParsed, Section } from '../editorial/schema.ts';
import { termId, usedTerms } from '../editorial/glossary.ts';
import type { ResolvedPassage } from '../pipeline/passages.ts';
import { description, importComponent, lang as inLang, link, mdxText, pageText, table, frontmatter } from './mdx.ts';
import { SOURCE_LANG, words } from './words.ts';
import { programLeadMdx } from './program-lead.ts';
import { programPartnersMdx } from './program-partners.ts';
import { figure, lineRef } from './figure.ts';
import { PARTNERS_ANCHOR, programGlanceMdx } from './program-glance.ts';

export interface PageContext {
  programs: ReadonlyMap<string, ProgramParsed>;
  seeds: ReadonlyMap<string, SeedRecord>;
}

export { figure, lineRef } from './figure.ts';

/**
 * A slide's heading standing alone as a paragraph (【実施分野】, 事業内容, 支援内容): shown as a label
 * over the text it heads, not as a quoted paragraph.
 */
const SLIDE_HEADING = /^【[^】]+】$|^(?:事業内容|支援内容|実施分野|目的|今後の予定|研究種目概要|事業の目的・概要|事業スキーム|事業の成果|背景・課題)$/u;

/** Paragraph indexes that are slide headings, where the English keeps the same paragraphs. */
function headingIndexes(p: ResolvedPassage): Set<number> {
  if (p.ja.length !== p.en.length) return new Set();
  return new Set(p.ja.flatMap((t, i) => (i < p.ja.length - 1 && SLIDE_HEADING.test(t) ? [i] : [])));
}

export function passageBlock(p: ResolvedPassage, l: Lang): string {
  const w = words(l);
  const cite = link(lineRef(p.seed, p.from, p.to, l), sourceLineHref(p.seed, p.from, l), { class: 'cite' });
  const headings = headingIndexes(p);
  const label = (t: string) => `**${pageText(l, l === SOURCE_LANG ? t.replace(/^【|】$/gu, '') : t)}**`;
  const para = (t: string, i: number) => {
    if (headings.has(i)) return label(t);
    // 【課題】本文: the bracketed label stays a label in the Japanese.
    const m = l === SOURCE_LANG ? /^【([^】]+)】(.+)$/u.exec(t) : null;
    return m ? `**${pageText(l, m[1]!)}** ${pageText(l, m[2]!)}` : pageText(l, t);
  };
  const suffix = ` <small>${w.mdx('pages.inParentheses', { text: cite })}</small>`;
  let body: string;
  if (p.column) {
    // A slide column: its heading as a label, its lines as a list.
    const items = p[l].map((t) => `- ${pageText(l, t.replace(/^[・•]\s*/u, ''))}`);
    items[items.length - 1] += suffix;
    body = `${label(p.column[l])}\n\n${items.join('\n')}`;
  } else if (p.result) {
    // A result: title → researchers → call and year → what was found.
    const r = p.result;
    const all = [r.title, ...r.researchers, ...r.call];
    if (p.ja.length !== p.en.length || all.some((i) => i >= p.ja.length)) throw new Error(`${p.key}: result paragraphs ${all.join(', ')} do not match its ${p.ja.length} Japanese and ${p.en.length} English paragraphs`);
    const text = (is: number[]) => is.map((i) => pageText(l, p[l][i]!.replace(/[:：]\s*$/u, ''))).join(w.t('pages.separator'));
    const found = p[l].flatMap((_, i) => (all.includes(i) ? [] : [pageText(l, p[l][i]!)]));
    const parts = [`**${pageText(l, p[l][r.title]!)}**`];
    if (r.researchers.length) parts.push(w.mdx('glance.result.researchers', { text: text(r.researchers) }));
    if (r.call.length) parts.push(w.mdx('glance.result.call', { text: text(r.call) }));
    if (found.length) parts.push(w.mdx('glance.result.found', { text: found.join(w.t('glance.result.join')) }));
    parts[parts.length - 1] += suffix;
    body = parts.join('\n\n');
  } else {
    const paras = p[l].map(para);
    paras[paras.length - 1] += suffix;
    body = paras.join('\n\n');
  }
  if (l === SOURCE_LANG) return `${body}\n`;
  // A translation gives the documents' own words beneath it.
  const original = `<details class="original"><summary>${w.text('pages.original')}</summary>${p[SOURCE_LANG].map((t) => `<p lang="${SOURCE_LANG}">${mdxText(t)}</p>`).join('')}</details>`;
  return `${body}\n\n${original}\n`;
}

function schemeName(scheme: string | null, l: Lang): string {
  if (!scheme) return words(l).t('program.facts.wholeProgram');
  const names = schemeLabels[scheme];
  if (!names) throw new Error(`no translations for the scheme "${scheme}" (scripts/editorial/labels.ts)`);
  return names[l];
}

function metricName(metric: string, l: Lang): string {
  const m = metricLabels[metric];
  if (!m) throw new Error(`no label for the metric "${metric}" (scripts/editorial/labels.ts)`);
  return m[l];
}

export function factsTable(facts: ProgramFactRow[], l: Lang): string {
  const w = words(l);
  const header = ['scheme', 'item', 'value', 'asOf', 'status'].map((k) => w.text(`program.facts.${k}`));
  const rows = facts.map((f) => [
    pageText(l, schemeName(f.scheme, l)),
    pageText(l, metricName(f.metric, l)),
    figure(factValue(f.value, l), f.source, f.value.text, l),
    pageText(l, formatDate(f.asOf, l)),
    w.text(`program.facts.status.${f.status}`),
  ]);
  return table(header, rows);
}

/** The documents' notes on how a row was read are written in English (src/schemas/datasets.ts). */
const NOTE_LANG: Lang = 'en';

function budgetTable(rows: BudgetRow[], all: BudgetRow[], l: Lang): string {
  const w = words(l);
  const header = ['fiscalYear', 'kind', 'agency', 'amount', 'notes'].map((k) => w.text(`program.budget.${k}`));
  const amount = (r: BudgetRow) => figure(qualifiedMillionYen(r.amountMillionYen, r.amountMillionYen, r.qualifier, l), r.source, r.amountText, l);
  const disagreements = budgetDisagreements(all);
  const out = rows.map((r) => {
    const versions = disagreements.find((vs) => vs.some((v) => v.rows.includes(r))) ?? [];
    const others = versions.filter((v) => v.amount !== r.amountMillionYen).flatMap((v) => v.rows);
    const notes: string[] = [];
    if (others.length) notes.push(w.mdx('program.budget.otherDocuments', { amounts: formatList(others.map(amount), l) }));
    if (r.caveat) {
      const caveat = caveatLabels[r.caveat];
      if (!caveat) throw new Error(`no English for the footnote "${r.caveat}" (scripts/editorial/labels.ts)`);
      notes.push(w.glossed(caveat));
    }
    if (r.note && l === NOTE_LANG) notes.push(pageText(l, r.note));
    const kind = w.t(`pages.budgetKind.${r.kind}`);
    return [
      pageText(l, fiscalYearLong(r.fiscalYear, l)),
      pageText(l, r.supplementaryRound ? w.t('program.budget.round', { kind, round: r.supplementaryRound }) : kind),
      pageText(l, r.agency ?? '—'),
      amount(r),
      notes.join(w.t('pages.sentenceSeparator')),
    ];
  });
  return `${w.text('program.budget.unit')}\n\n${table(header, out)}`;
}

/** A program's name with its acronym, unless the name already holds it: "… Program (SICORP)". */
export function displayName(p: ProgramParsed, l: Lang): string {
  const name = p.name[l];
  if (!p.acronym || name.includes(p.acronym)) return name;
  return words(l).t('pages.parenthetical', { text: name, note: p.acronym });
}

/** A source document in a list: its page, title (with the original in a translation), issuer and date. */
export function sourceItem(rec: SeedRecord, l: Lang, quoted: string[] = []): string {
  const w = words(l);
  const item = w.mdx('pages.sourceItem', {
    document: link(w.t('pages.document', { seed: rec.id }), sourceHref(rec.id, l)),
    title: w.glossed({ ja: rec.titleJa, en: rec.titleEn }),
    issuer: pageText(l, rec.issuer[l]),
    date: pageText(l, rec.date),
  });
  return `- ${item}${quoted.length ? w.mdx('program.sources.quoted', { lines: formatList(quoted, l) }) : ''}`;
}

export interface ProgramPageData {
  program: ProgramParsed;
  passages: ResolvedPassage[];
  budgets: BudgetRow[];
  allBudgets: BudgetRow[];
  facts: ProgramFactRow[];
  /** Partners dataset rows whose program is this page's. */
  partners: PartnerRow[];
}

export function programPage(d: ProgramPageData, ctx: PageContext, l: Lang): string {
  const w = words(l);
  const p = d.program;
  const out: string[] = [];
  // The description: the first overview paragraph that is a sentence, not a heading such as 【実施分野】.
  const overview = d.passages.filter((x) => x.section === 'overview');
  const first = overview.flatMap((x) => x[l]).find((t) => t.length >= 25) ?? overview[0]?.[l][0] ?? '';
  const aliases = p.otherNames.map((o) => o[l]);
  out.push(
    frontmatter({
      title: displayName(p, l),
      description: description(first, l),
      sidebar: { label: p.acronym ?? p.name[l], order: p.order },
      pageKind: 'program',
      category: p.category,
      sources: [...new Set([...d.passages.map((x) => x.seed), ...d.budgets.map((b) => b.source.seed), ...d.facts.map((f) => f.source.seed)])].sort(),
      datasets: [...(d.budgets.length ? ['budgets'] : []), ...(d.facts.length ? ['program-facts'] : [])],
      ...(aliases.length ? { aliases } : {}),
    }),
  );
  out.push('');
  // The budget chart: one panel per dataset program of this page (src/components/charts/).
  const chartPrograms = [...new Set(d.budgets.map((b) => b.program))];
  if (chartPrograms.length) out.push(importComponent('BudgetChart', 'charts/BudgetChart.astro', l), '');

  // At a glance, then the lead (h10b), then the names, then the sections in one order for every program.
  out.push(programGlanceMdx(d, l));
  const lead = programLeadMdx(p.id, l);
  if (lead) out.push(lead, '');

  const field = (label: string, value: string) => `**${w.text('pages.label', { label: w.t(label) })}** ${value}`;
  const names: string[] = [];
  for (const other of LANGS.filter((x) => x !== l)) names.push(field(`program.nameIn.${other}`, inLang(other, p.name[other])));
  for (const o of p.otherNames) names.push(field('program.alsoCalled', w.glossed(o)));
  names.push(field('program.category', w.text(`pages.category.${p.category}`)));
  const programLink = (id: string) => link(displayName(ctx.programs.get(id)!, l), programHref(id, l));
  if (p.parent) names.push(field('program.partOf', programLink(p.parent)));
  if (p.forerunnerOf) names.push(field('program.forerunnerOf', programLink(p.forerunnerOf)));
  const forerunners = [...ctx.programs.values()].filter((c) => c.forerunnerOf === p.id);
  if (forerunners.length) names.push(field('program.forerunners', formatList(forerunners.map((f) => programLink(f.id)), l)));
  out.push(names.map((f) => `- ${f}`).join('\n'));
  out.push('');

  const section = (s: Section) => d.passages.filter((x) => x.section === s);
  const add = (heading: string, body: string, anchor?: string) => {
    if (!body.trim()) return;
    if (anchor) out.push(`<span id="${anchor}"></span>\n`);
    out.push(`## ${w.text(`program.section.${heading}`)}\n`);
    out.push(body);
  };
  const blocks = (s: Section) => section(s).map((x) => passageBlock(x, l)).join('\n');
  const own = d.facts.filter((f) => !contextMetrics.has(f.metric));
  const rules = own.filter((f) => f.status === 'rule');
  add('scheme', [blocks('overview'), blocks('scheme'), rules.length ? factsTable(rules, l) : ''].filter(Boolean).join('\n'));

  const budgets = [...d.budgets].sort((a, b) => a.fiscalYear - b.fiscalYear || BUDGET_KIND_ORDER.indexOf(a.kind) - BUDGET_KIND_ORDER.indexOf(b.kind) || (a.agency ?? '').localeCompare(b.agency ?? '') || a.source.seed.localeCompare(b.source.seed) || a.source.line - b.source.line);
  if (budgets.length) add('budget', `<BudgetChart lang="${l}" programs={${JSON.stringify(chartPrograms)}} level={3} />\n\n${budgetTable(budgets, d.allBudgets, l)}`);

  // An agency the partners data names is listed (linked) by programPartnersMdx; the registry's list keeps the others.
  const linkedAgencies = new Set(d.partners.map((r) => r.agency).filter((a): a is string => a !== null));
  const partnerList = p.bodies.partners
    .filter((x) => ![...x.en.matchAll(/\(([^()]+)\)/g)].some((m) => linkedAgencies.has(m[1]!)))
    .map((x) => `- ${w.glossed({ ja: x.name, en: x.en })}`)
    .join('\n');
  add('partners', [blocks('partners'), partnerList, programPartnersMdx(d.partners, l)].filter(Boolean).join('\n'), PARTNERS_ANCHOR);

  const counts = own.filter((f) => f.status !== 'rule');
  // The measures chart draws the counts that several documents give (nothing where there are none).
  const measures = counts.length ? `${importComponent('MeasuresChart', 'charts/MeasuresChart.astro', l)}\n\n<MeasuresChart lang="${l}" program="${p.id}" level={3} />` : '';
  add('results', [blocks('results'), counts.length ? `${w.text('program.figuresIntro')}\n\n${measures}\n\n${factsTable(counts, l)}` : ''].filter(Boolean).join('\n'));

  const context = d.facts.filter((f) => contextMetrics.has(f.metric));
  add('background', [blocks('background'), context.length ? factsTable(context, l) : ''].filter(Boolean).join('\n'));

  const related = p.related.map((id) => `- ${programLink(id)}`);
  const children = [...ctx.programs.values()].filter((c) => c.parent === p.id && !p.related.includes(c.id)).map((r) => `- ${programLink(r.id)}`);
  add('related', [...children, ...related].join('\n') + '\n');

  // Sources: every passage, and every document a figure on the page comes from.
  const used = new Map<string, Set<string>>();
  const note = (seed: string, what: string) => used.set(seed, (used.get(seed) ?? new Set()).add(what));
  for (const x of d.passages) note(x.seed, link(lineRef(x.seed, x.from, x.to, l), sourceLineHref(x.seed, x.from, l)));
  for (const r of [...d.budgets, ...d.facts]) note(r.source.seed, '');
  const sourceItems = [...used.entries()].sort().map(([seed, parts]) => sourceItem(ctx.seeds.get(seed)!, l, [...parts].filter(Boolean)));
  // The glossary's terms this page's passages use, each linked to its entry.
  const terms = [...new Map(d.passages.flatMap((x) => usedTerms(x.ja.join('\n'))).map((t) => [t.ja, t])).values()];
  if (terms.length) {
    const items = terms.map((t) => link(w.t('program.term', { ja: t.ja, en: t.en }), `${topicHref('glossary', l)}#${termId(t)}`));
    out.push(`${w.mdx('program.termsOnPage', { terms: formatList(items, l) })}\n`);
  }
  add('sources', `${w.text('program.sources.intro')} ${link(w.t('pages.errata'), pageHref('sources/errata', l))}\n\n${sourceItems.join('\n')}\n`);
  return `${out.join('\n')}\n`;
}
