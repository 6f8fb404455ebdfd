// How much of each seed a reader meets outside the source-document pages. Pure: the caller says
// which lines the site shows (passages' ranges, line links in pages, figures' source lines).
import type { FurnitureRule } from './furniture.ts';

export interface SeedText {
  id: string;
  /** The seed's lines as written, line n at index n-1. */
  lines: readonly string[];
}

/** Where a line is met: in a quoted passage, through a link to it, or as the repeat of a line met elsewhere. */
export type Reach = 'shown' | 'repeat';

export interface Stretch {
  seed: string;
  from: number;
  to: number;
  /** The first words of the stretch's first content line. */
  text: string;
}

export interface SeedCoverage {
  seed: string;
  contentLines: number;
  covered: number;
  /** Of `covered`, lines counted because the same text is shown from another line of the seed. */
  repeats: number;
  furniture: number;
  share: number;
  uncovered: Stretch[];
}

export interface CoverageReport {
  seeds: SeedCoverage[];
  contentLines: number;
  covered: number;
  share: number;
  /** Lines left out as furniture, by reason. */
  furnitureByReason: Record<string, number>;
}

export interface Targets {
  overall: number;
  perSeed: number;
}

export const TARGETS: Targets = { overall: 0.95, perSeed: 0.9 };

const norm = (s: string) => s.normalize('NFKC').replace(/\s+/g, ' ').trim();

/** The furniture rule a line falls under, if any (empty lines are neither content nor furniture). */
export function furnitureRule(seed: string, text: string, rules: readonly FurnitureRule[]): FurnitureRule | undefined {
  const t = norm(text);
  return rules.find((r) => (!r.seeds || r.seeds.includes(seed)) && r.pattern.test(t));
}

const firstWords = (s: string, n = 30) => {
  const t = norm(s);
  return [...t].length > n ? `${[...t].slice(0, n).join('')}…` : t;
};

/**
 * Coverage of each seed: content lines (non-empty, not furniture) that are shown (`shown` holds
 * line numbers per seed) or whose text is that of a shown line of the same seed (a heading repeated
 * on every slide). Uncovered stretches run over content lines; empty and furniture lines inside a
 * stretch do not break it.
 */
export function computeCoverage(seeds: readonly SeedText[], shown: ReadonlyMap<string, ReadonlySet<number>>, rules: readonly FurnitureRule[]): CoverageReport {
  const furnitureByReason: Record<string, number> = {};
  const out: SeedCoverage[] = [];
  for (const seed of seeds) {
    const lines = shown.get(seed.id) ?? new Set<number>();
    const shownTexts = new Set([...lines].filter((n) => n >= 1 && n <= seed.lines.length).map((n) => norm(seed.lines[n - 1]!)));
    let contentLines = 0;
    let covered = 0;
    let repeats = 0;
    let furniture = 0;
    const uncovered: Stretch[] = [];
    let open: Stretch | undefined;
    seed.lines.forEach((text, i) => {
      const n = i + 1;
      if (norm(text) === '') return;
      const rule = furnitureRule(seed.id, text, rules);
      if (rule) {
        furniture++;
        furnitureByReason[rule.reason] = (furnitureByReason[rule.reason] ?? 0) + 1;
        return;
      }
      contentLines++;
      const reach: Reach | undefined = lines.has(n) ? 'shown' : shownTexts.has(norm(text)) ? 'repeat' : undefined;
      if (reach) {
        covered++;
        if (reach === 'repeat') repeats++;
        open = undefined;
        return;
      }
      if (open) open.to = n;
      else {
        open = { seed: seed.id, from: n, to: n, text: firstWords(text) };
        uncovered.push(open);
      }
    });
    out.push({ seed: seed.id, contentLines, covered, repeats, furniture, share: contentLines ? covered / contentLines : 1, uncovered });
  }
  const contentLines = out.reduce((a, s) => a + s.contentLines, 0);
  const covered = out.reduce((a, s) => a + s.covered, 0);
  return { seeds: out, contentLines, covered, share: contentLines ? covered / contentLines : 1, furnitureByReason };
}

/** What falls short of the targets, as sentences; empty when every target is met. */
export function shortfalls(report: CoverageReport, targets: Targets = TARGETS): string[] {
  const pct = (x: number) => `${(x * 100).toFixed(1)}%`;
  const out: string[] = [];
  if (report.share < targets.overall) out.push(`overall coverage ${pct(report.share)} is below the target ${pct(targets.overall)}`);
  for (const s of report.seeds) if (s.share < targets.perSeed) out.push(`seed ${s.seed}: coverage ${pct(s.share)} is below the target ${pct(targets.perSeed)}`);
  return out;
}

/** Line links in a page's text: /sources/003/#L195 (a line), /sources/003/#L12-L20 or #L12-20 (a range), in any language. */
const LINE_LINK = /\/sources\/(\d{3})\/#L(\d+)(?:-L?(\d+))?/g;

/** Add every source line a page links to (`/sources/<seed>/#L<n>`, with or without a language prefix). */
export function addLineLinks(shown: Map<string, Set<number>>, page: string): void {
  for (const m of page.matchAll(LINE_LINK)) {
    const from = Number(m[2]);
    const to = m[3] ? Number(m[3]) : from;
    addRange(shown, m[1]!, from, to);
  }
}

export function addRange(shown: Map<string, Set<number>>, seed: string, from: number, to: number): void {
  let set = shown.get(seed);
  if (!set) shown.set(seed, (set = new Set()));
  for (let n = Math.min(from, to); n <= Math.max(from, to); n++) set.add(n);
}
