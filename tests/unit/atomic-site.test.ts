// npm run build builds into a staging folder and swaps it into dist/ only after its checks: killed
// (SIGKILL, Astro included) or failing, it leaves the previous dist/ whole, and the next build
// sweeps what a killed one left. The checks themselves: page set and internal links.
import { mkdirSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { brokenLinks, pageSetProblems } from '../../scripts/site/check-dist.ts';
import { tempDir } from './helpers.ts';
import { appears, deadPid, entries, runAndKill, runScript, snapshot } from './kill.ts';

/** Files under a new temporary folder. */
function site(files: Record<string, string>): string {
  const dir = tempDir('dist');
  for (const [path, html] of Object.entries(files)) {
    mkdirSync(join(dir, path, '..'), { recursive: true });
    writeFileSync(join(dir, path), html);
  }
  return dir;
}

describe('npm run build, killed or failing', { timeout: 240_000 }, () => {
  it('leaves the previous dist/ whole; the next build sweeps what killed ones left and restores a dist/ a kill moved away', async () => {
    // A small previous site stands in for dist/.
    const work = tempDir('kill-site');
    const dist = join(work, 'dist');
    const staging = join(work, '.staging');
    mkdirSync(join(dist, 'programs', 'sicorp'), { recursive: true });
    writeFileSync(join(dist, 'index.html'), '<a href="/programs/sicorp/">SICORP</a>');
    writeFileSync(join(dist, 'programs', 'sicorp', 'index.html'), '<a href="/">home</a>');
    const before = snapshot(dist);

    // Killed early (Astro starting), then once Astro has created its output folder and writes to it.
    for (const point of [{ ms: 2000 }, { poll: appears(staging, '.new') }]) {
      const { killed } = await runAndKill('build-site.ts', { DIST_DIR: dist }, point);
      expect(killed).toBe(true);
      expect(snapshot(dist)).toEqual(before);
    }
    expect(entries(staging).some((f) => f.endsWith('.new'))).toBe(true);

    // A failing build (no such config) sweeps first and leaves dist/ as it was.
    const failed = runScript('build-site.ts', { DIST_DIR: dist }, ['--config', 'no-such-config.mjs']);
    expect(failed.status).toBe(1);
    expect(failed.stderr).toMatch(/build: astro build exited with 1\nbuild: stopped; .*dist\/ was left as it was/);
    expect(entries(work)).toEqual(['dist']);
    expect(snapshot(dist)).toEqual(before);

    // What a kill between "dist → staging/<pid>-dist.old" and "staging/<pid>-dist.new → dist" leaves:
    // the next build puts the previous site back before anything else.
    const pid = deadPid();
    mkdirSync(join(staging, `${pid}-dist.new`), { recursive: true });
    renameSync(dist, join(staging, `${pid}-dist.old`));
    // (This one fails before Astro starts: no pages.json, as before a first `npm run data`.)
    const next = runScript('build-site.ts', { DIST_DIR: dist, OUT_DIR: join(work, 'no-generated') });
    expect(next.status).toBe(1);
    expect(next.stderr).toMatch(/pages\.json is missing: run `npm run data` first/);
    expect(entries(work)).toEqual(['dist']);
    expect(snapshot(dist)).toEqual(before);
  });
});

describe('checks of a built site before the swap', () => {
  it('find internal links and sources that resolve to no file, and accept the ones that do', () => {
    const dir = site({
      'index.html': '<a href="/programs/a/">a</a><a href="programs/a/#L3">a</a><img src="/_astro/x.png" srcset="/_astro/x.png 1x, /_astro/y.png 2x"><a href="https://example.org/">x</a><a href="#top">t</a><a href="mailto:a@b">m</a>',
      'programs/a/index.html': '<a href="../b/">b</a><link href="/data/x.csv"><script src="/_astro/app.js"></script><a href="/sources/000/?q=1">s</a><a href=/404.html>x</a>',
      '404.html': '<a href="./programs/a/">a</a>',
      '_astro/x.png': '',
      '_astro/app.js': '',
      'data/x.csv': '',
      'sources/000/index.html': '',
    });
    expect(brokenLinks(dir).sort()).toEqual(['index.html -> /_astro/y.png', 'programs/a/index.html -> ../b/']);
  });

  it('find pages the registry does not declare, declared pages not built, and look-alike folders', () => {
    const dir = site({ 'programs/a/index.html': '', 'programs/b/index.html': '', 'programsold-123/a/index.html': '', 'en/programs/a/index.html': '' });
    expect(pageSetProblems(dir, ['programs/a', 'en/programs/a', 'en/programs/c']).sort()).toEqual([
      'en/programs/c/: declared by the registry but not built',
      'programs/b/: built, but the registry does not declare it',
      'programsold-123/: a folder the registry does not declare (a leftover staging folder published as pages?)',
    ]);
  });
});
