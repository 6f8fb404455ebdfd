import type { Seed, SeedLine } from './seed.ts';

/**
 * Several consecutive lines read as one text (a label on one line, its figure on the next), keeping
 * the way back from a character offset to the line it came from.
 */
export interface Passage {
  text: string;
  lines: SeedLine[];
  starts: number[];
}

export function passageOf(lines: SeedLine[]): Passage {
  const starts: number[] = [];
  let text = '';
  for (const l of lines) {
    if (text) text += ' ';
    starts.push(text.length);
    text += l.norm;
  }
  return { text, lines, starts };
}

export function lineAt(p: Passage, index: number): SeedLine {
  let i = p.starts.length - 1;
  while (i > 0 && p.starts[i]! > index) i--;
  return p.lines[i]!;
}

export function passageFrom(seed: Seed, start: SeedLine, span: number): Passage {
  return passageOf(seed.lines.slice(start.n - 1, start.n - 1 + span));
}
