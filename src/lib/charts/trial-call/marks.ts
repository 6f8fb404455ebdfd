// The trial call's rows as marks: the four breakdowns (proposals by country, by field and by the
// partner's funding agency; adoptions by field) and the call's totals.
import { sum } from 'd3-array';
import type { TrialCallRow } from '../../../schemas/datasets.ts';

export const PROGRAM = 'aspire-trial-call';

/** Larger counts first, then in the document's order. */
export const byCount = (a: TrialCallRow, b: TrialCallRow) => b.count - a.count || a.source.line - b.source.line;

export function breakdown(rows: readonly TrialCallRow[], kind: TrialCallRow['breakdown']): TrialCallRow[] {
  return rows.filter((r) => r.breakdown === kind);
}

export interface TrialCallSummary {
  proposals: number;
  adoptions: number;
  topCountry: TrialCallRow;
}

/** Totals from the breakdowns (the pipeline checks that the three breakdowns agree with each other and with the stated 43 and 7). */
export function summary(rows: readonly TrialCallRow[]): TrialCallSummary {
  const countries = breakdown(rows, 'proposals-by-country').sort(byCount);
  return {
    proposals: sum(countries, (r) => r.count),
    adoptions: sum(breakdown(rows, 'adoptions-by-field'), (r) => r.count),
    topCountry: countries[0]!,
  };
}
