import type { Correction, ProgramParsed } from '../editorial/schema.ts';
import { cleanParagraphs, correctLines, jaHash, type AppliedCorrection } from './clean.ts';
import { SeedError } from './errors.ts';
import { locate, type Seed } from './seed.ts';

export interface ResolvedPassage {
  key: string;
  program: string;
  id: string;
  section: ProgramParsed['passages'][number]['section'];
  seed: string;
  from: number;
  to: number;
  /** The cleaned Japanese, by paragraph. */
  ja: string[];
  /** Our English, by paragraph (blank lines in the English separate paragraphs). */
  en: string[];
  hash: string;
  corrections: AppliedCorrection[];
  /** The slide column the passage stands in (アウトプット…), as its heading is written and in English. */
  column?: { ja: string; en: string };
  /** A research result's paragraphs: title, researchers, call (see Passage.result). */
  result?: { title: number; researchers: number[]; call: number[] };
}

const MAX_PASSAGE_LINES = 60;

/** A passage's lines found by text, corrected and cleaned: the Japanese the site shows, and its hash. */
export function readPassage(seed: Seed, p: Pick<ProgramParsed['passages'][number], 'from' | 'to' | 'breakBefore' | 'joinBefore'>, corrections: readonly Correction[]) {
  const from = locate(seed, p.from);
  // `to` is searched below `from`; a one-line passage may end on its first line.
  const to = p.to ? locate(seed, { ...p.to, after: p.to.after ?? p.from }) : from;
  const end = to.n < from.n ? from : to;
  if (end.n - from.n + 1 > MAX_PASSAGE_LINES) throw new SeedError(seed.path, from.n, `a passage spans ${end.n - from.n + 1} lines; it is at most ${MAX_PASSAGE_LINES}`);
  const { texts, applied } = correctLines(seed, seed.lines.slice(from.n - 1, end.n), corrections);
  const ja = cleanParagraphs(texts, p.breakBefore, p.joinBefore);
  return { from: from.n, to: end.n, ja, hash: jaHash(ja), applied };
}

/** Find a passage's lines, clean them, and hold its English to the Japanese it was written for. */
export function resolvePassage(program: Pick<ProgramParsed, 'id'>, p: ProgramParsed['passages'][number], seeds: ReadonlyMap<string, Seed>, corrections: readonly Correction[], file: string): ResolvedPassage {
  const seed = seeds.get(p.seed);
  if (!seed) throw new SeedError(file, 1, `${program.id}/${p.id} names seed ${p.seed}, which is not in seeds/`);
  const { from, to, ja, hash, applied } = readPassage(seed, p, corrections);
  const what = `passage ${program.id}/${p.id} (lines ${from}-${to}, English in ${file})`;
  if (p.en.trim() === '') throw new SeedError(seed.path, from, `${what} has no English yet; its jaHash is ${hash}:\n${ja.join('\n')}`);
  if (p.jaHash !== hash) {
    throw new SeedError(seed.path, from, `${what}: the Japanese changed since the English was written (jaHash ${p.jaHash}, now ${hash}); review the English, then set jaHash to ${hash}:\n${ja.join('\n')}`);
  }
  return {
    key: `${program.id}/${p.id}`,
    program: program.id,
    id: p.id,
    section: p.section,
    seed: seed.id,
    from,
    to,
    ja,
    en: p.en.split(/\n\s*\n/).map((s) => s.replace(/\s+/g, ' ').trim()).filter(Boolean),
    hash,
    corrections: applied,
    ...(p.column ? { column: p.column } : {}),
    ...(p.result ? { result: p.result } : {}),
  };
}
