// axe-core (injected from node_modules) on the pages with charts, both languages, light and dark:
// no WCAG 2 A/AA violation in the figures, nor anywhere in the page's main content.
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { builtPages, useBuiltSite } from './site.ts';

const axePath = createRequire(import.meta.url).resolve('axe-core/axe.min.js');
const CHART_PAGES = ['/topics/budgets/', '/topics/coauthorship/', '/topics/sakura-science-results/', '/topics/trial-call-results/', '/programs/sicorp/'];

const site = useBuiltSite(() => {
  builtPages();
});

describe('accessibility (axe-core)', () => {
  it('finds no WCAG 2 A/AA violation in the figures or the main content', async () => {
    site.ready();
    const found: string[] = [];
    for (const path of CHART_PAGES.flatMap((p) => [p, `/en${p}`])) {
      for (const colorScheme of ['light', 'dark'] as const) {
        const page = await site.browser.newPage({ colorScheme, viewport: { width: 1280, height: 900 } });
        await page.goto(site.server.origin + path);
        await page.addScriptTag({ path: axePath });
        const result = await page.evaluate(async () => {
          const axe = (window as unknown as { axe: { run: (ctx: unknown, opts: unknown) => Promise<{ violations: { id: string; nodes: { target: string[] }[] }[] }> } }).axe;
          const r = await axe.run({ include: [['main']] }, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] } });
          return r.violations.map((v) => `${v.id}: ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(' | ')}`);
        });
        found.push(...result.map((v) => `${path} (${colorScheme}) ${v}`));
        await page.close();
      }
    }
    expect(found).toEqual([]);
  }, 300_000);
});
