// Citations on the built site: every page's <head> carries Highwire, Dublin Core, og:type and one
// JSON-LD block; every page shows "Cite this page" in its language with BibTeX, RIS and CSL-JSON
// whose files are served and parse; the footer gives version, content-as-of date and licence; and
// Zotero's Embedded Metadata rules, applied to the meta tags, save a program page as a web page and
// the Data page as a dataset.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Cite, plugins } from '@citation-js/core';
import '@citation-js/plugin-bibtex';
import '@citation-js/plugin-ris';
import { describe, expect, it } from 'vitest';
import { builtPages, distDir, generatedDir, limitFor, pagesIfBuilt, repoRoot, useBuiltSite, type PageKind } from './site.ts';

interface Page {
  path: string;
  lang: 'ja' | 'en';
  /** By route, as in site.ts; a page of no known kind (a new hand-written page) is 'other'. */
  kind: PageKind | 'other';
}

/** Every HTML page of the build. */
const allPages = (): Page[] => builtPages();

// ─── Reading built HTML ─────────────────────────────────────────────────────────────────────────

const decode = (s: string) =>
  s.replace(/&(?:#(\d+)|#x([0-9a-f]+)|(amp|lt|gt|quot|apos|#39));/gi, (_, dec: string, hex: string, name: string) =>
    dec ? String.fromCodePoint(Number(dec)) : hex ? String.fromCodePoint(parseInt(hex, 16)) : ({ amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", '#39': "'" } as Record<string, string>)[name.toLowerCase()]!,
  );

function attrsOf(tag: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const m of tag.matchAll(/([\w:.-]+)(?:="([^"]*)")?/g)) if (m.index! > 0) out[m[1]!] = decode(m[2] ?? '');
  return out;
}

interface Head {
  metas: { key: string; content: string }[];
  links: Record<string, string>[];
  jsonLd: string[];
  htmlLang: string;
}

function headOf(html: string): Head {
  const head = html.slice(0, html.indexOf('</head>'));
  const metas = [...head.matchAll(/<meta\b[^>]*>/g)].map((m) => attrsOf(m[0])).flatMap((a) => (a.content !== undefined && (a.name ?? a.property) ? [{ key: (a.name ?? a.property)!, content: a.content }] : []));
  const links = [...head.matchAll(/<link\b[^>]*>/g)].map((m) => attrsOf(m[0]));
  const jsonLd = [...html.matchAll(/<script type="application\/ld\+json">([\s\S]*?)<\/script>/g)].map((m) => m[1]!);
  return { metas, links, jsonLd, htmlLang: /<html[^>]*\slang="([^"]+)"/.exec(html)?.[1] ?? '' };
}

const all = (h: Head, key: string) => h.metas.filter((m) => m.key === key).map((m) => m.content);
function one(h: Head, key: string, where: string): string {
  const values = all(h, key);
  expect(values, `${where}: exactly one ${key}`).toHaveLength(1);
  return values[0]!;
}

/** The text of an HTML fragment, as a browser shows it (tags dropped, entities decoded). */
const textOf = (html: string) => decode(html.replace(/<[^>]*>/g, ''));

// ─── Reading the citation files, with citation-js ───────────────────────────────────────────────

/** The BibTeX entries as citation-js's parser sees them (it throws on what it cannot read). */
const bibEntries = (text: string) => plugins.input.chain(text, { target: '@biblatex/entries+list', generateGraph: false }) as { type: string; label: string; properties: Record<string, string> }[];
/** The CSL items citation-js reads from a BibTeX, RIS or CSL-JSON text. */
const readBack = (text: string) => new Cite(text).data as Record<string, any>[];

// ─── Zotero's Embedded Metadata translator, as rules ────────────────────────────────────────────

interface ZoteroItem {
  itemType: string;
  title: string | undefined;
  creators: { firstName?: string; lastName: string }[];
  date: string | undefined;
  url: string | undefined;
}

/**
 * What Zotero's "Embedded Metadata" translator (zotero/translators, with RDF.js for the type) makes
 * of a page's meta tags. Highwire tags naming a journal, report, conference, book or thesis fix the
 * type; otherwise prefixed tags (DC., og:, …) become RDF statements and RDF.js detectType() ranks:
 * og:type (website → webpage; video, book and music types too) above DC.type (Dataset → dataset) above the
 * default (journalArticle when citation_title is present, else webpage), then the weak guesses
 * (og:type article → journalArticle, DC.type Text → journalArticle). Highwire fields win over DC.
 */
function zoteroItem(metas: { key: string; content: string }[]): ZoteroItem {
  const prefixes = new Set(['dc', 'dcterms', 'og', 'article', 'book', 'music', 'video', 'prism', 'eprints', 'eprint', 'bib', 'bibo', 'z', 'so', 'codemeta']);
  let hwType: string | undefined;
  let hwTypeGuess: string | undefined;
  const rdf = new Map<string, string[]>();
  for (const { key, content } of metas) {
    const prefix = key.split(/[.:_]/)[0]!.toLowerCase();
    if (prefixes.has(prefix)) {
      const prop = key.slice(prefix.length + 1);
      const k = `${prefix}:${prop.charAt(0).toLowerCase()}${prop.slice(1)}`;
      rdf.set(k, [...(rdf.get(k) ?? []), content]);
      continue;
    }
    const short = key.slice(Math.max(0, key.lastIndexOf('citation_')));
    if (short === 'citation_journal_title') hwType = 'journalArticle';
    else if (short === 'citation_technical_report_institution') hwType = 'report';
    else if (short === 'citation_conference_title' || short === 'citation_conference') hwType = 'conferencePaper';
    else if (short === 'citation_book_title' || short === 'citation_inbook_title') hwType = 'bookSection';
    else if (short === 'citation_dissertation_institution') hwType = 'thesis';
    else if (short === 'citation_title' || short === 'citation_series_title') hwTypeGuess ??= 'journalArticle';
    else if (short === 'citation_isbn') hwTypeGuess = 'book';
  }
  const first = (k: string) => rdf.get(k)?.[0];
  const og = first('og:type');
  const t: Record<string, string | undefined> = {};
  if (og && /^video\./.test(og)) t.og = 'videoRecording';
  else if (og === 'book') t.og = 'book';
  else if (og && /^music\.(song|album)$/.test(og)) t.og = 'audioRecording';
  else if (og === 'website') t.og = 'webpage';
  else if (og === 'article') t.ogGuess = 'journalArticle';
  const dcType = first('dc:type') ?? first('dcterms:type');
  if (dcType) {
    const v = dcType.toLowerCase().replace(/\s/g, '');
    const strong: Record<string, string> = { dataset: 'dataset', book: 'book', report: 'report', thesis: 'thesis', patent: 'patent', article: 'journalArticle', journalarticle: 'journalArticle', webpage: 'webpage', homepage: 'webpage', map: 'map' };
    const guess: Record<string, string> = { text: 'journalArticle', image: 'artwork', stillimage: 'artwork', software: 'computerProgram', sound: 'audioRecording', event: 'presentation' };
    if (strong[v]) t.dc = strong[v];
    else if (guess[v]) t.dcGuess = guess[v];
  }
  const defaultUnknownType = hwTypeGuess ?? (rdf.size ? 'webpage' : undefined);
  const itemType = hwType ?? t.og ?? t.dc ?? defaultUnknownType ?? t.ogGuess ?? t.dcGuess ?? 'webpage';
  const hw = (k: string) => metas.find((m) => m.key === k)?.content;
  // ZU.cleanAuthor without a comma: the last word is the family name, the rest the given names.
  const creators = metas
    .filter((m) => m.key === 'citation_author')
    .flatMap((m) => m.content.split(/\s*;\s*/))
    .map((a) => {
      const space = a.lastIndexOf(' ');
      return space < 0 ? { lastName: a } : { firstName: a.slice(0, space), lastName: a.slice(space + 1) };
    });
  return {
    itemType,
    title: hw('citation_title') ?? first('dc:title') ?? first('og:title'),
    creators: creators.length ? creators : (rdf.get('dc:creator') ?? []).map((lastName) => ({ lastName })),
    date: hw('citation_publication_date') ?? hw('citation_date') ?? first('dc:date'),
    url: hw('citation_public_url') ?? first('og:url'),
  };
}

// ─── Setup ──────────────────────────────────────────────────────────────────────────────────────

let pages: Page[];
// For time limits, counted when the file is collected (0 without a build; setup then fails).
const pageCount = pagesIfBuilt().length;
let contentAsOf: string;
let version: string;
const site = useBuiltSite(() => {
  pages = allPages();
  contentAsOf = (JSON.parse(readFileSync(join(generatedDir, 'manifest.json'), 'utf8')) as { contentAsOf: string }).contentAsOf;
  version = (JSON.parse(readFileSync(join(repoRoot, 'package.json'), 'utf8')) as { version: string }).version;
});
const ready = site.ready;

const highwire = (d: string) => d.replace(/-/g, '/');
const SITE_TITLE = { ja: '日本の国際科学技術協力', en: "Japan's International S&T Cooperation" } as const;
const withSources = (p: Page) => p.kind === 'program' || p.kind === 'topic' || p.kind === 'source' || p.kind === 'errata' || p.kind === 'data';

describe('every page’s head', () => {
  it('has the Highwire citation_* and Dublin Core DC.* tags for the page', () => {
    ready();
    expect(pages.length).toBeGreaterThan(40);
    for (const p of pages) {
      const h = headOf(htmlOf(p.path));
      const canonical = h.links.find((l) => l.rel === 'canonical')?.href;
      expect(canonical, `${p.path}: canonical`).toMatch(new RegExp(`${p.path.replace(/[/.]/g, '\\$&')}$`));
      expect(h.htmlLang).toBe(p.lang);
      expect(one(h, 'citation_title', p.path)).toBe(one(h, 'og:title', p.path));
      // The site as corporate author, in the page language: Starlight's own site name.
      expect(one(h, 'citation_author', p.path)).toBe(one(h, 'og:site_name', p.path));
      expect(one(h, 'citation_author', p.path)).toBe(SITE_TITLE[p.lang]);
      expect(one(h, 'citation_publication_date', p.path)).toBe(highwire(contentAsOf));
      expect(one(h, 'citation_public_url', p.path)).toBe(canonical);
      expect(one(h, 'citation_language', p.path)).toBe(p.lang);
      expect(one(h, 'DC.title', p.path)).toBe(one(h, 'citation_title', p.path));
      expect(one(h, 'DC.creator', p.path)).toBe(SITE_TITLE[p.lang]);
      expect(one(h, 'DC.date', p.path)).toBe(contentAsOf);
      expect(one(h, 'DC.type', p.path)).toBe(p.kind === 'data' ? 'Dataset' : 'Text');
      expect(one(h, 'DC.language', p.path)).toBe(p.lang);
      expect(one(h, 'DC.identifier', p.path)).toBe(canonical);
      expect(one(h, 'DC.rights', p.path)).toMatch(/CC BY 4\.0/);
      if (withSources(p)) expect(all(h, 'DC.source').length, `${p.path}: DC.source`).toBeGreaterThan(0);
      expect(h.links.filter((l) => l.rel === 'schema.DC').map((l) => l.href)).toEqual(['http://purl.org/dc/elements/1.1/']);
      expect(h.links.filter((l) => l.rel === 'license').map((l) => l.href)).toEqual(['https://creativecommons.org/licenses/by/4.0/']);
      // og:type as designed (see ogType() in src/lib/citation/head.ts): one, replacing Starlight's.
      expect(one(h, 'og:type', p.path)).toBe(p.kind === 'data' ? 'article' : 'website');
      // Nothing that would make Zotero type the page as an article, report, paper, chapter or thesis.
      expect(h.metas.filter((m) => /^citation_(journal_title|technical_report_institution|conference|book_title|inbook_title|dissertation_institution|isbn)/.test(m.key))).toEqual([]);
    }
  });

  it('has exactly one JSON-LD block, a WebPage based on its documents or, on the Data pages, a Dataset', () => {
    ready();
    for (const p of pages) {
      const h = headOf(htmlOf(p.path));
      expect(h.jsonLd, `${p.path}: JSON-LD blocks`).toHaveLength(1);
      const ld = JSON.parse(h.jsonLd[0]!) as Record<string, any>;
      const canonical = one(h, 'citation_public_url', p.path);
      expect(ld['@context']).toBe('https://schema.org');
      expect(ld.url).toBe(canonical);
      expect(ld.license).toBe('https://creativecommons.org/licenses/by/4.0/');
      expect(ld.inLanguage).toEqual(p.kind === 'data' ? ['ja', 'en'] : p.lang);
      if (p.kind === 'data') {
        expect(ld['@type']).toBe('Dataset');
        expect(ld.name).toContain(one(h, 'citation_title', p.path));
        expect(ld.description?.length, `${p.path}: description`).toBeGreaterThanOrEqual(50);
        expect(ld.creator).toEqual(expect.objectContaining({ '@type': 'Organization', name: SITE_TITLE[p.lang] }));
        expect(ld.temporalCoverage).toMatch(/^\d{4}\/\d{4}$/);
        expect(ld.version).toBe(version);
        const downloads = ld.distribution as { '@type': string; encodingFormat: string; contentUrl: string }[];
        expect(downloads.length).toBeGreaterThanOrEqual(2);
        expect(new Set(downloads.map((d) => d.encodingFormat))).toEqual(new Set(['text/csv', 'application/json', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet']));
        for (const d of downloads) {
          expect(d['@type']).toBe('DataDownload');
          const url = new URL(d.contentUrl);
          expect(url.origin).toBe(new URL(canonical).origin);
          expect(existsSync(join(distDir, url.pathname)), `${p.path}: ${d.contentUrl} is not built`).toBe(true);
          const ext = { 'text/csv': '.csv', 'application/json': '.json', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': '.xlsx' }[d.encodingFormat];
          expect(ext && url.pathname.endsWith(ext), `${d.contentUrl} is ${d.encodingFormat}`).toBe(true);
        }
      } else {
        expect(ld['@type'], p.path).toBe('WebPage');
        expect(ld.name).toBe(one(h, 'citation_title', p.path));
      }
      if (withSources(p)) {
        const based = (ld.isBasedOn ?? []) as { '@type': string; name: string; publisher: { name: string }; datePublished: string }[];
        expect(based.length, `${p.path}: isBasedOn`).toBeGreaterThan(0);
        expect(based.length).toBe(all(h, 'DC.source').length);
        for (const w of based) {
          expect(w['@type']).toBe('CreativeWork');
          expect(w.name).toMatch(/\p{Script=Han}|\p{Script=Katakana}/u);
          expect(w.publisher.name.length).toBeGreaterThan(0);
          expect(w.datePublished).toMatch(/^\d{4}(-\d{2}(-\d{2})?)?$/);
        }
      }
    }
  });
});

describe('the cite block and footer', () => {
  const labels = { ja: 'このページを引用する', en: 'Cite this page' } as const;

  it('shows the reference and BibTeX, RIS and CSL-JSON in the page language, as the served files', async () => {
    ready();
    let files = 0;
    for (const p of pages) {
      const html = htmlOf(p.path);
      const h = headOf(html);
      const block = /<section class="cite-this[^"]*"[\s\S]*?<\/section>/.exec(html)?.[0];
      expect(block, `${p.path}: no cite block`).toBeDefined();
      expect(textOf(/<h2[^>]*>([\s\S]*?)<\/h2>/.exec(block!)![1]!)).toBe(labels[p.lang]);
      const reference = textOf(/<p class="cite-reference[^"]*">([\s\S]*?)<\/p>/.exec(block!)![1]!);
      expect(reference).toContain(one(h, 'citation_title', p.path));
      expect(reference).toContain(one(h, 'citation_public_url', p.path));
      expect(reference).toContain(version);
      // Figures name the documents as their original sources and say how they were made; the Data
      // pages always do, and so does every page whose block names original sources.
      const blockText = textOf(block!);
      const [original, processing] = p.lang === 'ja' ? ['原資料：', 'それぞれ出典の行と照合'] : ['Original sources:', 'Figures extracted from the documents by this site, each checked against the source line it cites.'];
      if (p.kind === 'data') expect(blockText).toContain(original);
      if (blockText.includes(original)) expect(blockText, p.path).toContain(processing);
      if (withSources(p)) expect(block, `${p.path}: sources`).toContain('class="cite-sources');
      const formats = [...block!.matchAll(/<details class="cite-format[^"]*" data-format="([^"]+)"[\s\S]*?<pre[^>]*>([\s\S]*?)<\/pre>[\s\S]*?<a href="([^"]+)" download/g)];
      expect(formats.map((m) => m[1]), p.path).toEqual(['bibtex', 'ris', 'csl-json']);
      for (const [, format, pre, href] of formats) {
        const response = await fetch(site.server.origin + href!);
        expect(response.status, `${href}`).toBe(200);
        const body = await response.text();
        // What the page shows is what the file holds.
        expect(textOf(pre!), `${p.path} ${format}`).toBe(body);
        const title = one(h, 'citation_title', p.path);
        const url = one(h, 'citation_public_url', p.path);
        const [item, ...rest] = readBack(body);
        expect(rest, `${href}`).toEqual([]);
        expect(item, `${href}`).toMatchObject({ type: p.kind === 'data' ? 'dataset' : 'webpage', title, URL: url, issued: { 'date-parts': [contentAsOf.split('-').map(Number)] } });
        expect(item!.author).toHaveLength(1);
        expect(item!.author[0].literal ?? item!.author[0].family).toBe(SITE_TITLE[p.lang]);
        expect(item!.accessed).toBeUndefined();
        if (format === 'bibtex') {
          const [entry] = bibEntries(body);
          expect(entry!.type).toBe(p.kind === 'data' ? 'dataset' : 'online');
          expect(entry!.properties.url).toBe(url);
          expect(entry!.properties.date?.slice(0, 4)).toBe(contentAsOf.slice(0, 4));
          expect(entry!.properties.urldate).toBeUndefined();
        } else if (format === 'ris') {
          const lines = body.replace(/\n$/, '').split('\n');
          expect(lines[0]).toBe(`TY  - ${p.kind === 'data' ? 'DATA' : 'ELEC'}`);
          expect(lines.at(-1)).toBe('ER  - ');
          for (const line of lines) expect(line, `${href}: one tag a line`).toMatch(/^[A-Z][A-Z0-9]  - /);
          expect(lines.filter((l) => l.startsWith('AU  - '))).toEqual([`AU  - ${SITE_TITLE[p.lang]}`]);
        } else {
          expect(JSON.parse(body)).toHaveLength(1);
          expect(typeof item!.id).toBe('string');
        }
        files++;
      }
    }
    expect(files).toBe(pages.length * 3);
  }, 120_000);

  it('ends every page with the version, the content-as-of date and the licence, in the page language', () => {
    ready();
    for (const p of pages) {
      const footer = /<footer class="colophon[^"]*"[\s\S]*?<\/footer>/.exec(htmlOf(p.path))?.[0];
      expect(footer, `${p.path}: no colophon`).toBeDefined();
      const text = textOf(footer!);
      expect(footer).toContain(`datetime="${contentAsOf}"`);
      expect(footer).toContain('href="https://creativecommons.org/licenses/by/4.0/"');
      if (p.lang === 'ja') expect(text).toMatch(new RegExp(`バージョン ${version.replace(/\./g, '\\.')}・\\d{4}年\\d{1,2}月時点の内容[\\s\\S]*CC BY 4\\.0[\\s\\S]*文部科学省`));
      else expect(text).toMatch(new RegExp(`Version ${version.replace(/\./g, '\\.')} · content as of \\w+ \\d{4}[\\s\\S]*CC BY 4\\.0[\\s\\S]*© their issuers \\((?=[^)]*MEXT)(?=[^)]*JST)`));
    }
  });

  it('marks every Japanese run in the cite block and footer of English pages lang="ja"', async () => {
    ready();
    const page = await site.browser.newPage();
    const offenders: string[] = [];
    for (const p of pages.filter((x) => x.lang === 'en' && (x.kind === 'data' || x.kind === 'program' || x.kind === 'home'))) {
      await page.goto(site.server.origin + p.path);
      await page.evaluate(() => document.querySelectorAll('details.cite-format').forEach((d) => ((d as HTMLDetailsElement).open = true)));
      offenders.push(
        ...(await page.evaluate(() => {
          const japanese = /[\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Han}]/u;
          const out: string[] = [];
          for (const root of document.querySelectorAll('.cite-this, .colophon')) {
            const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
            for (let n = walker.nextNode(); n; n = walker.nextNode()) {
              if (japanese.test(n.textContent ?? '') && n.parentElement?.closest('[lang]')?.getAttribute('lang') !== 'ja') out.push(`${location.pathname}: ${(n.textContent ?? '').trim().slice(0, 30)}`);
            }
          }
          return out;
        })),
      );
    }
    await page.close();
    expect(offenders).toEqual([]);
  }, limitFor(pageCount / 2));

  it('copies a citation with the keyboard, and without JavaScript leaves the text to select', async () => {
    ready();
    const context = await site.browser.newContext();
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: site.server.origin });
    const page = await context.newPage();
    const problems: string[] = [];
    page.on('pageerror', (e) => problems.push(e.message));
    await page.goto(`${site.server.origin}/en/programs/sicorp/`);
    const summary = page.locator('details[data-format="bibtex"] summary');
    await summary.focus();
    await page.keyboard.press('Enter');
    expect(await page.locator('details[data-format="bibtex"]').evaluate((d) => (d as HTMLDetailsElement).open)).toBe(true);
    const button = page.locator('details[data-format="bibtex"] cite-copy button');
    expect(await button.isVisible()).toBe(true);
    await button.focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => page.locator('details[data-format="bibtex"] .cite-status').textContent()).toBe('Copied');
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    expect(copied).toBe(await page.locator('#cite-bibtex').textContent());
    expect(copied.startsWith('@online{')).toBe(true);
    await context.close();

    const noJs = await site.browser.newContext({ javaScriptEnabled: false });
    const plain = await noJs.newPage();
    await plain.goto(`${site.server.origin}/programs/sicorp/`);
    await plain.locator('details[data-format="ris"] summary').click();
    expect(await plain.locator('details[data-format="ris"] cite-copy').isVisible()).toBe(false);
    expect(await plain.locator('#cite-ris').isVisible()).toBe(true);
    expect(await plain.locator('#cite-ris').evaluate((el) => getComputedStyle(el).userSelect)).not.toBe('none');
    await noJs.close();
    expect(problems).toEqual([]);
  });
});

describe('Zotero, from the meta tags alone', () => {
  async function metasOf(path: string) {
    const page = await site.browser.newPage();
    await page.goto(site.server.origin + path);
    const metas = await page.evaluate(() =>
      [...document.head.querySelectorAll('meta')].flatMap((m) => {
        const key = m.getAttribute('name') ?? m.getAttribute('property');
        const content = m.getAttribute('content');
        return key && content ? [{ key, content }] : [];
      }),
    );
    const h1 = (await page.locator('h1').first().textContent())?.trim();
    const canonical = await page.locator('link[rel="canonical"]').getAttribute('href');
    await page.close();
    return { metas, h1, canonical };
  }

  it('saves a program page as a web page with its title, the site as author, the content date and URL', async () => {
    ready();
    for (const path of ['/en/programs/sicorp/', '/programs/sicorp/']) {
      const { metas, h1, canonical } = await metasOf(path);
      const item = zoteroItem(metas);
      expect(item.itemType, path).toBe('webpage');
      expect(item.title).toBe(h1);
      expect(item.date).toBe(highwire(contentAsOf));
      expect(item.url).toBe(canonical);
      // Highwire has no corporate-author form: Zotero splits the English name at its last space
      // (an editor can switch the creator to one field); the Japanese one has no space to split.
      const lang = path.startsWith('/en/') ? 'en' : 'ja';
      expect(item.creators.map((c) => [c.firstName, c.lastName].filter(Boolean).join(' '))).toEqual([SITE_TITLE[lang]]);
      if (lang === 'en') expect(item.creators[0]).toEqual({ firstName: "Japan's International S&T", lastName: 'Cooperation' });
    }
    // The same tags with Starlight's og:type "article" would have been a journal article.
    const { metas } = await metasOf('/en/programs/sicorp/');
    expect(zoteroItem(metas.map((m) => (m.key === 'og:type' ? { ...m, content: 'article' } : m))).itemType).toBe('journalArticle');
  });

  it('saves the Data page as a dataset', async () => {
    ready();
    for (const path of ['/en/data/', '/data/']) {
      const { metas, h1, canonical } = await metasOf(path);
      const item = zoteroItem(metas);
      expect(item.itemType, path).toBe('dataset');
      expect(item.title).toBe(h1);
      expect(item.date).toBe(highwire(contentAsOf));
      expect(item.url).toBe(canonical);
    }
    // og:type "website" there would have made it a web page: og:type outranks DC.type.
    const { metas } = await metasOf('/en/data/');
    expect(zoteroItem(metas.map((m) => (m.key === 'og:type' ? { ...m, content: 'website' } : m))).itemType).toBe('webpage');
  });
});

function htmlOf(path: string): string {
  return readFileSync(join(distDir, path, 'index.html'), 'utf8');
}
