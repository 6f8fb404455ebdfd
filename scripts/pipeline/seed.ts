import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { SeedError, SeedErrors } from './errors.ts';
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

/**
 * Characters a seed line may not hold: C0 controls but tab (NUL, form feed, a CR not followed by LF,
 * which MDX reads as a line break), DEL and C1 controls, the Unicode line and paragraph separators,
 * and the bidirectional controls (U+202E would show text reversed on the page, in CSV and in meta).
 */
const FORBIDDEN = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/u;
const FORBIDDEN_G = new RegExp(FORBIDDEN.source, 'gu');

const NAMES: Record<number, string> = {
  0x00: 'NUL', 0x09: 'tab', 0x0b: 'vertical tab', 0x0c: 'form feed', 0x0d: 'carriage return (CR) not followed by LF', 0x1b: 'escape', 0x7f: 'DEL',
  0x061c: 'ARABIC LETTER MARK', 0x200e: 'LEFT-TO-RIGHT MARK', 0x200f: 'RIGHT-TO-LEFT MARK', 0x2028: 'LINE SEPARATOR', 0x2029: 'PARAGRAPH SEPARATOR',
  0x202a: 'LEFT-TO-RIGHT EMBEDDING', 0x202b: 'RIGHT-TO-LEFT EMBEDDING', 0x202c: 'POP DIRECTIONAL FORMATTING', 0x202d: 'LEFT-TO-RIGHT OVERRIDE', 0x202e: 'RIGHT-TO-LEFT OVERRIDE',
  0x2066: 'LEFT-TO-RIGHT ISOLATE', 0x2067: 'RIGHT-TO-LEFT ISOLATE', 0x2068: 'FIRST STRONG ISOLATE', 0x2069: 'POP DIRECTIONAL ISOLATE',
};

/** "U+202E RIGHT-TO-LEFT OVERRIDE": how an error names a character. */
export function describeChar(c: string): string {
  const cp = c.codePointAt(0)!;
  const name = NAMES[cp] ?? (cp < 0x20 ? 'control character' : cp < 0xa0 ? 'C1 control character' : '');
  return `U+${cp.toString(16).toUpperCase().padStart(4, '0')}${name ? ` ${name}` : ''}`;
}

/** Every forbidden character of a line, as "U+0000 NUL at column 5" (columns count code points from 1). */
function forbiddenIn(text: string): string[] {
  const found: string[] = [];
  for (const m of text.matchAll(FORBIDDEN_G)) found.push(`${describeChar(m[0])} at column ${[...text.slice(0, m.index)].length + 1}`);
  return found;
}

/**
 * Parse a seed's bytes: must be non-empty UTF-8. A BOM is dropped; CRLF and LF both end lines.
 * Seed text is data: a line holding a character that could act as syntax or hide text is refused
 * with every such line's file:line (see FORBIDDEN).
 */
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
  const bad = raw.flatMap((t, i) => (FORBIDDEN.test(t) ? [new SeedError(path, i + 1, `${forbiddenIn(t).join(', ')}: seed text may not contain control, line-separator or bidirectional-override characters`)] : []));
  if (bad.length === 1) throw bad[0]!;
  if (bad.length > 1) throw new SeedErrors(bad);
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
