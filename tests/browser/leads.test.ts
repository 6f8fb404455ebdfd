// A program page's lead (scripts/site/program-lead.ts) and the home pages' program entries, as a
// reader sees them: the lead stands before the first section, each sentence links to its source
// lines, and a link lands on a line holding the cited text. It builds nothing: run `npm run build` first.
import { describe, expect, it } from 'vitest';
import { limitFor, seedLines, useBuiltSite } from './site.ts';

const site = useBuiltSite();
const PROGRAM_PAGES = ['/programs/satreps/', '/en/programs/satreps/', '/programs/stand/', '/en/programs/stand/'];

describe('program lead', () => {
  it('stands before the first section heading, in both languages, and its source links land on the cited lines', { timeout: limitFor(PROGRAM_PAGES.length * 2) }, async () => {
    // A desktop width: there the source pages' lazily drawn blocks once moved a linked line off screen.
    const page = await site.browser.newPage({ viewport: { width: 1280, height: 800 } });
    for (const path of PROGRAM_PAGES) {
      await page.goto(`${site.server.origin}${path}`, { waitUntil: 'load' });
      const lead = await page.evaluate(() => {
        const content = document.querySelector('main .sl-markdown-content')!;
        const p = content.querySelector('p.program-lead');
        const h2 = content.querySelector('h2');
        if (!p || !h2) return null;
        const box = p.getBoundingClientRect();
        return {
          before: Boolean(p.compareDocumentPosition(h2) & Node.DOCUMENT_POSITION_FOLLOWING),
          visible: box.height > 0 && box.width > 0,
          text: p.textContent ?? '',
          groups: p.querySelectorAll('sup.lead-cite').length,
          links: [...p.querySelectorAll<HTMLAnchorElement>('sup.lead-cite a')].map((a) => ({ href: a.getAttribute('href')!, seed: a.dataset.seed!, from: Number(a.dataset.line), to: Number(a.dataset.to) })),
        };
      });
      expect(lead, `${path}: a lead paragraph and an h2`).not.toBeNull();
      expect(lead!.before, `${path}: lead before the first h2`).toBe(true);
      expect(lead!.visible, path).toBe(true);
      // Two to four sentences, each followed by its links.
      expect(lead!.groups, path).toBeGreaterThanOrEqual(2);
      expect(lead!.groups, path).toBeLessThanOrEqual(4);
      expect(lead!.text.length, path).toBeGreaterThan(60);
      for (const l of lead!.links) expect(l.href, path).toBe(`${path.startsWith('/en/') ? '/en' : ''}/sources/${l.seed}/#L${l.from}`);

      // The first link, followed as a reader would, opens the source page at a line that is part of the citation.
      const first = lead!.links[0]!;
      await page.locator('p.program-lead sup.lead-cite a').first().click();
      await page.waitForURL((url) => url.pathname.endsWith(`/sources/${first.seed}/`) && url.hash === `#L${first.from}`);
      await page.waitForLoadState('load');
      const landed = await page.evaluate((id) => {
        const li = document.getElementById(id);
        if (!li) return null;
        const box = li.getBoundingClientRect();
        return { text: li.textContent ?? '', top: box.top, height: window.innerHeight };
      }, `L${first.from}`);
      expect(landed, `${path}: line ${first.from} of ${first.seed} exists`).not.toBeNull();
      const written = seedLines(first.seed)[first.from - 1]!.trim();
      expect(written.length).toBeGreaterThan(0);
      expect(landed!.text).toContain(written);
      expect(landed!.top, `${path}: the line is on screen`).toBeGreaterThanOrEqual(0);
      expect(landed!.top).toBeLessThan(landed!.height);
    }
    await page.close();
  });
});

describe('home page program entries', () => {
  it('give every program a sentence, not a bare label or nothing', { timeout: limitFor(2) }, async () => {
    const page = await site.browser.newPage();
    for (const path of ['/', '/en/']) {
      await page.goto(`${site.server.origin}${path}`, { waitUntil: 'load' });
      const entries = await page.evaluate(() =>
        [...document.querySelectorAll('.program-group li')]
          .filter((li) => li.querySelector('a[href*="/programs/"]'))
          .map((li) => ({ name: li.querySelector('a')!.textContent!.trim(), summary: li.querySelector('p')?.textContent?.trim() ?? '' })),
      );
      expect(entries.length, path).toBeGreaterThanOrEqual(25);
      const bare = entries.filter((e) => e.summary.length < 25 || /^【|^(Field|Aims of the program)\b/.test(e.summary) || !/[。.]$/.test(e.summary));
      expect(bare, path).toEqual([]);
    }
    await page.close();
  });
});
