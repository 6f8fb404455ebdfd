// npm run build, after npm run data: astro build into a staging folder, check the result (the page
// set the registry declares; every internal link resolves), and only then swap it into dist/.
// Astro empties its output folder first, so building into dist/ directly would leave it empty or
// partial after a failed or killed build; here dist/ is the previous site, whole, until the swap.
// Arguments after `--` go to astro build (e.g. `-- --config other.mjs`).
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmdirSync, rmSync } from 'node:fs';
import { basename, dirname, join, relative } from 'node:path';
import { sweepStaging } from './pipeline/emit.ts';
import { brokenLinks, pageSetProblems } from './site/check-dist.ts';

const root = join(import.meta.dirname, '..');
const distDir = process.env.DIST_DIR ?? join(root, 'dist');
const generatedDir = process.env.OUT_DIR ?? join(root, 'generated');
const staging = join(dirname(distDir), '.staging');
const name = basename(distDir);
const tmp = join(staging, `${process.pid}-${name}.new`);
const old = join(staging, `${process.pid}-${name}.old`);
const show = (p: string) => relative(process.cwd(), p) || '.';

function removeStaging() {
  try {
    rmdirSync(staging); // only when empty: another run may be using it
  } catch {}
}

function fail(message: string): never {
  rmSync(tmp, { recursive: true, force: true });
  removeStaging();
  console.error(`build: ${message}\nbuild: stopped; ${show(distDir)}/ was left as it was.`);
  process.exit(1);
}

// A run killed between its two renames left no dist/ but its previous one in staging: put it back.
if (!existsSync(distDir) && existsSync(staging)) {
  const previous = readdirSync(staging).find((f) => f.endsWith(`-${name}.old`));
  if (previous) renameSync(join(staging, previous), distDir);
}
sweepStaging(staging);
mkdirSync(staging, { recursive: true });

const pagesFile = join(generatedDir, 'pages.json');
if (!existsSync(pagesFile)) fail(`${show(pagesFile)} is missing: run \`npm run data\` first`);
const pages = JSON.parse(readFileSync(pagesFile, 'utf8')) as string[];

const t0 = performance.now();
// Astro runs on this script's Node (the project's Node 24), whatever `node` is first on PATH.
const astro = spawn(process.execPath, [join(root, 'node_modules', 'astro', 'bin', 'astro.mjs'), 'build', '--outDir', tmp, ...process.argv.slice(2)], { cwd: root, stdio: 'inherit' });
// Ctrl-C or a CI cancel stops the build and removes its folder; SIGKILL leaves it to the next run's sweep.
for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) {
  process.on(signal, () => {
    astro.kill('SIGKILL');
    fail(`interrupted (${signal})`);
  });
}
const code = await new Promise<number | null>((resolve) => astro.on('close', resolve));
if (code !== 0) fail(`astro build exited with ${code}`);

const pageProblems = pageSetProblems(tmp, pages);
if (pageProblems.length) fail(`the built pages differ from the registry's (${show(pagesFile)}):\n${pageProblems.join('\n')}`);
const t1 = performance.now();
const broken = brokenLinks(tmp);
if (broken.length) fail(`${broken.length} internal links point at no file:\n${broken.slice(0, 50).join('\n')}`);
const t2 = performance.now();

if (existsSync(distDir)) renameSync(distDir, old);
renameSync(tmp, distDir);
rmSync(old, { recursive: true, force: true });
removeStaging();
console.log(`build: ${pages.length} generated pages as declared; links checked in ${Math.round(t2 - t1)} ms; ${show(distDir)}/ replaced after ${Math.round((t2 - t0) / 1000)} s`);
