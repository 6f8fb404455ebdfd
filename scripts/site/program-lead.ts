import type { Lang } from '../../src/core/locales.ts';

/**
 * A program page's lead: two to four sentences of ours, each resting on cited source lines.
 * Returns '' for a program that has no lead yet.
 */
export function programLeadMdx(programId: string, l: Lang): string {
  void programId;
  void l;
  return '';
}
