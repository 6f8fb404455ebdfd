// Chart marks under a mouse and a finger, and the theme without JavaScript. A click or tap on the
// middle of a mark follows its link to the source line, with the tooltip shown (it must not take the
// click); the tooltip never covers the mark it describes; a touch screen gets no keyboard hint; with
// JavaScript off the page follows the system's light or dark preference.
// Builds nothing: run `npm run build` first.
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { limitFor, useBuiltSite } from './site.ts';

const site = useBuiltSite();
const ready = site.ready;

/**
 * One mark of the page's first chart (by index among the visible marks; negative counts from the end),
 * scrolled to the middle of the viewport: its link, and the centre of its drawn shape in viewport pixels.
 */
function markAt(page: Page, index: number): Promise<{ count: number; href: string; x: number; y: number }> {
  return page.locator('figure.chart-figure chart-frame').first().evaluate((el, i) => {
    const links = [...el.querySelectorAll<SVGAElement>('svg.chart-svg a[data-tip]')].filter((a) => a.getBoundingClientRect().width > 0);
    const a = links.at(i)!;
    const shape = a.querySelector('rect, circle') ?? a;
    shape.scrollIntoView({ block: 'center' });
    const r = shape.getBoundingClientRect();
    return { count: links.length, href: a.href.baseVal, x: r.left + r.width / 2, y: r.top + r.height / 2 };
  }, index);
}

const sourceLine = /^\/(en\/)?sources\/\d{3}\/#L\d+$/;

describe('chart marks under a pointer', () => {
  it('follow their link to the source line when clicked in the middle, with the tooltip showing', async () => {
    ready();
    const context = await site.browser.newContext({ viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    const cases = [
      ['/topics/trial-call-results/', 0],
      ['/en/topics/budgets/', 1],
      ['/topics/sakura-science-results/', -1],
    ] as const;
    for (const [path, index] of cases) {
      await page.goto(site.server.origin + path);
      const mark = await markAt(page, index);
      expect(mark.count, path).toBeGreaterThan(1);
      expect(mark.href, path).toMatch(sourceLine);
      await page.mouse.move(mark.x, mark.y);
      await expect.poll(() => page.locator('figure.chart-figure .chart-tip').first().isVisible(), { timeout: 20_000 }).toBe(true);
      await Promise.all([page.waitForURL(site.server.origin + mark.href), page.mouse.click(mark.x, mark.y)]);
      expect(new URL(page.url()).pathname + new URL(page.url()).hash).toBe(mark.href);
    }
    await context.close();
  }, limitFor(6));

  it('follow their link when tapped, and a touch screen gets no keyboard hint', async () => {
    ready();
    const context = await site.browser.newContext({ viewport: { width: 390, height: 844 }, hasTouch: true });
    const page = await context.newPage();
    for (const [path, index] of [['/en/topics/trial-call-results/', 2], ['/topics/budgets/', 0]] as const) {
      await page.goto(site.server.origin + path);
      const frame = page.locator('figure.chart-figure chart-frame').first();
      // The script has run (it adds the tooltip and hint), yet the hint is not shown.
      await expect.poll(() => frame.locator('.chart-hint').count(), { timeout: 20_000 }).toBe(1);
      expect(await frame.locator('.chart-hint').isVisible(), path).toBe(false);
      const mark = await markAt(page, index);
      expect(mark.href, path).toMatch(sourceLine);
      await Promise.all([page.waitForURL(site.server.origin + mark.href), page.touchscreen.tap(mark.x, mark.y)]);
      expect(new URL(page.url()).pathname + new URL(page.url()).hash).toBe(mark.href);
    }
    await context.close();
  }, limitFor(4));

  it('show the keyboard hint with a mouse, and place tooltips above or below their mark, never over it', async () => {
    ready();
    for (const [path, width] of [['/topics/budgets/', 390], ['/en/topics/trial-call-results/', 390], ['/topics/coauthorship/', 1280], ['/en/topics/sakura-science-results/', 1280]] as const) {
      const context = await site.browser.newContext({ viewport: { width, height: 900 } });
      const page = await context.newPage();
      await page.goto(site.server.origin + path);
      await expect.poll(() => page.locator('figure.chart-figure .chart-hint').first().isVisible(), { timeout: 20_000 }).toBe(true);
      const report = await page.$$eval('chart-frame', (frames) =>
        frames.flatMap((frame) => {
          const f = frame.getBoundingClientRect();
          const tip = frame.querySelector<HTMLElement>('.chart-tip')!;
          const links = [...frame.querySelectorAll<SVGAElement>('svg.chart-svg a[data-tip]')].filter((a) => a.getBoundingClientRect().width > 0);
          return links.map((a) => {
            a.focus();
            const m = a.getBoundingClientRect();
            const t = tip.getBoundingClientRect();
            const overlapX = Math.min(m.right, t.right) - Math.max(m.left, t.left);
            const overlapY = Math.min(m.bottom, t.bottom) - Math.max(m.top, t.top);
            return {
              tip: tip.textContent,
              shown: !tip.hidden && t.height > 0,
              covers: overlapX > 0.5 && overlapY > 0.5,
              inside: t.left >= f.left - 0.5 && t.right <= f.right + 0.5,
              passesPointer: getComputedStyle(tip).pointerEvents === 'none',
            };
          });
        }),
      );
      expect(report.length, path).toBeGreaterThan(1);
      for (const r of report) {
        expect(r.shown, `${path} ${r.tip}`).toBe(true);
        expect(r.covers, `${path} ${r.tip}`).toBe(false);
        expect(r.inside, `${path} ${r.tip}`).toBe(true);
        expect(r.passesPointer, `${path} ${r.tip}`).toBe(true);
      }
      await context.close();
    }
  }, limitFor(4));
});

describe('without JavaScript', () => {
  it("follow the system's light or dark preference", async () => {
    ready();
    const lightness = async (colorScheme: 'light' | 'dark') => {
      const context = await site.browser.newContext({ javaScriptEnabled: false, colorScheme, viewport: { width: 390, height: 900 } });
      const page = await context.newPage();
      await page.goto(site.server.origin + '/topics/budgets/');
      const [bg, text] = await page.evaluate(() => [getComputedStyle(document.body).backgroundColor, getComputedStyle(document.body).color]);
      await context.close();
      // Relative luminance of an rgb() colour, 0 (black) to 1 (white).
      const lum = (c: string) => {
        const [r, g, b] = (c.match(/[\d.]+/g) ?? []).slice(0, 3).map((v) => Number(v) / 255);
        const f = (s: number) => (s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4);
        return 0.2126 * f(r!) + 0.7152 * f(g!) + 0.0722 * f(b!);
      };
      return { bg: lum(bg), text: lum(text) };
    };
    const light = await lightness('light');
    expect(light.bg).toBeGreaterThan(0.8);
    expect(light.text).toBeLessThan(0.1);
    const dark = await lightness('dark');
    expect(dark.bg).toBeLessThan(0.05);
    expect(dark.text).toBeGreaterThan(0.4);
  }, limitFor(2));
});
