// npm run bench: measures the pipeline (per stage, and on 10× and 100× copies of the seeds), the
// whole build and its time against a bare Starlight build of the same pages, the size of dist/, the
// bytes a reader downloads per page against Starlight's own size budget, and Lighthouse on the
// heaviest page of every kind in both languages, served compressed. Prints JSON; asserts nothing.
// Flags: --no-build (measure the dist/ already there), --runs N (pipeline repetitions, default 5),
// --no-pipeline, --no-bare (skip the two extra builds), --no-lighthouse, --lighthouse-runs N (default 3),
// --dist DIR (measure another build's output, e.g. an older one kept for comparison; implies --no-build).
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { PAGE_KINDS, pageKindLabel, searchFilterName, type PageKind } from '../src/lib/page-kinds.ts';
import { LANGS, langOfSlug, type Lang } from '../src/core/locales.ts';
import { BARE_MEANING, timeAstroBuild, timeBareBuild } from './bench/bare-build.ts';
import { serveCompressed } from './bench/compressed-server.ts';
import { CATEGORIES, lighthouse } from './bench/lighthouse.ts';
import { defaultRules, runPipeline, type PipelineRules } from './pipeline/run.ts';

const root = join(import.meta.dirname, '..');
const args = process.argv.slice(2);
const flag = (name: string) => args.includes(name);
const numberOption = (name: string, fallback: number) => (args.includes(name) ? Number(args[args.indexOf(name) + 1]) || fallback : fallback);
const runs = numberOption('--runs', 5);
const lighthouseRuns = numberOption('--lighthouse-runs', 3);
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
    programNames: defaultRules.programNames,
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

/** Starlight's size budget for its examples/basics site (size-limit, gzipped; kB = 1,024 bytes). */
const STARLIGHT_BUDGET = {
  source: "withastro/starlight .size-limit.json: examples/basics dist/index.html ≤ 8 kB, dist/_astro/*.js ≤ 27 kB, dist/_astro/*.css ≤ 16.75 kB, gzipped",
  htmlGzip: 8 * 1024,
  jsGzip: 27 * 1024,
  cssGzip: Math.round(16.75 * 1024),
};
// Lighthouse's target for every page kind: performance at least 0.95, the other categories 1.
const LIGHTHOUSE_TARGET = { performance: 0.95, accessibility: 1, 'best-practices': 1, seo: 1 } as const;

/** Every built page with its kind (read from its search filter, labelled as in src/lib/page-kinds.ts) and language. */
function builtPages(dist: string): { route: string; kind: PageKind; lang: Lang; bytes: number }[] {
  const byLabel = new Map(PAGE_KINDS.flatMap((k) => LANGS.map((l) => [pageKindLabel(k, l), k]) as [string, PageKind][]));
  const out = [];
  for (const e of readdirSync(dist, { recursive: true, withFileTypes: true })) {
    if (!e.isFile() || e.name !== 'index.html') continue;
    const file = join(e.parentPath, e.name);
    const route = file.slice(dist.length + 1).replace(/\/?index\.html$/, '');
    const html = readFileSync(file, 'utf8');
    const label = LANGS.map((l) => html.split(`data-pagefind-filter="${searchFilterName('kind', l)}:`)[1]?.split('"')[0]).find(Boolean);
    const kind = label ? byLabel.get(label) : undefined;
    if (kind) out.push({ route, kind, lang: langOfSlug(route), bytes: statSync(file).size });
  }
  return out;
}

const pipeline = flag('--no-pipeline') ? null : timePipeline(join(root, 'seeds'), defaultRules);
const scaling = flag('--no-pipeline')
  ? null
  : [1, 10, 100].map((times) => {
      const { dir, rules, lines } = replicate(times);
      try {
        const t = timePipeline(dir, rules);
        return { copies: times, seedLines: lines, totalMs: t.totalMs, usPerLine: round((t.totalMs * 1000) / lines) };
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    });

let buildMs: number | null = null;
if (!flag('--no-build') && !flag('--dist')) {
  const t0 = performance.now();
  execFileSync('npm', ['run', 'build', '--silent'], { cwd: root, stdio: ['ignore', 'ignore', 'inherit'] });
  buildMs = Math.round(performance.now() - t0);
}
const dist = args.includes('--dist') ? resolve(args[args.indexOf('--dist') + 1]!) : join(root, 'dist');
if (!existsSync(dist)) throw new Error(`${dist} is missing: run npm run build, or bench without --no-build`);

// Our `astro build` and the bare one, one after the other so that both meet the same machine.
let versusBare = null;
if (!flag('--no-bare')) {
  const out = mkdtempSync(join(tmpdir(), 'bench-ours-'));
  try {
    const oursMs = await timeAstroBuild(root, root, out);
    const bareMs = await timeBareBuild(root);
    versusBare = { astroBuildMs: oursMs, bareAstroBuildMs: bareMs, ratio: round(oursMs / bareMs), bare: BARE_MEANING };
  } finally {
    rmSync(out, { recursive: true, force: true });
  }
}

const all = builtPages(dist);
// The heaviest page of each kind in each language: the one that bounds the kind.
const heaviest = PAGE_KINDS.flatMap((kind) =>
  (['ja', 'en'] as const).flatMap((lang) => {
    const ofKind = all.filter((p) => p.kind === kind && p.lang === lang).sort((a, b) => b.bytes - a.bytes);
    return ofKind.length ? [{ kind, lang, route: ofKind[0]!.route, pages: ofKind.length }] : [];
  }),
);

const budget = heaviest.map((p) => {
  const w = pageWeight(dist, p.route);
  return {
    kind: p.kind,
    lang: p.lang,
    route: `/${p.route}${p.route ? '/' : ''}`,
    htmlGzip: w.html.gzip,
    jsGzip: w.js.gzip,
    cssGzip: w.css.gzip,
    within: { html: w.html.gzip <= STARLIGHT_BUDGET.htmlGzip, js: w.js.gzip <= STARLIGHT_BUDGET.jsGzip, css: w.css.gzip <= STARLIGHT_BUDGET.cssGzip },
  };
});

let lighthouseReport = null;
if (!flag('--no-lighthouse')) {
  const server = await serveCompressed(dist);
  try {
    const results = [];
    for (const p of heaviest) {
      const r = await lighthouse(`${server.origin}/${p.route}${p.route ? '/' : ''}`, lighthouseRuns);
      const meetsTarget = CATEGORIES.every((c) => (r.scores[c] ?? 0) >= LIGHTHOUSE_TARGET[c]);
      results.push({ kind: p.kind, lang: p.lang, route: `/${p.route}${p.route ? '/' : ''}`, meetsTarget, ...r });
    }
    lighthouseReport = {
      setup: `lighthouse 13 mobile preset (simulated throttling), Chromium ${process.env.CHROME_PATH ?? '/usr/bin/chromium'}, dist/ served by a loopback static server with brotli/gzip; median of ${lighthouseRuns} run(s) by performance score`,
      target: LIGHTHOUSE_TARGET,
      allMeetTarget: results.every((r) => r.meetsTarget),
      pages: results,
    };
  } finally {
    await server.close();
  }
}

const report = {
  pipeline: pipeline && { seeds: readdirSync(join(root, 'seeds')).filter((f) => f.endsWith('.txt')).length, runs, ...pipeline, targetMs: 2000, withinTarget: pipeline.totalMs < 2000 },
  scaling: scaling && {
    runs: scaling,
    // Linear growth keeps the time per seed line flat: this is the 100× cost per line over the 1× cost.
    perLineRatio100x: round(scaling[2]!.usPerLine / scaling[0]!.usPerLine),
  },
  build: { totalMs: buildMs, versusBare },
  dist: dirBytes(dist),
  // Gzipped bytes of the heaviest page of each kind against Starlight's budget for its own example.
  budget: { starlight: STARLIGHT_BUDGET, pageKinds: budget },
  lighthouse: lighthouseReport,
  // Home and Data, a page of each generated kind, and the pages that carry charts, in both languages.
  pages: ['', 'data', 'programs/sicorp', 'sources/003', 'topics/budgets', 'topics/coauthorship', 'topics/sakura-science-results', 'topics/trial-call-results']
    .flatMap((r) => [r, r ? `en/${r}` : 'en'])
    .filter((r) => existsSync(join(dist, r, 'index.html')))
    .map((r) => pageWeight(dist, r)),
};
console.log(JSON.stringify(report, null, 2));
