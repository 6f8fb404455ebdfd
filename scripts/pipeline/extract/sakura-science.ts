import { sum } from 'd3-array';
import type { SakuraRow } from '../../../src/schemas/datasets.ts';
import { SeedError } from '../errors.ts';
import { findFiscalYears } from '../../../src/core/fiscal-year.ts';
import { findQuantities } from '../quantity.ts';
import { locate, sourceOf, type Locator, type Seed, type SeedLine } from '../seed.ts';

/** A table of yearly invitees: "平成26年度 14か国・地域 2,944人" lines, closed by a "合 計 19,298人" line. */
export interface SakuraYearlyRule {
  seed: string;
  /** The line naming the program. */
  program: Locator;
  /** The table's heading; rows are read from the lines below it. */
  heading: Locator;
  /** The line stating the total of the rows above it. */
  total: Locator;
}

/** A planned intake: "人 数：6,000人／31年度 （6,000人／30年度）" or "受入人数 約2,900人". */
export interface SakuraPlanRule {
  seed: string;
  program: Locator;
  at: Locator;
  /** Where the fiscal year of a plan that does not state its own comes from (a budget line). */
  fiscalYearFrom?: Locator;
  /** The era bare years ("31年度") are written in. */
  era?: string;
  /** A line naming the countries in words (対象国・地域 全世界). */
  countries?: Locator;
}

const YEAR_ROW = /^(?<fy>\S+年度)\s+(?<countries>\d+)か国・地域\s+(?<people>[\d,]+)人$/u;

/** The program's name as its line writes it, without a numbering ("11.") or bullet ("○") or a budget after it. */
function programName(line: SeedLine): string {
  return line.text.trim().replace(/^[\d０-９.．\s○◇■]+/u, '').replace(/\s*令和.*$/u, '').trim();
}

export function extractSakuraYearly(seed: Seed, rule: SakuraYearlyRule): SakuraRow[] {
  const program = locate(seed, rule.program);
  const heading = locate(seed, rule.heading);
  const total = locate(seed, { ...rule.total, after: rule.heading });
  const rows: SakuraRow[] = [];
  for (const line of seed.lines.slice(heading.n, total.n - 1)) {
    if (line.norm === '') continue;
    const m = YEAR_ROW.exec(line.norm);
    if (!m?.groups) throw new SeedError(seed.path, line.n, `expected an invitee row like "平成26年度 14か国・地域 2,944人", found "${line.text.trim()}"`);
    const fy = findFiscalYears(m.groups.fy!)[0];
    if (!fy) throw new SeedError(seed.path, line.n, `"${m.groups.fy}" is not a fiscal year`);
    rows.push({
      id: `invitees-fy${fy.fiscalYear}-s${seed.id}-l${line.n}`,
      measure: 'invitees',
      status: 'actual',
      fiscalYearFrom: fy.fiscalYear,
      fiscalYearTo: fy.fiscalYear,
      fiscalYearLabel: fy.label,
      people: Number(m.groups.people!.replace(/,/g, '')),
      peopleText: `${m.groups.people}人`,
      qualifier: 'exact',
      countriesAndRegions: Number(m.groups.countries),
      countriesText: null,
      programName: programName(program),
      source: sourceOf(seed, line),
      context: [sourceOf(seed, heading), sourceOf(seed, program)],
    });
  }
  if (rows.length === 0) throw new SeedError(seed.path, heading.n, 'no invitee rows below this heading');
  const stated = findQuantities(total.norm).find((q) => q.unit === '人');
  if (!stated) throw new SeedError(seed.path, total.n, `expected a total like "合 計 19,298人"`);
  const yearly = sum(rows, (r) => r.people);
  if (yearly !== stated.min) {
    throw new SeedError(
      seed.path,
      total.n,
      `the stated total ${stated.min} does not equal the sum ${yearly} of the yearly rows on lines ${rows.map((r) => r.source.line).join(', ')}`,
    );
  }
  const first = rows[0]!;
  const last = rows.at(-1)!;
  rows.push({
    id: `cumulative-fy${first.fiscalYearFrom}-fy${last.fiscalYearTo}-s${seed.id}-l${total.n}`,
    measure: 'cumulative-invitees',
    status: 'actual',
    fiscalYearFrom: first.fiscalYearFrom,
    fiscalYearTo: last.fiscalYearTo,
    fiscalYearLabel: `${first.fiscalYearLabel}〜${last.fiscalYearLabel}`,
    people: stated.min,
    peopleText: stated.text,
    qualifier: 'exact',
    countriesAndRegions: null,
    countriesText: null,
    programName: programName(program),
    source: sourceOf(seed, total),
    context: [sourceOf(seed, heading)],
  });
  return rows;
}

export function extractSakuraPlans(seed: Seed, rule: SakuraPlanRule): SakuraRow[] {
  const program = locate(seed, rule.program);
  const line = locate(seed, rule.at);
  const people = findQuantities(line.norm).filter((q) => q.unit === '人');
  if (people.length === 0) throw new SeedError(seed.path, line.n, 'expected a number of people (…人)');
  const fromLine = rule.fiscalYearFrom ? locate(seed, rule.fiscalYearFrom) : null;
  const countries = rule.countries ? locate(seed, rule.countries) : null;
  const yearsOnLine = findFiscalYears(line.norm, rule.era);
  return people.map((q, i) => {
    // "6,000人／31年度": the year follows the number it belongs to.
    const own = yearsOnLine.find((y) => y.index > q.index && (people[i + 1] === undefined || y.index < people[i + 1]!.index));
    const fy = own ?? (fromLine ? findFiscalYears(fromLine.norm)[0] : undefined);
    if (!fy) throw new SeedError(seed.path, line.n, `no fiscal year for the planned intake "${q.text}"`);
    const context = [sourceOf(seed, program)];
    if (fromLine && !own) context.push(sourceOf(seed, fromLine));
    if (countries) context.push(sourceOf(seed, countries));
    return {
      id: `planned-fy${fy.fiscalYear}-s${seed.id}-l${line.n}`,
      measure: 'planned-intake' as const,
      status: 'planned' as const,
      fiscalYearFrom: fy.fiscalYear,
      fiscalYearTo: fy.fiscalYear,
      fiscalYearLabel: fy.label,
      people: q.min,
      peopleText: q.text,
      qualifier: q.qualifier,
      countriesAndRegions: null,
      countriesText: countries ? countries.norm.replace(/^対象国・地域\s*/u, '') : null,
      programName: programName(program),
      source: sourceOf(seed, line),
      context,
    };
  });
}
