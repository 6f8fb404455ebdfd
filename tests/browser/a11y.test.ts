// axe-core (from node_modules) on every built page, both languages, the whole document (header,
// sidebar, search, footer, not only <main>), in the light and the dark theme: no WCAG 2 A/AA
// violation, and headings that do not skip a level (a chart's h3 before the page's first h2).
// One browser page is reused for every address, with axe injected into each document by the
// browser (not as a <script>, which the site's CSP would block). Each page is checked in the light
// theme with every WCAG 2 A/AA rule, then switched to dark with Starlight's theme picker and
// checked again with the rules whose outcome depends on colour.
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { builtPages, useBuiltSite } from './site.ts';

const axePath = createRequire(import.meta.url).resolve('axe-core/axe.min.js');
const WCAG2_AA = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];
const COLOUR_RULES = ['color-contrast', 'link-in-text-block'];

/** Every page of the build, and the 404 page (served for a missing address). */
function allPaths(): string[] {
  try {
    return [...builtPages().map((p) => p.path), '/en/no-such-page/'];
  } catch {
    return []; // no build: the check below fails with site.ready()'s message
  }
}
const paths = allPaths();
const site = useBuiltSite(() => {
  builtPages();
});

interface PageCheck {
  violations: string[];
  headingSkips: string[];
}

function runAxe(page: Page, colourOnly: boolean): Promise<PageCheck> {
  return page.evaluate(
    async ({ tags, colourRules, colourOnly }) => {
      type AxeResult = { violations: { id: string; nodes: { target: string[] }[] }[] };
      const axe = (window as unknown as { axe: { run: (ctx: unknown, opts: unknown) => Promise<AxeResult> } }).axe;
      const r = await axe.run(document, {
        runOnly: colourOnly ? { type: 'rule', values: colourRules } : { type: 'tag', values: tags },
        resultTypes: ['violations'],
      });
      const levels = [...document.querySelectorAll('main :is(h1, h2, h3, h4, h5, h6)')]
        .filter((h) => (h as HTMLElement).offsetParent !== null)
        .map((h) => ({ level: Number(h.tagName[1]), text: (h.textContent ?? '').trim().slice(0, 60) }));
      const headingSkips = levels.flatMap((h, i) => (i > 0 && h.level > levels[i - 1]!.level + 1 ? [`h${levels[i - 1]!.level} → h${h.level} "${h.text}"`] : []));
      return {
        violations: r.violations.map((v) => `${v.id}: ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(' | ')}${v.nodes.length > 3 ? ` (+${v.nodes.length - 3})` : ''}`),
        headingSkips,
      };
    },
    { tags: WCAG2_AA, colourRules: COLOUR_RULES, colourOnly },
  );
}

async function setTheme(page: Page, theme: 'light' | 'dark'): Promise<void> {
  await page.selectOption('starlight-theme-select select', theme);
  await page.waitForFunction((t) => document.documentElement.dataset.theme === t, theme);
}

describe('accessibility (axe-core, whole pages)', () => {
  let page: Page | undefined;
  beforeAll(async () => {
    if (paths.length === 0) return;
    site.ready();
    page = await site.browser.newPage({ colorScheme: 'light', viewport: { width: 1280, height: 900 } });
    await page.addInitScript({ path: axePath });
  });
  afterAll(async () => {
    await page?.close();
  });

  it('covers every page of the build', () => {
    site.ready();
    expect(paths.length).toBeGreaterThan(40);
  });

  it.each(paths)('%s, light and dark', async (path) => {
    site.ready();
    await page!.goto(site.server.origin + path, { waitUntil: 'load' });
    await setTheme(page!, 'light');
    const light = await runAxe(page!, false);
    await setTheme(page!, 'dark');
    const dark = await runAxe(page!, true);
    // Back to light, which the picker stored, for the next page.
    await setTheme(page!, 'light');
    expect(light.violations, `${path} (light): WCAG 2 A/AA violations`).toEqual([]);
    expect(dark.violations, `${path} (dark): colour violations`).toEqual([]);
    expect(light.headingSkips, `${path}: a heading skips a level`).toEqual([]);
  }, 180_000);
});
