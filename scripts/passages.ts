// npm run passages [-- program-id …]: the cleaned Japanese of each passage with its jaHash, for
// whoever writes or reviews the English. Missing or stale translations are marked.
import { missingTerms } from './editorial/glossary.ts';
import { loadPrograms } from './editorial/load.ts';
import { readPassage } from './pipeline/passages.ts';
import { readSeedDir } from './pipeline/run.ts';

import { timelineCorrections, timelineEvents } from './editorial/timeline.ts';

const only = new Set(process.argv.slice(2));
const { seeds } = readSeedDir('seeds');
const programs = await loadPrograms();
const corrections = [...programs.flatMap((p) => p.program.corrections), ...timelineCorrections];
// The timeline's events are passages too: `npm run passages -- timeline`.
const timeline = { program: { id: 'timeline', passages: timelineEvents.map((e) => ({ ...e, section: 'overview' })), corrections: [...timelineCorrections] }, file: 'scripts/editorial/timeline.ts' };
for (const { program, file } of [...programs, timeline]) {
  if (only.size && !only.has(program.id)) continue;
  console.log(`\n# ${program.id} (${file})`);
  for (const p of program.passages) {
    const seed = seeds.get(p.seed)!;
    try {
      const { from, to, ja, hash } = readPassage(seed, { breakBefore: [], joinBefore: [], ...p }, corrections);
      const state = p.en.trim() === '' ? 'MISSING' : p.jaHash === hash ? 'ok' : 'STALE';
      console.log(`\n## ${p.id} [${p.section}] ${p.seed}:${from}-${to} jaHash ${hash} ${state}`);
      console.log(ja.join('\n\n'));
      const missing = p.en.trim() ? missingTerms(ja.join('\n'), p.en) : [];
      if (missing.length) console.log(`GLOSSARY: the English lacks ${missing.map((t) => `"${t.en}" (for ${t.ja})`).join(', ')}`);
    } catch (e) {
      console.log(`\n## ${p.id}: ERROR ${(e as Error).message}`);
    }
  }
}
