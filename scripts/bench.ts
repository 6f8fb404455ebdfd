// npm run bench: measures the pipeline (per stage, and on 10× and 100× copies of the seeds), the
// whole build, the size of dist/ and the bytes a reader downloads per page. Prints JSON.
// Flags: --no-build (measure the dist/ already there), --runs N (pipeline repetitions, default 5).
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { defaultRules, runPipeline, type PipelineRules } from './pipeline/run.ts';

const root = join(import.meta.dirname, '..');
const args = process.argv.slice(2);
const runs = Number(args[args.indexOf('--runs') + 1]) || 5;
const site = { name: 'bench', title: 'bench', version: '0' };

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const round = (x: number) => Math.round(x * 10) / 10;

/** Run the pipeline `runs` times; the median of each stage. */
function timePipeline(seedDir: string, rules: PipelineRules) {
  const samples: Record<string, number[]> = {};
  const totals: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    const out = runPipeline(seedDir, site, rules);
    totals.push(performance.now() - t0);
    for (const [k, v] of Object.entries(out.timings)) (samples[k] ??= []).push(v);
  }
  return { totalMs: round(median(totals)), stagesMs: Object.fromEntries(Object.entries(samples).map(([k, v]) => [k, round(median(v))])) };
}

/** The seeds copied `times` times under new ids, with the catalogue and every rule copied to match. */
function replicate(times: number): { dir: string; rules: PipelineRules; lines: number } {
  const dir = mkdtempSync(join(tmpdir(), `bench-seeds-${times}x-`));
  const files = readdirSync(join(root, 'seeds')).filter((f) => f.endsWith('.txt')).sort();
  const catalogue = JSON.parse(readFileSync(join(root, 'seeds', 'catalogue.json'), 'utf8')) as { seeds: { id: string }[] };
  const idOf = (copy: number, id: string) => String(copy * files.length + Number(id)).padStart(3, '0');
  let lines = 0;
  for (let copy = 0; copy < times; copy++) {
    for (const f of files) {
      const text = readFileSync(join(root, 'seeds', f));
      lines += text.toString('utf8').split('\n').length;
      writeFileSync(join(dir, `${idOf(copy, f.slice(0, 3))}${f.slice(3)}`), text);
    }
  }
  const entries = Array.from({ length: times }, (_, copy) => catalogue.seeds.map((e) => ({ ...e, id: idOf(copy, e.id) }))).flat();
  writeFileSync(join(dir, 'catalogue.json'), JSON.stringify({ seeds: entries }));
  const copyRules = <T extends { seed: string }>(rs: readonly T[]) => Array.from({ length: times }, (_, copy) => rs.map((r) => ({ ...r, seed: idOf(copy, r.seed) }))).flat();
  const rules: PipelineRules = {
    budgets: copyRules(defaultRules.budgets),
    programFacts: copyRules(defaultRules.programFacts),
    sakuraYearly: copyRules(defaultRules.sakuraYearly),
    sakuraPlans: copyRules(defaultRules.sakuraPlans),
    coauthorship: copyRules(defaultRules.coauthorship),
    trialCall: copyRules(defaultRules.trialCall),
    timeline: {
      events: Array.from({ length: times }, (_, copy) => defaultRules.timeline.events.map((e) => ({ ...e, seed: idOf(copy, e.seed), id: `${e.id}-${copy}` }))).flat(),
      corrections: copyRules(defaultRules.timeline.corrections),
    },
    partners: {
      rules: Array.from({ length: times }, (_, copy) =>
        defaultRules.partners.rules.map((r) => ({ ...r, seed: idOf(copy, r.seed), id: `${r.id}-${copy}`, ...(r.event ? { event: `${r.event}-${copy}` } : {}) })),
      ).flat(),
      tables: { ...defaultRules.partners.tables, corrections: copyRules(defaultRules.partners.tables.corrections) },
    },
  };
  return { dir, rules, lines };
}

function dirBytes(dir: string): { bytes: number; files: number } {
  let bytes = 0;
  let files = 0;
  for (const e of readdirSync(dir, { withFileTypes: true, recursive: true })) {
    if (e.isFile()) {
      bytes += statSync(join(e.parentPath, e.name)).size;
      files++;
    }
  }
  return { bytes, files };
}

/** HTML, CSS and JS a first visit to a page downloads (fonts and images aside), raw and gzipped. */
function pageWeight(dist: string, route: string) {
  const htmlPath = join(dist, route, 'index.html');
  const html = readFileSync(htmlPath);
  const text = html.toString('utf8');
  const assets = (re: RegExp) => [...new Set([...text.matchAll(re)].map((m) => m[1]!))].filter((u) => u.startsWith('/'));
  const css = assets(/<link[^>]+rel="stylesheet"[^>]+href="([^"]+)"/g);
  const js = [...assets(/<script[^>]+src="([^"]+)"/g), ...assets(/<link[^>]+rel="modulepreload"[^>]+href="([^"]+)"/g)];
  const inlineJs = [...text.matchAll(/<script(?![^>]*\bsrc=)(?![^>]*type="application\/(?:ld\+)?json")[^>]*>([\s\S]*?)<\/script>/g)].map((m) => m[1]!).join('');
  const sum = (urls: string[]) => {
    const bufs = urls.map((u) => readFileSync(join(dist, u.split('?')[0]!)));
    return { bytes: bufs.reduce((s, b) => s + b.length, 0), gzip: bufs.reduce((s, b) => s + gzipSync(b).length, 0), files: urls.length };
  };
  return {
    route,
    html: { bytes: html.length, gzip: gzipSync(html).length },
    css: sum(css),
    js: { ...sum(js), inlineBytes: Buffer.byteLength(inlineJs) },
  };
}

const pipeline = timePipeline(join(root, 'seeds'), defaultRules);
const scaling = [1, 10, 100].map((times) => {
  const { dir, rules, lines } = replicate(times);
  try {
    const t = timePipeline(dir, rules);
    return { copies: times, seedLines: lines, totalMs: t.totalMs, usPerLine: round((t.totalMs * 1000) / lines) };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

let buildMs: number | null = null;
if (!args.includes('--no-build')) {
  const t0 = performance.now();
  execFileSync('npm', ['run', 'build', '--silent'], { cwd: root, stdio: ['ignore', 'ignore', 'inherit'] });
  buildMs = Math.round(performance.now() - t0);
}
const dist = join(root, 'dist');
if (!existsSync(dist)) throw new Error('dist/ is missing: run npm run build, or bench without --no-build');

const report = {
  pipeline: { seeds: readdirSync(join(root, 'seeds')).filter((f) => f.endsWith('.txt')).length, runs, ...pipeline, targetMs: 2000, withinTarget: pipeline.totalMs < 2000 },
  scaling: {
    runs: scaling,
    // Linear growth keeps the time per seed line flat: this is the 100× cost per line over the 1× cost.
    perLineRatio100x: round(scaling[2]!.usPerLine / scaling[0]!.usPerLine),
  },
  build: { totalMs: buildMs },
  dist: dirBytes(dist),
  // Home and Data, a page of each generated kind, and the pages that carry charts, in both languages.
  pages: ['', 'data', 'programs/sicorp', 'sources/003', 'topics/budgets', 'topics/coauthorship', 'topics/sakura-science-results', 'topics/trial-call-results']
    .flatMap((r) => [r, r ? `en/${r}` : 'en'])
    .filter((r) => existsSync(join(dist, r, 'index.html')))
    .map((r) => pageWeight(dist, r)),
};
console.log(JSON.stringify(report, null, 2));
