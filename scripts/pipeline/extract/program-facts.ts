import type { FactValue, ProgramFactRow, Qualifier } from '../../../src/schemas/datasets.ts';
import { findAmounts } from '../amount.ts';
import { findTimes } from '../dates.ts';
import { SeedError, SeedErrors } from '../errors.ts';
import { findFiscalYears } from '../../../src/core/fiscal-year.ts';
import { findQuantities } from '../quantity.ts';
import { locate, sourceOf, type Locator, type Seed, type SeedLine } from '../seed.ts';
import { normalizeForMatch } from '../text.ts';

export type FactRead = 'money' | 'money-per-year' | 'quantity' | 'fiscal-year' | 'fiscal-year-range' | 'pattern';

export interface FactRule {
  seed: string;
  program: string;
  scheme?: string;
  metric: string;
  at: Locator;
  read: FactRead;
  /** Read only the part of the line after this text. */
  within?: string;
  /** For quantities: the seed's unit words to pick (課題, 人, か国 …). */
  units?: string[];
  /** For pattern: a regex on the normalised line whose group `n` is the number. */
  pattern?: RegExp;
  /** Which match of the kind to take (1-based, default 1). */
  nth?: number;
  /** Unit of the value when the seed's unit word does not decide it. */
  as?: FactValue['unit'];
  qualifier?: Qualifier;
  status?: ProgramFactRow['status'];
  /** Where the figure's date or fiscal year is stated: 'line' for its own line; else a locator. */
  asOf?: 'line' | Locator;
  /** Which date on that line (1-based). */
  asOfNth?: number;
  /** The era of bare years ("26年度") on the asOf line. */
  era?: string;
}

const UNIT_OF: Readonly<Record<string, FactValue['unit']>> = {
  'か国・地域': 'countries-and-regions',
  か国: 'countries',
  課題: 'projects',
  件: 'projects',
  人: 'people',
  名: 'people',
  拠点: 'bases',
  プログラム: 'programs',
  年: 'years',
  年間: 'years',
  か月: 'months',
  週間: 'weeks',
  '%': 'percent',
  単位: 'credits',
  位: 'rank',
  回: 'calls',
  か所: 'places',
};

function readValue(seed: Seed, line: SeedLine, rule: FactRule): FactValue {
  let text = line.norm;
  if (rule.within) {
    const at = text.indexOf(normalizeForMatch(rule.within));
    if (at < 0) throw new SeedError(seed.path, line.n, `"${rule.within}" is not on this line`);
    text = text.slice(at + normalizeForMatch(rule.within).length);
  }
  const nth = (rule.nth ?? 1) - 1;
  const fail = (what: string): never => {
    throw new SeedError(seed.path, line.n, `${rule.program} ${rule.metric}: expected ${what}${rule.nth ? ` (match ${rule.nth})` : ''} in "${line.text.trim()}"`);
  };
  switch (rule.read) {
    case 'money':
    case 'money-per-year': {
      const a = findAmounts(text)[nth] ?? fail('a yen amount');
      return { min: a.min, max: a.max, qualifier: rule.qualifier ?? a.qualifier, unit: rule.read === 'money' ? 'million-yen' : 'million-yen-per-year', text: a.text };
    }
    case 'quantity': {
      const qs = findQuantities(text).filter((q) => !rule.units || rule.units.includes(q.unit));
      const q = qs[nth] ?? fail(`a quantity in ${rule.units?.join('/') ?? 'any unit'}`);
      const unit = rule.as ?? UNIT_OF[q.unit] ?? fail(`a known unit, not "${q.unit}"`);
      return { min: q.min, max: q.max, qualifier: rule.qualifier ?? q.qualifier, unit, text: q.text };
    }
    case 'fiscal-year': {
      const fy = findFiscalYears(text)[nth] ?? fail('a fiscal year');
      return { min: fy.fiscalYear, max: fy.fiscalYear, qualifier: rule.qualifier ?? 'exact', unit: 'fiscal-year', text: fy.label };
    }
    case 'fiscal-year-range': {
      const fys = findFiscalYears(text);
      const from = fys[nth] ?? fail('a first fiscal year');
      const to = fys[nth + 1] ?? fail('a last fiscal year');
      return { min: from.fiscalYear, max: to.fiscalYear, qualifier: 'range', unit: 'fiscal-year', text: text.slice(from.index, to.index + to.label.length) };
    }
    case 'pattern': {
      const pattern = rule.pattern ?? fail('a pattern in the rule');
      const ms = [...text.matchAll(new RegExp(pattern.source, `${pattern.flags.replace('g', '')}g`))];
      const m = ms[nth] ?? fail(`text matching ${pattern}`);
      const n = Number(m.groups?.n?.replace(/,/g, '') ?? fail('a group named n'));
      const unit = rule.as ?? fail('the unit (as) of a pattern rule');
      return { min: n, max: n, qualifier: rule.qualifier ?? 'exact', unit, text: m[0] };
    }
  }
}

const TERMS_OF_A_SCHEME = new Set<FactValue['unit']>(['million-yen', 'million-yen-per-year', 'years', 'months', 'weeks', 'credits', 'fiscal-year']);

/** Money, durations and start years describe how a scheme works; counts describe what happened. */
function defaultStatus(value: FactValue): ProgramFactRow['status'] {
  return TERMS_OF_A_SCHEME.has(value.unit) ? 'rule' : 'actual';
}

export function extractProgramFacts(seeds: ReadonlyMap<string, Seed>, rules: readonly FactRule[], seedDate: (id: string) => string): ProgramFactRow[] {
  const rows: ProgramFactRow[] = [];
  const errors: SeedError[] = [];
  for (const rule of rules) {
    try {
      rows.push(extractProgramFact(seeds, rule, seedDate));
    } catch (e) {
      if (!(e instanceof SeedError)) throw e;
      errors.push(e);
    }
  }
  if (errors.length) throw new SeedErrors(errors);
  return rows;
}

function extractProgramFact(seeds: ReadonlyMap<string, Seed>, rule: FactRule, seedDate: (id: string) => string): ProgramFactRow {
  {
    const seed = seeds.get(rule.seed);
    if (!seed) throw new Error(`fact rule ${rule.program}/${rule.metric} names seed ${rule.seed}, which is not in seeds/`);
    const line = locate(seed, rule.at);
    const value = readValue(seed, line, rule);
    let asOf = seedDate(seed.id);
    const context = [];
    if (rule.asOf) {
      const at = rule.asOf === 'line' ? line : locate(seed, rule.asOf);
      const time = findTimes(at.norm, rule.era)[(rule.asOfNth ?? 1) - 1];
      if (!time) throw new SeedError(seed.path, at.n, `${rule.program} ${rule.metric}: expected a date or fiscal year on this line`);
      asOf = time.iso;
      if (at.n !== line.n) context.push(sourceOf(seed, at));
    }
    return {
      id: [rule.program, rule.scheme ? rule.scheme.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '') : null, rule.metric, `s${seed.id}`, `l${line.n}`, rule.nth && rule.nth > 1 ? `m${rule.nth}` : null]
        .filter(Boolean)
        .join('-'),
      program: rule.program,
      scheme: rule.scheme ?? null,
      metric: rule.metric,
      value,
      asOf,
      status: rule.status ?? defaultStatus(value),
      source: sourceOf(seed, line),
      context,
    };
  }
}
