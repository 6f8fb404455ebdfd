import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { z } from 'astro/zod';
import { MorePassages } from './more-passages.ts';
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
  return addMorePassages(out, join(dir, '..', 'passages'));
}

/**
 * Passages for an existing program page kept in a file of their own (scripts/editorial/passages/<id>.ts),
 * appended to the program's: written while the program file was being reworked elsewhere; fold them in.
 */
async function addMorePassages(programs: LoadedProgram[], dir: string): Promise<LoadedProgram[]> {
  if (!existsSync(dir)) return programs;
  for (const f of readdirSync(dir).filter((x) => x.endsWith('.ts')).sort()) {
    const file = join(dir, f);
    const mod = (await import(pathToFileURL(file).href)) as { default?: unknown };
    const parsed = MorePassages.safeParse(mod.default);
    if (!parsed.success) throw new Error(`${file}: ${z.prettifyError(parsed.error)}`);
    const target = programs.find((p) => p.program.id === parsed.data.program);
    if (!target || `${parsed.data.program}.ts` !== f) throw new Error(`${file}: adds passages to "${parsed.data.program}", which must be a program and the file's name`);
    target.program = { ...target.program, passages: [...target.program.passages, ...parsed.data.passages], corrections: [...target.program.corrections, ...parsed.data.corrections] };
  }
  return programs;
}
