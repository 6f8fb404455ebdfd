/**
 * "At a glance": the definition list at the top of a program page that answers what, who, how much,
 * how long, with whom, how big and since when. Every value is a dataset row (a figure linked to its
 * line) or a quoted passage (cited); where the documents say nothing, the list says so rather than
 * leave the row out. Where documents disagree, every version is shown with its date.
 * Words: src/i18n/<lang>/glance.json.
 */
import { budgetDisagreements, BUDGET_KIND_ORDER } from '../../src/core/budgets.ts';
import { factValue, qualifiedMillionYen } from '../../src/core/facts.ts';
import { fiscalYearLong, formatDate, formatList } from '../../src/core/format.ts';
import { DOCUMENT_LANG, type Lang } from '../../src/core/locales.ts';
import type { BudgetRow, FactValue, PartnerRow, ProgramFactRow } from '../../src/schemas/datasets.ts';
import { bodyNames, contextMetrics, metricLabels, schemeLabels } from '../editorial/labels.ts';
import type { ProgramParsed } from '../editorial/schema.ts';
import type { ResolvedPassage } from '../pipeline/passages.ts';
import { citeLines, figure } from './figure.ts';
import { description, mdxAttr, pageText } from './mdx.ts';
import { words } from './words.ts';

/**
 * The questions the list answers, in the order it answers them: the one-line answers first, so that
 * a long list of funding types does not push them off the first screen.
 */
export const GLANCE_FIELDS = ['what', 'who', 'began', 'budget', 'partners', 'scale', 'support', 'eligibility'] as const;
export type GlanceField = (typeof GLANCE_FIELDS)[number];

/** The anchor of the partners section, which the partners row links to. */
export const PARTNERS_ANCHOR = 'partners';

export interface GlanceData {
  program: ProgramParsed;
  passages: readonly ResolvedPassage[];
  budgets: readonly BudgetRow[];
  allBudgets: readonly BudgetRow[];
  facts: readonly ProgramFactRow[];
  partners: readonly PartnerRow[];
}

/** Support per project or centre, and how long: the terms of a grant, per type. */
const AMOUNT_METRICS = ['support-per-project-year', 'support-per-base-year', 'total-funding-per-project'];
const PERIOD_METRICS = ['support-period', 'research-period', 'stay-length', 'support-period-total'];
/** A period's extension, shown with the period it extends: 5年間、評価により＋5年間. */
const EXTENSION_METRICS: Readonly<Record<string, string>> = { 'support-period-after-evaluation': 'support-period', 'research-period-with-extension': 'research-period' };
const TEAM_METRICS = ['team-size', 'top-level-pis', 'base-staff'];
/** How big: projects, fellows, centres, programs. */
const SCALE_METRICS = [
  'projects-under-way',
  'new-fellows',
  'new-participants',
  'students-supported',
  'new-bases',
  'planned-bases',
  'programs',
  'projects-selected',
  'planned-projects',
  'foreign-researchers-selected',
];
const PARTNER_METRICS = ['partner-countries-and-regions', 'partner-countries', 'joint-call-partner-countries-current', 'member-countries-besides-japan', 'participating-countries'];
const START_METRICS = ['start-fiscal-year'];

/** Two statements of the same figure; one may be the fuller ("3年間（タイプにより異なる）" beside "3年間"). */
const sameValue = (a: FactValue, b: FactValue) => a.min === b.min && a.max === b.max && a.unit === b.unit;
/** The statement to show of a group: the newest that keeps a qualifier, else the newest. */
const fullest = (g: ProgramFactRow[]) => g.find((r) => r.value.qualifier !== 'exact' && r.value.qualifier !== 'range') ?? g[0]!;
const newestFirst = (a: ProgramFactRow, b: ProgramFactRow) => b.asOf.localeCompare(a.asOf) || a.source.seed.localeCompare(b.source.seed) || a.source.line - b.source.line;

/**
 * One metric's statements as figures: the value once when every document agrees, else each
 * version with the dates of the documents that give it, newest first ("¥20–30 million a year
 * (2023); ¥30–50 million a year (2015, 2019-03)").
 */
function versions(rows: readonly ProgramFactRow[], l: Lang): string {
  const w = words(l);
  const groups: ProgramFactRow[][] = [];
  for (const r of [...rows].sort(newestFirst)) {
    const g = groups.find((x) => sameValue(x[0]!.value, r.value));
    if (g) g.push(r);
    else groups.push([r]);
  }
  const shown = (g: ProgramFactRow[]) => {
    const r = fullest(g);
    return figure(factValue(r.value, l), r.source, r.value.text, l);
  };
  if (groups.length === 1) return shown(groups[0]!);
  return groups
    .map((g) => w.mdx('glance.dated', { value: shown(g) }, { dates: formatList([...new Set(g.map((r) => formatDate(r.asOf, l)))], l) }))
    .join(w.t('pages.separator'));
}

const metricName = (metric: string, l: Lang) => metricLabels[metric]?.[l] ?? metric;
const schemeName = (scheme: string, l: Lang) => schemeLabels[scheme]?.[l] ?? scheme;

function field(key: GlanceField, value: string, l: Lang): string {
  const w = words(l);
  return `<div data-glance=${JSON.stringify(key)}><dt>${w.text(`glance.field.${key}`)}</dt><dd>${value || notStated(l)}</dd></div>`;
}

const notStated = (l: Lang) => `<span class="not-stated">${words(l).text('glance.notStated')}</span>`;

/** What it is: the first sentence of the first overview paragraph that is a sentence, cited. */
function what(d: GlanceData, l: Lang): string {
  // The overview's first sentence; for a page without one (a framework within SICORP), the first of any passage.
  const overview = d.passages.filter((p) => p.section === 'overview');
  const first = overview.some((x) => x[l].some((t) => t.length >= 25)) ? overview : d.passages;
  for (const x of first) {
    const para = x[l].find((t) => t.length >= 25);
    if (para) return `${pageText(l, description(para, l, 160))} <small>${citeLines(x.seed, x.from, x.to, l)}</small>`;
  }
  return '';
}

function who(p: ProgramParsed, l: Lang): string {
  const w = words(l);
  // Acronyms with their names as titles keep the line short; the page's name list and glossary spell them out.
  const bodies = (xs: string[]) => formatList(xs.map((b) => (/[A-Z]{2,}/.test(bodyNames[b]![l]) && l !== DOCUMENT_LANG ? `<abbr title=${mdxAttr(bodyNames[b]![l])}>${pageText(l, b)}</abbr>` : pageText(l, bodyNames[b]![l]))), l);
  const run = p.bodies.implementing.length ? bodies(p.bodies.implementing) : '';
  const fund = p.bodies.funding.length ? bodies(p.bodies.funding) : '';
  if (run && fund) return w.mdx('glance.who.both', { run, fund });
  if (run) return w.mdx('glance.who.run', { run });
  return fund ? w.mdx('glance.who.fund', { fund }) : '';
}

function eligibility(d: GlanceData, l: Lang): string {
  return d.passages
    .filter((x) => x.section === 'eligibility')
    .map((x) => `${x[l].map((t) => pageText(l, t)).join(' ')} <small>${citeLines(x.seed, x.from, x.to, l)}</small>`)
    .join('<br />');
}

/** Support per project and period, for the whole program and each type that states its own. */
function support(d: GlanceData, l: Lang): string {
  const w = words(l);
  const facts = d.facts.filter((f) => f.status === 'rule' && !contextMetrics.has(f.metric));
  // The types that state an amount; where none does (fellowships, stays), those that state a period.
  const withAmount = facts.filter((f) => AMOUNT_METRICS.includes(f.metric) || (f.scheme === null && PERIOD_METRICS.includes(f.metric)));
  const stating = withAmount.length ? withAmount : facts.filter((f) => PERIOD_METRICS.includes(f.metric));
  const schemes = [...new Set(stating.map((f) => f.scheme))];
  schemes.sort((a, b) => (a === null ? -1 : b === null ? 1 : 0));
  // Types that only earlier documents describe (SICORP's Joint Laboratory Types of 2015 and 2019) fold away.
  const newest = facts.filter((f) => schemes.includes(f.scheme)).reduce((m, f) => (f.asOf > m ? f.asOf : m), '');
  const current = (scheme: string | null) => scheme === null || facts.some((f) => f.scheme === scheme && f.asOf.slice(0, 4) === newest.slice(0, 4));
  const line = (scheme: string | null) => {
    const mine = facts.filter((f) => f.scheme === scheme);
    const parts: string[] = [];
    const of = (metrics: readonly string[]) => metrics.map((m) => mine.filter((f) => f.metric === m)).find((rows) => rows.length) ?? [];
    const amount = of(AMOUNT_METRICS);
    const periodRows = of(PERIOD_METRICS);
    let period = periodRows.length ? versions(periodRows, l) : '';
    const extension = mine.filter((f) => periodRows.length && EXTENSION_METRICS[f.metric] === periodRows[0]!.metric);
    if (period && extension.length) period = w.mdx('glance.extension', { period, extension: versions(extension, l) });
    if (amount.length && period) parts.push(w.mdx('glance.amountFor', { amount: versions(amount, l), period }));
    else if (amount.length) parts.push(versions(amount, l));
    else if (period) parts.push(w.mdx('glance.labelled', { label: pageText(l, metricName(periodRows[0]!.metric, l)), value: period }));
    for (const metric of TEAM_METRICS) {
      const rows = mine.filter((f) => f.metric === metric);
      if (rows.length) parts.push(w.mdx('glance.labelled', { label: pageText(l, metricName(metric, l)), value: versions(rows, l) }));
    }
    const terms = parts.join(w.t('pages.separator'));
    return scheme === null ? terms : w.mdx('glance.labelled', { label: pageText(l, schemeName(scheme, l)), value: terms });
  };
  const items = schemes.filter(current).map(line);
  const earlier = schemes.filter((x) => !current(x)).map(line);
  const folded = earlier.length ? `<details><summary>${w.text('glance.earlierTypes', { count: earlier.length })}</summary><ul>${earlier.map((i) => `<li>${i}</li>`).join('')}</ul></details>` : '';
  // Team sizes stated for the whole program where no type carries them (KAKENHI's 約20～40名).
  const team = facts.filter((f) => TEAM_METRICS.includes(f.metric) && !schemes.includes(f.scheme));
  for (const metric of TEAM_METRICS) {
    const rows = team.filter((f) => f.metric === metric);
    const bySchemes = [...new Set(rows.map((f) => f.scheme))];
    for (const scheme of bySchemes) {
      const value = w.mdx('glance.labelled', { label: pageText(l, metricName(metric, l)), value: versions(rows.filter((f) => f.scheme === scheme), l) });
      items.push(scheme === null ? value : w.mdx('glance.labelled', { label: pageText(l, schemeName(scheme, l)), value }));
    }
  }
  return `${list(items)}${folded}`;
}

const list = (items: string[]) => (items.length === 0 ? '' : items.length === 1 ? items[0]! : `<ul>${items.map((i) => `<li>${i}</li>`).join('')}</ul>`);

/** The newest statement of each metric, whole program first; at most three metrics. */
function latestByMetric(facts: readonly ProgramFactRow[], metrics: readonly string[], l: Lang, max = 3): string[] {
  const w = words(l);
  const out: string[] = [];
  for (const metric of metrics) {
    const rows = facts.filter((f) => f.metric === metric && !contextMetrics.has(f.metric));
    if (!rows.length) continue;
    const whole = rows.filter((f) => f.scheme === null);
    const pick = (whole.length ? whole : rows).sort(newestFirst)[0]!;
    const value = w.mdx('glance.asOf', { value: figure(factValue(pick.value, l), pick.source, pick.value.text, l) }, { date: formatDate(pick.asOf, l) });
    const label = pick.scheme === null ? metricName(metric, l) : w.t('pages.parenthetical', { text: metricName(metric, l), note: schemeName(pick.scheme, l) });
    out.push(w.mdx('glance.labelled', { label: pageText(l, label), value }));
    if (out.length >= max) break;
  }
  return out;
}

function scale(d: GlanceData, l: Lang): string {
  // The whole program's counts where the documents give any; else a type's or a call's.
  const whole = d.facts.filter((f) => f.scheme === null && SCALE_METRICS.includes(f.metric));
  return list(latestByMetric(whole.length ? whole : d.facts, SCALE_METRICS, l));
}

function partners(d: GlanceData, l: Lang): string {
  const w = words(l);
  const items = latestByMetric(d.facts, PARTNER_METRICS, l, 2);
  const places = new Set(d.partners.filter((r) => r.partnerType !== 'agency').map((r) => r.countryIso ?? r.region));
  const agencies = new Set(d.partners.filter((r) => r.partnerType === 'agency').map((r) => r.agency));
  if (places.size || agencies.size) {
    const counts = [places.size ? w.t('glance.places', { count: places.size }) : '', agencies.size ? w.t('glance.agencies', { count: agencies.size }) : ''].filter(Boolean);
    items.push(w.mdx('glance.partnersNamed', { section: `<a href="#${PARTNERS_ANCHOR}">${w.text('glance.partnersSection')}</a>` }, { counts: formatList(counts, l) }));
  }
  return list(items);
}

/** The latest fiscal year's budget, each statement of it with its kind; other documents' versions beside it. */
function budget(d: GlanceData, l: Lang): string {
  const w = words(l);
  if (!d.budgets.length) return '';
  const latest = Math.max(...d.budgets.map((b) => b.fiscalYear));
  const rows = d.budgets
    .filter((b) => b.fiscalYear === latest)
    .sort((a, b) => BUDGET_KIND_ORDER.indexOf(b.kind) - BUDGET_KIND_ORDER.indexOf(a.kind) || (a.agency ?? '').localeCompare(b.agency ?? '') || a.source.seed.localeCompare(b.source.seed) || a.source.line - b.source.line);
  const disagreements = budgetDisagreements(d.allBudgets);
  const amount = (r: BudgetRow) => figure(qualifiedMillionYen(r.amountMillionYen, r.amountMillionYen, r.qualifier, l), r.source, r.amountText, l);
  const seen = new Set<string>();
  const items: string[] = [];
  // Agencies' shares of one statement (SICORP's JST and AMED) go on one line after the program's own figure.
  const shares = new Map<string, string[]>();
  for (const r of rows) {
    const versions = disagreements.find((vs) => vs.some((v) => v.rows.includes(r)));
    const key = versions ? versions.map((v) => v.amount).join('/') + r.kind + (r.agency ?? '') : r.id;
    if (seen.has(key)) continue;
    seen.add(key);
    const kind = w.t(`glance.kind.${r.kind}`);
    const others = (versions ?? []).filter((v) => v.amount !== r.amountMillionYen).map((v) => amount(v.rows[0]!));
    const value = others.length ? w.mdx('glance.budgetDisagree', { amount: amount(r), others: formatList(others, l) }) : amount(r);
    const plain = { year: fiscalYearLong(latest, l), kind: r.supplementaryRound ? w.t('program.budget.round', { kind, round: r.supplementaryRound }) : kind };
    if (!r.agency) {
      items.push(w.mdx('glance.budget', { amount: value }, plain));
      continue;
    }
    const statement = w.t('glance.statement', plain);
    shares.set(statement, [...(shares.get(statement) ?? []), w.mdx('glance.agencyShare', { amount: value }, { agency: r.agency })]);
  }
  for (const [statement, parts] of shares) items.push(w.mdx('glance.byAgency', { parts: formatList(parts, l) }, { statement }));
  return `${list(items)} <small>${w.text('glance.unit')}</small>`;
}

function began(d: GlanceData, l: Lang): string {
  const w = words(l);
  // The whole program's start, else the start of the call the page is about; else how long it has run.
  const starts = d.facts.filter((f) => START_METRICS.includes(f.metric));
  const whole = starts.filter((f) => f.scheme === null);
  if (starts.length) return versions(whole.length ? whole : starts, l);
  const since = d.facts.filter((f) => f.metric === 'years-since-launch');
  return since.length ? w.mdx('glance.runningFor', { value: versions(since, l) }, { date: formatDate([...since].sort(newestFirst)[0]!.asOf, l) }) : '';
}

/** The glance as MDX: one <dl> line, every field present. */
export function programGlanceMdx(d: GlanceData, l: Lang): string {
  const w = words(l);
  const values: Record<GlanceField, string> = {
    what: what(d, l),
    who: who(d.program, l),
    eligibility: eligibility(d, l),
    support: support(d, l),
    scale: scale(d, l),
    partners: partners(d, l),
    budget: budget(d, l),
    began: began(d, l),
  };
  return `<dl class="glance" aria-label=${mdxAttr(w.t('glance.label'))}>${GLANCE_FIELDS.map((k) => field(k, values[k], l)).join('')}</dl>\n`;
}
