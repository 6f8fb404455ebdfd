import { readFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { z } from 'astro/zod';
import type { SeedRecord } from '../../src/schemas/datasets.ts';
import { SeedError } from './errors.ts';
import { locate, sourceOf, type Seed } from './seed.ts';
import { normalizeForMatch } from './text.ts';

const Bilingual = z.object({ ja: z.string().min(1), en: z.string().min(1) });
export const CatalogueFile = z.object({
  seeds: z.array(
    z.object({
      id: z.string().regex(/^\d{3}$/),
      titleJa: z.string().min(1),
      titleEn: z.string().min(1),
      issuer: Bilingual,
      kind: Bilingual,
      date: z.string().regex(/^\d{4}(-\d{2}(-\d{2})?)?(\/\d{4}(-\d{2}(-\d{2})?)?)?$/),
      dateNote: Bilingual,
      datedBy: z.array(z.object({ text: z.string().min(1) })).min(1),
    }),
  ),
});

export function readCatalogue(path: string) {
  const parsed = CatalogueFile.safeParse(JSON.parse(readFileSync(path, 'utf8')));
  if (!parsed.success) throw new SeedError(path, 1, `invalid catalogue: ${z.prettifyError(parsed.error)}`);
  return parsed.data;
}

/** Resolve a catalogue entry against its seed: the title must be in the text and every dating quote found. */
export function catalogueRecord(entry: z.infer<typeof CatalogueFile>['seeds'][number], seed: Seed, bytes: Uint8Array): SeedRecord {
  // Titles may break across lines in the seed: compare with line breaks and spaces removed.
  const flat = seed.lines.map((l) => l.norm.replace(/\s/g, '')).join('');
  if (!flat.includes(normalizeForMatch(entry.titleJa).replace(/\s/g, ''))) {
    throw new SeedError(seed.path, 1, `the catalogue's title "${entry.titleJa}" does not occur in the seed`);
  }
  return {
    id: entry.id,
    file: seed.path.split('/').pop()!,
    sha256: createHash('sha256').update(bytes).digest('hex'),
    titleJa: entry.titleJa,
    titleEn: entry.titleEn,
    issuer: entry.issuer,
    kind: entry.kind,
    date: entry.date,
    dateNote: entry.dateNote,
    lines: seed.lines.length,
    datedBy: entry.datedBy.map((d) => sourceOf(seed, locate(seed, d))),
  };
}
