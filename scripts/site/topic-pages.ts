import { sort } from 'd3-array';
import { BUDGET_KIND_ORDER, budgetDisagreements, budgetVersions, type BudgetVersion } from '../../src/core/budgets.ts';
import { qualified, qualifiedMillionYen } from '../../src/core/facts.ts';
import { countryName, fiscalYearLong, fiscalYearRange, formatDate, formatDateRange, formatList, formatNumber, formatPercent, formatSignedOneDecimal, millionYen, ordinal } from '../../src/core/format.ts';
import { LANGS, type Lang } from '../../src/core/locales.ts';
import { programHref, sourceHref, sourceLineHref } from '../../src/core/urls.ts';
import type { BudgetRow, DatasetRows, ProgramFactRow, SeedRecord, Source } from '../../src/schemas/datasets.ts';
import { glossary, termId, type Term } from '../editorial/glossary.ts';
import { totalDefinitions } from '../editorial/totals.ts';
import type { ProgramParsed } from '../editorial/schema.ts';
import type { Topic, TierExample } from '../editorial/topics.ts';
import type { ResolvedPassage } from '../pipeline/passages.ts';
import type { Seed } from '../pipeline/seed.ts';
import { normalizeForMatch } from '../pipeline/text.ts';
import { checkTotals } from '../pipeline/validate-totals.ts';
import { description, importComponent, lang as inLang, link, pageText, table, frontmatter as yamlFrontmatter } from './mdx.ts';
import { displayName, factsTable, figure, lineRef, passageBlock, sourceItem } from './program-page.ts';
import { inEveryLang, SOURCE_LANG, words } from './words.ts';
import { agencyGlossaryMdx } from './agency-glossary.ts';
import { termList } from './term-list.ts';

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
  const data = {
    title: t.title[l],
    description: description(t.intro[l], l),
    sidebar: { order: t.order },
    pageKind: 'topic',
    sources: [...new Set(TOPIC_SOURCES[t.id](ctx))].sort(),
    datasets: TOPIC_DATASETS[t.id],
  };
  return `${yamlFrontmatter(data)}\n`;
}

/** A heading from the dictionary. */
const h2 = (l: Lang, key: string, values?: Record<string, string | number>) => `## ${words(l).text(key, values)}\n`;
/** Table headers from the dictionary: `${prefix}.${column}` for each column. */
const headers = (l: Lang, prefix: string, columns: string[]) => columns.map((c) => words(l).text(`${prefix}.${c}`));
/** A program in a table: its acronym where it has one, else its name. */
const programLink = (ctx: TopicContext, id: string, l: Lang) => {
  const p = ctx.programs.get(id);
  return p ? link(p.acronym ?? p.name[l], programHref(p.id, l)) : pageText(l, id);
};
/** A country as the documents write it, and in other languages by its ISO code (Intl.DisplayNames). */
const countryTexts = (written: string, iso: string) => Object.fromEntries(LANGS.map((x) => [x, x === SOURCE_LANG ? written : countryName(iso, x)])) as Record<Lang, string>;

/** The sources a topic draws on: each document, linked, with its title and date. */
function sourcesSection(ctx: TopicContext, seeds: Iterable<string>, l: Lang): string {
  const items = [...new Set(seeds)].sort().map((id) => sourceItem(ctx.seedRecords.get(id)!, l));
  return `${h2(l, 'program.section.sources')}\n${items.join('\n')}\n`;
}

// ── Budgets ──

/** The unit an amount is written in, in million yen: 501億円 is to the 100 million, 50,050百万円 to the million. */
export const writtenUnit = (amountText: string) => (/億円/u.test(amountText) ? 100 : /千万円/u.test(amountText) ? 10 : 1);

/** The versions of a statement the documents disagree on, the most exactly written first (50,050百万円 before 501億円). */
export const exactFirst = (versions: readonly BudgetVersion[]) =>
  sort(versions, (v) => Math.min(...v.rows.map((r) => writtenUnit(r.amountText))), (v) => v.rows[0]!.source.seed, (v) => v.rows[0]!.source.line);

/** Programs of the overview chart: budget items that total other programs are not one program's budget. */
export const overviewPrograms = (ids: readonly string[]) => ids.filter((id) => !totalDefinitions.some((d) => d.total === id));

/**
 * The page's headline statements, ours: each budget item that is a total of programs, named as such
 * with its parts, and the largest figure, a supplementary budget, in its exact form with the rounded one beside it.
 */
function budgetsLead(ctx: TopicContext, l: Lang): string[] {
  const w = words(l);
  const rows = ctx.datasets.budgets;
  // As the document writes it (501億円), and in a translation in million yen with the written form beside it.
  const amount = (r: BudgetRow) =>
    l === SOURCE_LANG ? figure(r.amountText, r.source, r.amountText, l) : `${figure(millionYen(r.amountMillionYen, l), r.source, r.amountText, l)} ${w.mdx('pages.inParentheses', { text: inLang(SOURCE_LANG, r.amountText) })}`;
  const kindLabel = (k: BudgetRow['kind']) => w.t(`pages.budgetKind.${k}`);
  const totals = totalDefinitions.flatMap((d) => {
    // The latest regular figure of the total: the last year, the enacted budget before the request.
    const latest = sort(rows.filter((r) => r.program === d.total && r.kind !== 'supplementary' && r.agency === null), (r) => -r.fiscalYear, (r) => -BUDGET_KIND_ORDER.indexOf(r.kind))[0];
    if (!latest) return [];
    const item = ctx.programs.has(d.total) ? programLink(ctx, d.total, l) : w.text('topic.budgets.jointTotal');
    return [
      w.mdx('topic.budgets.totalLead', { amount: amount(latest), item, parts: formatList(d.parts.map((id) => programLink(ctx, id, l)), l) }, { year: fiscalYearLong(latest.fiscalYear, l), kind: w.t(`topic.budgets.kindInText.${latest.kind}`), count: d.parts.length }),
    ];
  });
  const supplementary = budgetVersions(rows.filter((r) => r.kind === 'supplementary' && r.agency === null && !totalDefinitions.some((d) => d.total === r.program)));
  const largest = sort(supplementary, (v) => -v.amount)[0];
  if (!largest) return totals;
  const versions = exactFirst(supplementary.filter((v) => v.statementKey === largest.statementKey));
  const [exact, ...others] = versions.map((v) => v.rows[0]!);
  const rounded = others.map((r) => w.mdx('topic.budgets.roundedElsewhere', { amount: amount(r) }, { seed: r.source.seed, line: r.source.line }));
  const round = exact!.supplementaryRound;
  const kind = round === null ? kindLabel('supplementary') : w.t('topic.budgets.supplementaryRound', { n: round, nth: ordinal(round, l) });
  const supp = w.mdx('topic.budgets.supplementaryLead', { program: programLink(ctx, exact!.program, l), amount: amount(exact!), rounded: rounded.join('') }, { year: fiscalYearLong(exact!.fiscalYear, l), kind });
  return [...totals, supp];
}

function budgetsPage(ctx: TopicContext, l: Lang): string {
  const w = words(l);
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
  const mark = (k: BudgetRow['kind']) => w.t(`topic.budgets.mark.${k}`);
  const kindLabel = (k: BudgetRow['kind']) => w.t(`pages.budgetKind.${k}`);
  const yearAndKind = (r: BudgetRow) => w.text('topic.budgets.yearAndKind', { year: fiscalYearLong(r.fiscalYear, l), kind: kindLabel(r.kind) });
  const name = (id: string) => {
    const total = totalDefinitions.find((d) => d.total === id);
    const own = ctx.programs.has(id) ? programLink(ctx, id, l) : w.text('topic.budgets.jointTotal');
    return total ? `${own} ${w.text('topic.budgets.totalOf', { count: total.parts.length })}` : own;
  };
  const header = [...headers(l, 'topic.budgets', ['program', 'agency']), ...years.map((y) => w.text('topic.budgets.yearColumn', { year: y }))];
  const body = programs.map((key) => {
    const [program, agency] = key.split('|') as [string, string];
    return [
      name(program),
      pageText(l, agency || '—'),
      ...years.map((y) =>
        rows
          .filter((r) => r.program === program && (r.agency ?? '') === agency && r.fiscalYear === y)
          .sort((a, b) => BUDGET_KIND_ORDER.indexOf(a.kind) - BUDGET_KIND_ORDER.indexOf(b.kind) || a.source.seed.localeCompare(b.source.seed))
          // A document that states the same figure on two slides gives it once here, at its first line (the program page lists both).
          .filter((r, i, all) => all.findIndex((o) => o.kind === r.kind && o.supplementaryRound === r.supplementaryRound && o.amountMillionYen === r.amountMillionYen && o.source.seed === r.source.seed) === i)
          .map((r) => `${figure(formatNumber(r.amountMillionYen, l), r.source, r.amountText, l)}<sup>${pageText(l, mark(r.kind))}</sup>`)
          .join(' '),
      ),
    ];
  });
  const legend = BUDGET_KIND_ORDER.map((k) => w.t('topic.budgets.legendItem', { mark: mark(k), label: kindLabel(k) })).join(w.t('pages.separator'));

  // The pipeline fails on a total beyond rounding (scripts/pipeline/validate-totals.ts): this shows the rest.
  const checks = checkTotals(rows);
  const checkRows = checks.map((c) => {
    const parts = c.parts.map((p) => `${programLink(ctx, p.program, l)}${p.agency ? ` ${pageText(l, `(${p.agency})`)}` : ''} ${figure(formatNumber(p.amountMillionYen, l), p.source, p.amountText, l)}`).join(w.t('pages.separator'));
    const signed = `${c.difference > 0 ? '+' : ''}${formatNumber(c.difference, l)}`;
    return [
      name(c.total.program),
      yearAndKind(c.total),
      figure(formatNumber(c.total.amountMillionYen, l), c.total.source, c.total.amountText, l),
      w.mdx('pages.parenthetical', { text: pageText(l, formatNumber(c.sum, l)), note: parts }),
      c.difference === 0 ? w.text('topic.budgets.equal') : w.text('topic.budgets.withinRounding', { difference: signed }),
    ];
  });
  const notes = [...new Set(checks.map((c) => c.definition))].map((d) => `- ${pageText(l, d.note[l])}`).join('\n');

  // Where documents give different amounts for the same program, agency, year, kind and round.
  // The most exactly written amount first; one rounded to a coarser unit is said to be.
  const conflictItems = budgetDisagreements(rows).map((unordered) => {
    const versions = exactFirst(unordered);
    const r0 = versions[0]!.rows[0]!;
    const finest = writtenUnit(r0.amountText);
    const amounts = versions.flatMap((v) => v.rows).map((r) => `${writtenUnit(r.amountText) > finest ? w.text('topic.budgets.rounded') : ''}${figure(qualifiedMillionYen(r.amountMillionYen, r.amountMillionYen, r.qualifier, l), r.source, r.amountText, l)} ${w.text('topic.budgets.version', { seed: r.source.seed, line: r.source.line, written: r.amountText })}`);
    return `- ${name(r0.program)}${r0.agency ? pageText(l, ` (${r0.agency})`) : ''}, ${yearAndKind(r0)}: ${amounts.join(w.t('pages.separator'))}`;
  });

  return [
    frontmatter(ctx, l),
    pageText(l, ctx.topic.intro[l]),
    '',
    budgetsLead(ctx, l).join('\n\n'),
    '',
    importComponent('BudgetChart', 'charts/BudgetChart.astro', l),
    '',
    h2(l, 'topic.budgets.chartHeading'),
    importComponent('BudgetCompareChart', 'charts/BudgetCompareChart.astro', l),
    '',
    `<BudgetCompareChart lang="${l}" level={3} />`,
    '',
    `<BudgetChart lang="${l}" programs={${JSON.stringify(overviewPrograms(ctx.budgetChartPrograms))}} id="budgets-overview" level={3} />`,
    '',
    importComponent('SupportChart', 'charts/SupportChart.astro', l),
    '',
    `<SupportChart lang="${l}" level={3} />`,
    '',
    h2(l, 'topic.budgets.tableHeading'),
    w.text('topic.budgets.unit', { legend }),
    '',
    table(header, body),
    h2(l, 'topic.budgets.totalsHeading'),
    w.text('topic.budgets.totalsIntro'),
    '',
    table(headers(l, 'topic.budgets.totals', ['total', 'yearAndKind', 'stated', 'sum', 'difference']), checkRows),
    notes,
    '',
    h2(l, 'topic.budgets.differHeading'),
    w.text('topic.budgets.differIntro'),
    '',
    conflictItems.join('\n') || w.text('pages.none'),
    '',
    sourcesSection(ctx, rows.map((r) => r.source.seed), l),
  ].join('\n');
}

// ── Co-authorship ──

const PERIODS = ['2005-2007', '2015-2017'] as const;

/** The periods whose shares the document's note calls averages ("2015~2017年の平均"): only those are said to be. */
export function averagedPeriods(countingMethod: string): string[] {
  const note = normalizeForMatch(countingMethod);
  return PERIODS.filter((p) => note.includes(`${p.replace('-', '~')}年の平均`));
}

/** A change in share between two periods, in tenths of a point (the shares have one decimal): 12.9 → 13.9 is +1.0. */
export const shareChange = (from: number, to: number) => (Math.round(to * 10) - Math.round(from * 10)) / 10;

function coauthorshipPage(ctx: TopicContext, l: Lang): string {
  const w = words(l);
  const rows = ctx.datasets.coauthorship;
  const partners = [...new Set(rows.map((r) => r.partnerIso))];
  const cell = (iso: string, period: string) => {
    const r = rows.find((x) => x.partnerIso === iso && x.period === period);
    return r ? `${figure(formatPercent(r.sharePercent, l), r.source, `${r.sharePercent}%`, l)} ${w.text('topic.coauthorship.rank', { rank: r.rank })}` : '—';
  };
  const r0 = rows[0]!;
  const averaged = averagedPeriods(r0.countingMethod);
  const periodLabel = (p: string) => p.replace('-', '–');
  const body = partners.map((iso) => {
    const r = rows.find((x) => x.partnerIso === iso)!;
    const [a, b] = PERIODS.map((p) => rows.find((x) => x.partnerIso === iso && x.period === p));
    // Two columns: the share in percentage points, signed; the rank, from → to (a smaller number is a higher rank).
    const share = a && b ? w.text('topic.coauthorship.change', { points: formatSignedOneDecimal(shareChange(a.sharePercent, b.sharePercent), l) }) : '—';
    const direction = a && b ? (b.rank < a.rank ? 'up' : b.rank > a.rank ? 'down' : 'same') : null;
    const rank = a && b ? w.text(`topic.coauthorship.rankChange.${direction}`, { from: ordinal(a.rank, l), to: ordinal(b.rank, l) }) : '—';
    return [w.glossed(countryTexts(r.partner, iso)), ...PERIODS.map((p) => cell(iso, p)), share, rank];
  });
  const others = PERIODS.filter((p) => !averaged.includes(p));
  const method = w.text('topic.coauthorship.method', {
    counting: r0.countingMethod,
    origin: r0.origin,
    averaged: averaged.length ? w.t('topic.coauthorship.averaged', { periods: formatList(averaged.map(periodLabel), l), others: formatList(others.map(periodLabel), l) }) : '',
  });
  const lines = formatList(r0.context.map((c) => String(c.line)), l);
  // A translation also gives the document's own words, and where they stand.
  const methodText =
    l === SOURCE_LANG
      ? method
      : `${method}${inLang(SOURCE_LANG, `${r0.countingMethod} ${r0.origin}`)} ${w.mdx('pages.inParentheses', { text: link(w.t('topic.coauthorship.methodLines', { seed: r0.source.seed, lines }), sourceLineHref(r0.source.seed, r0.context.at(-1)!.line, l)) })}`;
  const periodHeader = (p: string) => w.text(averaged.includes(p) ? 'topic.coauthorship.periodAveraged' : 'topic.coauthorship.period', { period: periodLabel(p) });
  return [
    frontmatter(ctx, l),
    pageText(l, ctx.topic.intro[l]),
    '',
    importComponent('CoauthorshipChart', 'charts/CoauthorshipChart.astro', l),
    '',
    `<CoauthorshipChart lang="${l}" level={2} />`,
    '',
    h2(l, 'topic.coauthorship.tableHeading'),
    table([w.text('topic.coauthorship.partner'), ...PERIODS.map(periodHeader), w.text('topic.coauthorship.changeHeader'), w.text('topic.coauthorship.rankHeader')], body),
    methodText,
    '',
    h2(l, 'topic.coauthorship.passagesHeading'),
    ctx.passages.map((p) => passageBlock(p, l)).join('\n'),
    sourcesSection(ctx, [...rows.map((r) => r.source.seed), ...ctx.passages.map((p) => p.seed)], l),
  ].join('\n');
}

// ── Sakura Science ──

function sakuraPage(ctx: TopicContext, l: Lang): string {
  const w = words(l);
  const rows = ctx.datasets['sakura-science'];
  // In fiscal-year order, whatever order the documents give them in (003 lists FY2019 before FY2018).
  const byYear = (measure: string) => sort(rows.filter((r) => r.measure === measure), (r) => r.fiscalYearFrom, (r) => r.source.seed);
  const yearly = byYear('invitees');
  const cumulative = byYear('cumulative-invitees');
  const planned = byYear('planned-intake');
  const people = (r: (typeof rows)[number]) => figure(qualified(w.t('topic.sakura.people', { value: formatNumber(r.people, l) }), r.qualifier, l), r.source, r.peopleText, l);
  const yearlyTable = table(
    headers(l, 'topic.sakura.yearly', ['fiscalYear', 'invitees', 'countries']),
    yearly.map((r) => [pageText(l, fiscalYearLong(r.fiscalYearFrom, l)), people(r), pageText(l, r.countriesAndRegions === null ? '—' : formatNumber(r.countriesAndRegions, l))]),
  );
  const sum = yearly.reduce((s, r) => s + r.people, 0);
  const cumulativeText = cumulative.map((c) => w.mdx('topic.sakura.cumulative', { people: people(c) }, { from: fiscalYearLong(c.fiscalYearFrom, l), to: fiscalYearLong(c.fiscalYearTo, l), sum: formatNumber(sum, l) }));
  const scope = (text: string) => (text === '全世界' ? inEveryLang('topic.sakura.worldwide') : (Object.fromEntries(LANGS.map((x) => [x, text])) as Record<Lang, string>));
  const plannedTable = table(
    headers(l, 'topic.sakura.planned', ['fiscalYear', 'intake', 'scope', 'document']),
    planned.map((r) => [
      pageText(l, fiscalYearLong(r.fiscalYearFrom, l)),
      people(r),
      r.countriesText ? w.glossed(scope(r.countriesText)) : '—',
      link(w.t('pages.document', { seed: r.source.seed }), sourceHref(r.source.seed, l)),
    ]),
  );
  const facts = ctx.datasets['program-facts'].filter((f) => f.program === 'sakura-science' && f.status !== 'rule');
  const sakura = ctx.programs.get('sakura-science')!;
  const names = [
    ...sakura.otherNames.map((n) => `- ${w.mdx('topic.sakura.earlierName', { name: w.glossed(n) })}`),
    `- ${w.mdx('topic.sakura.currentName', { name: w.glossed(sakura.name) })}`,
  ];
  return [
    frontmatter(ctx, l),
    pageText(l, ctx.topic.intro[l]),
    '',
    importComponent('SakuraChart', 'charts/SakuraChart.astro', l),
    '',
    `<SakuraChart lang="${l}" level={2} />`,
    '',
    h2(l, 'topic.sakura.yearlyHeading'),
    yearlyTable,
    cumulativeText.join('\n\n'),
    '',
    h2(l, 'topic.sakura.plannedHeading'),
    w.text('topic.sakura.plannedIntro'),
    '',
    plannedTable,
    h2(l, 'topic.sakura.satisfactionHeading'),
    factsTable(facts, l),
    h2(l, 'topic.sakura.namesHeading'),
    names.join('\n'),
    '',
    w.mdx('topic.sakura.more', { program: programLink(ctx, 'sakura-science', l) }),
    '',
    sourcesSection(ctx, [...rows.map((r) => r.source.seed), ...facts.map((f) => f.source.seed)], l),
  ].join('\n');
}

// ── Trial call ──

function trialCallPage(ctx: TopicContext, l: Lang): string {
  const w = words(l);
  const rows = ctx.datasets['aspire-trial-call'];
  const by = (b: string) => rows.filter((r) => r.breakdown === b);
  // A field with no adoption is written 採択なし ("none selected"), not 0.
  const count = (r: (typeof rows)[number]) => figure(formatNumber(r.count, l), r.source, r.breakdown === 'adoptions-by-field' && r.count === 0 ? '採択なし' : String(r.count), l);
  const country = (r: (typeof rows)[number]) => w.glossed(countryTexts(r.country!, r.countryIso!));
  const field = (r: (typeof rows)[number]) => w.glossed({ ja: r.field!, en: r.fieldEn! });
  const funder = (r: (typeof rows)[number]) => w.glossed({ ja: r.funder!, en: r.funderEn! });
  const total = (b: string) => pageText(l, formatNumber(by(b).reduce((s, r) => s + r.count, 0), l));
  const totalLabel = w.text('topic.trial.total');
  const adoptions = new Map(by('adoptions-by-field').map((r) => [r.field, r]));
  const facts = ctx.datasets['program-facts'].filter((f) => f.program === 'aspire' && f.scheme === 'FY2022 trial call');
  const period = ctx.datasets.timeline.find((e) => e.id === 'trial-call-period');
  const periodText = period
    ? w.mdx('topic.trial.period', { period: figure(w.t('topic.dateRange', { from: formatDate(period.date, l), to: formatDate(period.dateEnd!, l) }), period.source, period.dateText.split('〜')[0]!, l) })
    : '';
  return [
    frontmatter(ctx, l),
    pageText(l, ctx.topic.intro[l]),
    '',
    importComponent('TrialCallChart', 'charts/TrialCallChart.astro', l),
    '',
    `<TrialCallChart lang="${l}" level={2} />`,
    '',
    h2(l, 'topic.trial.termsHeading'),
    periodText,
    '',
    factsTable(facts, l),
    h2(l, 'topic.trial.byCountryHeading'),
    table(headers(l, 'topic.trial', ['country', 'proposals']), [...by('proposals-by-country').map((r) => [country(r), count(r)]), [totalLabel, total('proposals-by-country')]]),
    h2(l, 'topic.trial.byFieldHeading'),
    table(headers(l, 'topic.trial', ['field', 'proposals', 'selected']), [
      ...by('proposals-by-field').map((r) => {
        const a = adoptions.get(r.field);
        return [field(r), count(r), a ? count(a) : '—'];
      }),
      [totalLabel, total('proposals-by-field'), total('adoptions-by-field')],
    ]),
    h2(l, 'topic.trial.byFunderHeading'),
    table(headers(l, 'topic.trial', ['country', 'funder', 'proposals']), [...by('proposals-by-funder').map((r) => [country(r), funder(r), count(r)]), [totalLabel, '', total('proposals-by-funder')]]),
    w.mdx('topic.trial.more', { call: programLink(ctx, 'aspire-trial-call', l), program: programLink(ctx, 'aspire', l) }),
    '',
    sourcesSection(ctx, rows.map((r) => r.source.seed), l),
  ].join('\n');
}

// ── Tiers ──

function tiersPage(ctx: TopicContext, l: Lang): string {
  const w = words(l);
  const body = ([3, 2, 1] as const).map((tier) => {
    const examples = ctx.tiers.filter((t) => t.example.tier === tier);
    const ex = examples.map((t) => {
      const source = link(lineRef(t.example.at.seed, t.line, t.line, l), sourceLineHref(t.example.at.seed, t.line, l));
      const { named, program } = t.example;
      if (named) {
        // The document's example, by the name it gives: it must stand on the cited line.
        const line = ctx.seeds.get(t.example.at.seed)!.lines[t.line - 1]!;
        if (!line.norm.includes(normalizeForMatch(named[SOURCE_LANG]))) throw new Error(`scripts/editorial/topics.ts: tier example "${named[SOURCE_LANG]}" is not on seeds/${t.example.at.seed} line ${t.line}`);
        return w.mdx(program ? 'topic.tiers.wider' : 'topic.tiers.example', { name: w.glossed(named), program: program ? programLink(ctx, program, l) : '', source });
      }
      return program ? w.mdx('topic.tiers.example', { name: programLink(ctx, program, l), source }) : w.mdx('topic.tiers.noProgram', { source });
    });
    return [w.text(`topic.tiers.name.${tier}`), w.text(`topic.tiers.what.${tier}`), ex.join(w.t('pages.separator'))];
  });
  return [
    frontmatter(ctx, l),
    pageText(l, ctx.topic.intro[l]),
    '',
    h2(l, 'topic.tiers.tableHeading'),
    table(headers(l, 'topic.tiers', ['tier', 'support', 'examples']), body),
    h2(l, 'topic.tiers.passagesHeading'),
    ctx.passages.map((p) => passageBlock(p, l)).join('\n'),
    sourcesSection(ctx, [...ctx.passages.map((p) => p.seed), ...ctx.tiers.map((t) => t.example.at.seed)], l),
  ].join('\n');
}

// ── Timeline ──

function timelinePage(ctx: TopicContext, l: Lang): string {
  const w = words(l);
  const events = ctx.datasets.timeline;
  const years = [...new Set(events.map((e) => e.date.slice(0, 4)))];
  const sections = years.map((y) => {
    const rows = events
      .filter((e) => e.date.startsWith(y))
      .map((e) => [
        figure(eventWhen(e, l), e.source, e.dateText.split('〜')[0]!, l),
        pageText(l, e[l]),
        e.program ? programLink(ctx, e.program, l) : '—',
        // Every row the same way: past or planned, as of the reporting document, named with its date.
        w.mdx(`topic.timeline.${e.status}`, { document: link(w.t('topic.timeline.document', { seed: e.source.seed }), sourceHref(e.source.seed, l)) }, { asOf: formatDate(e.asOf, l) }),
      ]);
    return `## ${pageText(l, formatDate(y, l))}\n\n${table(headers(l, 'topic.timeline', ['date', 'event', 'program', 'status']), rows)}`;
  });
  const asOfDates = [...ctx.seedRecords.values()].map((r) => w.t('topic.timeline.documentDate', { seed: r.id, date: formatDate(r.date, l) }));
  return [
    frontmatter(ctx, l),
    pageText(l, ctx.topic.intro[l]),
    '',
    w.text('topic.timeline.note'),
    '',
    w.text('topic.timeline.statusNote', { dates: formatList(asOfDates, l) }),
    '',
    ...sections,
    sourcesSection(ctx, events.map((e) => e.source.seed), l),
  ].join('\n');
}

/** When an event happened, at the precision the document gives, with the end of a span: 27–29 June 2023, June–September 2014, FY2018–FY2020. */
export function eventWhen(e: DatasetRows['timeline'][number], l: Lang): string {
  if (e.precision === 'fiscal-year') {
    const fy = (d: string) => Number(d.slice(0, 4));
    return e.dateEnd ? fiscalYearRange(fy(e.date), fy(e.dateEnd), l) : fiscalYearLong(fy(e.date), l);
  }
  return e.dateEnd ? formatDateRange(e.date, e.dateEnd, l) : formatDate(e.date, l);
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

const TERM_KINDS: readonly Term['kind'][] = ['budget', 'administration', 'role', 'agency', 'program', 'research'];

/**
 * The glossary as definition lists, one entry per term: a table's narrow columns split Japanese
 * words (運営費交/付金) on a phone; a term on a line of its own never is.
 */
function glossaryPage(ctx: TopicContext, l: Lang): string {
  const w = words(l);
  const terms = [...glossary].sort((a, b) => a.kind.localeCompare(b.kind));
  const firstLink = (ja: string) => {
    const first = firstAppearance(ctx.seeds, ja);
    return first ? w.mdx('topic.glossary.firstAt', { line: link(lineRef(first.seed, first.line, first.line, l), sourceLineHref(first.seed, first.line, l)) }) : w.text('topic.glossary.notInDocuments');
  };
  const groups = TERM_KINDS.map((k) => {
    const entries = terms.filter((t) => t.kind === k).map((t) => ({ id: termId(t), ja: t.ja, en: w.foreign('en', t.en), notes: [t.note ? pageText(l, t.note[l]) : '', firstLink(t.ja)] }));
    return entries.length ? `${h2(l, `topic.glossary.kind.${k}`)}\n${termList(entries, l)}` : '';
  });
  // Every program's names, as the registry gives them: the names the English pages use.
  const programEntries = [...ctx.programs.values()].map((p) => ({
    ja: p.name.ja,
    en: link(displayName(p, 'en'), programHref(p.id, l)),
    notes: [p.otherNames.length ? w.mdx('topic.glossary.otherNamesAre', { names: p.otherNames.map((n) => w.glossed(n)).join(w.t('pages.separator')) }) : '', firstLink(p.name.ja)],
  }));
  const budgetEntries = BUDGET_KIND_ORDER.map((k) => {
    const label = inEveryLang(`pages.budgetKind.${k}`);
    return { ja: label.ja, en: w.foreign('en', label.en), notes: [w.mdx('topic.glossary.kindInData', { kind: `<code>${k}</code>` })] };
  });
  return [
    frontmatter(ctx, l),
    pageText(l, ctx.topic.intro[l]),
    '',
    ...groups,
    h2(l, 'topic.glossary.budgetKinds'),
    termList(budgetEntries, l),
    h2(l, 'topic.glossary.programNames'),
    termList(programEntries, l),
    agencyGlossaryMdx(ctx.datasets.partners, l),
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
