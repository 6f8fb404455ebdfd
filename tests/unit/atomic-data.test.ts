// npm run data, killed (SIGKILL) at several points: no staging folder ever stands inside the
// content collection (where Astro would publish it), and the next run sweeps every leftover,
// including those older versions left inside the collection, and writes the same pages.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { tempDir } from './helpers.ts';
import { appears, deadPid, entries, runAndKill, runScript, snapshot } from './kill.ts';

describe('npm run data, killed', { timeout: 240_000 }, () => {
  it('never leaves a folder inside the content collection; the next run sweeps and writes the same pages', async () => {
    const work = tempDir('kill-data');
    const env = { OUT_DIR: join(work, 'generated'), DOCS_DIR: join(work, 'docs') };
    const staging = join(work, '.staging');
    expect(runScript('build-data.ts', env).status).toBe(0);
    const before = { generated: snapshot(env.OUT_DIR), docs: snapshot(env.DOCS_DIR) };
    expect(Object.keys(before.docs).length).toBeGreaterThan(70);

    const points = [
      { what: 'while the new output is written', poll: appears(staging, '.new') },
      { what: 'in the swap window', poll: appears(staging, '.old') },
      { what: 'after 1 s', ms: 1000 },
    ];
    let kills = 0;
    for (const point of points) {
      const { killed } = await runAndKill('build-data.ts', env, point);
      if (killed) kills++;
      // Whatever the moment, the collection holds only the generated folders.
      expect(entries(env.DOCS_DIR).filter((f) => !['countries', 'en', 'programs', 'sources', 'topics'].includes(f)), point.what).toEqual([]);
      expect(entries(join(env.DOCS_DIR, 'en')).filter((f) => !['countries', 'programs', 'sources', 'topics'].includes(f)), point.what).toEqual([]);
    }
    expect(kills).toBeGreaterThanOrEqual(2);
    // What older versions of the pipeline left inside the collection when killed (published as /programsold-PID/…).
    for (const stray of [`programs.old-${deadPid()}`, `en/topics.tmp-${deadPid()}`]) {
      mkdirSync(join(env.DOCS_DIR, stray), { recursive: true });
      writeFileSync(join(env.DOCS_DIR, stray, 'sicorp.mdx'), '---\ntitle: old\n---\n');
    }

    expect(runScript('build-data.ts', env).status).toBe(0);
    expect(entries(work).sort()).toEqual(['docs', 'generated']);
    expect(entries(env.DOCS_DIR).sort()).toEqual(['countries', 'en', 'programs', 'sources', 'topics']);
    expect(snapshot(env.DOCS_DIR)).toEqual(before.docs);
    expect(snapshot(env.OUT_DIR)).toEqual(before.generated);

    // A look-alike folder that is no staging leftover is not deleted, but stops the run before it writes.
    mkdirSync(join(env.DOCS_DIR, 'en', 'programsold-1'));
    writeFileSync(join(env.DOCS_DIR, 'en', 'programsold-1', 'sicorp.mdx'), '---\ntitle: old\n---\n');
    const refused = runScript('build-data.ts', env);
    expect(refused.status).toBe(1);
    expect(refused.stderr).toMatch(/docs\/en\/programsold-1:1: a folder beside the generated pages would be published as pages/);
    expect(snapshot(env.OUT_DIR)).toEqual(before.generated);
  });
});
