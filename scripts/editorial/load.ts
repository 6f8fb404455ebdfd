import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { z } from 'astro/zod';
import { Program, type ProgramParsed } from './schema.ts';

export interface LoadedProgram {
  program: ProgramParsed;
  /** The file it is defined in, for error messages. */
  file: string;
}

/** Every program file in scripts/editorial/programs/, validated. One file per program. */
export async function loadPrograms(dir = join(import.meta.dirname, 'programs')): Promise<LoadedProgram[]> {
  const files = readdirSync(dir).filter((f) => f.endsWith('.ts')).sort();
  const out: LoadedProgram[] = [];
  for (const f of files) {
    const file = join(dir, f);
    const mod = (await import(pathToFileURL(file).href)) as { default?: unknown };
    const parsed = Program.safeParse(mod.default);
    if (!parsed.success) throw new Error(`${file}: ${z.prettifyError(parsed.error)}`);
    if (`${parsed.data.id}.ts` !== f) throw new Error(`${file}: the program id "${parsed.data.id}" must match the file name`);
    out.push({ program: parsed.data, file: join('scripts/editorial/programs', f) });
  }
  return out;
}
