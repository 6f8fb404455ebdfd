import type { Lang } from '../../src/core/locales.ts';
import type { PartnerRow } from '../../src/schemas/datasets.ts';

/**
 * A program page's list of partner countries, groups and agencies, from the partners dataset rows
 * whose program is this page's. Returns '' when the documents tie the program to none.
 */
export function programPartnersMdx(rows: readonly PartnerRow[], l: Lang): string {
  void rows;
  void l;
  return '';
}
