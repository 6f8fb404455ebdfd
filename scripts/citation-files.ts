// The repository's CITATION.cff and datapackage.json, rewritten by `npm run data` from the pipeline's
// output whenever it changes them (src/lib/citation/publish.ts builds them). Each file is replaced
// whole (written beside it, then renamed), so a failure leaves the previous one.
import { existsSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { DEFAULT_SITE_URL, type SourceDocument } from '../src/lib/citation/model.ts';
import { citationCff, dataPackageJson } from '../src/lib/citation/publish.ts';

interface PipelineOutput {
  files: ReadonlyMap<string, string | Uint8Array>;
  manifest: { contentAsOf: string };
  datasets: { seeds: SourceDocument[] };
}

/** The two files' contents, as the pipeline's output and package.json's version make them. */
export function citationFiles(out: PipelineOutput, version: string): Map<string, string> {
  const descriptor = out.files.get('data/datapackage.json');
  if (typeof descriptor !== 'string') throw new Error('the pipeline wrote no data/datapackage.json');
  return new Map([
    ['CITATION.cff', citationCff({ version, contentAsOf: out.manifest.contentAsOf, sources: out.datasets.seeds }, DEFAULT_SITE_URL)],
    ['datapackage.json', dataPackageJson(JSON.parse(descriptor), DEFAULT_SITE_URL)],
  ]);
}

/** Writes the files that differ; returns their names. */
export function writeCitationFiles(rootDir: string, out: PipelineOutput, version: string): string[] {
  const written: string[] = [];
  for (const [name, text] of citationFiles(out, version)) {
    const path = join(rootDir, name);
    if (existsSync(path) && readFileSync(path, 'utf8') === text) continue;
    writeFileSync(`${path}.tmp`, text);
    renameSync(`${path}.tmp`, path);
    written.push(name);
  }
  return written;
}
