// The generated pages as a reader meets them: every page in both languages loads without errors at
// phone and desktop widths; English pages carry no Japanese outside lang="ja"; every figure links to
// a source line that holds it; links stay within the reader's language and land on real anchors.
import { describe, expect, it } from 'vitest';
import { normalizeForMatch } from '../../scripts/pipeline/text.ts';
import { builtPages, htmlOf, seedLines, useBuiltSite, type SitePage } from './site.ts';

let pages: SitePage[];
const site = useBuiltSite(() => {
  pages = builtPages();
});
const ready = site.ready;

// The pipeline matches figures on lines normalised this way (full-width digits, ヶ/か, wave dashes).
const normalise = (s: string) => normalizeForMatch(s).replace(/\s+/g, '');

describe('the generated pages', () => {
  it('exist for every program and source document in both languages, and none is a fallback', () => {
    ready();
    const ja = pages.filter((p) => p.lang === 'ja').map((p) => p.path);
    const en = pages.filter((p) => p.lang === 'en').map((p) => p.path.slice(3));
    expect(en.sort()).toEqual(ja.sort());
    expect(pages.filter((p) => p.kind === 'program').length).toBeGreaterThanOrEqual(2 * 20);
    for (const p of pages.filter((x) => x.lang === 'en')) {
      const html = htmlOf(p.path);
      expect(html, p.path).toMatch(/<html[^>]+lang="en"/);
      // Starlight marks a page served from another language with this notice.
      expect(html, `${p.path} is a fallback`).not.toMatch(/This content is not available in your language yet/);
    }
  });

  it('load in Chromium at 390 px and 1280 px without console errors or failed requests', async () => {
    ready();
    const kinds = new Set<string>();
    // Every page at desktop width; one page of each kind and language on a phone.
    const runs = pages.flatMap((p) => {
      const key = `${p.kind}-${p.lang}`;
      const phone = !kinds.has(key);
      kinds.add(key);
      return phone ? [{ ...p, width: 390 }, { ...p, width: 1280 }] : [{ ...p, width: 1280 }];
    });
    const context = await site.browser.newContext();
    const problems: string[] = [];
    for (const run of runs) {
      const page = await context.newPage();
      await page.setViewportSize({ width: run.width, height: 900 });
      page.on('console', (m) => m.type() === 'error' && problems.push(`${run.path}: ${m.text()}`));
      page.on('pageerror', (e) => problems.push(`${run.path}: ${e.message}`));
      page.on('response', (r) => r.status() >= 400 && problems.push(`${run.path}: HTTP ${r.status()} ${r.url()}`));
      const response = await page.goto(site.server.origin + run.path, { waitUntil: 'load' });
      expect(response?.status(), run.path).toBe(200);
      // Nothing may be wider than a phone's screen but tables, which scroll in their own box.
      if (run.width === 390) {
        const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
        expect(overflow, `${run.path} scrolls sideways at 390 px`).toBeLessThanOrEqual(0);
      }
      await page.close();
    }
    await context.close();
    expect(problems).toEqual([]);
  }, 300_000);

  it('show no Japanese text on English pages outside elements marked lang="ja"', async () => {
    ready();
    const context = await site.browser.newContext();
    const offenders: string[] = [];
    for (const p of pages.filter((x) => x.lang === 'en')) {
      const page = await context.newPage();
      await page.goto(site.server.origin + p.path);
      const found = await page.evaluate(() => {
        const japanese = /[\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Han}]/u;
        const out: string[] = [];
        const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
        for (let n = walker.nextNode(); n; n = walker.nextNode()) {
          const el = n.parentElement;
          if (!el || el.closest('script, style, template') || !japanese.test(n.textContent ?? '')) continue;
          if (el.closest('[lang]')?.getAttribute('lang') !== 'ja') out.push(`${el.tagName.toLowerCase()}: ${(n.textContent ?? '').trim().slice(0, 40)}`);
        }
        return out;
      });
      offenders.push(...found.map((f) => `${p.path} ${f}`));
      await page.close();
    }
    await context.close();
    expect(offenders).toEqual([]);
  }, 300_000);

  it('link every figure to a source line that holds it', () => {
    ready();
    let figures = 0;
    for (const p of pages.filter((x) => x.kind === 'program' || x.kind === 'topic')) {
      const html = htmlOf(p.path);
      for (const m of html.matchAll(/<a href="(?:\/en)?\/sources\/(\d{3})\/#L(\d+)"[^>]*class="figure"[^>]*data-seed="(\d{3})"[^>]*data-line="(\d+)"[^>]*data-written="([^"]*)"/g)) {
        const [, seed, line, dataSeed, dataLine, written] = m;
        expect([seed, line]).toEqual([dataSeed, dataLine]);
        const text = seedLines(seed!)[Number(line) - 1];
        const writtenText = written!.replace(/&amp;/g, '&').replace(/&quot;/g, '"').replace(/&#(\d+);/g, (_, c) => String.fromCodePoint(Number(c)));
        expect(normalise(text ?? ''), `${p.path}: ${seed}:${line} should hold ${writtenText}`).toContain(normalise(writtenText));
        figures++;
      }
      // Every figure on a program page is such a link: amounts in tables have no other form.
      expect(html.split('class="figure"').length - 1, p.path).toBe([...html.matchAll(/class="figure"[^>]*data-seed=/g)].length);
    }
    expect(figures).toBeGreaterThan(200);
  });

  it('keep English readers on English pages, with every internal link and anchor resolving', () => {
    ready();
    const ids = new Map<string, Set<string>>();
    const idsOf = (path: string) => {
      if (!ids.has(path)) ids.set(path, new Set([...htmlOf(path).matchAll(/\sid="([^"]+)"/g)].map((m) => m[1]!)));
      return ids.get(path)!;
    };
    const known = new Set(pages.map((p) => p.path));
    const broken: string[] = [];
    for (const p of pages) {
      const html = htmlOf(p.path);
      for (const m of html.matchAll(/<a\s[^>]*href="([^"]+)"/g)) {
        const href = m[1]!.replace(/&amp;/g, '&');
        if (/^(https?:|mailto:)/.test(href)) continue;
        const url = new URL(href, `http://x${p.path}`);
        // A directory may be linked without its trailing slash (Starlight's site title links "/en").
        const target = url.pathname.endsWith('/') || !known.has(`${url.pathname}/`) ? url.pathname : `${url.pathname}/`;
        if (target.startsWith('/data/') && !target.endsWith('/')) continue; // downloads, checked by the smoke test
        if (target.startsWith('/cite/')) continue; // citation files, checked by citation.test.ts
        if (target.startsWith('/figures/')) continue; // figure downloads, checked by charts.test.ts
        if (target.startsWith('/_astro/') || target.startsWith('/pagefind/')) continue;
        if (!known.has(target)) {
          broken.push(`${p.path} → ${href} (no such page)`);
          continue;
        }
        if (url.hash && !idsOf(target).has(decodeURIComponent(url.hash.slice(1)))) broken.push(`${p.path} → ${href} (no such anchor)`);
        // The language picker is the one way across; everything else stays in the page's language.
        const isPicker = /<option/.test(m[0]);
        if (p.lang === 'en' && !target.startsWith('/en/') && !isPicker) broken.push(`${p.path} → ${href} (a Japanese page)`);
      }
    }
    expect(broken).toEqual([]);
  });

  it('switch language to the same page', async () => {
    ready();
    const program = pages.find((p) => p.kind === 'program' && p.lang === 'ja')!;
    const page = await site.browser.newPage();
    await page.goto(site.server.origin + program.path);
    const options = await page.$$eval('starlight-lang-select select option', (os) => os.map((o) => (o as HTMLOptionElement).value));
    expect(options).toContain(`/en${program.path}`);
    await page.close();
  });
});
