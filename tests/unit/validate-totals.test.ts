import { cpSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { SeedErrors } from '../../scripts/pipeline/errors.ts';
import { runPipeline } from '../../scripts/pipeline/run.ts';
import { checkTotals, printedUnit, validateTotals } from '../../scripts/pipeline/validate-totals.ts';
import { tempDir } from './helpers.ts';

const site = { name: 't', title: 't', version: '0' };
const out = runPipeline('seeds', site);

/** A copy of seeds/ with lines replaced: { file: { line: [from, to] } }. */
function seedsWith(edits: Record<string, Record<number, [string, string]>>): string {
  const dir = tempDir('totals');
  cpSync('seeds', dir, { recursive: true });
  for (const [file, lines] of Object.entries(edits)) {
    const path = join(dir, file);
    const text = readFileSync(path, 'utf8').split('\n');
    for (const [n, [from, to]] of Object.entries(lines)) {
      expect(text[Number(n) - 1], `${file}:${n}`).toContain(from);
      text[Number(n) - 1] = text[Number(n) - 1]!.replace(from, to);
    }
    writeFileSync(path, text.join('\n'));
  }
  return dir;
}

describe('totals reconciliation in the pipeline', () => {
  it('reads the unit a figure is printed in', () => {
    expect(printedUnit('41億円')).toBe(100);
    expect(printedUnit('7,367百万円')).toBe(1);
    expect(printedUnit('4.5億円')).toBe(10);
    expect(printedUnit('５０,０５０百万円')).toBe(1);
    expect(printedUnit('300万円')).toBe(0.01);
    expect(() => printedUnit('41')).toThrow(/names no yen unit/);
  });

  it('passes today’s totals: the differences left are within rounding to the printed units', () => {
    expect(validateTotals(out.datasets.budgets, out.seeds)).toEqual([]);
    const checks = checkTotals(out.datasets.budgets);
    // 001: 7,367百万円 stated for four programs whose parts, each in 百万円, sum to 7,368: ±(0.5 + 4 × 0.5).
    const young = checks.find((c) => c.total.program === 'global-young-researchers' && c.total.fiscalYear === 2021)!;
    expect([young.difference, young.tolerance]).toEqual([-1, 2.5]);
    // 003: the 41億円 headings (±50) against parts in 百万円 (±0.5 each) differ by 35 and 18 million yen.
    const joint = checks.filter((c) => c.total.program === 'international-joint-research-total' && c.total.amountText === '41億円');
    expect(joint.map((c) => Math.abs(c.difference)).sort((a, b) => a - b)).toEqual([18, 35]);
    for (const c of joint) expect(c.tolerance).toBe(50 + c.parts.length * 0.5);
  });

  it('fails the pipeline on a total beyond rounding, listing every mismatch at its file:line', () => {
    const dir = seedsWith({
      '001_22f9ca418e3ffe48.txt': { 221: ['7,367百万円', '7,267百万円'] },
      '003_3038cfdd693d0158.txt': { 237: ['41億円', '45億円'] },
    });
    let error: unknown;
    try {
      runPipeline(dir, site);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(SeedErrors);
    const message = (error as SeedErrors).message;
    expect(message).toMatch(/001_22f9ca418e3ffe48\.txt:221: the total global-young-researchers \(FY2021, draft\) is 7,267百万円, but its parts sum to 7368 million yen .*a difference of -101, beyond the ±2\.5/);
    expect(message).toMatch(/003_3038cfdd693d0158\.txt:237: the total international-joint-research-total \(FY2023, initial\) is 45億円, .*beyond the ±5\d(\.5)?/);
    // Each part is named with its own file:line.
    expect(message).toMatch(/jsps-overseas-fellowships \S+ at \S*001_22f9ca418e3ffe48\.txt:\d+/);
  });
});
