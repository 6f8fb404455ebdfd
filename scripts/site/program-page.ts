import type { BudgetRow, ProgramFactRow, SeedRecord, Source } from '../../src/schemas/datasets.ts';
import { bodyNames, budgetKindLabels, caveatLabels, categoryLabels, metricLabels, schemeLabels, sectionLabels } from '../editorial/labels.ts';
import type { ProgramParsed, Section } from '../editorial/schema.ts';
import { termId, usedTerms } from '../editorial/glossary.ts';
import type { ResolvedPassage } from '../pipeline/passages.ts';
import { factValue, fiscalYear, millionYen, type Lang } from './format.ts';
import { description, importComponent, lang as inLang, link, mdxText, pageText, table, yamlString } from './mdx.ts';

export interface PageContext {
  programs: ReadonlyMap<string, ProgramParsed>;
  seeds: ReadonlyMap<string, SeedRecord>;
}

const prefix = (l: Lang) => (l === 'ja' ? '' : '/en');
export const sourceHref = (l: Lang, seed: string, line: number) => `${prefix(l)}/sources/${seed}/#L${line}`;
export const programHref = (l: Lang, id: string) => `${prefix(l)}/programs/${id}/`;

/** A figure as a link to the line it stands on; data-* let tests check the line holds it. */
export function figure(text: string, source: Source, written: string, l: Lang): string {
  return link(text, sourceHref(l, source.seed, source.line), {
    class: 'figure',
    'data-seed': source.seed,
    'data-line': String(source.line),
    'data-written': written,
  });
}

const lineRange = (p: { seed: string; from: number; to: number }, l: Lang) =>
  l === 'ja' ? `資料${p.seed} ${p.from === p.to ? `${p.from}行` : `${p.from}〜${p.to}行`}` : `document ${p.seed}, ${p.from === p.to ? `line ${p.from}` : `lines ${p.from}–${p.to}`}`;

export function passageBlock(p: ResolvedPassage, l: Lang): string {
  const cite = link(lineRange(p, l), sourceHref(l, p.seed, p.from), { class: 'cite' });
  if (l === 'ja') {
    const paras = p.ja.map((t) => pageText(l, t));
    paras[paras.length - 1] += ` <small>（${cite}）</small>`;
    return `${paras.join('\n\n')}\n`;
  }
  const paras = p.en.map((t) => pageText(l, t));
  paras[paras.length - 1] += ` <small>(${cite})</small>`;
  const original = `<details class="original"><summary>Japanese original</summary>${p.ja.map((t) => `<p lang="ja">${mdxText(t)}</p>`).join('')}</details>`;
  return `${paras.join('\n\n')}\n\n${original}\n`;
}

function schemeName(scheme: string | null, l: Lang): string {
  if (!scheme) return l === 'ja' ? '事業全体' : 'Whole program';
  if (l === 'en') return scheme;
  const ja = schemeLabels[scheme];
  if (!ja) throw new Error(`no Japanese for the scheme "${scheme}" (scripts/editorial/labels.ts)`);
  return ja;
}

function metricName(metric: string, l: Lang): string {
  const m = metricLabels[metric];
  if (!m) throw new Error(`no label for the metric "${metric}" (scripts/editorial/labels.ts)`);
  return m[l];
}

export const asOf = (iso: string, l: Lang) => {
  const [y, m, d] = iso.split('-');
  if (l === 'ja') return d ? `${y}年${Number(m)}月${Number(d)}日` : m ? `${y}年${Number(m)}月` : `${y}年`;
  if (!m) return y!;
  const date = new Date(Date.UTC(Number(y), Number(m) - 1, Number(d ?? 1)));
  return new Intl.DateTimeFormat('en-GB', { year: 'numeric', month: 'long', ...(d ? { day: 'numeric' } : {}), timeZone: 'UTC' }).format(date);
};

const statusLabel = { ja: { actual: '実績', planned: '計画・見込み', rule: '制度' }, en: { actual: 'actual', planned: 'planned', rule: 'rule' } } as const;

export function factsTable(facts: ProgramFactRow[], l: Lang): string {
  const header = l === 'ja' ? ['区分', '項目', '値', '時点', '種類'] : ['Scheme', 'Item', 'Value', 'As of', 'Status'];
  const rows = facts.map((f) => [
    pageText(l, schemeName(f.scheme, l)),
    pageText(l, metricName(f.metric, l)),
    figure(factValue(f.value, l), f.source, f.value.text, l),
    pageText(l, asOf(f.asOf, l)),
    pageText(l, statusLabel[l][f.status]),
  ]);
  return table(header, rows);
}

/** Rows with the same key state the same budget: where their amounts differ, the documents disagree. */
export const budgetKey = (r: BudgetRow) => [r.program, r.agency ?? '', r.fiscalYear, r.kind, r.supplementaryRound ?? ''].join('|');

function budgetTable(rows: BudgetRow[], all: BudgetRow[], l: Lang): string {
  const header = l === 'ja' ? ['年度', '種別', '機関', '金額', '注記'] : ['Fiscal year', 'Kind', 'Agency', 'Amount', 'Notes'];
  const out = rows.map((r) => {
    const same = all.filter((o) => budgetKey(o) === budgetKey(r) && o.amountMillionYen !== r.amountMillionYen);
    const notes: string[] = [];
    if (same.length) {
      notes.push(
        l === 'ja'
          ? `他の資料では${same.map((o) => figure(millionYen(o.amountMillionYen, o.amountMillionYen, o.qualifier, l), o.source, o.amountText, l)).join('、')}`
          : `Other documents give ${same.map((o) => figure(millionYen(o.amountMillionYen, o.amountMillionYen, o.qualifier, l), o.source, o.amountText, l)).join(', ')}`,
      );
    }
    if (r.caveat) {
      const en = caveatLabels[r.caveat];
      if (!en) throw new Error(`no English for the footnote "${r.caveat}" (scripts/editorial/labels.ts)`);
      notes.push(l === 'ja' ? pageText(l, r.caveat) : `${pageText(l, en)} (${inLang('ja', r.caveat)})`);
    }
    if (r.note && l === 'en') notes.push(pageText(l, r.note));
    return [
      pageText(l, fiscalYear(r.fiscalYear, l)),
      pageText(l, budgetKindLabels[r.kind][l] + (r.supplementaryRound ? (l === 'ja' ? `（第${r.supplementaryRound}次）` : ` (no. ${r.supplementaryRound})`) : '')),
      pageText(l, r.agency ?? (l === 'ja' ? '—' : '—')),
      figure(millionYen(r.amountMillionYen, r.amountMillionYen, r.qualifier, l), r.source, r.amountText, l),
      notes.join(l === 'ja' ? '。' : '; '),
    ];
  });
  const unit = l === 'ja' ? '金額の単位は百万円（1億円＝100百万円）。年度は4月〜翌年3月。' : 'Amounts in million yen (百万円; 1億円 = 100 million yen). Japanese fiscal years run from April to March: FY2023 = 令和5年度, April 2023 to March 2024.';
  return `${pageText(l, unit)}\n\n${table(header, out)}`;
}

/** A program's name with its acronym, unless the name already holds it: "… Program (SICORP)". */
export function displayName(p: ProgramParsed, l: Lang): string {
  const name = p.name[l];
  if (!p.acronym || name.includes(p.acronym)) return name;
  return l === 'ja' ? `${name}（${p.acronym}）` : `${name} (${p.acronym})`;
}

export interface ProgramPageData {
  program: ProgramParsed;
  passages: ResolvedPassage[];
  budgets: BudgetRow[];
  allBudgets: BudgetRow[];
  facts: ProgramFactRow[];
}

const budgetOrder = { initial: 0, draft: 1, supplementary: 2, 'previous-year-reported': 3 } as const;

export function programPage(d: ProgramPageData, ctx: PageContext, l: Lang): string {
  const p = d.program;
  const out: string[] = [];
  // The description: the first overview paragraph that is a sentence, not a heading such as 【実施分野】.
  const overview = d.passages.filter((x) => x.section === 'overview');
  const firstOf = (key: 'ja' | 'en') => overview.flatMap((x) => x[key]).find((t) => t.length >= 25) ?? overview[0]?.[key][0] ?? '';
  const firstEn = firstOf('en');
  const firstJa = firstOf('ja');
  out.push('---');
  out.push(`title: ${yamlString(displayName(p, l))}`);
  out.push(`description: ${yamlString(description(l === 'ja' ? firstJa : firstEn, l))}`);
  out.push('sidebar:');
  out.push(`  label: ${yamlString(p.acronym ?? (l === 'ja' ? p.name.ja : p.name.en))}`);
  out.push(`  order: ${p.order}`);
  out.push('pageKind: program');
  out.push(`category: ${p.category}`);
  out.push(`sources: ${JSON.stringify([...new Set([...d.passages.map((x) => x.seed), ...d.budgets.map((b) => b.source.seed), ...d.facts.map((f) => f.source.seed)])].sort())}`);
  out.push(`datasets: ${JSON.stringify([...(d.budgets.length ? ['budgets'] : []), ...(d.facts.length ? ['program-facts'] : [])])}`);
  if (p.otherNames.length) out.push(`aliases: ${JSON.stringify(p.otherNames.map((o) => o[l]))}`);
  out.push('---');
  out.push('');
  // The budget chart: one panel per dataset program of this page (src/components/charts/).
  const chartPrograms = [...new Set(d.budgets.map((b) => b.program))];
  if (chartPrograms.length) out.push(importComponent('BudgetChart', 'charts/BudgetChart.astro', l), '');

  // Who, what, names.
  const facts: string[] = [];
  if (l === 'en') facts.push(`**Japanese name:** ${inLang('ja', p.name.ja)}`);
  else facts.push(`**英語名：** ${inLang('en', p.name.en)}`);
  for (const o of p.otherNames) facts.push(l === 'ja' ? `**別名：** ${pageText(l, o.ja)}` : `**Also called:** ${pageText(l, o.en)} (${inLang('ja', o.ja)})`);
  facts.push(`**${l === 'ja' ? '分野' : 'Category'}${l === 'ja' ? '：' : ':'}** ${pageText(l, categoryLabels[p.category][l])}`);
  const bodies = (xs: string[]) => xs.map((b) => pageText(l, bodyNames[b]![l])).join(l === 'ja' ? '、' : ', ');
  if (p.bodies.funding.length) facts.push(`**${l === 'ja' ? '所管' : 'Funded by'}${l === 'ja' ? '：' : ':'}** ${bodies(p.bodies.funding)}`);
  if (p.bodies.implementing.length) facts.push(`**${l === 'ja' ? '実施' : 'Run by'}${l === 'ja' ? '：' : ':'}** ${bodies(p.bodies.implementing)}`);
  if (p.parent) {
    const parent = ctx.programs.get(p.parent)!;
    facts.push(`**${l === 'ja' ? '上位の事業' : 'Part of'}${l === 'ja' ? '：' : ':'}** ${link(displayName(parent, l), programHref(l, parent.id))}`);
  }
  out.push(facts.map((f) => `- ${f}`).join('\n'));
  out.push('');

  const section = (s: Section) => d.passages.filter((x) => x.section === s);
  const add = (heading: string, body: string) => {
    if (!body.trim()) return;
    out.push(`## ${pageText(l, heading)}\n`);
    out.push(body);
  };
  add(sectionLabels.overview[l], section('overview').map((x) => passageBlock(x, l)).join('\n'));

  const rules = d.facts.filter((f) => f.status === 'rule');
  const schemeBody = [section('scheme').map((x) => passageBlock(x, l)).join('\n'), rules.length ? factsTable(rules, l) : ''].filter(Boolean).join('\n');
  add(sectionLabels.scheme[l], schemeBody);

  const budgets = [...d.budgets].sort((a, b) => a.fiscalYear - b.fiscalYear || budgetOrder[a.kind] - budgetOrder[b.kind] || (a.agency ?? '').localeCompare(b.agency ?? '') || a.source.seed.localeCompare(b.source.seed) || a.source.line - b.source.line);
  if (budgets.length) add(sectionLabels.budget[l], `<BudgetChart lang="${l}" programs={${JSON.stringify(chartPrograms)}} level={3} />\n\n${budgetTable(budgets, d.allBudgets, l)}`);

  const counts = d.facts.filter((f) => f.status !== 'rule');
  if (counts.length) add(sectionLabels.figures[l], factsTable(counts, l));

  add(sectionLabels.results[l], section('results').map((x) => passageBlock(x, l)).join('\n'));

  const partnerList = p.bodies.partners.map((x) => `- ${l === 'ja' ? pageText(l, x.name) : `${pageText(l, x.en)}${x.en === x.name ? '' : ` (${inLang('ja', x.name)})`}`}`).join('\n');
  add(sectionLabels.partners[l], [section('partners').map((x) => passageBlock(x, l)).join('\n'), partnerList].filter(Boolean).join('\n'));

  const related = p.related.map((id) => ctx.programs.get(id)!).map((r) => `- ${link(displayName(r, l), programHref(l, r.id))}`);
  const children = [...ctx.programs.values()].filter((c) => c.parent === p.id && !p.related.includes(c.id)).map((r) => `- ${link(displayName(r, l), programHref(l, r.id))}`);
  add(sectionLabels.related[l], [...children, ...related].join('\n') + '\n');

  // Sources: every passage, and every document a figure on the page comes from.
  const used = new Map<string, Set<string>>();
  const note = (seed: string, what: string) => used.set(seed, (used.get(seed) ?? new Set()).add(what));
  for (const x of d.passages) note(x.seed, link(lineRange(x, l), sourceHref(l, x.seed, x.from)));
  for (const r of [...d.budgets, ...d.facts]) note(r.source.seed, '');
  const sourceItems = [...used.entries()].sort().map(([seed, parts]) => {
    const rec = ctx.seeds.get(seed)!;
    const titleText = l === 'ja' ? pageText(l, rec.titleJa) : `${pageText(l, rec.titleEn)} (${inLang('ja', rec.titleJa)})`;
    const lines = [...parts].filter(Boolean);
    return `- ${link(l === 'ja' ? `資料${seed}` : `Document ${seed}`, `${prefix(l)}/sources/${seed}/`)}: ${titleText}, ${pageText(l, l === 'ja' ? rec.issuer.ja : rec.issuer.en)}, ${pageText(l, rec.date)}${lines.length ? `. ${l === 'ja' ? '引用：' : 'Quoted: '}${lines.join(l === 'ja' ? '、' : ', ')}` : ''}`;
  });
  const sourcesIntro =
    l === 'ja'
      ? '本文は資料の記載をそのまま引用し、PDF由来の改行・空白などを整えた（訂正は正誤表に記載）。表の数値は出典の行にリンクしている。'
      : 'Quoted passages are translated from the documents; the Japanese originals are given under each passage, cleaned of PDF artefacts (corrections are listed in the errata). Every figure in the tables links to the line it comes from.';
  // The glossary's terms this page's passages use, each linked to its entry.
  const terms = [...new Map(d.passages.flatMap((x) => usedTerms(x.ja.join('\n'))).map((t) => [t.ja, t])).values()];
  if (terms.length) {
    const items = terms.map((t) => link(l === 'ja' ? `${t.ja}（${t.en}）` : `${t.en} (${t.ja})`, `${prefix(l)}/topics/glossary/#${termId(t)}`));
    out.push(`${pageText(l, l === 'ja' ? 'このページの用語：' : 'Terms on this page: ')}${items.join(l === 'ja' ? '、' : ', ')}\n`);
  }
  add(sectionLabels.sources[l], `${pageText(l, sourcesIntro)} ${link(l === 'ja' ? '正誤表' : 'Errata', `${prefix(l)}/sources/errata/`)}\n\n${sourceItems.join('\n')}\n`);
  return `${out.join('\n')}\n`;
}
