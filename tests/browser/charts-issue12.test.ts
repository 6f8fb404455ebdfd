// Issue 12's charts as a reader sees them in Chromium, on a 390 px phone and a 1280 px desktop, in
// both languages and both colour schemes: budgets on one scale (bar lengths measured on screen are
// proportional to the amounts), the co-authorship chart keeping every partner's name on a phone with
// Japan and the first partner told apart by colour and by shape, gridlines that stop short of labels,
// and the support and measures charts on their pages.
// Builds nothing: run `npm run build` first.
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { limitFor, NAVIGATION_MS, useBuiltSite } from './site.ts';

const site = useBuiltSite();
const ready = site.ready;
const WIDTHS = [1280, 390] as const;

async function open(path: string, width: number, scheme: 'light' | 'dark' = 'light'): Promise<Page> {
  const context = await site.browser.newContext({ viewport: { width, height: 900 }, colorScheme: scheme });
  const page = await context.newPage();
  await page.goto(site.server.origin + path, { waitUntil: 'load', timeout: NAVIGATION_MS });
  return page;
}

/** The visible layout of a figure. */
const visibleSvg = (id: string) => `figure#fig-${id} svg.chart-svg`;

describe('budgets on one scale', () => {
  it('draw each program’s bar in proportion to its amount, measured on screen', async () => {
    ready();
    for (const path of ['/topics/budgets/', '/en/topics/budgets/']) {
      for (const width of WIDTHS) {
        const page = await open(path, width);
        try {
          const bars = await page.$$eval(`${visibleSvg('budgets-compare')} g.panel[data-panel="regular"] rect[data-value]`, (rects) =>
            rects.filter((r) => r.getBoundingClientRect().width > 0).map((r) => ({ value: Number(r.getAttribute('data-value')), width: r.getBoundingClientRect().width, left: r.getBoundingClientRect().left })),
          );
          expect(bars.length, `${path} ${width}`).toBeGreaterThanOrEqual(8);
          const largest = bars.reduce((a, b) => (b.value > a.value ? b : a));
          const perUnit = largest.width / largest.value;
          // Every bar as long as its amount on the largest bar's scale, within a pixel of rounding.
          for (const b of bars) expect(Math.abs(b.width - b.value * perUnit), `${path} ${width}: bar of ${b.value}`).toBeLessThan(1.5);
          expect(Math.max(...bars.map((b) => b.left)) - Math.min(...bars.map((b) => b.left))).toBeLessThan(0.5);
          // The supplementary budgets are there, apart.
          expect(await page.locator(`${visibleSvg('budgets-compare')} g.panel[data-panel="supplementary"] rect[data-value]`).count()).toBeGreaterThan(0);
        } finally {
          await page.context().close();
        }
      }
    }
  }, limitFor(4));
});

describe('phone-worthy charts', () => {
  it('keep every partner’s name on the co-authorship chart, and tell Japan from the first partner by colour and shape, light and dark', async () => {
    ready();
    for (const path of ['/topics/coauthorship/', '/en/topics/coauthorship/']) {
      for (const scheme of ['light', 'dark'] as const) {
        for (const width of WIDTHS) {
          const page = await open(path, width, scheme);
          try {
            const seen = await page.$$eval(visibleSvg('coauthorship-us-partners'), (svgs) => {
              const svg = svgs.find((s) => s.getBoundingClientRect().width > 0)!;
              const frame = svg.getBoundingClientRect();
              const texts = [...svg.querySelectorAll('text')].filter((t) => {
                const r = t.getBoundingClientRect();
                return r.width > 0 && r.left >= frame.left - 1 && r.right <= frame.right + 1;
              });
              const mark = (iso: string) => {
                const el = [...svg.querySelectorAll<SVGElement>(`[data-iso="${iso}"]`)].find((e) => e.tagName === 'rect' || e.tagName === 'circle')!;
                const line = el.closest('g')!.querySelector<SVGPathElement>('path[class^="slope"]')!;
                return { shape: el.tagName, fill: getComputedStyle(el).fill, stroke: getComputedStyle(line).stroke, dash: getComputedStyle(line).strokeDasharray };
              };
              return { text: texts.map((t) => t.textContent).join(' '), jp: mark('JP'), cn: mark('CN') };
            });
            const names = path.startsWith('/en/') ? ['China', 'United Kingdom', 'Germany', 'France', 'Australia', 'Japan'] : ['中国', '英国', 'ドイツ', 'フランス', 'オーストラリア', '日本'];
            for (const n of names) expect(seen.text, `${path} ${scheme} ${width}`).toContain(n);
            expect(seen.jp.shape).not.toBe(seen.cn.shape);
            expect(seen.jp.fill, `${path} ${scheme}`).not.toBe(seen.cn.fill);
            expect(seen.jp.stroke).not.toBe(seen.cn.stroke);
            expect(seen.jp.dash).not.toBe(seen.cn.dash);
          } finally {
            await page.context().close();
          }
        }
      }
    }
  }, limitFor(8));

  it('stop gridlines short of labels on the Sakura Science, budget and support charts', async () => {
    ready();
    const cases = [
      ['/topics/sakura-science-results/', 'sakura-science-invitees'],
      ['/en/topics/sakura-science-results/', 'sakura-science-invitees'],
      ['/en/topics/budgets/', 'support-per-project'],
      ['/topics/budgets/', 'budgets-overview'],
    ] as const;
    for (const [path, id] of cases) {
      for (const width of WIDTHS) {
        const page = await open(path, width);
        try {
          const crossings = await page.$$eval(visibleSvg(id), (svgs) => {
            const svg = svgs.find((s) => s.getBoundingClientRect().width > 0)!;
            const texts = [...svg.querySelectorAll('text')].map((t) => ({ t: t.textContent, r: t.getBoundingClientRect() }));
            const out: string[] = [];
            for (const line of svg.querySelectorAll('line.grid')) {
              const l = line.getBoundingClientRect();
              for (const { t, r } of texts) {
                const dx = Math.min(l.right, r.right) - Math.max(l.left, r.left);
                const dy = Math.min(l.bottom, r.bottom) - Math.max(l.top, r.top);
                if (dx > 0 && dy > 1) out.push(`"${t}" (${dy.toFixed(1)} px)`);
              }
            }
            return out;
          });
          expect(crossings, `${path} ${width} #${id}`).toEqual([]);
        } finally {
          await page.context().close();
        }
      }
    }
  }, limitFor(8));
});

describe('support and measures charts', () => {
  it('stand on the budgets page and on SICORP’s and Sakura Science’s pages, each mark linked to a source line', async () => {
    ready();
    const cases = [
      ['/topics/budgets/', 'support-per-project'],
      ['/en/topics/budgets/', 'support-per-project'],
      ['/programs/sicorp/', 'measures-sicorp'],
      ['/en/programs/sakura-science/', 'measures-sakura-science'],
    ] as const;
    for (const [path, id] of cases) {
      const page = await open(path, 390);
      try {
        const hrefs = await page.$$eval(`${visibleSvg(id)} a[data-tip]`, (links) => links.filter((a) => a.getBoundingClientRect().width > 0).map((a) => (a as unknown as SVGAElement).href.baseVal));
        expect(hrefs.length, `${path} #${id}`).toBeGreaterThan(1);
        for (const h of hrefs) expect(h).toMatch(/^\/(en\/)?sources\/\d{3}\/#L\d+$/);
      } finally {
        await page.context().close();
      }
    }
  }, limitFor(4));
});
