import { describe, expect, it } from 'vitest';
import { addLineLinks, addRange, computeCoverage, furnitureRule, shortfalls } from '../../scripts/coverage/compute.ts';
import { FURNITURE, type FurnitureRule } from '../../scripts/coverage/furniture.ts';

const RULES: FurnitureRule[] = [
  { pattern: /^\d+$/u, reason: 'page number' },
  { seeds: ['001'], pattern: /^Copyright/u, reason: 'copyright' },
];

const seed = (id: string, text: string) => ({ id, lines: text.split('\n') });

describe('coverage computation', () => {
  const a = seed('000', ['Title', '', 'First point', 'Second point', '12', 'Third point', 'Title', 'Closing'].join('\n'));
  const b = seed('001', ['Copyright X', 'Only line', 'Copyright X'].join('\n'));

  it('counts content lines (non-empty, not furniture) and covered ones per seed and overall', () => {
    const shown = new Map<string, Set<number>>();
    addRange(shown, '000', 1, 3); // Title, blank, First point
    const r = computeCoverage([a, b], shown, RULES);
    const s0 = r.seeds[0]!;
    expect(s0.contentLines).toBe(6); // blank and "12" are not content
    expect(s0.furniture).toBe(1);
    // Title (1), First point (3) shown; Title at 7 is a repeat of a shown line
    expect(s0.covered).toBe(3);
    expect(s0.repeats).toBe(1);
    expect(s0.share).toBeCloseTo(3 / 6);
    // seed 001: the copyright rule applies to it alone; "Only line" uncovered
    expect(r.seeds[1]!.contentLines).toBe(1);
    expect(r.seeds[1]!.covered).toBe(0);
    expect(r.contentLines).toBe(7);
    expect(r.covered).toBe(3);
    expect(r.furnitureByReason).toEqual({ 'page number': 1, copyright: 2 });
  });

  it('reports uncovered stretches across blank and furniture lines, with their first words', () => {
    const shown = new Map<string, Set<number>>();
    addRange(shown, '000', 1, 1);
    addRange(shown, '000', 8, 8);
    const { uncovered } = computeCoverage([a], shown, RULES).seeds[0]!;
    // 3–6 run through "12" (furniture); 7 is a repeat of line 1, 8 is shown
    expect(uncovered).toEqual([{ seed: '000', from: 3, to: 6, text: 'First point' }]);
  });

  it('reads line links in any language, single lines and ranges, and ignores other links', () => {
    const shown = new Map<string, Set<number>>();
    addLineLinks(shown, '[a](/sources/003/#L195) [b](/en/sources/004/#L10-L12) <a href="/sources/000/#L7-8">c</a> [d](/sources/003/) [e](/programs/sicorp/#L5)');
    expect([...shown.get('003')!]).toEqual([195]);
    expect([...shown.get('004')!].sort((x, y) => x - y)).toEqual([10, 11, 12]);
    expect([...shown.get('000')!].sort((x, y) => x - y)).toEqual([7, 8]);
    expect(shown.size).toBe(3);
  });

  it('fails below either target and names what falls short', () => {
    const shown = new Map<string, Set<number>>();
    addRange(shown, '000', 1, 8);
    const full = computeCoverage([a, b], shown, RULES);
    // 000 fully covered (6/6), 001 0/1: overall 6/7 = 85.7%
    expect(shortfalls(full, { overall: 0.8, perSeed: 0.9 })).toEqual(['seed 001: coverage 0.0% is below the target 90.0%']);
    expect(shortfalls(full, { overall: 0.9, perSeed: 0 })).toEqual(['overall coverage 85.7% is below the target 90.0%']);
    addRange(shown, '001', 2, 2);
    expect(shortfalls(computeCoverage([a, b], shown, RULES), { overall: 0.95, perSeed: 0.9 })).toEqual([]);
  });

  it('declares every furniture rule with a reason, and no rule takes a line of prose', () => {
    for (const r of FURNITURE) expect(r.reason.length).toBeGreaterThan(10);
    expect(furnitureRule('003', '15', FURNITURE)).toBeDefined();
    expect(furnitureRule('003', '11,000百万円', FURNITURE)).toBeUndefined();
    expect(furnitureRule('003', 'G7科学技術大臣会合', FURNITURE)).toBeUndefined();
  });
});
