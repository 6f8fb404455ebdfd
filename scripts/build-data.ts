// npm run data: seeds/ → generated/ (datasets as JSON, CSV and xlsx, datapackage.json, manifest.json,
// source texts, sidebar) and the generated pages under src/content/docs/{,en/}{programs,sources}/.
// On any problem it prints file:line: message, exits 1 and leaves every output as it was.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { writeCitationFiles } from './citation-files.ts';
import { loadLeads } from './editorial/lead.ts';
import { loadPrograms } from './editorial/load.ts';
import { topics } from './editorial/topics.ts';
import { sweepStaging, workbooks, writeAllAtomically } from './pipeline/emit.ts';
import { SeedError, SeedErrors } from './pipeline/errors.ts';
import { defaultRules, runPipeline } from './pipeline/run.ts';
import { checkPages } from './site/compile.ts';
import { countryPageIds } from './site/country-pages.ts';
import type { PartnerRow } from '../src/schemas/datasets.ts';
import { buildContent } from './site/content.ts';
import { exitOnInvalidSiteUrl } from '../src/lib/site-url.ts';

// The site's address is checked first, so that a bad SITE_URL stops the build before generated/ changes.
exitOnInvalidSiteUrl('data');

const root = join(import.meta.dirname, '..');
// Relative paths keep error messages short: seeds/003_….txt:237: …
const seedDir = process.env.SEED_DIR ?? (relative(process.cwd(), join(root, 'seeds')) || 'seeds');
const outDir = process.env.OUT_DIR ?? join(root, 'generated');
const docsDir = process.env.DOCS_DIR ?? join(root, 'src', 'content', 'docs');
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { name: string; version: string };

/** The generated page directories: everything else under src/content/docs/ is written by hand. */
const GENERATED_DOC_DIRS = ['programs', 'sources', 'topics', 'countries', 'en/programs', 'en/sources', 'en/topics', 'en/countries'];

/** Folders a run writes into before the swap: beside the content collection and generated/, never inside them. */
const stagingFor = (dir: string) => (dir === outDir ? join(dirname(outDir), '.staging') : join(dirname(docsDir), '.staging'));

/** The generated pages the registry declares (program files, topics, seed records, errata), in both languages. */
function declaredPages(programs: string[], seeds: string[], partners: PartnerRow[]): string[] {
  const ja = [...programs.map((id) => `programs/${id}`), ...topics.map((t) => `topics/${t.id}`), ...seeds.map((id) => `sources/${id}`), 'sources/errata'];
  return [...ja, ...ja.map((p) => `en/${p}`), ...countryPageIds(partners)].sort();
}

/** Entries beside the generated folders that look like them (programs.old-123, programsold): they would be published. */
function strays(): string[] {
  return ['', 'en'].flatMap((sub) => {
    const dir = join(docsDir, sub);
    if (!existsSync(dir)) return [];
    return readdirSync(dir)
      .filter((name) => /^(?:programs|sources|topics|countries)./.test(name) && !/\.mdx?$/.test(name))
      .map((name) => relative(process.cwd(), join(dir, name)));
  });
}

try {
  const t0 = performance.now();
  const loaded = await loadPrograms();
  const out = runPipeline(seedDir, { name: pkg.name, title: "Japan's international science and technology cooperation programs: data", version: pkg.version });
  const content = buildContent(loaded, out.seeds, out.datasets, [...out.timelineCorrections, ...out.partnerCorrections], await loadLeads());
  const pages = declaredPages(
    loaded.map((l) => l.program.id),
    out.datasets.seeds.map((s) => s.id),
    out.datasets.partners,
  );
  const built = [...content.docs.keys()].map((k) => k.replace(/\.mdx$/, '').replace(/\/index$/, '')).sort();
  if (JSON.stringify(built) !== JSON.stringify(pages)) {
    throw new SeedErrors([new SeedError('scripts/editorial', 1, `the generated pages differ from the registry: extra ${JSON.stringify(built.filter((p) => !pages.includes(p)))}, missing ${JSON.stringify(pages.filter((p) => !built.includes(p)))}`)]);
  }
  // Every page compiles, as Astro will compile it, and no seed text became code: before anything is written.
  const compileErrors = checkPages(content.docs, out.seeds, relative(process.cwd(), docsDir) || '.');
  if (compileErrors.length) throw new SeedErrors(compileErrors);
  const generated = new Map<string, string | Uint8Array>([...out.files, ...content.generated]);
  for (const rec of out.datasets.seeds) generated.set(`data/seeds/${rec.file}`, out.bytes.get(rec.id)!);
  for (const [path, bytes] of await workbooks(out.datasets, defaultRules.programNames, out.manifest.contentAsOf)) generated.set(path, bytes);
  // The page list the site build checks dist/ against.
  generated.set('pages.json', `${JSON.stringify(pages, null, 2)}\n`);
  const docs = GENERATED_DOC_DIRS.map((d) => ({
    dir: join(docsDir, d),
    files: new Map([...content.docs].filter(([k]) => k.startsWith(`${d}/`) && !k.slice(d.length + 1).includes('/')).map(([k, v]) => [k.slice(d.length + 1), v])),
  }));
  // What killed runs left is swept first; anything else that looks like a generated folder stops the run.
  sweepStaging(stagingFor(docsDir), docs.map((d) => d.dir));
  const left = strays();
  if (left.length) throw new SeedErrors(left.map((p) => new SeedError(p, 1, 'a folder beside the generated pages would be published as pages: remove it')));
  writeAllAtomically([{ dir: outDir, files: generated }, ...docs], stagingFor);
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
