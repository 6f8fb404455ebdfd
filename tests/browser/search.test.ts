// Search, as a reader meets it: the query set in search-queries.ts runs in Chromium against the
// built site's Pagefind index, through the same Pagefind module and ranking options as Starlight's
// search box. Japanese queries run on a Japanese page (which loads the Japanese index), English
// ones on /en/. The test prints recall@1 and recall@3 per language and per kind of query, and
// fails under the thresholds below. It also checks the filters (kind of page, program category),
// that each language's index holds only that language's pages, and that results carry a title and
// an excerpt in the page's language.
//
// It builds nothing: run `npm run build` first (or set DIST_DIR to another build).
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serveDirectory, type StaticServer } from '../../scripts/browser/serve.ts';
import { distDir, generatedDir, launchChromium, limitFor, NAVIGATION_MS } from './site.ts';
import { englishQueries, japaneseQueries, type QueryGroup, type SearchQuery } from './search-queries.ts';
import type { Lang } from '../../src/core/locales.ts';

/** Fail under these. recall@k: the share of queries with an expected page among the first k results. */
const THRESHOLDS: Record<Lang, { at1: number; at3: number }> = {
  ja: { at1: 0.9, at3: 0.95 },
  en: { at1: 0.9, at3: 0.95 },
};

/** Labels the filters must carry, in each language (MarkdownContent.astro). */
const KIND_LABELS: Record<string, Record<Lang, string>> = {
  home: { ja: 'ホーム', en: 'Home' },
  data: { ja: 'データ', en: 'Data' },
  program: { ja: 'プログラム', en: 'Program' },
  topic: { ja: 'トピック', en: 'Topic' },
  source: { ja: '出典資料', en: 'Source document' },
  errata: { ja: '正誤表', en: 'Errata' },
  country: { ja: '国・地域', en: 'Country or region' },
};

/** The filters' names, which are also their headings in the search box (src/i18n/<lang>/ui.json). */
const FILTER_NAMES: Record<'kind' | 'category' | 'country', Record<Lang, string>> = {
  kind: { ja: 'ページの種類', en: 'Kind of page' },
  category: { ja: 'プログラムの区分', en: 'Program category' },
  country: { ja: '関係する国・地域', en: 'Partner country or region' },
};

/** Queries typed in full width (as Japanese keyboards often do) and their ordinary form. */
const WIDTH_PAIRS: { lang: Lang; wide: string; narrow: string }[] = [
  { lang: 'ja', wide: '令和５年度', narrow: '令和5年度' },
  { lang: 'ja', wide: 'ＳＩＣＯＲＰ', narrow: 'SICORP' },
  { lang: 'ja', wide: 'ｅ－ＡＳＩＡ', narrow: 'e-ASIA' },
  { lang: 'en', wide: 'ＳＡＴＲＥＰＳ', narrow: 'SATREPS' },
];

interface Hit {
  url: string;
  title: string;
  excerpt: string;
}
interface QueryRun {
  query: SearchQuery;
  total: number;
  top: Hit[];
  /** The URLs of up to the first 20 results, to check the index's language. */
  urls: string[];
}

/** Every built page: its path, <html lang>, whether Pagefind indexes it, and its <h1>. */
interface BuiltPage {
  path: string;
  lang: string;
  indexed: boolean;
  h1: string;
}
function builtPages(): BuiltPage[] {
  if (!existsSync(join(distDir, 'index.html'))) throw new Error(`${distDir} has no index.html: build the site first (npm run build).`);
  const out: BuiltPage[] = [];
  for (const e of readdirSync(distDir, { recursive: true, withFileTypes: true })) {
    if (!e.isFile() || e.name !== 'index.html') continue;
    const rel = join(e.parentPath, e.name).slice(distDir.length).replace(/index\.html$/, '');
    const path = rel.startsWith('/') ? rel : `/${rel}`;
    if (path.startsWith('/pagefind/')) continue;
    const html = readFileSync(join(e.parentPath, e.name), 'utf8');
    const h1 = /<h1[^>]*>([\s\S]*?)<\/h1>/.exec(html)?.[1] ?? '';
    out.push({
      path,
      lang: /<html[^>]*\slang="([^"]+)"/.exec(html)?.[1] ?? '',
      indexed: /<main[^>]*\sdata-pagefind-body/.test(html),
      h1: decodeEntities(h1.replace(/<[^>]+>/g, '')).trim(),
    });
  }
  return out.sort((a, b) => a.path.localeCompare(b.path));
}
function decodeEntities(s: string): string {
  return s
    .replace(/&#(\d+);/g, (_, c: string) => String.fromCodePoint(Number(c)))
    .replace(/&#x([0-9a-f]+);/gi, (_, c: string) => String.fromCodePoint(parseInt(c, 16)))
    .replace(/&quot;/g, '"')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');
}

const japanese = /[\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Han}]/gu;
const latin = /[A-Za-z]/g;
const count = (s: string, re: RegExp) => s.match(re)?.length ?? 0;

let server: StaticServer;
let browser: Browser;
let pages: BuiltPage[];
const tabs = new Map<Lang, Page>();
const runs = new Map<Lang, QueryRun[]>();
let setupError: Error | undefined;

/**
 * A page in `lang` whose Starlight search box has initialised Pagefind: the UI imports
 * /pagefind/pagefind.js and sets its ranking options, and the test imports the same module (one
 * instance per page), so its searches rank as the reader's do.
 */
async function searchTab(lang: Lang): Promise<Page> {
  const page = await browser.newPage();
  const problems: string[] = [];
  page.on('pageerror', (e) => problems.push(e.message));
  await page.goto(server.origin + (lang === 'ja' ? '/' : '/en/'), { waitUntil: 'load' });
  await page.click('button[data-open-modal]');
  await page.fill('#starlight__search input', 'SICORP');
  await page.waitForSelector('#starlight__search .pagefind-ui__result-link', { timeout: NAVIGATION_MS });
  await page.keyboard.press('Escape');
  // The same module, by URL, as the search box's. (An expression string, because vitest rewrites a
  // dynamic import() inside functions passed to page.evaluate; not an inline <script>, which the
  // site's Content-Security-Policy blocks.)
  await page.evaluate("import('/pagefind/pagefind.js').then(async (pf) => { await pf.init(); window.__pagefind = pf; })");
  await page.waitForFunction(() => '__pagefind' in window, undefined, { timeout: NAVIGATION_MS });
  if (problems.length) throw new Error(`${lang}: ${problems.join('; ')}`);
  return page;
}

async function runQueries(page: Page, queries: readonly SearchQuery[]): Promise<QueryRun[]> {
  const raw = await page.evaluate(async (qs: string[]) => {
    const pf = (window as unknown as { __pagefind: Pagefind }).__pagefind;
    const out: { total: number; top: { url: string; title: string; excerpt: string }[]; urls: string[] }[] = [];
    for (const q of qs) {
      const r = await pf.search(q);
      const results = r.results;
      const data = await Promise.all(results.slice(0, 20).map((x) => x.data()));
      out.push({
        total: results.length,
        top: data.slice(0, 3).map((d) => ({ url: d.url, title: d.meta.title ?? '', excerpt: d.plain_excerpt ?? d.excerpt.replace(/<[^>]+>/g, '') })),
        urls: data.map((d) => d.url),
      });
    }
    return out;
  }, queries.map((q) => q.q));
  return raw.map((r, i) => ({ query: queries[i]!, ...r }));
}

/** The part of the Pagefind JS API the test uses (/pagefind/pagefind.js of the built site). */
interface PagefindResultData {
  url: string;
  meta: Record<string, string>;
  excerpt: string;
  plain_excerpt?: string;
}
interface Pagefind {
  search(term: string | null, options?: { filters?: Record<string, string | string[]> }): Promise<{ results: { data(): Promise<PagefindResultData> }[] }>;
  filters(): Promise<Record<string, Record<string, number>>>;
}

const isSource = (url: string) => /^(\/en)?\/sources\/\d+\/$/.test(url);
/** Queries that look for something else but find a source document among the first three. */
const sourcesInTop3 = (rs: QueryRun[]) => rs.filter((r) => !r.query.expect.some(isSource) && r.top.some((h) => isSource(h.url)));
const hitAt = (run: QueryRun, k: number) => run.top.slice(0, k).some((h) => run.query.expect.includes(h.url));
const recall = (rs: QueryRun[], k: number) => (rs.length ? rs.filter((r) => hitAt(r, k)).length / rs.length : 0);
const fmt = (x: number) => x.toFixed(2);

beforeAll(async () => {
  try {
    pages = builtPages();
    server = await serveDirectory(distDir);
    browser = await launchChromium();
    for (const [lang, queries] of [
      ['ja', japaneseQueries],
      ['en', englishQueries],
    ] as const) {
      const tab = await searchTab(lang);
      tabs.set(lang, tab);
      runs.set(lang, await runQueries(tab, queries));
    }
  } catch (e) {
    setupError = e as Error;
  }
}, limitFor(10));
afterAll(async () => {
  await browser?.close();
  await server?.close();
});
const ready = () => {
  if (setupError) throw setupError;
};

describe('search', () => {
  it('finds what readers look for, in Japanese and in English (recall@1, recall@3)', () => {
    ready();
    const rows: Record<string, string | number>[] = [];
    const groups: QueryGroup[] = ['name', 'acronym', 'katakana', 'topic', 'number', 'cross', 'source'];
    for (const lang of ['ja', 'en'] as const) {
      const rs = runs.get(lang)!;
      rows.push({
        language: lang,
        queries: rs.length,
        'recall@1': fmt(recall(rs, 1)),
        'recall@3': fmt(recall(rs, 3)),
        thresholds: `${THRESHOLDS[lang].at1} / ${THRESHOLDS[lang].at3}`,
        'source doc in top 3 (not sought)': sourcesInTop3(rs).length,
      });
    }
    console.log('\nSearch recall (thresholds: recall@1 / recall@3)');
    console.table(rows);
    const byGroup: Record<string, string | number>[] = [];
    for (const g of groups) {
      const row: Record<string, string | number> = { group: g };
      for (const lang of ['ja', 'en'] as const) {
        const rs = runs.get(lang)!.filter((r) => r.query.group === g);
        row[`${lang} n`] = rs.length;
        row[`${lang} @1`] = rs.length ? fmt(recall(rs, 1)) : '–';
        row[`${lang} @3`] = rs.length ? fmt(recall(rs, 3)) : '–';
      }
      byGroup.push(row);
    }
    console.table(byGroup);
    const misses = [...runs.values()].flat().filter((r) => !hitAt(r, 1));
    if (misses.length) {
      console.log('Queries whose expected page is not first:');
      for (const r of misses) {
        const rank = r.urls.findIndex((u) => r.query.expect.includes(u));
        console.log(`  ${JSON.stringify(r.query.q)} → expected ${r.query.expect.join(' or ')} (rank ${rank < 0 ? `>${r.urls.length}` : rank + 1} of ${r.total}); got ${r.top.map((h) => h.url).join(', ') || 'nothing'}`);
      }
    }
    for (const lang of ['ja', 'en'] as const) {
      const rs = runs.get(lang)!;
      expect(rs.length, `${lang}: at least 40 queries`).toBeGreaterThanOrEqual(40);
      expect(recall(rs, 3), `${lang} recall@3`).toBeGreaterThanOrEqual(THRESHOLDS[lang].at3);
      expect(recall(rs, 1), `${lang} recall@1`).toBeGreaterThanOrEqual(THRESHOLDS[lang].at1);
    }
  });

  it('ranks source documents below the pages that quote them', () => {
    ready();
    // A source document holds the words of every program it describes, hundreds of times over; it
    // must never come first for a query that looks for something else.
    const first = [...runs.values()].flat().filter((r) => !r.query.expect.some(isSource) && r.top[0] && isSource(r.top[0].url));
    expect(first.map((r) => `${JSON.stringify(r.query.q)} → ${r.top[0]!.url}`)).toEqual([]);
    // And they stay findable: every query that looks for one finds it first.
    const sought = [...runs.values()].flat().filter((r) => r.query.expect.every(isSource));
    // Few queries find words only a source document holds: the pages quote nearly every line (npm run coverage).
    expect(sought.length).toBeGreaterThanOrEqual(5);
    expect(sought.filter((r) => !hitAt(r, 1)).map((r) => r.query.q)).toEqual([]);
  });

  it('has a query set whose expected pages exist in the right language', () => {
    ready();
    const known = new Set(pages.map((p) => p.path));
    for (const [lang, queries] of [
      ['ja', japaneseQueries],
      ['en', englishQueries],
    ] as const) {
      const qs = queries.map((q) => q.q);
      expect(new Set(qs).size, `${lang}: duplicate queries`).toBe(qs.length);
      for (const q of queries) {
        for (const path of q.expect) {
          expect(known.has(path), `${q.q}: ${path} is not a built page`).toBe(true);
          expect(path.startsWith('/en/'), `${q.q}: ${path} is not a ${lang} page`).toBe(lang === 'en');
        }
      }
    }
  });

  it('keeps one index per language: Japanese pages only in the Japanese index, English only in the English', () => {
    ready();
    const entry = JSON.parse(readFileSync(join(distDir, 'pagefind', 'pagefind-entry.json'), 'utf8')) as { languages: Record<string, { page_count: number }> };
    expect(Object.keys(entry.languages).sort()).toEqual(['en', 'ja']);
    for (const lang of ['ja', 'en'] as const) {
      const indexed = pages.filter((p) => p.indexed && p.lang === lang);
      expect(entry.languages[lang]!.page_count, `${lang} pages in the index`).toBe(indexed.length);
      const urls = runs.get(lang)!.flatMap((r) => r.urls);
      expect(urls.length).toBeGreaterThan(100);
      const wrong = urls.filter((u) => u.startsWith('/en/') !== (lang === 'en'));
      expect(wrong, `${lang} index returns pages of the other language`).toEqual([]);
    }
  });

  it('offers filters by kind of page and by program category, labelled in the page’s language', async () => {
    ready();
    const directory = JSON.parse(readFileSync(join(generatedDir, 'programs.json'), 'utf8')) as { category: string; label: Record<Lang, string>; programs: unknown[] }[];
    for (const lang of ['ja', 'en'] as const) {
      const prefix = lang === 'en' ? '/en' : '';
      const inLang = pages.filter((p) => p.indexed && p.lang === lang);
      const under = (dir: string) => inLang.filter((p) => p.path.startsWith(`${prefix}/${dir}/`));
      const expectedKinds: Record<string, number> = {
        [KIND_LABELS.home![lang]]: inLang.filter((p) => p.path === `${prefix}/`).length,
        [KIND_LABELS.data![lang]]: inLang.filter((p) => p.path === `${prefix}/data/`).length,
        [KIND_LABELS.program![lang]]: under('programs').length,
        [KIND_LABELS.topic![lang]]: under('topics').length,
        [KIND_LABELS.source![lang]]: under('sources').filter((p) => !p.path.endsWith('/errata/')).length,
        [KIND_LABELS.errata![lang]]: inLang.filter((p) => p.path === `${prefix}/sources/errata/`).length,
        [KIND_LABELS.country![lang]]: under('countries').length,
      };
      const expectedCategories = Object.fromEntries(directory.map((g) => [g.label[lang], g.programs.length]));
      const [kindName, categoryName, countryName] = [FILTER_NAMES.kind[lang], FILTER_NAMES.category[lang], FILTER_NAMES.country[lang]];
      const india = lang === 'ja' ? 'インド' : 'India';
      const result = await tabs.get(lang)!.evaluate(async ({ sourceLabel, kindName, countryName, india }: { sourceLabel: string; kindName: string; countryName: string; india: string }) => {
        const pf = (window as unknown as { __pagefind: Pagefind }).__pagefind;
        const filters = await pf.filters();
        const sources = await pf.search(null, { filters: { [kindName]: sourceLabel } });
        const sourceUrls = (await Promise.all(sources.results.map((r) => r.data()))).map((d) => d.url);
        const aboutIndia = await pf.search(null, { filters: { [countryName]: india } });
        const indiaUrls = (await Promise.all(aboutIndia.results.map((r) => r.data()))).map((d) => d.url);
        return { filters, sourceUrls, indiaUrls };
      }, { sourceLabel: KIND_LABELS.source![lang], kindName, countryName, india });
      expect(Object.keys(result.filters).sort(), `${lang} filter names`).toEqual([kindName, categoryName, countryName].sort());
      // The country filter: India's page and the pages of the programs tied to India.
      expect(result.indiaUrls.sort(), `${lang} pages about India`).toEqual([`${prefix}/countries/in/`, ...['sakura-science', 'satreps', 'sicorp', 'sicorp-research-hubs'].map((id) => `${prefix}/programs/${id}/`)].sort());
      expect(result.filters[kindName], `${lang} kinds`).toEqual(expectedKinds);
      expect(result.filters[categoryName], `${lang} categories`).toEqual(expectedCategories);
      // A filter narrows to exactly the pages of that kind.
      expect(result.sourceUrls.sort()).toEqual(under('sources').filter((p) => !p.path.endsWith('/errata/')).map((p) => p.path));
    }
  });

  it('shows each result with the page’s own title and an excerpt in the page’s language', () => {
    ready();
    const problems: string[] = [];
    const h1 = new Map(pages.map((p) => [p.path, p.h1]));
    for (const lang of ['ja', 'en'] as const) {
      for (const r of runs.get(lang)!) {
        for (const hit of r.top) {
          const where = `${lang} ${JSON.stringify(r.query.q)} → ${hit.url}`;
          if (!hit.title) problems.push(`${where}: no title`);
          else if (hit.title !== h1.get(hit.url)) problems.push(`${where}: title ${JSON.stringify(hit.title)} is not the page's heading ${JSON.stringify(h1.get(hit.url))}`);
          if (lang === 'en' && count(hit.title, japanese) > 0) problems.push(`${where}: Japanese in the English title ${JSON.stringify(hit.title)}`);
          if (!hit.excerpt.trim()) problems.push(`${where}: no excerpt`);
          // The excerpt is the page's text around the match, so it follows the query's script: a
          // Latin-script query on a Japanese page may rightly land on an English name there, and a
          // Japanese one on an English page on its Japanese name. English source-document pages
          // hold the Japanese text of the document by design.
          const queryIsJapanese = count(r.query.q, japanese) > 0;
          if (lang === 'ja' ? !queryIsJapanese : queryIsJapanese || isSource(hit.url)) continue;
          const [own, other] = lang === 'ja' ? [count(hit.excerpt, japanese), count(hit.excerpt, latin)] : [count(hit.excerpt, latin), count(hit.excerpt, japanese)];
          if (lang === 'ja' ? own === 0 : own <= other) problems.push(`${where}: excerpt not in ${lang}: ${JSON.stringify(hit.excerpt)}`);
        }
      }
    }
    expect(problems).toEqual([]);
  });

  it('shows results in Starlight’s search box, with the filters', async () => {
    ready();
    for (const [lang, q, expected] of [
      ['ja', 'ジョイント・ディグリー', '/programs/joint-degrees/'],
      ['en', 'joint degrees', '/en/programs/joint-degrees/'],
    ] as const) {
      const page = tabs.get(lang)!;
      await page.click('button[data-open-modal]');
      await page.fill('#starlight__search input', q);
      await page.waitForFunction(
        (href) => document.querySelector(`#starlight__search .pagefind-ui__result-link[href^="${href}"]`) !== null,
        expected,
        { timeout: NAVIGATION_MS },
      );
      const shown = await page.evaluate(() => {
        const first = document.querySelector('#starlight__search .pagefind-ui__result');
        return {
          title: first?.querySelector('.pagefind-ui__result-title')?.textContent?.trim() ?? '',
          excerpt: first?.querySelector('.pagefind-ui__result-excerpt')?.textContent?.trim() ?? '',
          filterGroups: [...document.querySelectorAll('#starlight__search .pagefind-ui__filter-name')].map((e) => e.textContent?.trim() ?? ''),
          // Search-only metadata (names, acronym) is in the DOM but must not show.
          searchOnlyTags: document.querySelectorAll('#starlight__search .pagefind-ui__result-tag[data-pagefind-ui-meta="names"]').length,
          visibleTags: [...document.querySelectorAll('#starlight__search .pagefind-ui__result-tag')].filter((e) => (e as HTMLElement).offsetParent !== null).map((e) => e.textContent),
          visibleTagLists: [...document.querySelectorAll('#starlight__search .pagefind-ui__result-tags')].filter((e) => (e as HTMLElement).offsetParent !== null).length,
        };
      });
      expect(shown.title, `${lang} result title`).not.toBe('');
      expect(shown.excerpt, `${lang} result excerpt`).not.toBe('');
      expect(shown.searchOnlyTags, `${lang}: the result list renders the names field`).toBeGreaterThan(0);
      expect(shown.visibleTags, `${lang}: search-only metadata shown`).toEqual([]);
      expect(shown.visibleTagLists, `${lang}: empty tag lists shown`).toBe(0);
      expect(shown.filterGroups.sort(), `${lang}: filter groups in the search box`).toEqual([FILTER_NAMES.kind[lang], FILTER_NAMES.category[lang], FILTER_NAMES.country[lang]].sort());
      console.log(`${lang} search box: first result ${JSON.stringify(shown.title)}; filter groups shown: ${JSON.stringify(shown.filterGroups)}`);
      await page.keyboard.press('Escape');
    }
  });

  it('finds the same pages for a query typed in full width as in ordinary width', async () => {
    ready();
    /** The first result links the search box shows for `q`, after clearing the previous query. */
    const shownFor = async (page: Page, q: string): Promise<string[]> => {
      await page.fill('#starlight__search input', '');
      await page.waitForFunction(() => document.querySelector('#starlight__search .pagefind-ui__result-link') === null, undefined, { timeout: NAVIGATION_MS });
      await page.fill('#starlight__search input', q);
      await page.waitForSelector('#starlight__search .pagefind-ui__result-link', { timeout: NAVIGATION_MS });
      return page.evaluate(() => [...document.querySelectorAll('#starlight__search .pagefind-ui__result > .pagefind-ui__result-inner > .pagefind-ui__result-title .pagefind-ui__result-link')].slice(0, 5).map((a) => a.getAttribute('href') ?? ''));
    };
    const problems: string[] = [];
    for (const { lang, wide, narrow } of WIDTH_PAIRS) {
      const page = tabs.get(lang)!;
      await page.click('button[data-open-modal]');
      const narrowTop = await shownFor(page, narrow);
      const wideTop = await shownFor(page, wide);
      await page.keyboard.press('Escape');
      // What the index alone makes of the full-width form, to show what the normalisation changes.
      const raw = await page.evaluate(async (q: string) => {
        const pf = (window as unknown as { __pagefind: Pagefind }).__pagefind;
        const r = await pf.search(q);
        return (await Promise.all(r.results.slice(0, 5).map((x) => x.data()))).map((d) => d.url);
      }, wide);
      console.log(`${lang} ${wide} / ${narrow}: search box ${JSON.stringify(wideTop)} / ${JSON.stringify(narrowTop)}; index alone for ${wide}: ${JSON.stringify(raw)}`);
      expect(narrowTop.length, `${lang} ${narrow}: no results`).toBeGreaterThan(0);
      if (JSON.stringify(wideTop.slice(0, 3)) !== JSON.stringify(narrowTop.slice(0, 3))) problems.push(`${lang} ${wide} → ${JSON.stringify(wideTop)}, ${narrow} → ${JSON.stringify(narrowTop)}`);
    }
    expect(problems).toEqual([]);
  });
});
