// Lighthouse (npm `lighthouse`, mobile preset with simulated throttling) on one URL, through the
// Node that runs this script (the project's Node 24) and Debian's Chromium. Scores are 0–1.
import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);
const cli = createRequire(import.meta.url).resolve('lighthouse/cli/index.js');
const chromeFlags = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync'];
export const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const;
const METRICS = {
  fcpMs: 'first-contentful-paint',
  lcpMs: 'largest-contentful-paint',
  tbtMs: 'total-blocking-time',
  cls: 'cumulative-layout-shift',
  siMs: 'speed-index',
} as const;

export interface LighthouseResult {
  scores: Record<(typeof CATEGORIES)[number], number | null>;
  metrics: Record<keyof typeof METRICS, number | null>;
  /** Transferred bytes of the page and everything it loaded, as Lighthouse saw them. */
  transferBytes: number | null;
  domElements: number | null;
  /** Audits that cost a category points (score below 1), by category. */
  failing: Record<string, string[]>;
  /** Lighthouse's CPU benchmark of the machine during the run (a quiet desktop scores ~1000+; lower is slower). */
  benchmarkIndex: number | null;
  runtimeError: string | null;
}

interface Report {
  categories: Record<string, { score: number | null; auditRefs: { id: string; weight: number }[] }>;
  audits: Record<string, { score: number | null; numericValue?: number; scoreDisplayMode: string }>;
  environment?: { benchmarkIndex?: number };
  runtimeError?: { code: string; message: string };
}

async function once(url: string): Promise<LighthouseResult> {
  // The report goes to a file: a report on stdout can arrive cut short. Lighthouse exits non-zero on
  // a runtime error (a protocol timeout on a loaded machine) and still writes a report naming it.
  const dir = mkdtempSync(join(tmpdir(), 'bench-lighthouse-'));
  const file = join(dir, 'report.json');
  let json: string;
  try {
    await run(
      process.execPath,
      [cli, url, '--output=json', `--output-path=${file}`, '--quiet', `--only-categories=${CATEGORIES.join(',')}`, `--chrome-flags=${chromeFlags.join(' ')}`],
      { env: { ...process.env, CHROME_PATH: process.env.CHROME_PATH ?? '/usr/bin/chromium' }, maxBuffer: 64 * 1024 * 1024 },
    ).catch((e: Error) => {
      if (!existsSync(file)) throw new Error(`lighthouse ${url}: ${e.message.slice(0, 500)}`);
    });
    json = readFileSync(file, 'utf8');
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  const r = JSON.parse(json) as Report;
  const num = (id: string) => {
    const v = r.audits[id]?.numericValue;
    return v === undefined ? null : Math.round(v * 1000) / 1000;
  };
  const failing: Record<string, string[]> = {};
  for (const c of CATEGORIES) {
    const ids = r.categories[c]?.auditRefs.filter((a) => {
      const audit = r.audits[a.id];
      return audit && a.weight > 0 && audit.score !== null && audit.score < 1;
    });
    if (ids?.length) failing[c] = ids.map((a) => `${a.id} (${r.audits[a.id]!.score})`);
  }
  return {
    scores: Object.fromEntries(CATEGORIES.map((c) => [c, r.categories[c]?.score ?? null])) as LighthouseResult['scores'],
    metrics: Object.fromEntries(Object.entries(METRICS).map(([k, id]) => [k, num(id) === null ? null : k === 'cls' ? num(id) : Math.round(num(id)!)])) as LighthouseResult['metrics'],
    transferBytes: num('total-byte-weight'),
    domElements: num('dom-size') ?? num('dom-size-insight'),
    failing,
    benchmarkIndex: r.environment?.benchmarkIndex === undefined ? null : Math.round(r.environment.benchmarkIndex),
    runtimeError: r.runtimeError ? `${r.runtimeError.code}: ${r.runtimeError.message}` : null,
  };
}

/** `runs` Lighthouse runs of one URL, one after another; the run with the median performance score. */
export async function lighthouse(url: string, runs: number): Promise<LighthouseResult & { runs: number; performanceScores: number[] }> {
  const results: LighthouseResult[] = [];
  for (let i = 0; i < runs; i++) results.push(await once(url));
  const sorted = [...results].sort((a, b) => (a.scores.performance ?? 0) - (b.scores.performance ?? 0));
  return { ...sorted[Math.floor(sorted.length / 2)]!, runs, performanceScores: results.map((r) => r.scores.performance ?? 0) };
}
