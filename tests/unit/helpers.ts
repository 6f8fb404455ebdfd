import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseSeed, type Seed } from '../../scripts/pipeline/seed.ts';

/** A seed made in memory from lines, for extractor tests on crafted input. */
export function seedOf(lines: string[], file = '900_test.txt'): Seed {
  return parseSeed(`seeds/${file}`, new TextEncoder().encode(`${lines.join('\n')}\n`));
}

export function seedMap(...seeds: Seed[]): Map<string, Seed> {
  return new Map(seeds.map((s) => [s.id, s]));
}

export function tempDir(prefix: string): string {
  return mkdtempSync(join(tmpdir(), `${prefix}-`));
}

export function writeFiles(dir: string, files: Record<string, string | Uint8Array>): void {
  for (const [name, content] of Object.entries(files)) writeFileSync(join(dir, name), content);
}
