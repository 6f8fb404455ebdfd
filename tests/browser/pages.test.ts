// The generated pages as a reader meets them: every page in both languages loads without errors at
// phone and desktop widths; English pages carry no Japanese outside lang="ja"; every figure links to
// a source line that holds it; links stay within the reader's language and land on real anchors.
import { describe, expect, it } from 'vitest';
import { normalizeForMatch } from '../../scripts/pipeline/text.ts';
import { builtPages, htmlOf, limitFor, NAVIGATION_MS, pagesIfBuilt, seedLines, useBuiltSite, type SitePage } from './site.ts';

let pages: SitePage[];
// For time limits, counted when the file is collected (0 without a build; setup then fails).
const pageCount = pagesIfBuilt().length;
const site = useBuiltSite(() => {
  pages = builtPages();
});
const ready = site.ready;

// The pipeline matches figures on lines normalised this way (full-width digits, ヶ/か, wave dashes).
const normalise = (s: string) => normalizeForMatch(s).replace(/\s+/g, '');

/**
 * One walk through the site in Chromium, shared by the tests that need every page loaded: each page
 * at 1280 px, and the first page of each kind and language also at 390 px. It records console
 * errors, failed requests and sideways scrolling on a phone, and on English pages the Japanese text
 * outside lang="ja". Whichever test runs first pays for it.
 */
let walked: Promise<{ loadProblems: string[]; japaneseOutsideJa: string[] }> | undefined;
const walkLoads = pageCount + 12;
function walk() {
  ready();
  walked ??= (async () => {
    const kinds = new Set<string>();
    const runs = pages.flatMap((p) => {
      const key = `${p.kind}-${p.lang}`;
      const phone = !kinds.has(key);
      kinds.add(key);
      return phone ? [{ ...p, width: 390 }, { ...p, width: 1280 }] : [{ ...p, width: 1280 }];
    });
    // One tab for every load: a fresh tab costs a renderer process, which a loaded machine feels.
    const context = await site.browser.newContext();
    const page = await context.newPage();
    const loadProblems: string[] = [];
    const japaneseOutsideJa: string[] = [];
    let at = '';
    page.on('console', (m) => m.type() === 'error' && loadProblems.push(`${at}: ${m.text()}`));
    page.on('pageerror', (e) => loadProblems.push(`${at}: ${e.message}`));
    page.on('response', (r) => r.status() >= 400 && loadProblems.push(`${at}: HTTP ${r.status()} ${r.url()}`));
    try {
      for (const run of runs) {
        at = `${run.path} ${run.width}px`;
        await page.setViewportSize({ width: run.width, height: 900 });
        const response = await page.goto(site.server.origin + run.path, { waitUntil: 'load' });
        if (response?.status() !== 200) loadProblems.push(`${at}: HTTP ${response?.status()}`);
        // Nothing may be wider than a phone's screen but tables, which scroll in their own box.
        if (run.width === 390) {
          const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
          if (overflow > 0) loadProblems.push(`${run.path} scrolls sideways at 390 px by ${overflow} px`);
        }
        if (run.lang === 'en' && run.width === 1280) {
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
          japaneseOutsideJa.push(...found.map((f) => `${run.path} ${f}`));
        }
      }
    } finally {
      await context.close();
    }
    return { loadProblems, japaneseOutsideJa };
  })();
  return walked;
}

/**
 * What is wrong with a page's links: internal links to pages or anchors that do not exist, links to
 * the other language, and a language picker that does not offer this same page in each language.
 * The picker (a <select>, not a link) is the one way across languages.
 */
function linkProblems(page: SitePage, html: string, known: ReadonlySet<string>, idsOf: (path: string) => ReadonlySet<string>): string[] {
  const problems: string[] = [];
  for (const m of html.matchAll(/<a\s[^>]*href="([^"]+)"/g)) {
    const href = m[1]!.replace(/&amp;/g, '&');
    if (/^(https?:|mailto:)/.test(href)) continue;
    const url = new URL(href, `http://x${page.path}`);
    // A directory may be linked without its trailing slash (Starlight's site title links "/en").
    const target = url.pathname.endsWith('/') || !known.has(`${url.pathname}/`) ? url.pathname : `${url.pathname}/`;
    if (target.startsWith('/data/') && !target.endsWith('/')) continue; // downloads, checked by the smoke test
    if (target.startsWith('/cite/')) continue; // citation files, checked by citation.test.ts
    if (target.startsWith('/figures/')) continue; // figure downloads, checked by charts.test.ts
    if (target.startsWith('/_astro/') || target.startsWith('/pagefind/')) continue;
    if (!known.has(target)) {
      problems.push(`${page.path} → ${href} (no such page)`);
      continue;
    }
    if (url.hash && !idsOf(target).has(decodeURIComponent(url.hash.slice(1)))) problems.push(`${page.path} → ${href} (no such anchor)`);
    if (page.lang === 'en' && !target.startsWith('/en/')) problems.push(`${page.path} → ${href} (a page in the other language)`);
  }
  const pickers = [...html.matchAll(/<starlight-lang-select>([\s\S]*?)<\/starlight-lang-select>/g)];
  if (!pickers.length) problems.push(`${page.path}: no language picker`);
  const local = page.lang === 'en' ? page.path.slice(3) : page.path;
  for (const [, picker] of pickers) {
    const options = Object.fromEntries([...picker!.matchAll(/<option\s[^>]*lang="([^"]+)"[^>]*value="([^"]+)"/g)].map((o) => [o[1]!, o[2]!]));
    for (const [lang, expected] of [['ja', local], ['en', `/en${local}`]]) {
      if (options[lang!] !== expected) problems.push(`${page.path}: the language picker offers ${options[lang!] ?? 'nothing'}, not ${expected}`);
    }
  }
  return problems;
}

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
    const { loadProblems } = await walk();
    expect(loadProblems).toEqual([]);
  }, limitFor(walkLoads));

  it('show no Japanese text on English pages outside elements marked lang="ja"', async () => {
    const { japaneseOutsideJa } = await walk();
    expect(japaneseOutsideJa).toEqual([]);
  }, limitFor(walkLoads));

  it('link every figure to a source line that holds it', () => {
    ready();
    let figures = 0;
    for (const p of pages.filter((x) => x.kind === 'program' || x.kind === 'topic' || x.kind === 'country')) {
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

  it('give every line of every source document its anchor and its text, as the pipeline read it', () => {
    ready();
    const decode = (t: string) => t.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&#(\d+);/g, (_, c) => String.fromCodePoint(Number(c))).replace(/&#x([0-9a-f]+);/gi, (_, c) => String.fromCodePoint(parseInt(c, 16))).replace(/&amp;/g, '&');
    const sources = pages.filter((p) => p.kind === 'source' && /\/sources\/\d{3}\/$/.test(p.path));
    expect(sources.length).toBeGreaterThanOrEqual(2 * 5);
    for (const p of sources) {
      const seed = /(\d{3})\/$/.exec(p.path)![1]!;
      const shown = [...htmlOf(p.path).matchAll(/<li id="L(\d+)"[^>]*><a href="#L(\d+)"[^>]*><\/a>([\s\S]*?)<\/li>/g)].map((m) => ({ id: Number(m[1]), href: Number(m[2]), text: decode(m[3]!) }));
      const lines = seedLines(seed);
      expect(shown.map((l) => l.id), p.path).toEqual(lines.map((_, i) => i + 1));
      expect(shown.every((l) => l.href === l.id), p.path).toBe(true);
      expect(shown.map((l) => l.text), p.path).toEqual(lines);
    }
  });

  it('land a link deep into the longest source document on its line, numbered, with a line link of at least 24 × 24 px', async () => {
    ready();
    const seeds = pages.flatMap((p) => (p.lang === 'ja' && p.kind === 'source' ? (/\/sources\/(\d{3})\/$/.exec(p.path)?.slice(1) ?? []) : []));
    const longest = seeds.map((seed) => ({ seed, lines: seedLines(seed).length })).sort((a, b) => b.lines - a.lines)[0]!;
    const line = Math.floor(longest.lines * 0.8);
    const page = await site.browser.newPage({ viewport: { width: 390, height: 800 } });
    await page.goto(`${site.server.origin}/en/sources/${longest.seed}/#L${line}`, { waitUntil: 'load' });
    // Blocks below the fold are laid out late: the line must be on screen once the page has settled.
    await expect
      .poll(
        () => page.evaluate((id) => {
        const r = document.getElementById(id)!.getBoundingClientRect();
        return r.top >= 0 && r.bottom <= innerHeight;
      }, `L${line}`),
        { timeout: NAVIGATION_MS },
      )
      .toBe(true);
    const link = await page.evaluate((id) => {
      const a = document.querySelector(`#${id} > a`)!;
      const r = a.getBoundingClientRect();
      return { width: r.width, height: r.height, number: getComputedStyle(a, '::before').content, name: a.getAttribute('aria-label') };
    }, `L${line}`);
    expect(link.width).toBeGreaterThanOrEqual(24);
    expect(link.height).toBeGreaterThanOrEqual(24);
    expect(link.number).toBe('counter(list-item)');
    expect(link.name).toBe(`line ${line}`);
    // The number the reader sees is the line's own: the list counts from each block's start.
    expect(await page.evaluate((id) => {
      const li = document.getElementById(id)!;
      const ol = li.parentElement as HTMLOListElement;
      return ol.start + [...ol.children].indexOf(li);
    }, `L${line}`)).toBe(line);
    await page.close();
  });

  it('keep English readers on English pages, with every internal link and anchor resolving', () => {
    ready();
    const ids = new Map<string, Set<string>>();
    const idsOf = (path: string) => {
      if (!ids.has(path)) ids.set(path, new Set([...htmlOf(path).matchAll(/\sid="([^"]+)"/g)].map((m) => m[1]!)));
      return ids.get(path)!;
    };
    const known = new Set(pages.map((p) => p.path));
    expect(pages.flatMap((p) => linkProblems(p, htmlOf(p.path), known, idsOf))).toEqual([]);
  });

  // The language check above, on crafted pages: it must catch what it is there to catch.
  it('would catch a link across languages, a broken anchor, and a language picker that leaves the page', () => {
    const known = new Set(['/programs/x/', '/en/programs/x/', '/en/programs/y/']);
    const idsOf = (path: string) => new Set(path === '/en/programs/y/' ? ['fig-1'] : []);
    const en: SitePage = { path: '/en/programs/x/', lang: 'en', kind: 'program' };
    const picker = (ja: string, enValue: string) =>
      `<starlight-lang-select><select><option lang="ja" value="${ja}">日本語</option><option lang="en" value="${enValue}" selected>English</option></select></starlight-lang-select>`;
    const good = `${picker('/programs/x/', '/en/programs/x/')}<a href="/en/programs/y/#fig-1">y</a>`;
    expect(linkProblems(en, good, known, idsOf)).toEqual([]);
    expect(linkProblems(en, `${good}<a href="/programs/x/">x</a>`, known, idsOf)).toEqual(['/en/programs/x/ → /programs/x/ (a page in the other language)']);
    expect(linkProblems(en, `${good}<a href="/en/programs/y/#fig-2">y</a>`, known, idsOf)).toEqual(['/en/programs/x/ → /en/programs/y/#fig-2 (no such anchor)']);
    expect(linkProblems(en, `${picker('/', '/en/programs/x/')}`, known, idsOf)).toEqual(['/en/programs/x/: the language picker offers /, not /programs/x/']);
    expect(linkProblems(en, '<p>no picker</p>', known, idsOf)).toEqual(['/en/programs/x/: no language picker']);
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
