// npm run data: seeds/ → generated/ (datasets as JSON and CSV, datapackage.json, manifest.json,
// source texts, sidebar) and the generated pages under src/content/docs/{,en/}{programs,sources}/.
// On any problem it prints file:line: message, exits 1 and leaves every output as it was.
import { readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { writeCitationFiles } from './citation-files.ts';
import { loadPrograms } from './editorial/load.ts';
import { writeAllAtomically } from './pipeline/emit.ts';
import { SeedError, SeedErrors } from './pipeline/errors.ts';
import { runPipeline } from './pipeline/run.ts';
import { buildContent } from './site/content.ts';

const root = join(import.meta.dirname, '..');
// Relative paths keep error messages short: seeds/003_….txt:237: …
const seedDir = process.env.SEED_DIR ?? (relative(process.cwd(), join(root, 'seeds')) || 'seeds');
const outDir = process.env.OUT_DIR ?? join(root, 'generated');
const docsDir = process.env.DOCS_DIR ?? join(root, 'src', 'content', 'docs');
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { name: string; version: string };

/** The generated page directories: everything else under src/content/docs/ is written by hand. */
const GENERATED_DOC_DIRS = ['programs', 'sources', 'topics', 'en/programs', 'en/sources', 'en/topics'];

try {
  const t0 = performance.now();
  const out = runPipeline(seedDir, { name: pkg.name, title: "Japan's international science and technology cooperation programs: data", version: pkg.version });
  const content = buildContent(await loadPrograms(), out.seeds, out.datasets, out.timelineCorrections);
  const generated = new Map<string, string | Uint8Array>([...out.files, ...content.generated]);
  for (const rec of out.datasets.seeds) generated.set(`data/seeds/${rec.file}`, out.bytes.get(rec.id)!);
  const docs = GENERATED_DOC_DIRS.map((d) => ({
    dir: join(docsDir, d),
    files: new Map([...content.docs].filter(([k]) => k.startsWith(`${d}/`) && !k.slice(d.length + 1).includes('/')).map(([k, v]) => [k.slice(d.length + 1), v])),
  }));
  writeAllAtomically([{ dir: outDir, files: generated }, ...docs]);
  if (outDir === join(root, 'generated')) writeCitationFiles(root, out, pkg.version); // the repository's CITATION.cff, datapackage.json
  const counts = out.manifest.datasets.map((d) => `${d.name} ${d.rows}`).join(', ');
  console.log(`data: ${counts} rows; ${content.docs.size} pages, ${content.passages.length} passages, ${content.corrections.length} corrections, in ${Math.round(performance.now() - t0)} ms`);
} catch (e) {
  if (e instanceof SeedErrors || e instanceof SeedError) {
    console.error(e.message);
    console.error(`data: stopped; ${relative(process.cwd(), outDir)}/ and the generated pages were left as they were.`);
    process.exit(1);
  }
  throw e;
}
