// npm run coverage: for each seed, the share of its content lines a reader meets outside the
// source-document pages (quoted in a passage, linked from a page, a lead, a table or a figure),
// and the stretches no page shows. Runs the pipeline and the page generators in memory (writes
// nothing, needs no Astro build). Exit 1 below the targets (compute.ts TARGETS).
//   --json   the report as JSON
import { relative, join } from 'node:path';
import { loadPrograms } from './editorial/load.ts';
import { SeedError, SeedErrors } from './pipeline/errors.ts';
import { runPipeline } from './pipeline/run.ts';
import { buildContent } from './site/content.ts';
import { shownLines } from './coverage/collect.ts';
import { computeCoverage, shortfalls, TARGETS } from './coverage/compute.ts';
import { FURNITURE } from './coverage/furniture.ts';

const root = join(import.meta.dirname, '..');
const seedDir = process.env.SEED_DIR ?? (relative(process.cwd(), join(root, 'seeds')) || 'seeds');
const pct = (x: number) => `${(x * 100).toFixed(1)}%`;

try {
  const loaded = await loadPrograms();
  const out = runPipeline(seedDir, { name: 'coverage', title: 'coverage', version: '0' });
  const content = buildContent(loaded, out.seeds, out.datasets, [...out.timelineCorrections, ...out.partnerCorrections]);
  const seeds = [...out.seeds.values()].sort((a, b) => a.id.localeCompare(b.id)).map((s) => ({ id: s.id, lines: s.lines.map((l) => l.text) }));
  const report = computeCoverage(seeds, shownLines(content, out.datasets), FURNITURE);
  const short = shortfalls(report, TARGETS);
  if (process.argv.includes('--json')) console.log(JSON.stringify({ targets: TARGETS, ...report, shortfalls: short }, null, 2));
  else {
    console.log(`coverage of the seeds' content lines outside the source-document pages (targets: ${pct(TARGETS.overall)} overall, ${pct(TARGETS.perSeed)} per seed)\n`);
    console.log('seed  covered / content   share   (repeats, furniture)');
    for (const s of report.seeds) {
      console.log(`${s.seed}   ${String(s.covered).padStart(7)} / ${String(s.contentLines).padEnd(7)}  ${pct(s.share).padStart(6)}   (${s.repeats} repeats, ${s.furniture} furniture)`);
    }
    console.log(`all   ${String(report.covered).padStart(7)} / ${String(report.contentLines).padEnd(7)}  ${pct(report.share).padStart(6)}\n`);
    console.log('furniture left out:');
    for (const [reason, n] of Object.entries(report.furnitureByReason)) console.log(`  ${String(n).padStart(4)}  ${reason}`);
    const stretches = report.seeds.flatMap((s) => s.uncovered);
    console.log(`\nuncovered stretches (${stretches.length}):`);
    for (const u of stretches) console.log(`  ${u.seed}:${u.from}${u.to > u.from ? `–${u.to}` : ''}  ${u.text}`);
  }
  if (short.length) {
    for (const s of short) console.error(`coverage: ${s}`);
    process.exit(1);
  }
} catch (e) {
  if (e instanceof SeedErrors || e instanceof SeedError) {
    console.error(e.message);
    process.exit(1);
  }
  throw e;
}
