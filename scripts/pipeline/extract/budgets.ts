import type { BudgetKind, BudgetRow, Source } from '../../../src/schemas/datasets.ts';
import { findAmounts } from '../amount.ts';
import { SeedError, SeedErrors } from '../errors.ts';
import { findFiscalYears, previousFiscalYear } from '../../../src/core/fiscal-year.ts';
import { lineAt, passageFrom } from '../passage.ts';
import { locate, sourceOf, type Locator, type Seed, type SeedLine } from '../seed.ts';
import type { BudgetRule } from '../rules/budgets.ts';

type Agency = BudgetRow['agency'];

/** What a budget label says: 令和5年度予算額 → FY2023 initial; 令和4年度第2次補正予算 → FY2022 supplementary, round 2. */
export interface BudgetLabel {
  fiscalYear: number;
  fiscalYearLabel: string;
  kind: BudgetKind;
  supplementaryRound: number | null;
}

const LABEL = /(?<supp>第(?<round>\d)次)?\s*(?<hosei>補正)?\s*予算(?<gaku>額)?\s*(?<an>\(案\)|案)?/u;

/** Read the budget label in `text` (normalised), or null if it has none. */
export function readBudgetLabel(text: string): BudgetLabel | null {
  const fys = findFiscalYears(text);
  const fy = fys.at(-1);
  if (!fy) return null;
  const rest = text.slice(fy.index + fy.label.length);
  const m = LABEL.exec(rest);
  if (!m || m.index > 2) return null;
  const g = m.groups ?? {};
  const kind: BudgetKind = g.hosei ? 'supplementary' : g.an ? 'draft' : 'initial';
  return {
    fiscalYear: fy.fiscalYear,
    fiscalYearLabel: fy.label,
    kind,
    supplementaryRound: g.round ? Number(g.round) : null,
  };
}

export interface BudgetFigure {
  label: BudgetLabel;
  agency: Agency;
  amount: ReturnType<typeof findAmounts>[number];
  line: SeedLine;
  /** The line where the words before the figure start (its label), if the statement spans lines. */
  labelLine: SeedLine;
}

/**
 * Classify every amount in a budget statement by the words before it:
 * "令和3年度予算額(案)：A（前年度予算額：B）" → A draft FY2021, B previous-year FY2020;
 * "A（B）" with the label given by the rule's context → A as the context says, B previous year;
 * "JST：A AMED：B" → agency shares of the statement's figure.
 */
export function readBudgetStatement(
  seed: Seed,
  start: SeedLine,
  span: number,
  context: BudgetLabel | null,
): BudgetFigure[] {
  const p = passageFrom(seed, start, span);
  const out: BudgetFigure[] = [];
  let current = context;
  let currentLine: SeedLine | null = null;
  let last = 0;
  for (const amount of findAmounts(p.text)) {
    const before = p.text.slice(last, amount.index);
    last = amount.index + amount.text.length;
    const line = lineAt(p, amount.index);
    const labelLine = lineAt(p, amount.index - before.trimStart().length);
    const agencyMatch = /(JST|AMED)\s*:\s*$/.exec(before);
    const agency = (agencyMatch?.[1] as Agency) ?? null;
    if (before.includes('前年度予算額') || (out.length > 0 && /^\s*\(\s*$/.test(before))) {
      const main = out.find((f) => f.agency === null) ?? out[0];
      if (!main) throw new SeedError(seed.path, start.n, `no amount after the budget label reads as yen: "${start.text.trim()}"`);
      out.push({
        label: {
          fiscalYear: previousFiscalYear(main.label.fiscalYear),
          fiscalYearLabel: '前年度',
          kind: 'previous-year-reported',
          supplementaryRound: null,
        },
        agency: null,
        amount,
        line,
        labelLine,
      });
      continue;
    }
    const own = readBudgetLabel(before);
    if (own) {
      current = own;
      currentLine = labelLine;
    }
    if (!current) throw new SeedError(seed.path, line.n, `the amount "${amount.text}" has no fiscal year or budget kind before it`);
    out.push({ label: current, agency, amount, line, labelLine: currentLine ?? line });
  }
  if (out.length === 0) throw new SeedError(seed.path, start.n, 'a budget rule points at a line with no yen amount');
  return out;
}

function ruleLabelContext(seed: Seed, loc: Locator | undefined): { label: BudgetLabel; line: SeedLine } | null {
  if (!loc) return null;
  const line = locate(seed, loc);
  const label = readBudgetLabel(line.norm);
  if (!label) throw new SeedError(seed.path, line.n, `expected a budget label (e.g. 令和5年度予算額) on this line`);
  return { label, line };
}

const MAX_LABEL_DISTANCE = 12;

/** A ※ footnote as one string: it may wrap onto the following lines, up to the first blank one. */
function footnoteText(seed: Seed, first: SeedLine): string {
  const lines = [first];
  for (const l of seed.lines.slice(first.n, first.n + 3)) {
    if (l.norm === '' || l.norm.startsWith('※')) break;
    lines.push(l);
  }
  return lines.map((l) => l.text.trim()).join('');
}

export function extractBudgets(seeds: ReadonlyMap<string, Seed>, rules: readonly BudgetRule[]): BudgetRow[] {
  const rows: BudgetRow[] = [];
  const errors: SeedError[] = [];
  for (const rule of rules) {
    try {
      rows.push(...extractBudgetRule(seeds, rule));
    } catch (e) {
      if (!(e instanceof SeedError)) throw e;
      errors.push(e);
    }
  }
  if (errors.length) throw new SeedErrors(errors);
  return rows;
}

function extractBudgetRule(seeds: ReadonlyMap<string, Seed>, rule: BudgetRule): BudgetRow[] {
  const rows: BudgetRow[] = [];
  {
    const seed = seeds.get(rule.seed);
    if (!seed) throw new Error(`budget rule for ${rule.program} names seed ${rule.seed}, which is not in seeds/`);
    const label = locate(seed, rule.label);
    const start = locate(seed, rule.at);
    if (rule.near !== false && Math.abs(start.n - label.n) > MAX_LABEL_DISTANCE) {
      throw new SeedError(seed.path, start.n, `budget figure for ${rule.program} is ${Math.abs(start.n - label.n)} lines from its label on line ${label.n}`);
    }
    const ctx = ruleLabelContext(seed, rule.fiscalYearFrom);
    const caveatLine = rule.caveat ? locate(seed, rule.caveat) : null;
    const caveatText = caveatLine ? footnoteText(seed, caveatLine) : null;
    let figures = readBudgetStatement(seed, start, rule.span ?? 1, ctx?.label ?? null);
    if (rule.onlyAgency !== undefined) figures = figures.filter((f) => f.agency === rule.onlyAgency);
    if (figures.length === 0) throw new SeedError(seed.path, start.n, `no ${rule.onlyAgency ?? ''} figure found for ${rule.program}`);
    for (const f of figures) {
      const agency = f.agency ?? rule.agency ?? null;
      const context: Source[] = [];
      if (label.n !== f.line.n) context.push(sourceOf(seed, label));
      if (ctx && ctx.line.n !== f.line.n && ctx.line.n !== label.n) context.push(sourceOf(seed, ctx.line));
      if (f.labelLine.n !== f.line.n && !context.some((c) => c.line === f.labelLine.n)) context.push(sourceOf(seed, f.labelLine));
      if (caveatLine) context.push(sourceOf(seed, caveatLine));
      rows.push({
        id: [rule.program, agency?.toLowerCase(), `fy${f.label.fiscalYear}`, f.label.kind, `s${seed.id}`, `l${f.line.n}`]
          .filter(Boolean)
          .join('-'),
        program: rule.program,
        agency,
        fiscalYear: f.label.fiscalYear,
        fiscalYearLabel: f.label.fiscalYearLabel,
        kind: f.label.kind,
        supplementaryRound: f.label.supplementaryRound,
        amountMillionYen: f.amount.min,
        amountText: f.amount.text,
        qualifier: f.amount.qualifier,
        caveat: caveatText,
        note: rule.note ?? null,
        source: sourceOf(seed, f.line),
        context,
      });
    }
  }
  return rows;
}

/**
 * Lines that look like budget figures: an amount on a line that says 予算, or within two lines
 * below one, or a bare "A（B）" pair. Every such line must be read by some rule, so a figure added
 * to a seed cannot slip past the datasets unnoticed.
 */
export function budgetLikeLines(seed: Seed): SeedLine[] {
  const out: SeedLine[] = [];
  const lines = seed.lines;
  for (let i = 0; i < lines.length; i++) {
    const l = lines[i]!;
    const amounts = findAmounts(l.norm);
    if (amounts.length === 0) continue;
    const pair = /^\s*\d[\d,.]*\s*(百万|億)円?\s*\(\s*\d[\d,.]*\s*(百万|億)円?\s*\)\s*$/u.test(l.norm);
    const nearby = lines.slice(Math.max(0, i - 4), i + 1).filter((x) => x.norm !== '').slice(-3);
    const saysBudget = nearby.some((x) => /予算(額|案|\s|$|\(|:)/u.test(x.norm) && !/予算を担保/u.test(x.norm));
    if (pair || saysBudget) out.push(l);
  }
  return out;
}
