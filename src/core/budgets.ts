/**
 * Budget statements, defined once for charts, tables and topic pages. Rows with the same statement
 * key (program, agency, fiscal year, kind, supplementary round) state the same budget; where their
 * amounts differ, the documents disagree, and every version is shown with its source.
 */
import type { BudgetKind, BudgetRow } from '../schemas/datasets.ts';

/** The order kinds are listed in, within a fiscal year: as reported later, requested, enacted, supplementary. */
export const BUDGET_KIND_ORDER: readonly BudgetKind[] = ['previous-year-reported', 'draft', 'initial', 'supplementary'];

export function budgetStatementKey(r: BudgetRow): string {
  return [r.program, r.agency ?? '', r.fiscalYear, r.kind, r.supplementaryRound ?? ''].join('|');
}

/** One amount a statement has: the rows that give it, and whether other rows give the same statement another amount. */
export interface BudgetVersion {
  statementKey: string;
  amount: number;
  rows: BudgetRow[];
  disagrees: boolean;
}

/** Rows grouped by statement and amount: agreeing rows share a version, each disagreeing amount is a version of its own. Rows keep their order. */
export function budgetVersions(rows: readonly BudgetRow[]): BudgetVersion[] {
  const versions = new Map<string, BudgetVersion>();
  for (const r of rows) {
    const statementKey = budgetStatementKey(r);
    const key = `${statementKey}|${r.amountMillionYen}`;
    let v = versions.get(key);
    if (!v) versions.set(key, (v = { statementKey, amount: r.amountMillionYen, rows: [], disagrees: false }));
    v.rows.push(r);
  }
  const list = [...versions.values()];
  const amounts = new Map<string, number>();
  for (const v of list) amounts.set(v.statementKey, (amounts.get(v.statementKey) ?? 0) + 1);
  for (const v of list) v.disagrees = (amounts.get(v.statementKey) ?? 0) > 1;
  return list;
}

/** The statements the documents disagree on: for each, its versions (two or more amounts). */
export function budgetDisagreements(rows: readonly BudgetRow[]): BudgetVersion[][] {
  const byStatement = new Map<string, BudgetVersion[]>();
  for (const v of budgetVersions(rows)) if (v.disagrees) byStatement.set(v.statementKey, [...(byStatement.get(v.statementKey) ?? []), v]);
  return [...byStatement.values()];
}
