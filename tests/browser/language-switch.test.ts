// Switching language on a section keeps the reader at that section (src/components/LanguageSelect.astro):
// heading ids differ between languages, so the picker opens the heading at the same place on the
// other page. It builds nothing: run `npm run build` first.
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { builtPages, htmlOf, limitFor, NAVIGATION_MS, useBuiltSite } from './site.ts';

const site = useBuiltSite();

/** The ids of a page's content headings, in order (Starlight's "On this page" heading is not one). */
function headingIds(html: string): string[] {
  return [...html.matchAll(/<h[2-6][^>]*\sid="([^"]+)"/g)].map((m) => m[1]!).filter((id) => !id.startsWith('starlight__'));
}

async function switchLanguage(page: Page, to: string): Promise<void> {
  await page.locator('starlight-lang-select select').filter({ visible: true }).first().selectOption(to);
  await page.waitForURL((url) => url.pathname === to, { timeout: NAVIGATION_MS });
  await page.waitForLoadState('load');
}

describe('language picker', () => {
  it('has the same sections, in the same order, on each page and its translation', () => {
    site.ready();
    const paths = new Set(builtPages().map((p) => p.path));
    const mismatched: string[] = [];
    let pairs = 0;
    for (const path of paths) {
      if (path.startsWith('/en/') || !paths.has(`/en${path}`)) continue;
      pairs++;
      const [ja, en] = [headingIds(htmlOf(path)), headingIds(htmlOf(`/en${path}`))];
      if (ja.length !== en.length) mismatched.push(`${path}: ${ja.length} headings, /en${path}: ${en.length}`);
    }
    expect(pairs).toBeGreaterThan(30);
    expect(mismatched).toEqual([]);
  });

  it('keeps the reader at the section they were reading, both ways', async () => {
    const page = await site.browser.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    for (const [from, to, after] of [
      ['/programs/sicorp/', '/en/programs/sicorp/', 3],
      ['/en/topics/budgets/', '/topics/budgets/', 2],
    ] as const) {
      const [fromIds, toIds] = [headingIds(htmlOf(from)), headingIds(htmlOf(to))];
      // A section down the page whose id differs between the languages (chart headings share theirs).
      const index = fromIds.findIndex((id, i) => i >= after && id !== toIds[i]);
      expect(index, `${from}: no heading with a different id past the ${after}th`).toBeGreaterThan(0);
      await page.goto(`${site.server.origin}${from}#${encodeURIComponent(fromIds[index]!)}`, { waitUntil: 'load' });
      await switchLanguage(page, to);
      const where = await page.evaluate(() => {
        const id = decodeURIComponent(location.hash.slice(1));
        const top = id ? document.getElementById(id)?.getBoundingClientRect().top : undefined;
        return { id, top, scrollY: window.scrollY, height: window.innerHeight };
      });
      expect(where.id, `${from} → ${to}`).toBe(toIds[index]);
      // The section's heading is on screen, not the top of the page.
      expect(where.scrollY, `${from} → ${to}: scrolled`).toBeGreaterThan(0);
      expect(where.top, `${from} → ${to}: heading on screen`).toBeGreaterThanOrEqual(0);
      expect(where.top!).toBeLessThan(where.height);
    }
    // Without a section in the address the picker switches pages as Starlight's does.
    await page.goto(`${site.server.origin}/programs/sicorp/`, { waitUntil: 'load' });
    await switchLanguage(page, '/en/programs/sicorp/');
    expect(page.url()).toBe(`${site.server.origin}/en/programs/sicorp/`);
    expect(errors).toEqual([]);
    await page.close();
  }, limitFor(5));
});
