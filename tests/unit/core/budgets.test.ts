import { describe, expect, it } from 'vitest';
import { budgetDisagreements, budgetStatementKey, budgetVersions } from '../../../src/core/budgets.ts';
import type { BudgetRow } from '../../../src/schemas/datasets.ts';

const row = (over: Partial<BudgetRow>): BudgetRow =>
  ({ id: 'x', program: 'aspire', agency: null, fiscalYear: 2022, kind: 'supplementary', supplementaryRound: 2, amountMillionYen: 50050, qualifier: 'exact', source: { seed: '003', line: 1, quote: 'q' }, ...over }) as BudgetRow;

describe('core/budgets', () => {
  it('groups agreeing rows and marks disagreeing amounts of one statement', () => {
    const rows = [row({ id: 'a' }), row({ id: 'b', amountMillionYen: 50100 }), row({ id: 'c' })];
    const versions = budgetVersions(rows);
    expect(versions.map((v) => [v.amount, v.rows.map((r) => r.id), v.disagrees])).toEqual([
      [50050, ['a', 'c'], true],
      [50100, ['b'], true],
    ]);
    expect(budgetDisagreements(rows)).toHaveLength(1);
  });
  it('does not count two supplementary rounds of one year as a disagreement', () => {
    const rows = [row({ supplementaryRound: 1, amountMillionYen: 100 }), row({ supplementaryRound: 2, amountMillionYen: 200 })];
    expect(budgetStatementKey(rows[0]!)).not.toBe(budgetStatementKey(rows[1]!));
    expect(budgetVersions(rows).some((v) => v.disagrees)).toBe(false);
    expect(budgetDisagreements(rows)).toEqual([]);
  });
});
