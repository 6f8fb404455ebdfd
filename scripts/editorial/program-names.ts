// Program names by dataset program id, for the downloads' programNameJa / programNameEn columns: every
// program of the registry (scripts/editorial/programs/) and the totals that stand for several
// (scripts/editorial/totals.ts). Loaded once, when the pipeline is imported.
import type { Lang } from '../../src/core/locales.ts';
import { loadPrograms } from './load.ts';
import { totalDefinitions } from './totals.ts';

export const programNames: ReadonlyMap<string, Readonly<Record<Lang, string>>> = new Map([
  ...(await loadPrograms()).map(({ program }) => [program.id, program.name] as const),
  ...totalDefinitions.flatMap((t) => (t.name ? [[t.total, t.name] as const] : [])),
]);
