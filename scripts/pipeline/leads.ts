import { missingTerms } from '../editorial/glossary.ts';
import type { Lead } from '../editorial/lead.ts';
import { jaHash } from './clean.ts';
import { SeedError } from './errors.ts';
import { locate, type Seed } from './seed.ts';

export interface ResolvedCite {
  seed: string;
  line: number;
  /** The line as written in the seed. */
  text: string;
}

export interface ResolvedLeadSentence {
  ja: string;
  en: string;
  cites: ResolvedCite[];
}

export interface ResolvedLead {
  program: string;
  sentences: ResolvedLeadSentence[];
}

export const LEAD_SENTENCES = { min: 2, max: 4 };

/**
 * A lead's cited lines found by text, and its English held to its Japanese: a sentence with no
 * cited lines, a line not found, or Japanese changed since the English was written is an error
 * naming the lead's file. Returns the resolved lead and every problem found.
 */
export function resolveLead(lead: Lead, seeds: ReadonlyMap<string, Seed>, file: string): { lead: ResolvedLead; errors: SeedError[] } {
  const errors: SeedError[] = [];
  const n = lead.sentences.length;
  if (n < LEAD_SENTENCES.min || n > LEAD_SENTENCES.max) errors.push(new SeedError(file, 1, `the lead of ${lead.program} has ${n} sentences; a lead has ${LEAD_SENTENCES.min} to ${LEAD_SENTENCES.max}`));
  const sentences = lead.sentences.map((s, i) => {
    const what = `lead sentence ${i + 1} of ${lead.program} ("${s.ja}")`;
    if (s.cites.length === 0) errors.push(new SeedError(file, 1, `${what} cites no source lines: every sentence rests on the lines it says`));
    const hash = jaHash([s.ja]);
    if (s.jaHash !== hash) errors.push(new SeedError(file, 1, `${what}: the Japanese changed since the English was written (jaHash ${s.jaHash}, now ${hash}); review the English, then set jaHash to ${hash}`));
    const missing = missingTerms(s.ja, s.en);
    if (missing.length) errors.push(new SeedError(file, 1, `${what} uses ${missing.map((t) => `${t.ja} (glossary: "${t.en}")`).join(', ')}, but the English does not`));
    const cites = s.cites.flatMap((c): ResolvedCite[] => {
      const seed = seeds.get(c.seed);
      if (!seed) {
        errors.push(new SeedError(file, 1, `${what} cites seed ${c.seed}, which is not in seeds/`));
        return [];
      }
      try {
        const line = locate(seed, c);
        return [{ seed: seed.id, line: line.n, text: line.text }];
      } catch (e) {
        if (!(e instanceof SeedError)) throw e;
        errors.push(new SeedError(file, 1, `${what} cites a line not found: ${e.message}`));
        return [];
      }
    });
    return { ja: s.ja, en: s.en, cites };
  });
  return { lead: { program: lead.program, sentences }, errors };
}
