// The countries index and the country pages, as a reader meets them: the map drawn at build time
// works with JavaScript off and names every shaded country with the counts its table gives; text is
// at least 12 px on a phone; nothing is fetched from another origin; and a reader looking for India
// from either home page — by search or by the menu — lands on India's page, sees every program the
// documents tie to India, and one click on a statement's source reaches the line that holds it.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import type { PartnerRow } from '../../src/schemas/datasets.ts';
import { generatedDir, limitFor, useBuiltSite } from './site.ts';

let partners: PartnerRow[] = [];
const site = useBuiltSite(() => {
  partners = JSON.parse(readFileSync(join(generatedDir, 'data', 'partners.json'), 'utf8')) as PartnerRow[];
});

/** Programs the rows tie to India: what India's page must list. */
const indiaPrograms = () => [...new Set(partners.filter((r) => r.countryIso === 'IN' && r.program).map((r) => r.program!))];

const squeeze = (s: string) => s.normalize('NFKC').replace(/\p{Co}/gu, '').replace(/\s+/g, '');

/** On a country page: every program link in the Programs section, and a statement's quote with its source link. */
async function checkIndiaPage(page: Page, prefix: string) {
  expect(new URL(page.url()).pathname).toBe(`${prefix}/countries/in/`);
  const links = await page.locator('main a[href^="' + prefix + '/programs/"]').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
  for (const id of indiaPrograms()) expect(links, `India's page links ${id}`).toContain(`${prefix}/programs/${id}/`);
  // The first statement: its quote (between 「 and 」) and the link to its line.
  const statement = page.locator('main li:has(a.cite)').first();
  const text = (await statement.textContent()) ?? '';
  const quote = /「(.+)」/.exec(text)?.[1];
  expect(quote, `a quoted line in ${JSON.stringify(text)}`).toBeTruthy();
  const href = (await statement.locator('a.cite').first().getAttribute('href'))!;
  await statement.locator('a.cite').first().click();
  await page.waitForURL((u) => u.pathname + u.hash === href);
  const line = page.locator(href.slice(href.indexOf('#')));
  await line.waitFor({ state: 'visible' });
  expect(squeeze((await line.textContent()) ?? '')).toContain(squeeze(quote!));
}

describe('countries', () => {
  it(
    'draw the map with JavaScript off, each shaded country named with the counts of its table row, and load nothing from another origin',
    async () => {
      const context = await site.browser.newContext({ javaScriptEnabled: false, viewport: { width: 390, height: 900 } });
      const foreign: string[] = [];
      context.on('request', (r) => {
        if (new URL(r.url()).origin !== site.server.origin) foreign.push(r.url());
      });
      try {
        for (const [path, programsWord] of [
          ['/countries/', 'プログラム'],
          ['/en/countries/', 'program'],
        ] as const) {
          const page = await context.newPage();
          await page.goto(site.server.origin + path, { waitUntil: 'load' });
          const map = page.locator('.country-map-figure > svg');
          const box = await map.boundingBox();
          expect(box?.width ?? 0, path).toBeGreaterThan(300);
          expect(box?.height ?? 0, path).toBeGreaterThan(100);
          const shapes = await page.locator('.country-map-figure svg a').evaluateAll((as) =>
            as.map((a) => ({ href: a.getAttribute('href'), label: a.getAttribute('aria-label') ?? '', title: a.querySelector('title')?.textContent ?? '', place: a.getAttribute('data-place'), painted: (a.querySelector('path, circle') as SVGGraphicsElement | null)?.getBBox().width ?? 0 })),
          );
          const rows = await page.locator('.country-table tbody tr[data-place]').evaluateAll((trs) =>
            trs.map((tr) => ({ place: tr.getAttribute('data-place'), kind: tr.closest('tbody')?.getAttribute('data-kind'), name: tr.querySelector('th')?.textContent?.trim() ?? '', href: tr.querySelector('a')?.getAttribute('href'), cells: [...tr.querySelectorAll('td')].map((td) => td.textContent?.trim() ?? '') })),
          );
          const countries = rows.filter((r) => r.kind === 'countries');
          expect(countries.length, path).toBeGreaterThan(20);
          expect(rows.filter((r) => r.kind === 'groups').map((r) => r.place), `${path}: groups in the table`).toEqual(expect.arrayContaining(['asean', 'eu', 'v4', 'g20', 'africa']));
          // Every country of the table is on the map, and nothing else is.
          expect(shapes.map((s) => s.place).sort(), path).toEqual(countries.map((r) => r.place).sort());
          for (const s of shapes) {
            const row = countries.find((r) => r.place === s.place)!;
            const [programs, statements] = row.cells;
            expect(s.href, s.place!).toBe(row.href);
            expect(s.painted, `${s.place} is drawn`).toBeGreaterThan(0);
            expect(s.label, s.place!).toBe(s.title);
            expect(s.label, s.place!).toContain(row.name);
            expect(s.label, s.place!).toContain(`${programs}${path.startsWith('/en/') ? ' ' : ''}${programsWord}`);
            expect(s.label, s.place!).toContain(statements);
          }
          await page.close();
        }
        // A country page with JavaScript off too.
        const page = await context.newPage();
        await page.goto(`${site.server.origin}/en/countries/in/`, { waitUntil: 'load' });
        expect(await page.locator('main h1').textContent()).toBe('India');
        await page.close();
      } finally {
        await context.close();
      }
      expect(foreign, 'requests to another origin').toEqual([]);
    },
    limitFor(5),
  );

  it(
    'keep text at least 12 px on a 390 px screen, in both languages',
    async () => {
      const page = await site.browser.newPage({ viewport: { width: 390, height: 900 } });
      try {
        for (const path of ['/countries/', '/en/countries/', '/countries/in/', '/en/countries/in/']) {
          await page.goto(site.server.origin + path, { waitUntil: 'load' });
          const small = await page.evaluate(() => {
            const out: string[] = [];
            const walker = document.createTreeWalker(document.querySelector('main')!, NodeFilter.SHOW_TEXT);
            for (let n = walker.nextNode(); n; n = walker.nextNode()) {
              const el = n.parentElement;
              if (!el || !n.textContent?.trim() || el.closest('[hidden], title, svg title')) continue;
              const style = getComputedStyle(el);
              if (style.display === 'none' || style.visibility === 'hidden' || el.getClientRects().length === 0) continue;
              // SVG text scales with its view box; HTML text is as computed.
              const scale = el instanceof SVGElement ? ((el as unknown as SVGGraphicsElement).getScreenCTM?.()?.a ?? 1) : 1;
              const px = parseFloat(style.fontSize) * scale;
              if (px < 12) out.push(`${JSON.stringify(n.textContent.trim().slice(0, 30))} ${px.toFixed(1)} px`);
            }
            return out;
          });
          expect(small, path).toEqual([]);
        }
      } finally {
        await page.close();
      }
    },
    limitFor(4),
  );

  for (const [lang, home, query, prefix] of [
    ['en', '/en/', 'India', '/en'],
    ['ja', '/', 'インド', ''],
  ] as const) {
    it(
      `lead a reader from ${home} to India's page by search (“${query}”), listing every program tied to India, each statement one click from its line`,
      async () => {
        const page = await site.browser.newPage({ viewport: { width: 1280, height: 900 } });
        try {
          await page.goto(site.server.origin + home, { waitUntil: 'load' });
          await page.click('button[data-open-modal]');
          await page.fill('#starlight__search input', query);
          const result = page.locator(`#starlight__search .pagefind-ui__result-link[href^="${prefix}/countries/in/"]`).first();
          await result.waitFor({ state: 'visible' });
          // Among the first three results.
          const top = await page.locator('#starlight__search .pagefind-ui__result > .pagefind-ui__result-inner > .pagefind-ui__result-title .pagefind-ui__result-link').evaluateAll((as) => as.slice(0, 3).map((a) => a.getAttribute('href') ?? ''));
          expect(top.some((h) => h.startsWith(`${prefix}/countries/in/`)), `${lang}: top results ${JSON.stringify(top)}`).toBe(true);
          await result.click();
          await page.waitForURL((u) => u.pathname === `${prefix}/countries/in/`);
          await checkIndiaPage(page, prefix);
        } finally {
          await page.close();
        }
      },
      limitFor(4),
    );

    it(
      `lead a reader from ${home} to India's page by the menu`,
      async () => {
        const page = await site.browser.newPage({ viewport: { width: 1280, height: 900 } });
        try {
          await page.goto(site.server.origin + home, { waitUntil: 'load' });
          await page.locator(`nav a[href="${prefix}/countries/"]`).first().click();
          await page.waitForURL((u) => u.pathname === `${prefix}/countries/`);
          await page.locator(`.country-table a[href="${prefix}/countries/in/"]`).click();
          await page.waitForURL((u) => u.pathname === `${prefix}/countries/in/`);
          await checkIndiaPage(page, prefix);
        } finally {
          await page.close();
        }
      },
      limitFor(4),
    );
  }
});
