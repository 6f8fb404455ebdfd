// The charts as readers meet them in Chromium: every built page with a chart figure, in both
// languages, light and dark, on a 390 px phone and a 1280 px desktop. Labels do not overlap, text is
// at least 12 px and clear of its background, marks stand out, nothing errs; without JavaScript the
// figure, its description and its table are all there; the downloads serve what they say.
// Builds nothing: run `npm run build` first.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { csvParse } from 'd3-dsv';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { distDir, limitFor, useBuiltSite } from './site.ts';

/** The pages the charts stand on: the topic pages (program pages carry budget charts too). */
const TOPIC_CHART_PAGES = ['/topics/budgets/', '/topics/coauthorship/', '/topics/sakura-science-results/', '/topics/trial-call-results/'];

let pages: string[] = [];

/** Built pages that hold a chart figure, by route. */
function chartPages(): string[] {
  const out: string[] = [];
  for (const e of readdirSync(distDir, { recursive: true, withFileTypes: true })) {
    if (!e.isFile() || e.name !== 'index.html') continue;
    const file = join(e.parentPath, e.name);
    if (!readFileSync(file, 'utf8').includes('class="chart-figure')) continue;
    const rel = file.slice(distDir.length).replace(/index\.html$/, '');
    out.push(rel.startsWith('/') ? rel : `/${rel}`);
  }
  return out.sort();
}

// For time limits, counted when the file is collected (0 without a build; setup then fails).
const chartPageCount = existsSync(join(distDir, 'index.html')) ? chartPages().length : 0;

const site = useBuiltSite(() => {
  pages = chartPages();
  for (const p of TOPIC_CHART_PAGES.flatMap((x) => [x, `/en${x}`])) {
    if (!pages.includes(p)) throw new Error(`${distDir} has no chart on ${p}: build the site first (npm run build).`);
  }
});
const ready = site.ready;

interface ChartReport {
  figure: string;
  visibleSvgs: number;
  overlaps: string[];
  small: string[];
  outside: string[];
  lowContrastText: string[];
  lowContrastMarks: string[];
}

/** Measures every figure on the page in the browser: the visible SVG's text boxes, sizes and colours. */
function measure(page: Page): Promise<ChartReport[]> {
  return page.evaluate(() => {
    const rgb = (c: string): [number, number, number] | null => {
      const m = /rgba?\(([\d.]+),\s*([\d.]+),\s*([\d.]+)(?:,\s*([\d.]+))?\)/.exec(c);
      if (!m || (m[4] !== undefined && Number(m[4]) === 0)) return null;
      return [Number(m[1]), Number(m[2]), Number(m[3])];
    };
    const lum = ([r, g, b]: [number, number, number]) => {
      const f = (v: number) => {
        const s = v / 255;
        return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
      };
      return 0.2126 * f(r) + 0.7152 * f(g) + 0.0722 * f(b);
    };
    const contrast = (a: [number, number, number], b: [number, number, number]) => {
      const [x, y] = [lum(a), lum(b)].sort((p, q) => q - p) as [number, number];
      return (x + 0.05) / (y + 0.05);
    };
    const bg = rgb(getComputedStyle(document.body).backgroundColor) ?? [255, 255, 255];
    return [...document.querySelectorAll<HTMLElement>('figure.chart-figure')].map((figure) => {
      const svgs = [...figure.querySelectorAll<SVGSVGElement>('svg.chart-svg')].filter((s) => s.getBoundingClientRect().width > 0);
      const report = { figure: figure.id, visibleSvgs: svgs.length, overlaps: [] as string[], small: [] as string[], outside: [] as string[], lowContrastText: [] as string[], lowContrastMarks: [] as string[] };
      const svg = svgs[0];
      if (!svg) return report;
      const frame = svg.getBoundingClientRect();
      const texts = [...svg.querySelectorAll<SVGTextElement>('text')];
      const boxes = texts.map((t) => t.getBoundingClientRect());
      for (let i = 0; i < texts.length; i++) {
        const a = boxes[i]!;
        for (let j = i + 1; j < texts.length; j++) {
          const b = boxes[j]!;
          const dx = Math.min(a.right, b.right) - Math.max(a.left, b.left);
          const dy = Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top);
          if (dx > 0.5 && dy > 0.5) report.overlaps.push(`"${texts[i]!.textContent}" × "${texts[j]!.textContent}" (${dx.toFixed(1)}×${dy.toFixed(1)} px)`);
        }
        const size = parseFloat(getComputedStyle(texts[i]!).fontSize) * (texts[i]!.getScreenCTM()?.a ?? 0);
        if (size < 12) report.small.push(`"${texts[i]!.textContent}" ${size.toFixed(1)} px`);
        if (a.left < frame.left - 1 || a.right > frame.right + 1 || a.top < frame.top - 1 || a.bottom > frame.bottom + 1) report.outside.push(`"${texts[i]!.textContent}"`);
        const fill = rgb(getComputedStyle(texts[i]!).fill);
        if (!fill || contrast(fill, bg) < 4.5) report.lowContrastText.push(`"${texts[i]!.textContent}" ${getComputedStyle(texts[i]!).fill} on rgb(${bg.join(', ')})`);
      }
      for (const mark of svg.querySelectorAll<SVGElement>('.bar, .dot, .slope')) {
        const style = getComputedStyle(mark);
        const stroke = style.stroke !== 'none' ? rgb(style.stroke) : null;
        const fill = rgb(style.fill);
        const best = Math.max(stroke ? contrast(stroke, bg) : 0, fill ? contrast(fill, bg) : 0);
        if (best < 3) report.lowContrastMarks.push(`${mark.getAttribute('class')} fill ${style.fill} stroke ${style.stroke}: ${best.toFixed(2)}`);
      }
      return report;
    });
  });
}

/**
 * One walk through the chart pages, shared by the two tests that measure every page: a tab per
 * colour scheme loads each page once and measures it at 1280 px and then 390 px (the layouts switch
 * by CSS, so a resize is what a reader turning a tablet sees); in the light scheme it then sets the
 * charts in DejaVu Sans, a wide fallback font, and measures again. Whichever test runs first pays.
 */
let walked: Promise<{ problems: string[]; figures: number; fallbackProblems: string[] }> | undefined;
function walk() {
  ready();
  walked ??= (async () => {
    const problems: string[] = [];
    const fallbackProblems: string[] = [];
    let figures = 0;
    for (const scheme of ['light', 'dark'] as const) {
      const context = await site.browser.newContext({ viewport: { width: 1280, height: 900 }, colorScheme: scheme });
      const page = await context.newPage();
      let where = '';
      page.on('console', (m) => m.type() === 'error' && problems.push(`${where}: console: ${m.text()}`));
      page.on('pageerror', (e) => problems.push(`${where}: ${e.message}`));
      page.on('response', (r) => r.status() >= 400 && problems.push(`${where}: HTTP ${r.status()} ${r.url()}`));
      try {
        for (const path of pages) {
          await page.setViewportSize({ width: 1280, height: 900 });
          where = `${path} ${scheme}`;
          await page.goto(site.server.origin + path, { waitUntil: 'load' });
          const theme = await page.evaluate(() => document.documentElement.dataset.theme);
          if (theme !== scheme) problems.push(`${where}: data-theme is ${theme}`);
          for (const width of [1280, 390]) {
            await page.setViewportSize({ width, height: 900 });
            where = `${path} ${scheme} ${width}px`;
            if (width === 390) {
              const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
              if (overflow > 0) problems.push(`${where}: scrolls sideways by ${overflow} px`);
            }
            for (const r of await measure(page)) {
              figures++;
              const at = `${where} #${r.figure}`;
              if (r.visibleSvgs !== 1) problems.push(`${at}: ${r.visibleSvgs} SVG layouts shown`);
              problems.push(...r.overlaps.map((o) => `${at}: overlapping labels ${o}`));
              problems.push(...r.small.map((o) => `${at}: text under 12 px ${o}`));
              problems.push(...r.outside.map((o) => `${at}: text outside the chart ${o}`));
              problems.push(...r.lowContrastText.map((o) => `${at}: text below 4.5:1 ${o}`));
              problems.push(...r.lowContrastMarks.map((o) => `${at}: mark below 3:1 ${o}`));
            }
          }
          if (scheme !== 'light') continue;
          // Through the CSSOM: the site's Content-Security-Policy (rightly) refuses an injected <style>.
          await page.evaluate(() => {
            for (const svg of document.querySelectorAll<SVGElement>('.chart-svg')) svg.style.setProperty('font-family', '"DejaVu Sans", sans-serif', 'important');
          });
          for (const width of [1280, 390]) {
            await page.setViewportSize({ width, height: 900 });
            for (const r of await measure(page)) {
              fallbackProblems.push(...r.overlaps.map((o) => `${path} ${width}px #${r.figure}: overlapping labels ${o}`));
              fallbackProblems.push(...r.outside.map((o) => `${path} ${width}px #${r.figure}: text outside the chart ${o}`));
            }
          }
        }
      } finally {
        await context.close();
      }
    }
    return { problems, figures, fallbackProblems };
  })();
  return walked;
}

describe('chart figures in Chromium', () => {
  it('keep labels apart, text at least 12 px, and colours clear in both themes, on a phone and a desktop', async () => {
    const { problems, figures } = await walk();
    expect(problems).toEqual([]);
    // At least one figure per chart page, in each theme and width.
    expect(figures).toBeGreaterThanOrEqual(pages.length * 2 * 2);
  }, limitFor(2 * chartPageCount));

  it('keep labels apart and inside the chart in a wide fallback font (DejaVu Sans, where Arial is missing)', async () => {
    const { fallbackProblems } = await walk();
    expect(fallbackProblems).toEqual([]);
  }, limitFor(2 * chartPageCount));

  it('keep marks and text visible in forced-colours mode', async () => {
    ready();
    const context = await site.browser.newContext({ viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    await page.emulateMedia({ forcedColors: 'active' });
    // The budgets overview holds every kind of mark the budget charts use; the others follow.
    await page.goto(`${site.server.origin}/en/topics/budgets/`);
    const same = await page.evaluate(() => {
      const bg = getComputedStyle(document.body).backgroundColor;
      return [...document.querySelectorAll<SVGElement>('svg.chart-svg--wide text, svg.chart-svg--wide .k-solid')]
        .filter((el) => getComputedStyle(el).fill === bg)
        .map((el) => el.textContent || el.getAttribute('class'));
    });
    expect(same).toEqual([]);
    await context.close();
  }, limitFor(1));

  it('with JavaScript, make marks reachable by keyboard (one Tab stop per chart, arrow keys between marks) with tooltips that Escape hides', async () => {
    ready();
    for (const [path, width] of [['/en/topics/coauthorship/', 1280], ['/topics/coauthorship/', 390]] as const) {
      const context = await site.browser.newContext({ viewport: { width, height: 900 } });
      const page = await context.newPage();
      await page.goto(site.server.origin + path);
      const variant = width === 390 ? 'narrow' : 'wide';
      const svg = page.locator(`#fig-coauthorship-us-partners svg.chart-svg--${variant}`);
      expect(await svg.getAttribute('role')).toBe('group');
      const stops = await svg.locator('a[tabindex="0"]').count();
      expect(stops).toBe(1);
      const marks = svg.locator('a[data-tip]');
      const first = marks.first();
      await first.focus();
      const tip = page.locator('#fig-coauthorship-us-partners .chart-tip');
      await expect.poll(() => tip.isVisible()).toBe(true);
      expect(await tip.textContent()).toBe(await first.getAttribute('data-tip'));
      // Named by its visible label where it has one (WCAG 2.5.3), else by its tooltip.
      const visible = ((await first.textContent()) ?? '').trim();
      if (visible) expect(await first.getAttribute('aria-label')).toBeNull();
      else expect(await first.getAttribute('aria-label')).toBe(await first.getAttribute('data-tip'));
      // The tooltip stays inside the figure.
      const [tipBox, frameBox] = await Promise.all([tip.boundingBox(), page.locator('#fig-coauthorship-us-partners chart-frame').boundingBox()]);
      expect(tipBox!.x).toBeGreaterThanOrEqual(frameBox!.x - 0.5);
      expect(tipBox!.x + tipBox!.width).toBeLessThanOrEqual(frameBox!.x + frameBox!.width + 0.5);
      await page.keyboard.press('ArrowDown');
      const second = marks.nth(1);
      expect(await second.evaluate((el) => el === document.activeElement)).toBe(true);
      expect(await tip.textContent()).toBe(await second.getAttribute('data-tip'));
      expect(await svg.locator('a[tabindex="0"]').count()).toBe(1);
      await page.keyboard.press('Escape');
      expect(await tip.isVisible()).toBe(false);
      // Tab leaves the chart rather than walking through every mark.
      await page.keyboard.press('Tab');
      expect(await page.evaluate(() => Boolean(document.activeElement?.closest('svg')))).toBe(false);
      await context.close();
    }
  }, limitFor(2));

  it('show the figure, its description and its data table without JavaScript', async () => {
    ready();
    const context = await site.browser.newContext({ javaScriptEnabled: false, viewport: { width: 390, height: 900 } });
    const page = await context.newPage();
    for (const path of pages) {
      await page.goto(site.server.origin + path);
      const figures = await page.$$eval('figure.chart-figure', (fs) =>
        fs.map((f) => {
          const svg = [...f.querySelectorAll<SVGSVGElement>('svg.chart-svg')].find((s) => s.getBoundingClientRect().width > 0);
          const ids = svg?.getAttribute('aria-labelledby')?.split(' ') ?? [];
          return {
            id: f.id,
            heading: f.querySelector('figcaption :is(h2, h3, h4)')?.textContent?.trim() ?? '',
            note: f.querySelector('figcaption p')?.textContent?.trim() ?? '',
            svgShown: Boolean(svg),
            role: svg?.getAttribute('role'),
            title: ids[0] ? document.getElementById(ids[0])?.textContent ?? '' : '',
            desc: ids[1] ? document.getElementById(ids[1])?.textContent ?? '' : '',
            marks: svg?.querySelectorAll('.mark').length ?? 0,
            tableRows: f.querySelectorAll('details table tbody tr').length,
            permalink: f.querySelector('a.chart-permalink')?.getAttribute('href'),
          };
        }),
      );
      expect(figures.length, path).toBeGreaterThan(0);
      for (const f of figures) {
        expect(f.heading, `${path} #${f.id}`).not.toBe('');
        expect(f.note, `${path} #${f.id}`).not.toBe('');
        expect(f.svgShown, `${path} #${f.id}`).toBe(true);
        expect(f.role).toBe('img');
        expect(f.title).toBe(f.heading);
        expect(f.desc.length, `${path} #${f.id} description`).toBeGreaterThan(50);
        expect(f.marks, `${path} #${f.id} marks`).toBeGreaterThan(0);
        expect(f.tableRows, `${path} #${f.id} table`).toBeGreaterThan(0);
        expect(f.permalink).toBe(`#${f.id}`);
      }
    }
    await context.close();
  }, limitFor(chartPageCount));

  it('keep Japanese in English figures inside lang="ja"', async () => {
    ready();
    const page = await site.browser.newPage();
    for (const path of pages.filter((p) => p.startsWith('/en/'))) {
      await page.goto(site.server.origin + path);
      const found = await page.evaluate(() => {
        const japanese = /[\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Han}]/u;
        const out: string[] = [];
        for (const figure of document.querySelectorAll('figure.chart-figure')) {
          const walker = document.createTreeWalker(figure, NodeFilter.SHOW_TEXT);
          for (let n = walker.nextNode(); n; n = walker.nextNode()) {
            const el = n.parentElement;
            if (!el || el.closest('style') || !japanese.test(n.textContent ?? '')) continue;
            if (el.closest('[lang]')?.getAttribute('lang') !== 'ja') out.push(`${el.tagName.toLowerCase()}: ${(n.textContent ?? '').trim().slice(0, 40)}`);
          }
        }
        return out;
      });
      expect(found, path).toEqual([]);
    }
    await page.close();
  }, limitFor(chartPageCount));

  it('link the same downloads from both languages, and serve them: CSV and JSON of the plotted rows, standalone SVG', async () => {
    ready();
    const page = await site.browser.newPage();
    const linksOf = async (path: string) => {
      await page.goto(site.server.origin + path);
      return page.$$eval('figure.chart-figure', (fs) => fs.map((f) => ({ id: f.id, hrefs: [...f.querySelectorAll('.chart-downloads a')].map((a) => a.getAttribute('href') ?? '').sort() })));
    };
    const ja = [];
    const en = [];
    for (const p of TOPIC_CHART_PAGES) {
      ja.push(...(await linksOf(p)));
      en.push(...(await linksOf(`/en${p}`)));
    }
    expect(en).toEqual(ja);
    for (const { id, hrefs } of ja) {
      expect(hrefs, id).toHaveLength(4);
      const get = async (href: string) => {
        const response = await fetch(site.server.origin + href);
        expect(response.status, href).toBe(200);
        return { type: response.headers.get('content-type') ?? '', body: await response.text() };
      };
      const csv = await get(hrefs.find((h) => h.endsWith('.csv'))!);
      const json = await get(hrefs.find((h) => h.endsWith('.json'))!);
      expect(csv.type).toMatch(/^text\/csv/);
      expect(json.type).toMatch(/^application\/json/);
      const data = JSON.parse(json.body) as { id: string; rows: Record<string, unknown>[]; columns: string[]; sources: unknown[] };
      expect(`fig-${data.id}`).toBe(id);
      const rows = csvParse(csv.body);
      expect(rows.length, id).toBe(data.rows.length);
      expect(rows.columns).toEqual(data.columns);
      expect(data.sources.length).toBeGreaterThan(0);
      for (const svgHref of hrefs.filter((h) => h.endsWith('.svg'))) {
        const svg = await get(svgHref);
        expect(svg.type).toBe('image/svg+xml');
        const parsed = await page.evaluate((text) => {
          const doc = new DOMParser().parseFromString(text, 'image/svg+xml');
          const root = doc.documentElement;
          return { error: doc.querySelector('parsererror')?.textContent ?? null, ns: root.namespaceURI, style: Boolean(root.querySelector('style')), title: root.querySelector('title')?.textContent ?? '', lang: root.getAttribute('lang') };
        }, svg.body);
        expect(parsed.error, svgHref).toBeNull();
        expect(parsed.ns).toBe('http://www.w3.org/2000/svg');
        expect(parsed.style).toBe(true);
        expect(parsed.title).not.toBe('');
        expect(parsed.lang).toBe(svgHref.endsWith('.en.svg') ? 'en' : 'ja');
      }
    }
    await page.close();
  }, limitFor(2 * TOPIC_CHART_PAGES.length + 10));
});
