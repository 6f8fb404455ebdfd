/**
 * Budget totals reconciled against their parts (scripts/editorial/totals.ts): each total a document
 * states, against the sum of its parts from the same document, fiscal year, kind and supplementary
 * round. A printed figure is exact to half the unit it is printed in (41億円: ±50 million yen;
 * 7,367百万円: ±0.5), so a stated total may differ from the sum of its stated parts by at most half
 * the total's unit plus half of each part's unit. Beyond that the build fails, listing every mismatch.
 */
import type { BudgetRow } from '../../src/schemas/datasets.ts';
import { totalDefinitions, type TotalDefinition } from '../editorial/totals.ts';
import { SeedError } from './errors.ts';

export interface TotalCheck {
  definition: TotalDefinition;
  total: BudgetRow;
  parts: BudgetRow[];
  /** The sum of the parts, in million yen. */
  sum: number;
  /** Stated total minus the sum of its parts, in million yen. */
  difference: number;
  /** How far rounding to the printed units can take them apart, in million yen. */
  tolerance: number;
}

const round3 = (n: number) => Math.round(n * 1000) / 1000;

/** Million yen per unit of a printed suffix, longest first so that 百万円 is not read as 万円. */
const UNITS: readonly [string, number][] = [
  ['百万円', 1],
  ['千万円', 10],
  ['億円', 100],
  ['千円', 0.001],
  ['万円', 0.01],
  ['円', 0.000001],
];

/** The last printed digit's worth in million yen: 41億円 → 100, 7,367百万円 → 1, 4.5億円 → 10. */
export function printedUnit(amountText: string): number {
  const text = amountText.normalize('NFKC');
  const unit = UNITS.find(([suffix]) => text.includes(suffix));
  if (!unit) throw new Error(`"${amountText}" names no yen unit`);
  const decimals = /\d\.(\d+)/.exec(text)?.[1]?.length ?? 0;
  return unit[1] / 10 ** decimals;
}

/** How much a stated total may differ from its parts by rounding alone. */
export function roundingTolerance(check: Pick<TotalCheck, 'total' | 'parts'>): number {
  return round3((printedUnit(check.total.amountText) + check.parts.reduce((s, p) => s + printedUnit(p.amountText), 0)) / 2);
}

/**
 * Each stated total against the sum of its parts: rows of the same document, fiscal year and kind,
 * taking for each part program the rows nearest the total (a document may repeat a figure on
 * another slide) and, where a program is split by agency, its agency rows.
 */
export function checkTotals(budgets: readonly BudgetRow[], definitions: readonly TotalDefinition[] = totalDefinitions): TotalCheck[] {
  const out: TotalCheck[] = [];
  for (const definition of definitions) {
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
      const sum = round3(parts.reduce((s, p) => s + p.amountMillionYen, 0));
      out.push({ definition, total, parts, sum, difference: round3(total.amountMillionYen - sum), tolerance: roundingTolerance({ total, parts }) });
    }
  }
  return out;
}

/** Every total that differs from its parts by more than rounding, as file:line errors at the total. */
export function validateTotals(budgets: readonly BudgetRow[], seeds: ReadonlyMap<string, { path: string }>, definitions: readonly TotalDefinition[] = totalDefinitions): SeedError[] {
  const path = (seed: string) => seeds.get(seed)?.path ?? seed;
  return checkTotals(budgets, definitions)
    .filter((c) => Math.abs(c.difference) > c.tolerance)
    .map((c) => {
      const parts = c.parts.map((p) => `${p.program}${p.agency ? ` (${p.agency})` : ''} ${p.amountText} at ${path(p.source.seed)}:${p.source.line}`).join('; ');
      return new SeedError(
        path(c.total.source.seed),
        c.total.source.line,
        `the total ${c.total.program} (FY${c.total.fiscalYear}, ${c.total.kind}) is ${c.total.amountText}, but its parts sum to ${c.sum} million yen (${parts}): a difference of ${c.difference}, beyond the ±${c.tolerance} that rounding to the printed units explains (scripts/editorial/totals.ts)`,
      );
    });
}
