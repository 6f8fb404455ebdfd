// Wide tables as readers meet them: on a 390 px phone the budgets table scrolls sideways in a
// container a keyboard reaches and a screen reader names, its first column stays in view while the
// years scroll, and a fade marks the edge where more follows; on a 1280 px desktop the program
// names wrap to at most two lines.
import { describe, expect, it } from 'vitest';
import { limitFor, NAVIGATION_MS, useBuiltSite } from './site.ts';

const site = useBuiltSite();
const BUDGETS = ['/topics/budgets/', '/en/topics/budgets/'];
const WIDE = '.sl-markdown-content .table-scroll[data-wide]';

describe('wide tables', () => {
  it('at 390 px scroll sideways with the first column in view, focusable and named', { timeout: limitFor(BUDGETS.length) }, async () => {
    const context = await site.browser.newContext({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true });
    try {
      const page = await context.newPage();
      for (const path of BUDGETS) {
        await page.goto(site.server.origin + path, { waitUntil: 'load', timeout: NAVIGATION_MS });
        const box = page.locator(WIDE).first();
        await box.waitFor({ state: 'attached', timeout: NAVIGATION_MS });
        // Reachable with the keyboard and named, as a region.
        expect(await box.getAttribute('tabindex'), path).toBe('0');
        expect(await box.getAttribute('role'), path).toBe('region');
        const name = (await box.getAttribute('aria-label')) ?? '';
        expect(name.length, path).toBeGreaterThan(3);
        expect(await page.getByRole('region', { name, exact: true }).count(), path).toBeGreaterThan(0);
        await box.focus();
        expect(await box.evaluate((el) => el === document.activeElement), path).toBe(true);

        const measure = () =>
          box.evaluate((el) => {
            const frame = el.getBoundingClientRect();
            const row = el.querySelector('tbody tr')!;
            const first = row.firstElementChild!.getBoundingClientRect();
            const last = row.lastElementChild!.getBoundingClientRect();
            return { scrollWidth: el.scrollWidth, clientWidth: el.clientWidth, scrollLeft: el.scrollLeft, frame: { left: frame.left, right: frame.right }, first: { left: first.left, right: first.right }, last: { left: last.left, right: last.right } };
          });
        const before = await measure();
        // It does not fit: it scrolls, and the later years start out of view.
        expect(before.scrollWidth, path).toBeGreaterThan(before.clientWidth + 50);
        expect(before.last.left, path).toBeGreaterThan(before.frame.right);
        // The arrow keys scroll the focused container (no script of ours involved).
        for (let i = 0; i < 40; i++) await page.keyboard.press('ArrowRight');
        await box.evaluate((el) => el.scrollTo({ left: el.scrollWidth }));
        const after = await measure();
        expect(after.scrollLeft, path).toBeGreaterThan(50);
        // The first column has stayed where it was; the last year is now in view.
        expect(Math.abs(after.first.left - before.first.left), path).toBeLessThan(1.5);
        expect(after.first.right, path).toBeLessThanOrEqual(after.frame.right);
        expect(after.last.right, path).toBeLessThanOrEqual(after.frame.right + 1);
        // The cells that scroll pass under the first column, which is opaque.
        const covered = await box.evaluate((el) => {
          const cell = el.querySelector('tbody tr')!.firstElementChild!;
          cell.scrollIntoView({ block: 'center', inline: 'nearest' });
          const r = cell.getBoundingClientRect();
          const hit = document.elementFromPoint(r.left + r.width / 2, r.top + r.height / 2);
          return cell.contains(hit);
        });
        expect(covered, path).toBe(true);
        // A fade marks the end edge while more columns follow: a sticky pseudo-element at the edge.
        const fade = await box.evaluate((el) => getComputedStyle(el, '::after'));
        expect(fade.position, path).toBe('sticky');
        expect(fade.backgroundImage, path).toContain('gradient');
      }
    } finally {
      await context.close();
    }
  });

  it('at 1280 px wrap program names to at most two lines', { timeout: limitFor(BUDGETS.length) }, async () => {
    const context = await site.browser.newContext({ viewport: { width: 1280, height: 900 } });
    try {
      const page = await context.newPage();
      for (const path of BUDGETS) {
        await page.goto(site.server.origin + path, { waitUntil: 'load', timeout: NAVIGATION_MS });
        const lines = await page.locator(WIDE).first().evaluate((el) =>
          [...el.querySelectorAll('tbody tr > :first-child')].map((cell) => {
            const range = document.createRange();
            range.selectNodeContents(cell);
            const tops = new Set([...range.getClientRects()].filter((r) => r.width > 0).map((r) => Math.round(r.bottom)));
            return { text: cell.textContent ?? '', lines: tops.size };
          }),
        );
        expect(lines.length, path).toBeGreaterThan(5);
        for (const l of lines) expect(l.lines, `${path}: ${l.text}`).toBeLessThanOrEqual(2);
      }
    } finally {
      await context.close();
    }
  });
});
