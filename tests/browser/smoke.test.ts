// Smoke test of the built site in Chromium: both languages render, the Data pages list every
// dataset in the manifest, and every download link serves a file that parses and matches it.
// It builds nothing: it serves the existing dist/ (run `npm run build` first).
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { csvParseRows } from 'd3';
import ExcelJS from 'exceljs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Manifest } from '../../src/schemas/datasets.ts';
import { serveDirectory, type StaticServer } from '../../scripts/browser/serve.ts';
import { launchChromium } from './site.ts';

const repoRoot = fileURLToPath(new URL('../../', import.meta.url));
const distDir = process.env.DIST_DIR ?? join(repoRoot, 'dist');
const manifestFile = join(repoRoot, 'generated', 'manifest.json');
const datapackagePath = '/data/datapackage.json';

const pages = [
  { path: '/', lang: 'ja' },
  { path: '/en/', lang: 'en' },
  { path: '/data/', lang: 'ja' },
  { path: '/en/data/', lang: 'en' },
] as const;
const dataPages = pages.filter((page) => page.path.endsWith('/data/'));

let server: StaticServer | undefined;
let browser: Browser | undefined;
let manifest: Manifest;
/** Why the setup failed, rethrown by every test: a missing build must fail each test, not skip it. */
let setupError: Error | undefined;

beforeAll(async () => {
  try {
    if (!existsSync(join(distDir, 'index.html'))) {
      throw new Error(`${distDir} has no index.html: build the site first (npm run build); these tests only serve dist/.`);
    }
    if (!existsSync(manifestFile)) {
      throw new Error(`${manifestFile} is missing: run \`npm run data\` (or \`npm run build\`) first.`);
    }
    manifest = Manifest.parse(JSON.parse(await readFile(manifestFile, 'utf8')));
    server = await serveDirectory(distDir);
    browser = await launchChromium();
  } catch (error) {
    setupError = error instanceof Error ? error : new Error(String(error));
  }
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

function origin(): string {
  if (setupError) throw setupError;
  if (!server) throw new Error('the static server did not start');
  return server.origin;
}

/** Open a page, recording console errors, uncaught exceptions and failed requests while it loads. */
async function open(path: string): Promise<{ page: Page; problems: string[] }> {
  if (setupError) throw setupError;
  if (!browser) throw new Error('Chromium did not start');
  const page = await browser.newPage();
  const problems: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(`console error: ${message.text()}`);
  });
  page.on('pageerror', (error) => problems.push(`uncaught: ${error.message}`));
  page.on('requestfailed', (request) => problems.push(`request failed: ${request.url()} ${request.failure()?.errorText ?? ''}`));
  page.on('response', (response) => {
    if (response.status() >= 400) problems.push(`HTTP ${response.status()}: ${response.url()}`);
  });
  const response = await page.goto(origin() + path, { waitUntil: 'load' });
  expect(response?.status(), `status of ${path}`).toBe(200);
  return { page, problems };
}

describe.each(pages)('$path', ({ path, lang }) => {
  it(`is <html lang="${lang}"> and loads without console errors`, async () => {
    const { page, problems } = await open(path);
    try {
      expect(await page.getAttribute('html', 'lang')).toBe(lang);
      expect(await page.locator('h1').first().textContent()).not.toBe('');
      expect(problems).toEqual([]);
    } finally {
      await page.close();
    }
  });
});

describe.each(dataPages)('Data page $path', ({ path, lang }) => {
  it('lists every dataset in the manifest', async () => {
    const { page } = await open(path);
    try {
      for (const dataset of manifest.datasets) {
        const heading = page.locator(`main #dataset-${dataset.name}`);
        expect(await heading.count(), `heading for ${dataset.name}`).toBe(1);
        expect((await heading.textContent())?.trim()).toBe(dataset.title[lang]);
      }
      expect(await page.locator('main section.dataset').count()).toBe(manifest.datasets.length);
    } finally {
      await page.close();
    }
  });

  it('links downloads that serve the manifest’s files, which parse and have its row counts', async () => {
    const { page } = await open(path);
    let hrefs: string[];
    try {
      hrefs = await page.$$eval('main a[href]', (links) => links.map((link) => (link as HTMLAnchorElement).href));
    } finally {
      await page.close();
    }
    const downloadPaths = new Set(hrefs.map((href) => new URL(href)).filter((url) => url.origin === origin() && /^\/data\/[^/]+$/.test(url.pathname)).map((url) => url.pathname));
    const expected = [...manifest.datasets.flatMap((dataset) => [dataset.files.json, dataset.files.csv, dataset.files.xlsx]), datapackagePath];
    expect([...downloadPaths].sort()).toEqual([...new Set(expected)].sort());

    for (const downloadPath of downloadPaths) {
      const response = await fetch(origin() + downloadPath);
      expect(response.status, downloadPath).toBe(200);
      const bytes = new Uint8Array(await response.arrayBuffer());
      const workbookOf = manifest.datasets.find((entry) => entry.files.xlsx === downloadPath);
      if (workbookOf) {
        // The Excel workbook: its data sheet has a header and the dataset's rows.
        const wb = new ExcelJS.Workbook();
        await wb.xlsx.load(Buffer.from(bytes) as unknown as ArrayBuffer);
        expect(wb.getWorksheet('data')?.actualRowCount, `${downloadPath} rows`).toBe(workbookOf.rows + 1);
        continue;
      }
      const text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
      const dataset = manifest.datasets.find((entry) => entry.files.json === downloadPath || entry.files.csv === downloadPath);
      if (downloadPath.endsWith('.json')) {
        const parsed: unknown = JSON.parse(text);
        if (dataset) {
          expect(Array.isArray(parsed), `${downloadPath} is an array of rows`).toBe(true);
          expect((parsed as unknown[]).length, `${downloadPath} rows`).toBe(dataset.rows);
          expect(bytes.byteLength, `${downloadPath} size`).toBe(dataset.bytes.json);
        }
      } else {
        expect(downloadPath.endsWith('.csv'), `${downloadPath} is JSON or CSV`).toBe(true);
        if (!dataset) throw new Error(`${downloadPath} is linked but no dataset in the manifest names it`);
        const [header, ...records] = csvParseRows(text);
        expect(header, `${downloadPath} header row`).toBeDefined();
        expect(header!.length, `${downloadPath} header columns`).toBeGreaterThan(0);
        expect(header!.every((name) => name.trim() !== ''), `${downloadPath} header names`).toBe(true);
        expect(records.length, `${downloadPath} rows`).toBe(dataset.rows);
        expect(records.every((record) => record.length === header!.length), `${downloadPath} every row has ${header!.length} fields`).toBe(true);
        expect(bytes.byteLength, `${downloadPath} size`).toBe(dataset.bytes.csv);
      }
    }
  });
});
