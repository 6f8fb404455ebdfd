import type { BudgetRow, DatasetRows, ProgramFactRow, SeedRecord, Source } from '../../src/schemas/datasets.ts';
import { glossary, termId, type Term } from '../editorial/glossary.ts';
import { budgetKindLabels } from '../editorial/labels.ts';
import type { ProgramParsed } from '../editorial/schema.ts';
import { totalDefinitions, type TotalDefinition } from '../editorial/totals.ts';
import type { Topic, TierExample } from '../editorial/topics.ts';
import type { ResolvedPassage } from '../pipeline/passages.ts';
import type { Seed } from '../pipeline/seed.ts';
import { countryNameEn } from '../pipeline/countries.ts';
import { normalizeForMatch } from '../pipeline/text.ts';
import { fiscalYear, millionYen, num, type Lang } from './format.ts';
import { description, importComponent, lang as inLang, link, pageText, table, yamlString } from './mdx.ts';
import { asOf, budgetKey, displayName, factsTable, figure, passageBlock, programHref, sourceHref } from './program-page.ts';

const prefix = (l: Lang) => (l === 'ja' ? '' : '/en');
export const topicHref = (l: Lang, id: string) => `${prefix(l)}/topics/${id}/`;

export interface TopicContext {
  topic: Topic;
  passages: ResolvedPassage[];
  datasets: DatasetRows;
  programs: ReadonlyMap<string, ProgramParsed>;
  seeds: ReadonlyMap<string, Seed>;
  seedRecords: ReadonlyMap<string, SeedRecord>;
  tiers: { example: TierExample; line: number }[];
  /** The programs of the budgets overview chart, in the directory's order. */
  budgetChartPrograms: string[];
}

const TOPIC_DATASETS: Record<Topic['id'], string[]> = {
  budgets: ['budgets'],
  coauthorship: ['coauthorship'],
  'sakura-science-results': ['sakura-science', 'program-facts'],
  'trial-call-results': ['aspire-trial-call', 'program-facts'],
  tiers: [],
  timeline: ['timeline'],
  glossary: [],
};
const TOPIC_SOURCES: Record<Topic['id'], (ctx: TopicContext) => string[]> = {
  budgets: (c) => c.datasets.budgets.map((r) => r.source.seed),
  coauthorship: (c) => [...c.datasets.coauthorship.map((r) => r.source.seed), ...c.passages.map((p) => p.seed)],
  'sakura-science-results': (c) => c.datasets['sakura-science'].map((r) => r.source.seed),
  'trial-call-results': (c) => c.datasets['aspire-trial-call'].map((r) => r.source.seed),
  tiers: (c) => [...c.passages.map((p) => p.seed), ...c.tiers.map((t) => t.example.at.seed)],
  timeline: (c) => c.datasets.timeline.map((r) => r.source.seed),
  glossary: (c) => [...c.seeds.keys()],
};

function frontmatter(ctx: TopicContext, l: Lang): string {
  const t = ctx.topic;
  return [
    '---',
    `title: ${yamlString(t.title[l])}`,
    `description: ${yamlString(description(t.intro[l], l))}`,
    'sidebar:',
    `  order: ${t.order}`,
    'pageKind: topic',
    `sources: ${JSON.stringify([...new Set(TOPIC_SOURCES[t.id](ctx))].sort())}`,
    `datasets: ${JSON.stringify(TOPIC_DATASETS[t.id])}`,
    '---',
    '',
  ].join('\n');
}

const h2 = (text: string) => `## ${text}\n`;
/** A program in a table: its acronym where it has one, else its name. */
const programLink = (ctx: TopicContext, id: string, l: Lang) => {
  const p = ctx.programs.get(id);
  return p ? link(p.acronym ?? p.name[l], programHref(l, p.id)) : pageText(l, id);
};

/** The sources a topic draws on: each document, linked, with its title and date. */
function sourcesSection(ctx: TopicContext, seeds: Iterable<string>, l: Lang): string {
  const items = [...new Set(seeds)].sort().map((id) => {
    const rec = ctx.seedRecords.get(id)!;
    const title = l === 'ja' ? pageText(l, rec.titleJa) : `${pageText(l, rec.titleEn)} (${inLang('ja', rec.titleJa)})`;
    return `- ${link(l === 'ja' ? `資料${id}` : `Document ${id}`, `${prefix(l)}/sources/${id}/`)}: ${title}, ${pageText(l, l === 'ja' ? rec.issuer.ja : rec.issuer.en)}, ${pageText(l, rec.date)}`;
  });
  return `${h2(l === 'ja' ? '出典' : 'Sources')}\n${items.join('\n')}\n`;
}

// ── Budgets ──

interface TotalCheck {
  definition: TotalDefinition;
  total: BudgetRow;
  parts: BudgetRow[];
  sum: number;
}

/**
 * Each stated total against the sum of its parts: rows of the same document, fiscal year and kind,
 * taking for each part program the rows nearest the total (a document may repeat a figure on
 * another slide) and, where a program is split by agency, its agency rows.
 */
export function checkTotals(budgets: readonly BudgetRow[]): TotalCheck[] {
  const out: TotalCheck[] = [];
  for (const definition of totalDefinitions) {
    for (const total of budgets.filter((b) => b.program === definition.total && b.agency === null)) {
      const parts: BudgetRow[] = [];
      for (const program of definition.parts) {
        const same = budgets.filter(
          (b) => b.program === program && b.source.seed === total.source.seed && b.fiscalYear === total.fiscalYear && b.kind === total.kind && b.supplementaryRound === total.supplementaryRound,
        );
        if (same.length === 0) continue;
        const byAgency = same.filter((b) => b.agency !== null);
        const pool = definition.partsByAgency && byAgency.length ? byAgency : same.filter((b) => b.agency === null);
        const nearest = (rows: BudgetRow[]) => rows.reduce((a, b) => (Math.abs(b.source.line - total.source.line) < Math.abs(a.source.line - total.source.line) ? b : a));
        const groups = new Map<string, BudgetRow[]>();
        for (const r of pool) groups.set(r.agency ?? '', [...(groups.get(r.agency ?? '') ?? []), r]);
        for (const rows of groups.values()) parts.push(nearest(rows));
      }
      if (parts.length === 0) continue;
      out.push({ definition, total, parts, sum: Math.round(parts.reduce((s, p) => s + p.amountMillionYen, 0) * 1000) / 1000 });
    }
  }
  return out;
}

/** How much a stated total may differ from its parts by rounding alone: half its unit, or half a million yen per part. */
export function roundingTolerance(check: TotalCheck): number {
  const unit = /億/u.test(check.total.amountText) ? 100 : 1;
  return Math.max(unit / 2, check.parts.length * 0.5);
}

function budgetsPage(ctx: TopicContext, l: Lang): string {
  const rows = ctx.datasets.budgets;
  const years = [...new Set(rows.map((r) => r.fiscalYear))].sort((a, b) => a - b);
  const programs = [...new Set(rows.map((r) => `${r.program}|${r.agency ?? ''}`))];
  const order = [...ctx.programs.keys()];
  programs.sort((a, b) => {
    const [pa, aa] = a.split('|');
    const [pb, ab] = b.split('|');
    const ia = order.indexOf(pa!) < 0 ? 999 : order.indexOf(pa!);
    const ib = order.indexOf(pb!) < 0 ? 999 : order.indexOf(pb!);
    return ia - ib || aa!.localeCompare(ab!);
  });
  const kindMark: Record<BudgetRow['kind'], { ja: string; en: string }> = {
    initial: { ja: '予', en: 'B' },
    draft: { ja: '案', en: 'R' },
    supplementary: { ja: '補', en: 'S' },
    'previous-year-reported': { ja: '前', en: 'P' },
  };
  const name = (id: string) => (ctx.programs.has(id) ? programLink(ctx, id, l) : pageText(l, l === 'ja' ? '国際共同研究事業（合計）' : 'International joint research programs (total)'));
  const header = [l === 'ja' ? '事業' : 'Program', l === 'ja' ? '機関' : 'Agency', ...years.map((y) => pageText(l, l === 'ja' ? `${y}年度` : `FY${y}`))];
  const body = programs.map((key) => {
    const [program, agency] = key.split('|') as [string, string];
    return [
      name(program),
      pageText(l, agency || '—'),
      ...years.map((y) =>
        rows
          .filter((r) => r.program === program && (r.agency ?? '') === agency && r.fiscalYear === y)
          .sort((a, b) => a.kind.localeCompare(b.kind) || a.source.seed.localeCompare(b.source.seed))
          .map((r) => `${figure(num(r.amountMillionYen, l), r.source, r.amountText, l)}<sup>${pageText(l, kindMark[r.kind][l])}</sup>`)
          .join(' '),
      ),
    ];
  });
  const legend = (Object.keys(kindMark) as BudgetRow['kind'][]).map((k) => `${kindMark[k][l]} = ${budgetKindLabels[k][l]}`).join(l === 'ja' ? '、' : '; ');
  const unit =
    l === 'ja'
      ? `単位：百万円（1億円＝100百万円）。年度は4月〜翌年3月。記号：${legend}。同じ欄に複数の値がある場合は、資料または種別が異なる。各値は出典の行にリンクしている。`
      : `Million yen (百万円; 1億円 = 100 million yen). Japanese fiscal years run April to March (FY2023 = 令和5年度). Marks: ${legend}. Several values in one cell come from different documents or are of different kinds. Each value links to the line it comes from.`;

  const checks = checkTotals(rows);
  const checkRows = checks.map((c) => {
    const diff = Math.round((c.total.amountMillionYen - c.sum) * 1000) / 1000;
    const explained = Math.abs(diff) <= roundingTolerance(c);
    const parts = c.parts.map((p) => `${programLink(ctx, p.program, l)}${p.agency ? ` ${pageText(l, `(${p.agency})`)}` : ''} ${figure(num(p.amountMillionYen, l), p.source, p.amountText, l)}`).join(l === 'ja' ? '、' : '; ');
    return [
      name(c.total.program),
      pageText(l, `${fiscalYear(c.total.fiscalYear, l)} ${budgetKindLabels[c.total.kind][l]}`),
      figure(num(c.total.amountMillionYen, l), c.total.source, c.total.amountText, l),
      `${pageText(l, num(c.sum, l))}${pageText(l, l === 'ja' ? '（' : ' (')}${parts}${pageText(l, l === 'ja' ? '）' : ')')}`,
      pageText(
        l,
        diff === 0
          ? l === 'ja' ? '一致' : 'equal'
          : `${diff > 0 ? '+' : ''}${num(diff, l)}${l === 'ja' ? (explained ? '（端数処理の範囲内）' : '（端数処理では説明できない）') : explained ? ' (within rounding)' : ' (more than rounding)'}`,
      ),
    ];
  });
  const notes = [...new Set(checks.map((c) => c.definition))].map((d) => `- ${pageText(l, d.note[l])}`).join('\n');

  // Where documents give different amounts for the same program, agency, year and kind.
  const groups = new Map<string, BudgetRow[]>();
  for (const r of rows) groups.set(budgetKey(r), [...(groups.get(budgetKey(r)) ?? []), r]);
  const conflicts = [...groups.values()].filter((g) => new Set(g.map((r) => r.amountMillionYen)).size > 1);
  const conflictItems = conflicts.map((g) => {
    const r0 = g[0]!;
    const versions = g.map((r) => `${figure(millionYen(r.amountMillionYen, r.amountMillionYen, r.qualifier, l), r.source, r.amountText, l)} ${pageText(l, l === 'ja' ? `（資料${r.source.seed} ${r.source.line}行、記載は「${r.amountText}」）` : `(document ${r.source.seed}, line ${r.source.line}, written ${r.amountText})`)}`);
    return `- ${name(r0.program)}${r0.agency ? pageText(l, ` (${r0.agency})`) : ''}, ${pageText(l, `${fiscalYear(r0.fiscalYear, l)} ${budgetKindLabels[r0.kind][l]}`)}: ${versions.join(l === 'ja' ? '、' : '; ')}`;
  });

  return [
    frontmatter(ctx, l),
    pageText(l, ctx.topic.intro[l]),
    '',
    importComponent('BudgetChart', 'charts/BudgetChart.astro', l),
    '',
    h2(l === 'ja' ? '予算の推移（図）' : 'Budgets by fiscal year (chart)'),
    `<BudgetChart lang="${l}" programs={${JSON.stringify(ctx.budgetChartPrograms)}} id="budgets-overview" level={3} />`,
    '',
    h2(l === 'ja' ? '予算額の一覧' : 'All budget figures'),
    pageText(l, unit),
    '',
    table(header, body),
    h2(l === 'ja' ? '合計と内訳の照合' : 'Totals checked against their parts'),
    pageText(
      l,
      l === 'ja'
        ? '資料に記載された合計額と、同じ資料の同じ年度・種別の内訳の合計。差があっても記載どおりの額を示し、差を注記する。'
        : 'Each total a document states, against the sum of its parts from the same document, year and kind. A total that differs is shown as stated, with the difference.',
    ),
    '',
    table(l === 'ja' ? ['合計', '年度・種別', '記載の合計', '内訳の合計（内訳）', '差'] : ['Total', 'Year and kind', 'Stated total', 'Sum of parts (parts)', 'Difference'], checkRows),
    notes,
    '',
    h2(l === 'ja' ? '資料によって額が異なるもの' : 'Where the documents differ'),
    pageText(
      l,
      l === 'ja'
        ? '同じ事業・機関・年度・種別について資料によって額が異なる場合。いずれかを選ばず、すべてを出典とともに示す。多くは単位の違い（百万円と億円）による丸めである。'
        : 'The same program, agency, year and kind with different amounts in different documents. None is picked: all are shown with their sources. Most differ by rounding, one document giving million yen and another hundreds of millions (億円).',
    ),
    '',
    conflictItems.join('\n') || pageText(l, l === 'ja' ? '該当なし。' : 'None.'),
    '',
    sourcesSection(ctx, rows.map((r) => r.source.seed), l),
  ].join('\n');
}

// ── Co-authorship ──

function coauthorshipPage(ctx: TopicContext, l: Lang): string {
  const rows = ctx.datasets.coauthorship;
  const partners = [...new Set(rows.map((r) => r.partnerIso))];
  const cell = (iso: string, period: string) => {
    const r = rows.find((x) => x.partnerIso === iso && x.period === period);
    return r ? `${figure(`${r.sharePercent}%`, r.source, `${r.sharePercent}%`, l)} ${pageText(l, l === 'ja' ? `（${r.rank}位）` : `(rank ${r.rank})`)}` : '—';
  };
  const body = partners.map((iso) => {
    const r = rows.find((x) => x.partnerIso === iso)!;
    const a = rows.find((x) => x.partnerIso === iso && x.period === '2005-2007');
    const b = rows.find((x) => x.partnerIso === iso && x.period === '2015-2017');
    const change = a && b ? `${b.rank < a.rank ? '↑' : b.rank > a.rank ? '↓' : '→'} ${num(Math.round((b.sharePercent - a.sharePercent) * 10) / 10, l)}${l === 'ja' ? 'ポイント' : ' points'}` : '';
    return [l === 'ja' ? pageText(l, r.partner) : `${pageText(l, countryNameEn(iso))} (${inLang('ja', r.partner)})`, cell(iso, '2005-2007'), cell(iso, '2015-2017'), pageText(l, change)];
  });
  const r0 = rows[0]!;
  const method =
    l === 'ja'
      ? `集計方法：${r0.countingMethod} 出典：${r0.origin}`
      : `Counting: integer counting (整数カウント法), three-year averages. Origin: NISTEP (National Institute of Science and Technology Policy), Benchmarking Scientific Research 2019, Research Material 284, August 2019, as processed by MEXT. The document's own words: `;
  return [
    frontmatter(ctx, l),
    pageText(l, ctx.topic.intro[l]),
    '',
    importComponent('CoauthorshipChart', 'charts/CoauthorshipChart.astro', l),
    '',
    `<CoauthorshipChart lang="${l}" level={2} />`,
    '',
    h2(l === 'ja' ? '米国の国際共著論文に占めるシェアと順位' : "Share of US internationally co-authored papers, and rank"),
    table(l === 'ja' ? ['相手国', '2005–2007年', '2015–2017年', '変化'] : ['Partner', '2005–2007', '2015–2017', 'Change'], body),
    l === 'ja' ? pageText(l, method) : `${pageText(l, method)}${inLang('ja', `${r0.countingMethod} ${r0.origin}`)} (${link(`document ${r0.source.seed}, lines ${r0.context.map((c) => c.line).join(', ')}`, sourceHref(l, r0.source.seed, r0.context.at(-1)!.line))})`,
    '',
    h2(l === 'ja' ? '資料が示す意味' : 'What the documents draw from it'),
    ctx.passages.map((p) => passageBlock(p, l)).join('\n'),
    sourcesSection(ctx, [...rows.map((r) => r.source.seed), ...ctx.passages.map((p) => p.seed)], l),
  ].join('\n');
}

// ── Sakura Science ──

function sakuraPage(ctx: TopicContext, l: Lang): string {
  const rows = ctx.datasets['sakura-science'];
  const yearly = rows.filter((r) => r.measure === 'invitees');
  const cumulative = rows.filter((r) => r.measure === 'cumulative-invitees');
  const planned = rows.filter((r) => r.measure === 'planned-intake');
  const people = (r: (typeof rows)[number]) => figure(l === 'ja' ? `${r.qualifier === 'about' ? '約' : ''}${num(r.people, l)}人` : `${r.qualifier === 'about' ? 'about ' : ''}${num(r.people, l)}`, r.source, r.peopleText, l);
  const yearlyTable = table(
    l === 'ja' ? ['年度', '招へい者数', '国・地域数'] : ['Fiscal year', 'Invitees', 'Countries and regions'],
    yearly.map((r) => [pageText(l, fiscalYear(r.fiscalYearFrom, l)), people(r), pageText(l, String(r.countriesAndRegions ?? '—'))]),
  );
  const sum = yearly.reduce((s, r) => s + r.people, 0);
  const cumulativeText = cumulative.map((c) =>
    l === 'ja'
      ? `${pageText(l, `${fiscalYear(c.fiscalYearFrom, l)}〜${fiscalYear(c.fiscalYearTo, l)}の累計：`)}${people(c)}${pageText(l, `（年度別の値の合計 ${num(sum, l)}人と一致）`)}`
      : `${pageText(l, `Cumulative, FY${c.fiscalYearFrom} to FY${c.fiscalYearTo}: `)}${people(c)}${pageText(l, ` people (equal to the sum of the yearly figures, ${num(sum, l)}).`)}`,
  );
  const plannedTable = table(
    l === 'ja' ? ['年度', '受入れ計画', '対象', '資料'] : ['Fiscal year', 'Planned intake', 'Scope', 'Document'],
    planned.map((r) => [
      pageText(l, fiscalYear(r.fiscalYearFrom, l)),
      people(r),
      r.countriesText ? (l === 'ja' ? pageText(l, r.countriesText) : `${pageText(l, r.countriesText === '全世界' ? 'worldwide' : r.countriesText)} (${inLang('ja', r.countriesText)})`) : '—',
      link(l === 'ja' ? `資料${r.source.seed}` : `Document ${r.source.seed}`, `${prefix(l)}/sources/${r.source.seed}/`),
    ]),
  );
  const facts = ctx.datasets['program-facts'].filter((f) => f.program === 'sakura-science' && f.status !== 'rule');
  const sakura = ctx.programs.get('sakura-science')!;
  const names = [
    ...sakura.otherNames.map((n) => (l === 'ja' ? `- ${pageText(l, n.ja)}（資料000・001）` : `- ${pageText(l, n.en)} (${inLang('ja', n.ja)}), documents 000 and 001`)),
    l === 'ja' ? `- ${pageText(l, sakura.name.ja)}（資料003、令和5年度予算）` : `- ${pageText(l, sakura.name.en)} (${inLang('ja', sakura.name.ja)}), document 003, FY2023 budget`,
  ];
  return [
    frontmatter(ctx, l),
    pageText(l, ctx.topic.intro[l]),
    '',
    importComponent('SakuraChart', 'charts/SakuraChart.astro', l),
    '',
    `<SakuraChart lang="${l}" level={2} />`,
    '',
    h2(l === 'ja' ? '年度別の招へい者数（実績）' : 'Invitees by fiscal year (actual)'),
    yearlyTable,
    cumulativeText.join('\n\n'),
    '',
    h2(l === 'ja' ? '受入れ計画' : 'Planned intakes'),
    pageText(l, l === 'ja' ? '予算資料に記載された受入れ人数の計画値（実績ではない）。' : 'Intakes planned in budget documents, not actual counts.'),
    '',
    plannedTable,
    h2(l === 'ja' ? '満足度と追跡調査' : 'Satisfaction and follow-up'),
    factsTable(facts, l),
    h2(l === 'ja' ? '事業の名称' : "The program's names"),
    names.join('\n'),
    '',
    `${pageText(l, l === 'ja' ? '事業の詳細：' : 'More on the program: ')}${programLink(ctx, 'sakura-science', l)}`,
    '',
    sourcesSection(ctx, [...rows.map((r) => r.source.seed), ...facts.map((f) => f.source.seed)], l),
  ].join('\n');
}

// ── Trial call ──

function trialCallPage(ctx: TopicContext, l: Lang): string {
  const rows = ctx.datasets['aspire-trial-call'];
  const by = (b: string) => rows.filter((r) => r.breakdown === b);
  // A field with no adoption is written 採択なし ("none selected"), not 0.
  const count = (r: (typeof rows)[number]) => figure(num(r.count, l), r.source, r.breakdown === 'adoptions-by-field' && r.count === 0 ? '採択なし' : String(r.count), l);
  const countryName = (r: (typeof rows)[number]) => (l === 'ja' ? pageText(l, r.country!) : `${pageText(l, countryNameEn(r.countryIso!))} (${inLang('ja', r.country!)})`);
  const fieldName = (r: (typeof rows)[number]) => (l === 'ja' ? pageText(l, r.field!) : `${pageText(l, r.fieldEn!)} (${inLang('ja', r.field!)})`);
  const funderName = (r: (typeof rows)[number]) => (l === 'ja' ? pageText(l, r.funder!) : r.funderEn === r.funder ? pageText(l, r.funder!) : `${pageText(l, r.funderEn!)} (${inLang('ja', r.funder!)})`);
  const total = (b: string) => num(by(b).reduce((s, r) => s + r.count, 0), l);
  const adoptions = new Map(by('adoptions-by-field').map((r) => [r.field, r]));
  const facts = ctx.datasets['program-facts'].filter((f) => f.program === 'aspire' && f.scheme === 'FY2022 trial call');
  const period = ctx.datasets.timeline.find((e) => e.id === 'trial-call-period');
  const periodText = period
    ? `${pageText(l, l === 'ja' ? '公募期間：' : 'Call period: ')}${figure(l === 'ja' ? `${asOf(period.date, l)}〜${asOf(period.dateEnd!, l)}` : `${asOf(period.date, l)} to ${asOf(period.dateEnd!, l)}`, period.source, period.dateText.split('〜')[0]!, l)}`
    : '';
  return [
    frontmatter(ctx, l),
    pageText(l, ctx.topic.intro[l]),
    '',
    importComponent('TrialCallChart', 'charts/TrialCallChart.astro', l),
    '',
    `<TrialCallChart lang="${l}" level={2} />`,
    '',
    h2(l === 'ja' ? '公募の条件' : 'Terms of the call'),
    periodText,
    '',
    factsTable(facts, l),
    h2(l === 'ja' ? '相手国別の提案件数' : 'Proposals by partner country'),
    table(l === 'ja' ? ['相手国', '提案件数'] : ['Partner country', 'Proposals'], [...by('proposals-by-country').map((r) => [countryName(r), count(r)]), [pageText(l, l === 'ja' ? '合計' : 'Total'), pageText(l, total('proposals-by-country'))]]),
    h2(l === 'ja' ? '分野別の提案件数と採択件数' : 'Proposals and selections by field'),
    table(
      l === 'ja' ? ['分野', '提案件数', '採択件数'] : ['Field', 'Proposals', 'Selected'],
      [
        ...by('proposals-by-field').map((r) => {
          const a = adoptions.get(r.field);
          return [fieldName(r), count(r), a ? count(a) : '—'];
        }),
        [pageText(l, l === 'ja' ? '合計' : 'Total'), pageText(l, total('proposals-by-field')), pageText(l, total('adoptions-by-field'))],
      ],
    ),
    h2(l === 'ja' ? '相手国の資金配分機関別の提案件数' : "Proposals by the partner's funding agency"),
    table(l === 'ja' ? ['相手国', '資金配分機関', '提案件数'] : ['Partner country', 'Funding agency', 'Proposals'], [...by('proposals-by-funder').map((r) => [countryName(r), funderName(r), count(r)]), [pageText(l, l === 'ja' ? '合計' : 'Total'), '', pageText(l, total('proposals-by-funder'))]]),
    `${pageText(l, l === 'ja' ? '事業の詳細：' : 'More on the call: ')}${programLink(ctx, 'aspire-trial-call', l)}${pageText(l, l === 'ja' ? '、' : ', ')}${programLink(ctx, 'aspire', l)}`,
    '',
    sourcesSection(ctx, rows.map((r) => r.source.seed), l),
  ].join('\n');
}

// ── Tiers ──

function tiersPage(ctx: TopicContext, l: Lang): string {
  const names = { 1: { ja: '第1階層', en: 'First tier' }, 2: { ja: '第2階層', en: 'Second tier' }, 3: { ja: '第3階層', en: 'Third tier' } } as const;
  const what = {
    1: { ja: '通常の学会等を通じた国際交流・共同研究', en: 'International exchange and joint research through ordinary channels such as academic societies' },
    2: { ja: '一方の資金配分機関等が国際共同研究の提案を採択・支援する形態', en: "One side's funding agency selects and supports proposals for international joint research" },
    3: { ja: '両国の資金配分機関等が協働し、国際共同研究の提案を共同支援する形態', en: 'The funding agencies of both countries work together and jointly support proposals for international joint research' },
  } as const;
  const body = ([3, 2, 1] as const).map((tier) => {
    const examples = ctx.tiers.filter((t) => t.example.tier === tier);
    const ex = examples.map((t) => {
      const src = link(l === 'ja' ? `資料${t.example.at.seed} ${t.line}行` : `document ${t.example.at.seed}, line ${t.line}`, sourceHref(l, t.example.at.seed, t.line));
      return t.example.program ? `${programLink(ctx, t.example.program, l)} ${pageText(l, l === 'ja' ? '（' : '(')}${src}${pageText(l, l === 'ja' ? '）' : ')')}` : `${pageText(l, l === 'ja' ? '（事業によらない）' : '(no program)')} ${src}`;
    });
    return [pageText(l, names[tier][l]), pageText(l, what[tier][l]), ex.join(l === 'ja' ? '、' : '; ')];
  });
  return [
    frontmatter(ctx, l),
    pageText(l, ctx.topic.intro[l]),
    '',
    h2(l === 'ja' ? '3つの階層と事業' : 'The three tiers and their programs'),
    table(l === 'ja' ? ['階層', '支援の形態', '資料が挙げる例'] : ['Tier', 'How it is supported', 'Examples the documents give'], body),
    h2(l === 'ja' ? '資料の記載' : 'What the documents say'),
    ctx.passages.map((p) => passageBlock(p, l)).join('\n'),
    sourcesSection(ctx, [...ctx.passages.map((p) => p.seed), ...ctx.tiers.map((t) => t.example.at.seed)], l),
  ].join('\n');
}

// ── Timeline ──

function timelinePage(ctx: TopicContext, l: Lang): string {
  const events = ctx.datasets.timeline;
  const years = [...new Set(events.map((e) => e.date.slice(0, 4)))];
  const when = (e: (typeof events)[number]) => {
    const start = e.precision === 'fiscal-year' ? fiscalYear(Number(e.date.slice(0, 4)), l) : asOf(e.date, l);
    if (!e.dateEnd) return start;
    const end = e.precision === 'fiscal-year' ? fiscalYear(Number(e.dateEnd.slice(0, 4)), l) : asOf(e.dateEnd, l);
    return l === 'ja' ? `${start}〜${end}` : `${start} to ${end}`;
  };
  const sections = years.map((y) => {
    const rows = events
      .filter((e) => e.date.startsWith(y))
      .map((e) => [
        figure(when(e), e.source, e.dateText.split('〜')[0]!, l),
        l === 'ja' ? pageText(l, e.ja) : pageText(l, e.en),
        e.program ? programLink(ctx, e.program, l) : '—',
        pageText(l, e.status === 'planned' ? (l === 'ja' ? `予定（${asOf(e.asOf, l)}時点）` : `planned (as of ${asOf(e.asOf, l)})`) : l === 'ja' ? '実施' : 'past'),
      ]);
    return `${h2(l === 'ja' ? `${y}年` : y)}\n${table(l === 'ja' ? ['日付', '出来事', '事業', '状況'] : ['Date', 'Event', 'Program', 'Status'], rows)}`;
  });
  const note =
    l === 'ja'
      ? '日付は資料の精度のまま示す（年度で示されたものは年度）。日付をクリックすると出典の行が開く。'
      : 'Dates are given as precisely as the documents give them (a fiscal year where only that is known). Each date links to the line it comes from; the Japanese wording is on the Japanese page and in the timeline dataset.';
  return [frontmatter(ctx, l), pageText(l, ctx.topic.intro[l]), '', pageText(l, note), '', ...sections, sourcesSection(ctx, events.map((e) => e.source.seed), l)].join('\n');
}

// ── Glossary ──


/** The first line of the documents (in id order) holding a term, for "where it first appears". */
export function firstAppearance(seeds: ReadonlyMap<string, Seed>, ja: string): Source | null {
  const needle = normalizeForMatch(ja);
  for (const seed of [...seeds.values()].sort((a, b) => a.id.localeCompare(b.id))) {
    const line = seed.lines.find((x) => x.norm.includes(needle));
    if (line) return { seed: seed.id, line: line.n, quote: line.text.trim() };
  }
  return null;
}

function glossaryPage(ctx: TopicContext, l: Lang): string {
  const kinds: Record<Term['kind'], { ja: string; en: string }> = {
    budget: { ja: '予算', en: 'Budget' },
    administration: { ja: '事業の運営', en: 'Running a program' },
    role: { ja: '役職', en: 'Roles' },
    agency: { ja: '機関', en: 'Agencies' },
    program: { ja: '事業の名称', en: 'Program names' },
    research: { ja: '研究と政策', en: 'Research and policy' },
  };
  const terms = [...glossary].sort((a, b) => a.kind.localeCompare(b.kind));
  const row = (t: Term) => {
    const first = firstAppearance(ctx.seeds, t.ja);
    return [
      `<span id=${JSON.stringify(termId(t))}>${l === 'ja' ? pageText(l, t.ja) : inLang('ja', t.ja)}</span>`,
      l === 'ja' ? inLang('en', t.en) : pageText(l, t.en),
      t.note ? pageText(l, t.note) : '',
      first ? link(l === 'ja' ? `資料${first.seed} ${first.line}行` : `document ${first.seed}, line ${first.line}`, sourceHref(l, first.seed, first.line)) : '—',
    ];
  };
  const header = l === 'ja' ? ['日本語', '英語', '注', '初出'] : ['Japanese', 'English', 'Note', 'First appears'];
  const groups = (Object.keys(kinds) as Term['kind'][]).map((k) => {
    const rows = terms.filter((t) => t.kind === k).map(row);
    return rows.length ? `${h2(kinds[k][l])}\n${table(header, rows)}` : '';
  });
  // Every program's names, as the registry gives them: the names the English pages use.
  const programRows = [...ctx.programs.values()].map((p) => {
    const first = firstAppearance(ctx.seeds, p.name.ja);
    return [
      l === 'ja' ? pageText(l, p.name.ja) : inLang('ja', p.name.ja),
      `${link(displayName(p, l === 'ja' ? 'en' : 'en'), programHref(l, p.id))}`,
      p.otherNames.map((n) => (l === 'ja' ? pageText(l, n.ja) : `${pageText(l, n.en)} (${inLang('ja', n.ja)})`)).join(l === 'ja' ? '、' : '; '),
      first ? link(l === 'ja' ? `資料${first.seed} ${first.line}行` : `document ${first.seed}, line ${first.line}`, sourceHref(l, first.seed, first.line)) : '—',
    ];
  });
  const budgetRows = (Object.keys(budgetKindLabels) as BudgetRow['kind'][]).map((k) => [
    l === 'ja' ? pageText(l, budgetKindLabels[k].ja) : inLang('ja', budgetKindLabels[k].ja),
    l === 'ja' ? inLang('en', budgetKindLabels[k].en) : pageText(l, budgetKindLabels[k].en),
    pageText(l, l === 'ja' ? `データでは kind=${k}` : `kind=${k} in the data`),
    '—',
  ]);
  return [
    frontmatter(ctx, l),
    pageText(l, ctx.topic.intro[l]),
    '',
    ...groups,
    h2(l === 'ja' ? '予算の種別' : 'Kinds of budget figure'),
    table(header, budgetRows),
    h2(l === 'ja' ? '事業名' : 'Names of programs'),
    table(l === 'ja' ? ['日本語', '英語', '別名', '初出'] : ['Japanese', 'English', 'Other names', 'First appears'], programRows),
  ].join('\n');
}

const renderers: Record<Topic['id'], (ctx: TopicContext, l: Lang) => string> = {
  budgets: budgetsPage,
  coauthorship: coauthorshipPage,
  'sakura-science-results': sakuraPage,
  'trial-call-results': trialCallPage,
  tiers: tiersPage,
  timeline: timelinePage,
  glossary: glossaryPage,
};

export function topicPage(ctx: TopicContext, l: Lang): string {
  return `${renderers[ctx.topic.id](ctx, l)}\n`;
}

export type { ProgramFactRow };
