// The glossary as a reader sees it on a phone and a desktop: no Japanese term is broken across
// lines (a table's narrow columns once split 運営費交付金 into 運営費交 / 付金).
import { describe, expect, it } from 'vitest';
import { glossary, termId } from '../../scripts/editorial/glossary.ts';
import { pageHref } from '../../src/core/urls.ts';
import { limitFor, useBuiltSite } from './site.ts';

const site = useBuiltSite();

describe('glossary layout', () => {
  it(
    'keeps every Japanese term on one line at 390 and 1280 px, in both languages',
    async () => {
      const broken: string[] = [];
      for (const lang of ['ja', 'en'] as const) {
        for (const width of [390, 1280]) {
          const page = await site.browser.newPage({ viewport: { width, height: 900 } });
          await page.goto(site.server.origin + pageHref('/topics/glossary/', lang));
          const lines = await page.evaluate(
            (terms) =>
              terms.map(({ id, ja }) => {
                const dt = document.getElementById(id)?.querySelector('dt');
                const walker = dt ? document.createTreeWalker(dt, NodeFilter.SHOW_TEXT) : null;
                const text = walker?.nextNode() as Text | null;
                if (!text || !text.data.startsWith(ja)) return { id, lines: -1 };
                const range = document.createRange();
                range.setStart(text, 0);
                range.setEnd(text, ja.length);
                return { id, lines: new Set([...range.getClientRects()].map((r) => Math.round(r.top))).size };
              }),
            glossary.map((t) => ({ id: termId(t), ja: t.ja })),
          );
          for (const l of lines) if (l.lines !== 1) broken.push(`${lang} ${width}px ${l.id}: ${l.lines === -1 ? 'term not found at the start of its <dt>' : `${l.lines} lines`}`);
          await page.close();
        }
      }
      expect(broken).toEqual([]);
    },
    limitFor(4),
  );
});
