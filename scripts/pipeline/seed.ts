import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { SeedError } from './errors.ts';
import { normalizeForMatch } from './text.ts';

export interface SeedLine {
  /** 1-based line number in the seed file. */
  n: number;
  /** The line exactly as in the file (no line terminator). */
  text: string;
  /** The line normalised for matching (see normalizeForMatch). */
  norm: string;
}

export interface Seed {
  /** Three-digit id, the prefix of the file name: 000, 001, … */
  id: string;
  /** Path as given, used in error messages. */
  path: string;
  lines: SeedLine[];
}

const decoder = new TextDecoder('utf-8', { fatal: true });

/** Parse a seed's bytes: must be non-empty UTF-8. A BOM is dropped; CRLF and LF both end lines. */
export function parseSeed(path: string, bytes: Uint8Array): Seed {
  const match = /^(\d{3})_/.exec(basename(path));
  if (!match?.[1]) throw new SeedError(path, 1, 'a seed file name must start with a three-digit id and "_", e.g. 005_report.txt');
  let text: string;
  try {
    text = decoder.decode(bytes);
  } catch {
    throw new SeedError(path, firstInvalidUtf8Line(bytes), 'not valid UTF-8');
  }
  if (text.trim() === '') throw new SeedError(path, 1, 'the seed is empty');
  const raw = text.replace(/^\uFEFF/, '').split(/\r?\n/);
  if (raw.length > 1 && raw.at(-1) === '') raw.pop();
  return { id: match[1], path, lines: raw.map((t, i) => ({ n: i + 1, text: t, norm: normalizeForMatch(t) })) };
}

export function readSeed(path: string): Seed {
  return parseSeed(path, readFileSync(path));
}

function firstInvalidUtf8Line(bytes: Uint8Array): number {
  let line = 1;
  let start = 0;
  for (let i = 0; i <= bytes.length; i++) {
    if (i === bytes.length || bytes[i] === 0x0a) {
      try {
        decoder.decode(bytes.subarray(start, i));
      } catch {
        return line;
      }
      line++;
      start = i + 1;
    }
  }
  return 1;
}

export interface Locator {
  /** Text the line must contain (compared in normalised form). */
  text: string;
  /** Search only below this line (its first occurrence, when given as text). */
  after?: string | Locator;
  /**
   * Which match to take (1-based). Without it the text must be unique in the seed, or, with `after`,
   * the first match below the anchor is taken.
   */
  nth?: number;
}

/**
 * Find the line a rule relies on, by text rather than by number, so a re-flowed seed still resolves,
 * or fails loudly with the place where the search started.
 */
export function locate(seed: Seed, loc: Locator): SeedLine {
  let from = 0;
  if (loc.after !== undefined) {
    const anchor = locate(seed, typeof loc.after === 'string' ? { text: loc.after, nth: 1 } : loc.after);
    from = anchor.n; // index of the line after the anchor
  }
  const needle = normalizeForMatch(loc.text);
  const hits = seed.lines.slice(from).filter((l) => l.norm.includes(needle));
  const where = from + 1;
  if (hits.length === 0) {
    throw new SeedError(seed.path, where, `no line${loc.after ? ` after line ${from}` : ''} contains "${loc.text}"`);
  }
  if (loc.nth === undefined && loc.after === undefined && hits.length > 1) {
    throw new SeedError(
      seed.path,
      hits[1]!.n,
      `"${loc.text}" occurs on lines ${hits.map((h) => h.n).join(', ')}: the rule must say which (nth) or narrow it (after)`,
    );
  }
  const hit = hits[(loc.nth ?? 1) - 1];
  if (!hit) throw new SeedError(seed.path, where, `"${loc.text}" occurs ${hits.length} times, not ${loc.nth}`);
  return hit;
}

/** The lines from `start` (inclusive) on, up to `count` of them, skipping none. */
export function linesFrom(seed: Seed, start: SeedLine, count: number): SeedLine[] {
  return seed.lines.slice(start.n - 1, start.n - 1 + count);
}

export function sourceOf(seed: Seed, line: SeedLine) {
  return { seed: seed.id, line: line.n, quote: line.text.trim() };
}
