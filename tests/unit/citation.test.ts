// Citations (src/lib/citation/): BibTeX, RIS and CSL-JSON that citation-js reads back to the same
// item, with what reference managers need; the formatted reference; head metadata and JSON-LD; and
// the repository's CITATION.cff and datapackage.json, which must be what `npm run data` writes.
import { existsSync, readFileSync } from 'node:fs';
import { Cite, plugins } from '@citation-js/core';
import '@citation-js/plugin-bibtex';
import '@citation-js/plugin-ris';
import { describe, expect, it, vi } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { citationFiles } from '../../scripts/citation-files.ts';
import { runPipeline } from '../../scripts/pipeline/run.ts';
import { resolveSiteUrl } from '../../src/lib/site-url.ts';
import { formatDate } from '../../src/core/format.ts';
import { yearSpan } from '../../src/lib/citation/context.ts';
import { CITE_FORMATS, latexEscape, toBibTeX, toCSLJSON, toRIS } from '../../src/lib/citation/formats.ts';
import { headTags, highwireDate, jsonLd, ogType, scriptJson } from '../../src/lib/citation/head.ts';
import { citationOf, citationOfWork, DEFAULT_SITE_URL, siteTitle, type CitablePage, type CitationContext, type SourceDocument } from '../../src/lib/citation/model.ts';
import { formattedReference, licenceStatement, templateParts } from '../../src/lib/citation/reference.ts';
import { translator } from '../../src/core/i18n.ts';
import { citablePages } from '../../src/lib/citation/starlight.ts';
import { citeHref } from '../../src/core/urls.ts';

const SITE_TITLE = { ja: siteTitle('ja'), en: siteTitle('en') };

// ─── Fixtures ───────────────────────────────────────────────────────────────────────────────────

const sources: SourceDocument[] = [
  {
    id: '000',
    file: '000_a.txt',
    titleJa: '国内の競争的資金における国際取組の推進',
    titleEn: 'Promoting international activities {slides} & 100% of #programs_x',
    issuer: { ja: '科学技術振興機構（JST）（内容からの推定）', en: 'Japan Science and Technology Agency (JST) (inferred from the content)' },
    kind: { ja: '説明資料（スライド）', en: 'Briefing slides' },
    date: '2019-03',
  },
  {
    id: '001',
    file: '001_b.txt',
    titleJa: '科学技術イノベーションの戦略的国際展開',
    titleEn: 'Strategic international deployment',
    issuer: { ja: '文部科学省', en: 'Ministry of Education, Culture, Sports, Science and Technology (MEXT)' },
    kind: { ja: '予算案の説明資料（スライド）', en: 'Budget request slides' },
    date: '2020',
  },
];
const ctx: CitationContext = {
  version: '0.1.0',
  contentAsOf: '2023-06',
  sources,
  datasets: [{ name: 'budgets', title: { ja: '予算額', en: 'Budgets' }, files: { json: '/data/budgets.json', csv: '/data/budgets.csv' } }],
  temporalCoverage: '2005/2033',
};
const site = 'https://example.org';
const program: CitablePage = { slug: 'en/programs/sicorp', lang: 'en', title: 'SICORP: R&D {cooperation} at 50%', kind: 'program', sources: ['000', '001'], datasets: ['budgets'] };
const programJa: CitablePage = { slug: 'programs/sicorp', lang: 'ja', title: '戦略的国際共同研究プログラム（SICORP）', kind: 'program', sources: ['001'], datasets: [] };
const data: CitablePage = { slug: 'data', lang: 'ja', title: 'データセット', description: 'データ', kind: 'data', sources: ['000', '001'], datasets: ['budgets'] };
const home: CitablePage = { slug: 'en', lang: 'en', title: SITE_TITLE.en, kind: 'home' };
const pages = [program, programJa, data, home];

// ─── Reading the formats back with citation-js ──────────────────────────────────────────────────

/** The CSL items citation-js reads from a BibTeX, RIS or CSL-JSON text (it throws on what it cannot read). */
const readBack = (text: string) => new Cite(text).data as Record<string, any>[];
/** The BibTeX entry's type and fields as citation-js's parser sees them. */
const bibEntries = (text: string) => plugins.input.chain(text, { target: '@biblatex/entries+list', generateGraph: false }) as { type: string; label: string; properties: Record<string, string> }[];

describe('BibTeX', () => {
  it('reads back for every kind of page, with type, key and the required fields', () => {
    for (const page of pages) {
      const c = citationOf(ctx, site, page);
      const text = toBibTeX(c);
      const entries = bibEntries(text);
      expect(entries).toHaveLength(1);
      const [e] = entries;
      // biblatex's types, as citation-js writes them: @online for a web page, @dataset for the Data page.
      expect(e!.type).toBe(page.kind === 'data' ? 'dataset' : 'online');
      // The key is the item's id, as BibTeX keys go (citation-js drops the hyphens).
      expect(e!.label).toBe(c.item.id.replace(/-/g, ''));
      for (const f of ['author', 'title', 'url', 'date']) expect(e!.properties[f], `${page.slug}: ${f}`).toBeDefined();
      // Reproducible: no access date, which would change with every build.
      expect(e!.properties.urldate).toBeUndefined();
      expect(e!.properties.date).toBe('2023-06');
      expect(e!.properties.url).toBe(c.item.URL);
      expect(e!.properties.version).toBe('0.1.0');
      expect(e!.properties.language).toBe(page.lang);
      // The corporate author is one name: double braces.
      expect(e!.properties.author).toBe(`{${latexEscape(SITE_TITLE[page.lang])}}`);
      // No TeX special character is left unescaped outside the URL.
      for (const [name, value] of Object.entries(e!.properties)) if (name !== 'url') expect(value, `${page.slug}: ${name}`).not.toMatch(/(?<!\\)[&%#_$]/);
      // Read back as CSL, it is the same work.
      const [item] = readBack(text);
      expect(item).toMatchObject({ type: page.kind === 'data' ? 'dataset' : 'webpage', title: page.title, URL: c.item.URL, version: '0.1.0', language: page.lang, issued: { 'date-parts': [[2023, 6]] } });
      expect(item!.author).toEqual([{ family: SITE_TITLE[page.lang] }]);
    }
  });

  it('keeps keys distinct across pages and languages', () => {
    const keys = pages.map((p) => bibEntries(toBibTeX(citationOf(ctx, site, p)))[0]!.label);
    expect(new Set(keys).size).toBe(keys.length);
    expect(citationOf(ctx, site, { ...home, slug: '', lang: 'ja' }).item.id).not.toBe(citationOf(ctx, site, home).item.id);
  });

  it('escapes TeX specials so the title reads back as written, and keeps Japanese', () => {
    const title = 'a & b {c} 50% #1 x_y $ ~ ^ \\ 戦略的';
    const text = toBibTeX(citationOf(ctx, site, { ...program, title }));
    expect(readBack(text)[0]!.title).toBe(title);
    expect(() => bibEntries('@misc{k, title = {a {b}, year = 2023}')).toThrow();
  });

  it('names the source documents and how the figures were made, in the note', () => {
    const note = readBack(toBibTeX(citationOf(ctx, site, program)))[0]!.note as string;
    expect(note).toContain('Content as of June 2023');
    expect(note).toContain('Original sources: Japan Science and Technology Agency (JST) (inferred from the content), 国内の競争的資金における国際取組の推進 [Promoting');
    expect(note).toContain('科学技術イノベーションの戦略的国際展開 [Strategic international deployment], 2020');
    expect(note).toContain('Figures extracted from the documents by this site, each checked against the source line it cites.');
    // A page without figures names its sources but claims no extraction.
    const ja = readBack(toBibTeX(citationOf(ctx, site, programJa)))[0]!.note as string;
    expect(ja).toContain('出典資料：文部科学省「科学技術イノベーションの戦略的国際展開」');
    expect(ja).not.toContain('資料から抽出');
  });
});

describe('RIS', () => {
  it('starts with TY, ends with ER, one tag per line, and reads back with the required fields', () => {
    for (const page of pages) {
      const c = citationOf(ctx, site, page);
      const text = toRIS(c);
      const lines = text.replace(/\n$/, '').split('\n');
      expect(lines[0]).toBe(`TY  - ${page.kind === 'data' ? 'DATA' : 'ELEC'}`);
      expect(lines.at(-1)).toBe('ER  - ');
      // One tag a line: no value is wrapped onto a continuation line.
      for (const line of lines) expect(line).toMatch(/^[A-Z][A-Z0-9]  - /);
      const tags = new Map(lines.map((l) => [l.slice(0, 2), l.slice(6)]));
      // No comma: RIS readers take the author as one corporate name.
      expect(tags.get('AU')).toBe(SITE_TITLE[page.lang]);
      expect(tags.get('ET')).toBe('0.1.0');
      // The site as the web page's container (Zotero's website title); none for the Data page.
      expect(tags.get('T2')).toBe(page.kind === 'data' ? undefined : SITE_TITLE[page.lang]);
      expect(tags.has('Y2')).toBe(false); // no access date
      // No ID: citation-js cuts it to 20 characters, which pages would share.
      expect(tags.has('ID')).toBe(false);
      expect(lines.filter((l) => l.startsWith('TY  -') || l.startsWith('ER  -'))).toHaveLength(2);
      const [item, ...rest] = readBack(text);
      expect(rest).toEqual([]);
      expect(item).toMatchObject({ type: page.kind === 'data' ? 'dataset' : 'webpage', title: page.title, URL: c.item.URL, language: page.lang, issued: { 'date-parts': [[2023, 6]] }, note: c.item.note });
      // One corporate name, never split into given and family names.
      expect(item!.author).toHaveLength(1);
      expect(item!.author[0].given).toBeUndefined();
      expect(item!.author[0].literal ?? item!.author[0].family).toBe(SITE_TITLE[page.lang]);
      if (page.kind === 'data') expect(item!.version).toBe('0.1.0');
    }
  });
});

describe('CSL-JSON', () => {
  it('is an array of one item with id, type, title, author, issued and URL, as citation-js reads it', () => {
    for (const page of pages) {
      const c = citationOf(ctx, site, page);
      const text = toCSLJSON(c);
      const items = JSON.parse(text) as Record<string, unknown>[];
      expect(items).toHaveLength(1);
      const item = items[0]!;
      expect(item.id).toBe(c.item.id);
      expect(item.type).toBe(page.kind === 'data' ? 'dataset' : 'webpage');
      expect(item.title).toBe(page.title);
      expect(item.author).toEqual([{ literal: SITE_TITLE[page.lang] }]);
      expect(item.issued).toEqual({ 'date-parts': [[2023, 6]] });
      expect(item.URL).toBe(c.item.URL);
      expect(item.version).toBe('0.1.0');
      expect(item).not.toHaveProperty('accessed');
      expect(readBack(text)[0]).toMatchObject(c.item);
    }
  });

  it('serves each format under its extension', () => {
    expect(CITE_FORMATS.map((f) => [f.id, f.ext])).toEqual([['bibtex', 'bib'], ['ris', 'ris'], ['csl-json', 'json']]);
  });
});

describe('the formatted reference', () => {
  it('gives author, title, version, content-as-of date and URL in the page language', () => {
    expect(formattedReference(citationOf(ctx, site, programJa))).toBe(
      '日本の国際科学技術協力「戦略的国際共同研究プログラム（SICORP）」バージョン 0.1.0、2023年6月時点の内容。https://example.org/programs/sicorp/ 出典資料：文部科学省「科学技術イノベーションの戦略的国際展開」（英訳：Strategic international deployment）、2020年。',
    );
    expect(formattedReference(citationOf(ctx, site, home))).toBe("Japan's International S&T Cooperation. “Japan's International S&T Cooperation.” Version 0.1.0, content as of June 2023. https://example.org/en/");
  });

  it('does not depend on the day it is built', () => {
    const all = () => pages.flatMap((p) => { const c = citationOf(ctx, site, p); return [toBibTeX(c), toRIS(c), toCSLJSON(c), formattedReference(c), JSON.stringify(jsonLd(c, ctx)), JSON.stringify(headTags(c))]; });
    const today = all();
    vi.useFakeTimers({ now: new Date('2031-12-24T23:00:00Z') });
    try {
      expect(all()).toEqual(today);
    } finally {
      vi.useRealTimers();
    }
  });

  it('formats dates at their precision', () => {
    expect([formatDate('2023-04-27', 'ja'), formatDate('2023-04-27', 'en'), formatDate('2020', 'en'), formatDate('2021/2022', 'en')]).toEqual(['2023年4月27日', '27 April 2023', '2020', '2021/2022']);
    expect([highwireDate('2023-06'), highwireDate('2023-04-27'), highwireDate('2020')]).toEqual(['2023/06', '2023/04/27', '2020']);
  });
});

describe('words and other works', () => {
  it('splits a dictionary entry around its slots (for elements inside a sentence)', () => {
    expect(templateParts(translator('ja'), 'cite.colophon', { version: '0.1.0' }, ['date'])).toEqual(['バージョン 0.1.0・', { slot: 'date' }, '時点の内容']);
    expect(templateParts(translator('en'), 'cite.colophon', { version: '0.1.0' }, ['date'])).toEqual(['Version 0.1.0 · content as of ', { slot: 'date' }]);
  });

  it('states the licence in both languages, naming the issuers once each', () => {
    expect(licenceStatement(sources, 'ja')).toBe('本サイトの文章とデータは CC BY 4.0 で提供しています。引用している政府資料の権利は、発行元の科学技術振興機構（JST）・文部科学省に帰属します。');
    expect(licenceStatement([...sources, sources[0]!], 'en')).toBe('Our text and data are licensed under CC BY 4.0. The quoted government documents remain © their issuers (JST, MEXT).');
  });

  it('cites a work other than a page (a figure) from the same model', () => {
    const c = citationOfWork(ctx, site, { key: 'jpsti2023-fig-budgets', lang: 'en', type: 'figure', title: 'SICORP budget by fiscal year', url: 'https://example.org/en/programs/sicorp/#fig-budgets', sourceIds: ['001'], figures: true, inSite: true, files: { bib: '/cite/fig.bib', ris: '/cite/fig.ris', json: '/cite/fig.json' } });
    expect(readBack(toCSLJSON(c))[0]).toMatchObject({ type: 'figure', title: 'SICORP budget by fiscal year', URL: 'https://example.org/en/programs/sicorp/#fig-budgets' });
    expect(c.item.note).toContain('Original sources: Ministry of Education, Culture, Sports, Science and Technology (MEXT), 科学技術イノベーションの戦略的国際展開');
    expect(readBack(toBibTeX(c))[0]!.title).toBe('SICORP budget by fiscal year');
  });
});

describe('routes and files', () => {
  it('puts every page’s citation files at a stable path', () => {
    expect([citeHref('', 'bib'), citeHref('en', 'ris'), citeHref('data', 'json'), citeHref('en/programs/sicorp', 'bib')]).toEqual(['/cite/index.bib', '/cite/en/index.ris', '/cite/data.json', '/cite/en/programs/sicorp.bib']);
    expect(citationOf(ctx, site, program).files).toEqual({ bib: '/cite/en/programs/sicorp.bib', ris: '/cite/en/programs/sicorp.ris', json: '/cite/en/programs/sicorp.json' });
  });

  it('lists the pages Starlight builds, with a fallback for an untranslated Japanese page', () => {
    const entry = (id: string, title: string) => ({ id, data: { title } });
    const listed = citablePages([entry('index', 'ホーム'), entry('en', 'Home'), entry('data', 'データ'), entry('en/data', 'Data'), entry('only-ja', '日本語のみ')]);
    expect(listed.map((p) => [p.slug, p.lang, p.title])).toEqual([
      ['', 'ja', 'ホーム'],
      ['data', 'ja', 'データ'],
      ['en', 'en', 'Home'],
      ['en/data', 'en', 'Data'],
      ['en/only-ja', 'en', '日本語のみ'],
      ['only-ja', 'ja', '日本語のみ'],
    ]);
  });

  it('refuses a page citing an unknown source document', () => {
    expect(() => citationOf(ctx, site, { ...program, sources: ['009'] })).toThrow(/009/);
  });
});

describe('head metadata', () => {
  const names = (page: CitablePage) => headTags(citationOf(ctx, site, page)).flatMap((h) => (h.tag === 'meta' ? [[h.attrs.name, h.attrs.content] as const] : []));

  it('has the Highwire and Dublin Core tags, one DC.source per document', () => {
    const tags = names(program);
    const get = (n: string) => tags.filter(([k]) => k === n).map(([, v]) => v);
    for (const n of ['citation_title', 'citation_author', 'citation_publication_date', 'citation_public_url', 'citation_language', 'DC.title', 'DC.creator', 'DC.date', 'DC.type', 'DC.language', 'DC.identifier', 'DC.rights']) {
      expect(get(n), n).toHaveLength(1);
    }
    expect(get('DC.source')).toHaveLength(2);
    expect(get('citation_publication_date')).toEqual(['2023/06']);
    expect(get('DC.date')).toEqual(['2023-06']);
    expect(get('DC.type')).toEqual(['Text']);
    expect(get('DC.rights')[0]).toMatch(/CC BY 4\.0.*\(JST, MEXT\)/);
    // Tags that would make Zotero take a page for an article, report or thesis are never written.
    expect(tags.map(([k]) => k)).not.toEqual(expect.arrayContaining(['citation_journal_title']));
    for (const [k] of tags) expect(k).not.toMatch(/^citation_(journal_title|technical_report_institution|conference|book_title|dissertation_institution|isbn)/);
  });

  it('types the Data page as a dataset and the others as web pages', () => {
    expect(names(data).find(([k]) => k === 'DC.type')?.[1]).toBe('Dataset');
    expect(ogType(citationOf(ctx, site, data))).toBe('article');
    expect(ogType(citationOf(ctx, site, program))).toBe('website');
  });

  it('describes a page as a WebPage based on its documents, and the Data page as a Dataset with downloads', () => {
    const page = jsonLd(citationOf(ctx, site, program), ctx);
    expect(page['@type']).toBe('WebPage');
    expect(page.isBasedOn).toEqual([
      expect.objectContaining({ '@type': 'CreativeWork', name: '国内の競争的資金における国際取組の推進', publisher: { '@type': 'Organization', name: 'Japan Science and Technology Agency (JST)' }, datePublished: '2019-03', description: 'Issuer inferred from the content' }),
      expect.objectContaining({ '@type': 'CreativeWork', name: '科学技術イノベーションの戦略的国際展開', datePublished: '2020' }),
    ]);
    const dataset = jsonLd(citationOf(ctx, site, data), ctx);
    expect(dataset).toMatchObject({ '@type': 'Dataset', license: 'https://creativecommons.org/licenses/by/4.0/', temporalCoverage: '2005/2033', creator: { '@type': 'Organization', name: SITE_TITLE.ja } });
    expect(dataset.distribution).toEqual([
      { '@type': 'DataDownload', name: '予算額 (CSV)', encodingFormat: 'text/csv', contentUrl: 'https://example.org/data/budgets.csv' },
      { '@type': 'DataDownload', name: '予算額 (JSON)', encodingFormat: 'application/json', contentUrl: 'https://example.org/data/budgets.json' },
    ]);
    expect(scriptJson({ a: '</script><b>' })).toBe('{"a":"\\u003c/script>\\u003cb>"}');
  });

  it('spans the years named in dates and periods', () => {
    expect(yearSpan([2018, '2005-2007', '2023-04-27', null, '2033'])).toBe('2005/2033');
    expect(yearSpan(['2020'])).toBe('2020');
  });
});

// ─── The repository's CITATION.cff and datapackage.json ─────────────────────────────────────────

const astroConfig = readFileSync('astro.config.mjs', 'utf8');
const pkg = JSON.parse(readFileSync('package.json', 'utf8')) as { name: string; version: string };
// As scripts/build-data.ts runs it, so the descriptor is the one the build publishes.
const pipeline = runPipeline('seeds', { name: pkg.name, title: "Japan's international science and technology cooperation programs: data", version: pkg.version });
const descriptor = JSON.parse(pipeline.files.get('data/datapackage.json')!) as {
  name: string;
  resources: { name: string; path: string; schema: { fields: { name: string; type: string }[] } }[];
  sources: { path: string }[];
};

const files = citationFiles(pipeline, pkg.version);
const stale = 'is out of date: run `npm run data`, which rewrites it, and commit it';

describe('the site constants', () => {
  it('agree with astro.config.mjs', () => {
    expect(resolveSiteUrl(undefined).url).toBe(`${DEFAULT_SITE_URL}/`);
    expect(astroConfig).toContain('resolveSiteUrl()');
  });
});

describe('CITATION.cff', () => {
  it('is what npm run data writes from the pipeline and package.json now', () => {
    expect(readFileSync('CITATION.cff', 'utf8'), `CITATION.cff ${stale}`).toBe(files.get('CITATION.cff'));
  });

  it('has the keys CFF 1.2.0 requires, and ours', () => {
    const cff = parseYaml(readFileSync('CITATION.cff', 'utf8')) as Record<string, any>;
    for (const key of ['cff-version', 'message', 'title', 'authors', 'version', 'date-released', 'license', 'url', 'type']) expect(cff[key], key).toBeDefined();
    expect(cff['cff-version']).toBe('1.2.0');
    expect(cff.license).toBe('CC-BY-4.0');
    expect(cff.version).toBe(pkg.version);
    expect(cff['date-released']).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(cff['date-released'].startsWith(pipeline.manifest.contentAsOf)).toBe(true);
    expect(cff.authors).toEqual([{ name: "Japan's International S&T Cooperation" }]);
    expect(cff).not.toHaveProperty('repository-code');
    // Every source document is a reference.
    expect(cff.references.map((r: { title: string }) => r.title)).toEqual(pipeline.datasets.seeds.map((s) => s.titleJa));
  });
});

describe('datapackage.json', () => {
  it('is the pipeline’s descriptor with the published URLs as paths, as npm run data writes it', () => {
    expect(readFileSync('datapackage.json', 'utf8'), `datapackage.json ${stale}`).toBe(files.get('datapackage.json'));
  });

  type Descriptor = typeof descriptor;
  const shape = (d: Descriptor) => d.resources.map((r) => ({ name: r.name, fields: r.schema.fields.map((f) => `${f.name}:${f.type}`) }));
  const readRoot = () => JSON.parse(readFileSync('datapackage.json', 'utf8')) as Descriptor;

  it('has the pipeline’s resources and fields, each file at <site>/data/', () => {
    const root = readRoot();
    expect(shape(root)).toEqual(shape(descriptor));
    for (const r of root.resources) expect(r.path).toBe(`${DEFAULT_SITE_URL}/data/${r.name.endsWith('-xlsx') ? `${r.name.slice(0, -'-xlsx'.length)}.xlsx` : `${r.name}.csv`}`);
    for (const s of root.sources) expect(s.path).toMatch(new RegExp(`^${DEFAULT_SITE_URL.replace(/\./g, '\\.')}/data/seeds/\\d{3}_[0-9a-f]+\\.txt$`));
  });

  it.skipIf(!existsSync('generated/data/datapackage.json'))('agrees with generated/data/datapackage.json (resources and fields)', () => {
    const generated = JSON.parse(readFileSync('generated/data/datapackage.json', 'utf8')) as Descriptor;
    expect(shape(readRoot())).toEqual(shape(generated));
  });
});
