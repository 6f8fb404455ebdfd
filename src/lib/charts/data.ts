// The datasets the charts read, loaded once per build from generated/ (validated with the shared
// schemas by src/lib/generated.ts). Components get `root` from astro:config/server and pass it here;
// tests pass the repository's URL.
import type { BudgetRow, CoauthorshipRow, ProgramFactRow, SakuraRow, SeedRecord, TrialCallRow } from '../../schemas/datasets.ts';
import { readDataset, readProgramDirectory, readSeedCatalogue, type ProgramDirectory } from '../generated.ts';

export interface ChartData {
  budgets: BudgetRow[];
  sakura: SakuraRow[];
  coauthorship: CoauthorshipRow[];
  trialCall: TrialCallRow[];
  facts: ProgramFactRow[];
  seeds: SeedRecord[];
  programs: ProgramDirectory;
}

const cache = new Map<string, Promise<ChartData>>();

export function loadChartData(root: URL): Promise<ChartData> {
  const key = root.href;
  let data = cache.get(key);
  if (!data) {
    data = (async () => ({
      budgets: await readDataset(root, 'budgets'),
      sakura: await readDataset(root, 'sakura-science'),
      coauthorship: await readDataset(root, 'coauthorship'),
      trialCall: await readDataset(root, 'aspire-trial-call'),
      facts: await readDataset(root, 'program-facts'),
      seeds: await readSeedCatalogue(root),
      programs: await readProgramDirectory(root),
    }))();
    cache.set(key, data);
  }
  return data;
}

export type ProgramEntry = ProgramDirectory[number]['programs'][number];

export function programEntry(data: Pick<ChartData, 'programs'>, id: string): ProgramEntry {
  for (const group of data.programs) {
    const found = group.programs.find((p) => p.id === id);
    if (found) return found;
  }
  throw new Error(`program "${id}" is not in generated/programs.json`);
}

/** Every program id in the directory's order. */
export function programOrder(data: Pick<ChartData, 'programs'>): string[] {
  return data.programs.flatMap((g) => g.programs.map((p) => p.id));
}
