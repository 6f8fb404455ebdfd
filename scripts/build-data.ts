// npm run data: seeds/ → generated/ (datasets as JSON and CSV, datapackage.json, manifest.json).
// On any problem in a seed it prints file:line: message, exits 1 and leaves generated/ untouched.
import { readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { writeAtomically } from './pipeline/emit.ts';
import { SeedError, SeedErrors } from './pipeline/errors.ts';
import { runPipeline } from './pipeline/run.ts';

const root = join(import.meta.dirname, '..');
// Relative paths keep error messages short: seeds/003_….txt:237: …
const seedDir = process.env.SEED_DIR ?? (relative(process.cwd(), join(root, 'seeds')) || 'seeds');
const outDir = process.env.OUT_DIR ?? join(root, 'generated');
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { name: string; version: string };

try {
  const t0 = performance.now();
  const out = runPipeline(seedDir, { name: pkg.name, title: "Japan's international science and technology cooperation programs: data", version: pkg.version });
  const tWrite = performance.now();
  writeAtomically(outDir, out.files);
  out.timings.write = Math.round((performance.now() - tWrite) * 10) / 10;
  const counts = out.manifest.datasets.map((d) => `${d.name} ${d.rows}`).join(', ');
  console.log(`data: ${counts} rows → ${outDir} in ${Math.round(performance.now() - t0)} ms`);
  if (process.env.PIPELINE_TIMINGS) console.log(JSON.stringify(out.timings));
} catch (e) {
  if (e instanceof SeedErrors || e instanceof SeedError) {
    console.error(e.message);
    console.error(`data: stopped; ${outDir} was left as it was.`);
    process.exit(1);
  }
  throw e;
}
