// A program page's lead: two to four sentences of ours, in Japanese and English, each resting on
// source lines found by their text. One file per program in scripts/editorial/leads/<program-id>.ts.
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { z } from 'astro/zod';
import type { Locator } from './schema.ts';

const LocatorSchema: z.ZodType<Locator> = z.lazy(() =>
  z.object({ text: z.string().min(1), after: z.union([z.string(), LocatorSchema]).optional(), nth: z.number().int().positive().optional() }),
);

/** A line a sentence rests on: a seed and text the line contains (with `after` / `nth` where the text recurs), as a passage's `from`. */
export const Cite = z.object({
  seed: z.string().regex(/^\d{3}$/),
  text: z.string().min(1),
  after: z.union([z.string(), LocatorSchema]).optional(),
  nth: z.number().int().positive().optional(),
});
export type Cite = z.infer<typeof Cite>;

export const LeadSentence = z.object({
  /** Our Japanese: written Japanese (である調), every number and qualifier as in the cited lines. */
  ja: z.string().min(1),
  /** Our English, written against the Japanese whose hash is `jaHash`. */
  en: z.string().min(1),
  /** The lines the sentence rests on; the first is its main source. Empty fails the build. */
  cites: z.array(Cite),
  /** First 12 hex digits of the SHA-256 of `ja` (as a passage's, scripts/pipeline/clean.ts jaHash). */
  jaHash: z.string(),
});
export type LeadSentence = z.infer<typeof LeadSentence>;

export const Lead = z.object({
  program: z.string().regex(/^[a-z0-9-]+$/),
  sentences: z.array(LeadSentence),
});
export type Lead = z.infer<typeof Lead>;

export const defineLead = (l: Lead): Lead => l;

export interface LoadedLead {
  lead: Lead;
  /** The file it is defined in, for error messages. */
  file: string;
}

export const LEAD_DIR = join(import.meta.dirname, 'leads');

/** Every lead file, validated; a lead's program must match its file name. */
export async function loadLeads(dir = LEAD_DIR): Promise<LoadedLead[]> {
  const files = readdirSync(dir).filter((f) => f.endsWith('.ts')).sort();
  const out: LoadedLead[] = [];
  for (const f of files) {
    const file = join('scripts/editorial/leads', f);
    const mod = (await import(pathToFileURL(join(dir, f)).href)) as { default?: unknown };
    const parsed = Lead.safeParse(mod.default);
    if (!parsed.success) throw new Error(`${file}: ${z.prettifyError(parsed.error)}`);
    if (`${parsed.data.program}.ts` !== f) throw new Error(`${file}: the lead's program "${parsed.data.program}" must match the file name`);
    out.push({ lead: parsed.data, file });
  }
  return out;
}
