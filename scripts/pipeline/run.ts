import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { datasetDocs } from '../../src/schemas/dataset-docs.ts';
import { datasetRowSchemas, Manifest, type DatasetName, type DatasetRows, type Source } from '../../src/schemas/datasets.ts';
import { catalogueRecord, readCatalogue } from './catalogue.ts';
import { dataPackage, toCsv, toJson, xlsxFile, type ProgramNames, type SiteInfo } from './emit.ts';
import { SeedError, SeedErrors } from './errors.ts';
import { extractTrialCall } from './extract/aspire-trial-call.ts';
import { budgetLikeLines, extractBudgets } from './extract/budgets.ts';
import { extractCoauthorship } from './extract/coauthorship.ts';
import { extractProgramFacts } from './extract/program-facts.ts';
import { extractSakuraPlans, extractSakuraYearly } from './extract/sakura-science.ts';
import type { CoauthorshipRule } from './extract/coauthorship.ts';
import type { FactRule } from './extract/program-facts.ts';
import type { SakuraPlanRule, SakuraYearlyRule } from './extract/sakura-science.ts';
import type { TrialCallRule } from './extract/aspire-trial-call.ts';
import { budgetRules, type BudgetRule } from './rules/budgets.ts';
import { timelineCorrections, timelineEvents, type TimelineEvent } from '../editorial/timeline.ts';
import type { Correction } from '../editorial/schema.ts';
import type { AppliedCorrection } from './clean.ts';
import { extractTimeline } from './extract/timeline.ts';
import { programFactRules } from './rules/program-facts.ts';
import { validateTotals } from './validate-totals.ts';
import { coauthorshipRules, sakuraPlanRules, sakuraYearlyRules, trialCallRules } from './rules/tables.ts';
import { extractPartners, unknownAcronyms, unreadAgencyLines, type PartnerRule, type PartnerTables } from './extract/partners.ts';
import { partnerRules } from './rules/partners.ts';
import { notAgencies, partnerAgencies, partnerCorrections, partnerRegions } from '../editorial/partners.ts';
import { programNames } from '../editorial/program-names.ts';

/** Every rule the extractors follow, by dataset. */
export interface PipelineRules {
  budgets: readonly BudgetRule[];
  programFacts: readonly FactRule[];
  sakuraYearly: readonly SakuraYearlyRule[];
  sakuraPlans: readonly SakuraPlanRule[];
  coauthorship: readonly CoauthorshipRule[];
  trialCall: readonly TrialCallRule[];
  timeline: { events: readonly TimelineEvent[]; corrections: readonly Correction[] };
  partners: { rules: readonly PartnerRule[]; tables: PartnerTables };
  /** Names of the programs rows refer to, written beside their ids in the downloads. */
  programNames: ProgramNames;
}

export const defaultRules: PipelineRules = {
  budgets: budgetRules,
  programFacts: programFactRules,
  sakuraYearly: sakuraYearlyRules,
  sakuraPlans: sakuraPlanRules,
  coauthorship: coauthorshipRules,
  trialCall: trialCallRules,
  timeline: { events: timelineEvents, corrections: timelineCorrections },
  partners: { rules: partnerRules, tables: { agencies: partnerAgencies, regions: partnerRegions, notAgencies, corrections: partnerCorrections } },
  programNames,
};
import { parseSeed, type Seed } from './seed.ts';

export interface Timings {
  [stage: string]: number;
}

export interface PipelineOutput {
  datasets: DatasetRows;
  manifest: Manifest;
  /** Relative path under the output directory → content. */
  files: Map<string, string>;
  timings: Timings;
  /** Corrections applied to the text the timeline quotes, for the errata page. */
  timelineCorrections: AppliedCorrection[];
  /** Corrections applied to the names the partners dataset reads (CHIR → CIHR), for the errata page. */
  partnerCorrections: AppliedCorrection[];
  /** The seeds as read, and their bytes, for the pages and the verbatim downloads. */
  seeds: Map<string, Seed>;
  bytes: Map<string, Uint8Array>;
}

/** Run `fn`, collecting SeedErrors instead of stopping at the first, so one run reports them all. */
function collect<T>(errors: SeedError[], fallback: T, fn: () => T): T {
  try {
    return fn();
  } catch (e) {
    if (e instanceof SeedError) errors.push(e);
    else if (e instanceof SeedErrors) errors.push(...e.errors);
    else throw e;
    return fallback;
  }
}

function seedOf(seeds: ReadonlyMap<string, Seed>, id: string): Seed {
  const s = seeds.get(id);
  if (!s) throw new Error(`a rule names seed ${id}, which is not in seeds/`);
  return s;
}

export function readSeedDir(seedDir: string): { seeds: Map<string, Seed>; bytes: Map<string, Uint8Array> } {
  const seeds = new Map<string, Seed>();
  const bytes = new Map<string, Uint8Array>();
  const errors: SeedError[] = [];
  for (const file of readdirSync(seedDir).filter((f) => f.endsWith('.txt')).sort()) {
    const path = join(seedDir, file);
    const b = readFileSync(path);
    collect(errors, null, () => {
      const seed = parseSeed(path, b);
      if (seeds.has(seed.id)) throw new SeedError(path, 1, `two seeds share the id ${seed.id}`);
      seeds.set(seed.id, seed);
      bytes.set(seed.id, b);
    });
  }
  if (errors.length) throw new SeedErrors(errors);
  if (seeds.size === 0) throw new SeedErrors([new SeedError(seedDir, 1, 'no seed files (*.txt)')]);
  return { seeds, bytes };
}

/** Every figure's quote must stand on its cited line: the rows carry their own proof. */
export function verifyQuotes(seeds: ReadonlyMap<string, Seed>, datasets: DatasetRows): SeedError[] {
  const errors: SeedError[] = [];
  const check = (where: string, s: Source) => {
    const seed = seeds.get(s.seed);
    const line = seed?.lines[s.line - 1];
    if (!seed || !line || !line.text.includes(s.quote)) {
      errors.push(new SeedError(seed?.path ?? s.seed, s.line, `${where}: the quote "${s.quote}" is not on this line`));
    }
  };
  for (const [name, rows] of Object.entries(datasets)) {
    for (const row of rows as Record<string, unknown>[]) {
      if (row.source) check(`${name} ${row.id}`, row.source as Source);
      for (const c of (row.context ?? row.datedBy ?? []) as Source[]) check(`${name} ${row.id}`, c);
    }
  }
  return errors;
}

/** Context lists name each supporting line once, and never the figure's own line. */
function withCleanContext<T>(row: T): T {
  const r = row as { source?: Source; context?: Source[] };
  if (!r.context) return row;
  const seen = new Set(r.source ? [`${r.source.seed}:${r.source.line}`] : []);
  const context = r.context.filter((c) => {
    const key = `${c.seed}:${c.line}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
  return { ...row, context };
}

export function runPipeline(seedDir: string, site: SiteInfo, rules: PipelineRules = defaultRules): PipelineOutput {
  const timings: Timings = {};
  const time = <T>(stage: string, fn: () => T): T => {
    const t0 = performance.now();
    const r = fn();
    timings[stage] = Math.round((performance.now() - t0) * 10) / 10;
    return r;
  };

  const { seeds, bytes } = time('parse', () => readSeedDir(seedDir));
  const errors: SeedError[] = [];
  let timelineApplied: AppliedCorrection[] = [];
  let partnersApplied: AppliedCorrection[] = [];

  const datasets = time('extract', (): DatasetRows => {
    const catalogue = readCatalogue(join(seedDir, 'catalogue.json'));
    const seedDate = (id: string) => catalogue.seeds.find((e) => e.id === id)?.date.slice(0, 10) ?? '';
    const records = [...seeds.values()].map((seed) =>
      collect(errors, [], () => {
        const entry = catalogue.seeds.find((e) => e.id === seed.id);
        if (!entry) throw new SeedError(join(seedDir, 'catalogue.json'), 1, `no record for seed ${seed.id} (${seed.path})`);
        return [catalogueRecord(entry, seed, bytes.get(seed.id)!)];
      }),
    );
    for (const entry of catalogue.seeds) {
      if (!seeds.has(entry.id)) errors.push(new SeedError(join(seedDir, 'catalogue.json'), 1, `record ${entry.id} has no seed file`));
    }
    const read = {
      seeds: records.flat(),
      budgets: collect(errors, [], () => extractBudgets(seeds, rules.budgets)),
      'sakura-science': [
        ...rules.sakuraYearly.flatMap((r) => collect(errors, [], () => extractSakuraYearly(seedOf(seeds, r.seed), r))),
        ...rules.sakuraPlans.flatMap((r) => collect(errors, [], () => extractSakuraPlans(seedOf(seeds, r.seed), r))),
      ],
      coauthorship: rules.coauthorship.flatMap((r) => collect(errors, [], () => extractCoauthorship(seedOf(seeds, r.seed), r))),
      'aspire-trial-call': rules.trialCall.flatMap((r) => collect(errors, [], () => extractTrialCall(seedOf(seeds, r.seed), r))),
      'program-facts': collect(errors, [], () => extractProgramFacts(seeds, rules.programFacts, seedDate)),
      timeline: collect(errors, [], () => {
        const t = extractTimeline(seeds, rules.timeline.events, rules.timeline.corrections, seedDate);
        timelineApplied = t.applied;
        return t.rows;
      }),
    };
    // Partners read the timeline's dates and the trial call's and co-authorship's rows.
    const partners = collect(errors, [], () => {
      const p = extractPartners(seeds, rules.partners.rules, rules.partners.tables, { timeline: read.timeline, coauthorship: read.coauthorship, trialCall: read['aspire-trial-call'] }, seedDate);
      partnersApplied = p.applied;
      return p.rows;
    });
    errors.push(...unknownAcronyms(seeds, rules.partners.tables));
    return { ...read, partners };
  });

  time('validate', () => {
    if (errors.length) return;
    // Every line that looks like a budget figure is read by some rule (budgets or program facts).
    const claimed = new Set([...datasets.budgets, ...datasets['program-facts']].map((r) => `${r.source.seed}:${r.source.line}`));
    for (const seed of seeds.values()) {
      for (const line of budgetLikeLines(seed)) {
        if (!claimed.has(`${seed.id}:${line.n}`)) {
          errors.push(new SeedError(seed.path, line.n, `this line states an amount near a budget label, but no rule reads it (scripts/pipeline/rules/)`));
        }
      }
    }
    for (const name of Object.keys(datasetRowSchemas) as DatasetName[]) {
      const seen = new Set<string>();
      // Parsing also puts every row's keys in schema order, so JSON and CSV columns read alike.
      (datasets as Record<DatasetName, unknown[]>)[name] = datasets[name].map((row, i) => {
        const parsed = datasetRowSchemas[name].safeParse(withCleanContext(row));
        if (!parsed.success) throw new Error(`${name} row ${i} (${(row as { id: string }).id}) is invalid: ${parsed.error.message}`);
        if (seen.has(row.id)) throw new Error(`${name}: duplicate row id ${row.id}`);
        seen.add(row.id);
        return parsed.data;
      });
    }
    errors.push(...unreadAgencyLines(seeds, datasets.partners, rules.partners.tables));
    errors.push(...verifyQuotes(seeds, datasets));
    // Every program id a row names has a name for the downloads' programName columns.
    for (const name of Object.keys(datasetRowSchemas) as DatasetName[]) {
      for (const row of datasets[name] as { program?: string | null; source?: Source }[]) {
        if (row.program && !rules.programNames.has(row.program) && row.source) {
          errors.push(new SeedError(`seeds/${row.source.seed}`, row.source.line, `${name}: program "${row.program}" has no name: add it to scripts/editorial/programs/, or name the total in scripts/editorial/totals.ts`));
        }
      }
    }
    errors.push(...validateTotals(datasets.budgets, seeds));
  });
  if (errors.length) throw new SeedErrors(errors);

  const files = time('emit', () => {
    const files = new Map<string, string>();
    const names = Object.keys(datasetDocs) as DatasetName[];
    const seedsUsed = Object.fromEntries(
      names.map((name) => [
        name,
        [...new Set((datasets[name] as { source?: Source; id: string }[]).map((r) => r.source?.seed ?? r.id))].sort(),
      ]),
    ) as Record<DatasetName, string[]>;
    const contentAsOf = datasets.seeds.map((s) => s.date.split('/').at(-1)!).sort().at(-1)!;
    const entries = names.map((name) => {
      const json = toJson(datasets[name]);
      const csv = toCsv(name, datasets[name], rules.programNames);
      files.set(`data/${name}.json`, json);
      files.set(`data/${name}.csv`, csv);
      return {
        name,
        title: datasetDocs[name].title,
        description: datasetDocs[name].description,
        rows: datasets[name].length,
        seeds: seedsUsed[name],
        files: { json: `/data/${name}.json`, csv: `/data/${name}.csv`, xlsx: `/data/${xlsxFile(name)}` },
        bytes: { json: Buffer.byteLength(json), csv: Buffer.byteLength(csv) },
      };
    });
    const manifest = Manifest.parse({ contentAsOf, datasets: entries });
    files.set('data/datapackage.json', toJson(dataPackage(datasets, site, seedsUsed)));
    files.set('manifest.json', toJson(manifest));
    files.set('seeds.json', toJson(datasets.seeds));
    return files;
  });

  return { datasets, manifest: JSON.parse(files.get('manifest.json')!) as Manifest, files, timings, timelineCorrections: timelineApplied, partnerCorrections: partnersApplied, seeds, bytes };
}
