// What the browser tests share: the built site on disk, its pages by kind, and Chromium.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { launchChromium as launchDebianChromium } from '../../scripts/browser/chromium.ts';
import { serveDirectory, type StaticServer } from '../../scripts/browser/serve.ts';

export const repoRoot = fileURLToPath(new URL('../../', import.meta.url));
// DIST_DIR lets a parallel build (astro build --outDir …) be tested without touching dist/.
export const distDir = process.env.DIST_DIR ?? join(repoRoot, 'dist');
export const generatedDir = join(repoRoot, 'generated');

export type { PageKind } from '../../src/lib/page-kinds.ts';
import type { PageKind } from '../../src/lib/page-kinds.ts';
export interface SitePage {
  path: string;
  lang: 'ja' | 'en';
  kind: PageKind;
}

/** Every HTML page of the built site, by route. Fails clearly when there is no build. */
export function builtPages(): SitePage[] {
  if (!existsSync(join(distDir, 'index.html'))) throw new Error(`${distDir} has no index.html: build the site first (npm run build).`);
  const pages: SitePage[] = [];
  for (const e of readdirSync(distDir, { recursive: true, withFileTypes: true })) {
    if (!e.isFile() || e.name !== 'index.html') continue;
    const rel = join(e.parentPath, e.name).slice(distDir.length).replace(/index\.html$/, '');
    const path = rel.startsWith('/') ? rel : `/${rel}`;
    if (path.startsWith('/pagefind/')) continue;
    const lang = path.startsWith('/en/') ? 'en' : 'ja';
    const local = lang === 'en' ? path.slice(3) : path;
    const kind: PageKind | null =
      local === '/' ? 'home' : local === '/data/' ? 'data' : local.startsWith('/programs/') ? 'program' : local.startsWith('/countries/') ? 'country' : local.startsWith('/topics/') ? 'topic' : local === '/sources/errata/' ? 'errata' : local.startsWith('/sources/') ? 'source' : null;
    if (!kind) throw new Error(`a page of no known kind: ${path}`);
    pages.push({ path, lang, kind });
  }
  return pages.sort((a, b) => a.path.localeCompare(b.path));
}

/** The built pages, or none when there is no build (for sizing time limits; the tests then fail in setup). */
export function pagesIfBuilt(): SitePage[] {
  return existsSync(join(distDir, 'index.html')) ? builtPages() : [];
}

// Time limits, sized for a loaded 2-core CI machine: at load averages of 30–40 a page took 5–11 s
// to load and check, ten to twenty times its time on a quiet machine, and a browser's first page up
// to 56 s. A test gets two minutes plus PAGE_MS for every page it loads, which keeps it under half
// its limit there; a single navigation that hangs fails on its own after NAVIGATION_MS.
export const PAGE_MS = 25_000;
export const NAVIGATION_MS = 60_000;
/** A test's time limit for `loads` page loads. */
export const limitFor = (loads: number) => 120_000 + Math.ceil(loads) * PAGE_MS;

export function htmlOf(path: string): string {
  return readFileSync(join(distDir, path, 'index.html'), 'utf8');
}

/** A seed's lines as the pipeline read them, to check citations against. */
export function seedLines(seed: string): string[] {
  return JSON.parse(readFileSync(join(generatedDir, 'sources', `${seed}.json`), 'utf8')) as string[];
}

export async function launchChromium(): Promise<Browser> {
  const browser = await launchDebianChromium();
  // Every context (browser.newPage makes one too) waits NAVIGATION_MS for a page or an element,
  // not Playwright's 30 s, which a loaded machine exceeds.
  const newContext = browser.newContext.bind(browser);
  browser.newContext = async (options) => {
    const context = await newContext(options);
    context.setDefaultTimeout(NAVIGATION_MS);
    return context;
  };
  return browser;
}

/**
 * Serve the built site and start Chromium for one test file. `prepare` runs first (reading what the
 * tests need). A failed setup fails every test that touches the site, rather than skipping it.
 */
export function useBuiltSite(prepare: () => void | Promise<void> = () => {}) {
  const state: { server?: StaticServer; browser?: Browser; error?: Error } = {};
  beforeAll(async () => {
    try {
      await prepare();
      state.server = await serveDirectory(distDir);
      state.browser = await launchChromium();
    } catch (e) {
      state.error = e as Error;
    }
  }, limitFor(0));
  afterAll(async () => {
    await state.browser?.close();
    await state.server?.close();
  });
  const ready = () => {
    if (state.error) throw state.error;
  };
  return {
    ready,
    get server(): StaticServer {
      ready();
      return state.server!;
    },
    get browser(): Browser {
      ready();
      return state.browser!;
    },
  };
}
