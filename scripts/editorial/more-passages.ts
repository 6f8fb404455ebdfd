import { z } from 'astro/zod';
import { Correction, Passage } from './schema.ts';

/**
 * More passages for an existing program's page, in scripts/editorial/passages/<program>.ts: appended to
 * the program's own by load.ts. Written while the program files were being reworked in parallel; the
 * passages can be folded into the program file at any time (same format).
 */
export const MorePassages = z.object({ program: z.string(), passages: z.array(Passage).min(1), corrections: z.array(Correction).default([]) });
export type MorePassages = z.input<typeof MorePassages>;
export const defineMorePassages = (p: MorePassages): MorePassages => p;
