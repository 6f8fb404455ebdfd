import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { checkPages } from './scripts/site/compile.ts';
import { readSeedDir } from './scripts/pipeline/run.ts';
const docs = new Map<string, string>();
for (const d of ['programs', 'sources', 'topics', 'en/programs', 'en/sources', 'en/topics']) for (const f of readdirSync(join('/tmp/h13a-g/docs', d))) docs.set(`${d}/${f}`, readFileSync(join('/tmp/h13a-g/docs', d, f), 'utf8'));
const { seeds } = readSeedDir('seeds');
let t = performance.now(); const e = checkPages(docs, seeds); console.log(docs.size, e.length, Math.round(performance.now() - t), 'ms');
t = performance.now(); checkPages(docs, seeds); console.log(Math.round(performance.now() - t), 'ms');
