// Citations (src/lib/citation.ts): BibTeX that a strict parser accepts, RIS and CSL-JSON with what
// reference managers need, head metadata and JSON-LD, and the repository's CITATION.cff and
// datapackage.json, which must agree with the pipeline (regenerate both with
// `npx vitest run tests/unit/citation.test.ts --update`).
import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it, vi } from 'vitest';
import { runPipeline } from '../../scripts/pipeline/run.ts';
import { resolveSiteUrl } from '../../src/lib/site-url.ts';
import {
  bibEscape,
  citablePages,
  citationCff,
  citationOf,
  citeBase,
  DEFAULT_SITE_URL,
  formatDate,
  formattedReference,
  headTags,
  highwireDate,
  jsonLd,
  ogType,
  publishedDataPackage,
  scriptJson,
  SITE_TITLE,
  toBibTeX,
  toCSLJSON,
  toRIS,
  yearSpan,
  type CitablePage,
  type CitationContext,
  type SourceDocument,
} from '../../src/lib/citation.ts';

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

// ─── A strict BibTeX reader ─────────────────────────────────────────────────────────────────────

interface BibEntry {
  type: string;
  key: string;
  fields: Map<string, { raw: string; braced: boolean }>;
}

/**
 * Reads BibTeX as BibTeX does: @type{key, name = value, …}; a value is {…} with balanced braces
 * (every brace counts, escaped or not), "…", a number or a macro name. Anything else throws.
 */
function parseBibTeX(text: string): BibEntry[] {
  let i = 0;
  const ws = () => {
    while (i < text.length && /\s/.test(text[i]!)) i++;
  };
  const expect_ = (ch: string) => {
    ws();
    if (text[i] !== ch) throw new Error(`expected "${ch}" at ${i}: ${JSON.stringify(text.slice(i, i + 20))}`);
    i++;
  };
  const ident = (re: RegExp, what: string) => {
    ws();
    const m = re.exec(text.slice(i));
    if (!m || m.index !== 0) throw new Error(`expected ${what} at ${i}: ${JSON.stringify(text.slice(i, i + 20))}`);
    i += m[0].length;
    return m[0];
  };
  const braced = () => {
    const start = i;
    let depth = 0;
    do {
      if (i >= text.length) throw new Error(`unbalanced braces from ${start}`);
      if (text[i] === '{') depth++;
      else if (text[i] === '}') depth--;
      i++;
    } while (depth > 0);
    return text.slice(start + 1, i - 1);
  };
  const entries: BibEntry[] = [];
  ws();
  while (i < text.length) {
    expect_('@');
    const type = ident(/^[A-Za-z]+/, 'an entry type').toLowerCase();
    expect_('{');
    const key = ident(/^[A-Za-z0-9_:.\-]+/, 'a key');
    const fields = new Map<string, { raw: string; braced: boolean }>();
    for (;;) {
      ws();
      if (text[i] === '}') break;
      expect_(',');
      ws();
      if (text[i] === '}') break;
      const name = ident(/^[A-Za-z][A-Za-z0-9_-]*/, 'a field name').toLowerCase();
      expect_('=');
      ws();
      let value: { raw: string; braced: boolean };
      if (text[i] === '{') value = { raw: braced(), braced: true };
      else if (text[i] === '"') {
        const end = text.indexOf('"', i + 1);
        if (end < 0) throw new Error('unterminated quoted value');
        value = { raw: text.slice(i + 1, end), braced: false };
        i = end + 1;
      } else value = { raw: ident(/^[A-Za-z0-9]+/, 'a number or macro'), braced: false };
      if (fields.has(name)) throw new Error(`field ${name} twice in ${key}`);
      fields.set(name, value);
    }
    expect_('}');
    entries.push({ type, key, fields });
    ws();
  }
  return entries;
}

/** BibTeX field text back to plain text (the escapes bibEscape makes). */
const unescapeBib = (s: string) =>
  s
    .replace(/\\textbackslash\{\}/g, '\\')
    .replace(/\\textbraceleft\{\}/g, '{')
    .replace(/\\textbraceright\{\}/g, '}')
    .replace(/\\textasciitilde\{\}/g, '~')
    .replace(/\\textasciicircum\{\}/g, '^')
    .replace(/\\([&%$#_])/g, '$1');

const unbrace = (s: string) => (s.startsWith('{') && s.endsWith('}') ? s.slice(1, -1) : s);

describe('BibTeX', () => {
  it('parses strictly for every kind of page, with type, key and the required fields', () => {
    for (const page of pages) {
      const c = citationOf(ctx, site, page);
      const entries = parseBibTeX(toBibTeX(c));
      expect(entries).toHaveLength(1);
      const [e] = entries;
      expect(e!.type).toBe(page.kind === 'data' ? 'dataset' : 'misc');
      expect(e!.key).toBe(c.key);
      for (const f of ['author', 'title', 'url', 'year']) expect(e!.fields.has(f), `${page.slug}: ${f}`).toBe(true);
      // Reproducible: no access date, which would change with every build.
      expect(e!.fields.has('urldate')).toBe(false);
      expect(e!.fields.get('year')!.raw).toBe('2023');
      expect(e!.fields.get('month')!.raw).toBe('jun');
      expect(e!.fields.get('url')!.raw).toBe(c.url);
      expect(e!.fields.get('version')!.raw).toBe('0.1.0');
      // The corporate author is one name: double braces.
      expect(e!.fields.get('author')!.raw).toBe(`{${bibEscape(SITE_TITLE[page.lang])}}`);
      expect(unescapeBib(unbrace(e!.fields.get('title')!.raw))).toBe(page.title);
      // No TeX special character is left unescaped outside the URL.
      for (const [name, value] of e!.fields) if (name !== 'url') expect(value.raw, `${page.slug}: ${name}`).not.toMatch(/(?<!\\)[&%#_$]/);
    }
  });

  it('keeps keys distinct across pages and languages', () => {
    const keys = pages.map((p) => citationOf(ctx, site, p).key);
    expect(new Set(keys).size).toBe(keys.length);
    expect(citationOf(ctx, site, { ...home, slug: '', lang: 'ja' }).key).not.toBe(citationOf(ctx, site, home).key);
  });

  it('escapes TeX specials so the title reads back as written, and the reader rejects broken entries', () => {
    const title = 'a & b {c} 50% #1 x_y $ ~ ^ \\';
    const e = parseBibTeX(toBibTeX(citationOf(ctx, site, { ...program, title })))[0]!;
    expect(unescapeBib(unbrace(e.fields.get('title')!.raw))).toBe(title);
    expect(() => parseBibTeX('@misc{k, title = {a {b}, year = 2023}')).toThrow();
    expect(() => parseBibTeX('@misc{k title = {a}}')).toThrow();
    expect(() => parseBibTeX('@misc{k, title = {a}, title = {b}}')).toThrow();
  });

  it('names the source documents and how the figures were made, in the note', () => {
    const note = parseBibTeX(toBibTeX(citationOf(ctx, site, program)))[0]!.fields.get('note')!.raw;
    const text = unescapeBib(note);
    expect(text).toContain('Content as of June 2023');
    expect(text).toContain('Original sources: Japan Science and Technology Agency (JST) (inferred from the content), 国内の競争的資金における国際取組の推進 [Promoting');
    expect(text).toContain('科学技術イノベーションの戦略的国際展開 [Strategic international deployment], 2020');
    expect(text).toContain("Figures extracted from the documents by this site's pipeline; each row cites its line.");
    // A page without figures names its sources but claims no extraction.
    const ja = unescapeBib(parseBibTeX(toBibTeX(citationOf(ctx, site, programJa)))[0]!.fields.get('note')!.raw);
    expect(ja).toContain('出典資料：文部科学省「科学技術イノベーションの戦略的国際展開」');
    expect(ja).not.toContain('パイプライン');
  });
});

describe('RIS', () => {
  it('starts with TY, ends with ER, one tag per line, with the required tags', () => {
    for (const page of pages) {
      const c = citationOf(ctx, site, page);
      const lines = toRIS(c).replace(/\n$/, '').split('\n');
      expect(lines[0]).toBe(`TY  - ${page.kind === 'data' ? 'DATA' : 'ELEC'}`);
      expect(lines.at(-1)).toBe('ER  - ');
      for (const line of lines) expect(line).toMatch(/^[A-Z][A-Z0-9]  - /);
      const tags = new Map(lines.map((l) => [l.slice(0, 2), l.slice(6)]));
      expect(tags.get('TI')).toBe(page.title);
      // No comma: RIS readers take the author as one corporate name.
      expect(tags.get('AU')).toBe(SITE_TITLE[page.lang]);
      expect(tags.get('PY')).toBe('2023');
      expect(tags.get('DA')).toBe('2023/06//');
      expect(tags.get('UR')).toBe(c.url);
      expect(tags.get('ET')).toBe('0.1.0');
      expect(tags.get('LA')).toBe(page.lang);
      expect(tags.has('Y2')).toBe(false); // no access date
      expect(lines.filter((l) => l.startsWith('TY  -') || l.startsWith('ER  -'))).toHaveLength(2);
    }
  });
});

describe('CSL-JSON', () => {
  it('is valid JSON: an array of one item with id, type, title, author, issued and URL', () => {
    for (const page of pages) {
      const c = citationOf(ctx, site, page);
      const items = JSON.parse(toCSLJSON(c)) as Record<string, unknown>[];
      expect(items).toHaveLength(1);
      const item = items[0]!;
      expect(item.id).toBe(c.key);
      expect(item.type).toBe(page.kind === 'data' ? 'dataset' : 'webpage');
      expect(item.title).toBe(page.title);
      expect(item.author).toEqual([{ literal: SITE_TITLE[page.lang] }]);
      expect(item.issued).toEqual({ 'date-parts': [[2023, 6]] });
      expect(item.URL).toBe(c.url);
      expect(item.version).toBe('0.1.0');
      expect(item).not.toHaveProperty('accessed');
    }
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
    const all = () => pages.flatMap((p) => { const c = citationOf(ctx, site, p); return [toBibTeX(c), toRIS(c), toCSLJSON(c), formattedReference(c), JSON.stringify(jsonLd(c, ctx))]; });
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

describe('routes and files', () => {
  it('puts every page’s citation files at a stable path', () => {
    expect([citeBase(''), citeBase('en'), citeBase('data'), citeBase('en/programs/sicorp')]).toEqual(['/cite/index', '/cite/en/index', '/cite/data', '/cite/en/programs/sicorp']);
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

describe('the site constants', () => {
  it('agree with astro.config.mjs', () => {
    expect(resolveSiteUrl(undefined).url).toBe(`${DEFAULT_SITE_URL}/`);
    expect(astroConfig).toContain('resolveSiteUrl()');
    expect(astroConfig).toContain(`title: { ja: '${SITE_TITLE.ja}', en: ${JSON.stringify(SITE_TITLE.en)} }`);
  });
});

describe('CITATION.cff', () => {
  const cff = citationCff({ version: pkg.version, contentAsOf: pipeline.manifest.contentAsOf, sources: pipeline.datasets.seeds }, DEFAULT_SITE_URL);

  it('is what the pipeline and package.json say now', async () => {
    await expect(cff).toMatchFileSnapshot('../../CITATION.cff');
  });

  it('has the keys CFF 1.2.0 requires, and ours', () => {
    const text = readFileSync('CITATION.cff', 'utf8');
    const top = new Map([...text.matchAll(/^([a-z][a-z-]*):(?: (.*))?$/gm)].map((m) => [m[1]!, m[2] ?? '']));
    for (const key of ['cff-version', 'message', 'title', 'authors', 'version', 'date-released', 'license', 'url', 'type']) expect(top.has(key), key).toBe(true);
    expect(top.get('cff-version')).toBe('1.2.0');
    expect(top.get('license')).toBe('CC-BY-4.0');
    expect(top.get('version')).toBe(JSON.stringify(pkg.version));
    expect(top.get('date-released')).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(top.get('date-released')!.startsWith(pipeline.manifest.contentAsOf)).toBe(true);
    expect(text).toMatch(/^authors:\n {2}- name: "Japan's International S&T Cooperation"$/m);
    expect(text).not.toMatch(/^repository-code:/m);
    // Every source document is a reference.
    for (const s of pipeline.datasets.seeds) expect(text).toContain(`title: ${JSON.stringify(s.titleJa)}`);
  });
});

describe('datapackage.json', () => {
  it('is the pipeline’s descriptor with the published URLs as paths', async () => {
    await expect(`${JSON.stringify(publishedDataPackage(descriptor, DEFAULT_SITE_URL), null, 2)}\n`).toMatchFileSnapshot('../../datapackage.json');
  });

  type Descriptor = typeof descriptor;
  const shape = (d: Descriptor) => d.resources.map((r) => ({ name: r.name, fields: r.schema.fields.map((f) => `${f.name}:${f.type}`) }));
  const readRoot = () => JSON.parse(readFileSync('datapackage.json', 'utf8')) as Descriptor;

  it('has the pipeline’s resources and fields, each file at <site>/data/', () => {
    const root = readRoot();
    expect(shape(root)).toEqual(shape(descriptor));
    for (const r of root.resources) expect(r.path).toBe(`${DEFAULT_SITE_URL}/data/${r.name}.csv`);
    for (const s of root.sources) expect(s.path).toMatch(new RegExp(`^${DEFAULT_SITE_URL.replace(/\./g, '\\.')}/data/seeds/\\d{3}_[0-9a-f]+\\.txt$`));
  });

  it.skipIf(!existsSync('generated/data/datapackage.json'))('agrees with generated/data/datapackage.json (resources and fields)', () => {
    const generated = JSON.parse(readFileSync('generated/data/datapackage.json', 'utf8')) as Descriptor;
    expect(shape(readRoot())).toEqual(shape(generated));
  });
});
