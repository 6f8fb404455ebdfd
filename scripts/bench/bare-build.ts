// The build-time baseline: the same site as bare Starlight, built in a temporary copy.
import { execFile } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);

export const BARE_MEANING =
  "Starlight building the same generated MDX pages, content collections and public/ files in a temporary copy, with the project's Starlight component overrides, customCss and routeMiddleware switched off and without the src/pages endpoints (/data, /cite, /figures). Components the MDX itself imports (charts, source text) still render: they are the pages' content.";

/** The config option `key: …` removed from astro.config.mjs text, brackets balanced; fails if absent. */
function dropOption(config: string, key: string): string {
  const start = config.search(new RegExp(`^\\s*${key}:`, 'm'));
  if (start < 0) throw new Error(`bench: astro.config.mjs has no "${key}:" to switch off for the bare build`);
  let i = config.indexOf(':', start) + 1;
  let depth = 0;
  for (; i < config.length; i++) {
    const c = config[i]!;
    if ('[{('.includes(c)) depth++;
    else if (']})'.includes(c)) depth--;
    else if (c === ',' && depth === 0) break;
    if (depth < 0) throw new Error(`bench: could not read the "${key}" option of astro.config.mjs`);
  }
  return config.slice(0, start) + config.slice(i + 1);
}

/** `astro build` of the bare copy; milliseconds. The copy is removed afterwards. */
export async function timeBareBuild(root: string): Promise<number> {
  // Inside the project (bench-results/ is git-ignored) so that node_modules resolves from the parent
  // directory as it is: a symlinked node_modules confuses Astro's compiler cache.
  mkdirSync(join(root, 'bench-results'), { recursive: true });
  const dir = mkdtempSync(join(root, 'bench-results', 'bare-'));
  try {
    for (const entry of ['package.json', 'tsconfig.json', 'public', 'generated', 'seeds', 'scripts', 'src']) cpSync(join(root, entry), join(dir, entry), { recursive: true });
    rmSync(join(dir, 'src', 'pages'), { recursive: true, force: true });
    let config = readFileSync(join(root, 'astro.config.mjs'), 'utf8');
    for (const key of ['components', 'customCss', 'routeMiddleware']) config = dropOption(config, key);
    writeFileSync(join(dir, 'astro.config.mjs'), config);
    return await timeAstroBuild(dir, root);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** `astro build` of the project in `dir` with the project `root`'s Astro; milliseconds. */
export async function timeAstroBuild(dir: string, root: string, outDir?: string): Promise<number> {
  const astro = join(root, 'node_modules', 'astro', 'bin', 'astro.mjs');
  const t0 = performance.now();
  await run(process.execPath, [astro, 'build', ...(outDir ? ['--outDir', outDir] : [])], { cwd: dir, maxBuffer: 64 * 1024 * 1024 });
  return Math.round(performance.now() - t0);
}
