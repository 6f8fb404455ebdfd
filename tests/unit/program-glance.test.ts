import { mdxToHast } from 'satteri';
import { describe, expect, it } from 'vitest';
import { loadPrograms } from '../../scripts/editorial/load.ts';
import { runPipeline } from '../../scripts/pipeline/run.ts';
import { findQuantities } from '../../scripts/pipeline/quantity.ts';
import { normalizeForMatch } from '../../scripts/pipeline/text.ts';
import { buildContent } from '../../scripts/site/content.ts';
import { GLANCE_FIELDS } from '../../scripts/site/program-glance.ts';
import { factValue } from '../../src/core/facts.ts';
import { translator } from '../../src/core/i18n.ts';
import { LANGS } from '../../src/core/locales.ts';
import { mdxText } from '../../scripts/site/mdx.ts';
import type { ProgramFactRow } from '../../src/schemas/datasets.ts';

const out = runPipeline('seeds', { name: 'test', title: 'test', version: '0.0.0' });
const loaded = await loadPrograms();
const programs = loaded.map((l) => l.program);
const content = buildContent(loaded, out.seeds, out.datasets, [...out.timelineCorrections, ...out.partnerCorrections]);
const facts = out.datasets['program-facts'];
/** Text as a page writes it (escaped for MDX). */
const mdxTextOf = (t: string) => mdxText(t);
const lineOf = (seed: string, line: number) => out.seeds.get(seed)!.lines[line - 1]!.norm;

/** The qualifier words the documents write, and what each must become. */
const QUALIFIER_WORDS: readonly [RegExp, ProgramFactRow['value']['qualifier']][] = [
  [/タイプにより異なる/u, 'varies-by-type'],
  [/約|程度|概ね/u, 'about'],
  [/最大|最長|上限|以内/u, 'up-to'],
  [/以上/u, 'at-least'],
  [/原則/u, 'in-principle'],
];

/**
 * The words around a figure on its line that qualify it: from the figure's text to the next
 * figure (the next digit), and the few characters before it.
 */
function surroundings(row: ProgramFactRow): { before: string; text: string; after: string } {
  const line = lineOf(row.source.seed, row.source.line);
  const text = normalizeForMatch(row.value.text);
  const at = line.indexOf(text);
  expect(at, `${row.id}: "${text}" on its line`).toBeGreaterThanOrEqual(0);
  const before = /[^\d]{0,3}$/u.exec(line.slice(Math.max(0, at - 3), at))![0];
  const after = /^[^\d]*/u.exec(line.slice(at + text.length))![0].slice(0, 16);
  return { before, text, after };
}

describe('program facts keep the documents\' qualifiers', () => {
  it('every fact whose line qualifies it (約, 程度, 以上, 最大, 上限, 原則, タイプにより異なる) carries the qualifier', () => {
    const checked: string[] = [];
    for (const row of facts) {
      if (row.value.unit === 'fiscal-year') continue;
      const { before, text, after } = surroundings(row);
      const around = `${before}${text}${after.split(/[、。,;/(]/u)[0]}`;
      const expected = QUALIFIER_WORDS.find(([re]) => re.test(around));
      if (!expected) continue;
      checked.push(row.id);
      expect(row.value.qualifier, `${row.id}: "${around}" (${row.source.seed}:${row.source.line})`).toBe(expected[1]);
    }
    // The qualified statements of the documents: SICORP 3年間（タイプにより異なる）, WPI 5～7人以上, KAKENHI 約20～40名 among them.
    expect(checked.length).toBeGreaterThan(30);
  });

  it('a period extendable after evaluation (評価により＋5年間) has its extension read from the same line', () => {
    let seen = 0;
    for (const row of facts.filter((f) => f.value.unit === 'years' && !f.metric.includes('after-evaluation'))) {
      const { after } = surroundings(row);
      if (!/評価により/u.test(after)) continue;
      seen++;
      const extension = facts.find((f) => f.program === row.program && f.scheme === row.scheme && f.metric.endsWith('after-evaluation') && f.source.seed === row.source.seed && f.source.line === row.source.line);
      expect(extension, `${row.id} is extendable after evaluation`).toBeDefined();
    }
    expect(seen).toBeGreaterThanOrEqual(1);
  });

  it('か国・地域 counts countries and regions, not countries', () => {
    const rows = facts.filter((f) => normalizeForMatch(f.value.text).includes('か国・地域'));
    expect(rows.length).toBeGreaterThan(0);
    for (const r of rows) {
      expect(r.value.unit, r.id).toBe('countries-and-regions');
      for (const l of LANGS) expect(factValue(r.value, l), r.id).toMatch(l === 'ja' ? /か国・地域/u : /countries and regions/u);
    }
  });

  it('a qualified range keeps its qualifier in words: 約20～40名 is about, 5～7人以上 at least', () => {
    expect(findQuantities('約20～40名').map((q) => q.qualifier)).toEqual(['about']);
    expect(findQuantities('5～7人以上').map((q) => q.qualifier)).toEqual(['at-least']);
    expect(findQuantities('3年間（タイプにより異なる）').map((q) => q.qualifier)).toEqual(['varies-by-type']);
    for (const r of facts.filter((f) => f.value.min !== f.value.max && f.value.qualifier !== 'range')) {
      expect(factValue(r.value, 'en'), r.id).toMatch(/about|or more|up to|varies|in principle/u);
    }
  });
});

describe('facts and passages are filed under the program they describe', () => {
  it('no program rule is a partner\'s own policy (a line the partners dataset reads as a partner agency\'s policy or fund)', () => {
    const partnerPolicy = new Set(out.datasets.partners.filter((r) => r.partnerType === 'agency' && ['policy', 'donation'].includes(r.kind)).map((r) => `${r.source.seed}:${r.source.line}`));
    expect(partnerPolicy.size).toBeGreaterThan(0);
    for (const f of facts.filter((x) => x.status === 'rule')) expect(partnerPolicy.has(`${f.source.seed}:${f.source.line}`), f.id).toBe(false);
  });

  it('statements about a SICORP call belong to SICORP or a part of it', () => {
    const sicorpFamily = new Set(['sicorp', ...programs.filter((p) => p.parent === 'sicorp').map((p) => p.id)]);
    const aboutSicorpCall = (text: string) => /SICORP.{0,3}共同公募/u.test(normalizeForMatch(text));
    for (const f of facts) {
      const nearby = [0, 1, 2, 3, 4].map((k) => (f.source.line - k > 0 ? lineOf(f.source.seed, f.source.line - k) : '')).join('');
      if (aboutSicorpCall(nearby)) expect(f.program, f.id).toBe('sicorp');
    }
    const passages = content.passages.filter((x) => x.ja.some(aboutSicorpCall));
    expect(passages.length).toBeGreaterThan(0);
    for (const x of passages) expect(sicorpFamily.has(x.program), `${x.program}/${x.id}`).toBe(true);
  });

  it('a program the documents call a trial ahead of a new program is its forerunner, not a part of it', () => {
    for (const p of programs) {
      const own = content.passages.filter((x) => x.program === p.id).flatMap((x) => x.ja).join('\n');
      if (!/試行公募/u.test(p.name.ja + own) || !/新たな.{0,20}事業を実施/u.test(own)) continue;
      expect(p.forerunnerOf, p.id).toBeDefined();
      expect(p.parent, p.id).toBeUndefined();
      const page = content.docs.get(`programs/${p.id}.mdx`)!;
      expect(page).toContain(`/programs/${p.forerunnerOf}/`);
      const successor = content.docs.get(`programs/${p.forerunnerOf}.mdx`)!;
      expect(successor).toContain(`/programs/${p.id}/`);
    }
    expect(programs.some((p) => p.forerunnerOf)).toBe(true);
  });
});

/** satteri's tree: JSX elements carry name and attributes. */
type HastNode = { type: string; value?: string; name?: string; attributes?: { name: string; value: unknown }[]; children?: HastNode[] };
const all = (n: HastNode, pred: (n: HastNode) => boolean, acc: HastNode[] = []): HastNode[] => {
  if (pred(n)) acc.push(n);
  for (const c of n.children ?? []) all(c, pred, acc);
  return acc;
};
const textOf = (n: HastNode): string => (n.type === 'text' ? n.value! : (n.children ?? []).map(textOf).join(''));
const prop = (n: HastNode, name: string) => n.attributes?.find((a) => a.name === name)?.value as string | undefined;

describe('at a glance', () => {
  const pages = [...content.docs.entries()].filter(([k]) => /^(en\/)?programs\//.test(k));
  it('is on every program page in both languages, before the first section, with every field present', () => {
    expect(pages.length).toBe(programs.length * LANGS.length);
    for (const [path, mdx] of pages) {
      const glanceAt = mdx.indexOf('<dl class="glance"');
      expect(glanceAt, path).toBeGreaterThan(0);
      expect(glanceAt, path).toBeLessThan(mdx.indexOf('\n## '));
      const tree = mdxToHast(mdx.replace(/^---[\s\S]*?---\n/, '').replace(/^import .*$/gm, '')) as HastNode;
      const dl = all(tree, (n) => n.name === 'dl')[0]!;
      const fields = all(dl, (n) => n.name === 'div');
      expect(fields.map((f) => prop(f, 'data-glance')), path).toEqual([...GLANCE_FIELDS]);
      for (const f of fields) {
        const dd = all(f, (n) => n.name === 'dd')[0]!;
        expect(textOf(dd).trim().length, `${path} ${prop(f, 'data-glance')}`).toBeGreaterThan(0);
      }
    }
  });

  it('links each figure to a line that holds it', () => {
    let figures = 0;
    for (const [path, mdx] of pages) {
      const dl = /<dl class="glance"[\s\S]*?<\/dl>/.exec(mdx)![0];
      for (const m of dl.matchAll(/data-seed="(\d{3})" data-line="(\d+)" data-written="([^"]*)"/g)) {
        figures++;
        const written = m[3]!.replace(/&#(\d+);/g, (_, c: string) => String.fromCodePoint(Number(c)));
        expect(lineOf(m[1]!, Number(m[2])), `${path}: ${written}`).toContain(normalizeForMatch(written));
      }
    }
    expect(figures).toBeGreaterThan(100);
  });

  it('shows both versions, dated, where documents disagree: SICORP\'s Consortium type 30–50 vs 20–30 million yen', () => {
    const dl = /<dl class="glance"[\s\S]*?<\/dl>/.exec(content.docs.get('en/programs/sicorp.mdx')!)![0];
    const consortium = /Consortium Joint Research Type[^<]*<a[\s\S]*?<\/li>/.exec(dl)![0];
    expect(consortium).toContain('20–30');
    expect(consortium).toContain('30–50');
    expect(consortium).toMatch(/2023/);
    expect(consortium).toMatch(/2019/);
  });

  it('says the documents are silent rather than leave a field out', () => {
    const silent = pages.filter(([, mdx]) => mdx.includes('class="not-stated"'));
    expect(silent.length).toBeGreaterThan(0);
    for (const [path, mdx] of silent) expect(mdx, path).toMatch(path.startsWith('en/') ? /not stated in the source documents/ : /資料に記載なし/);
  });
});

describe('one page structure', () => {
  const headings = (mdx: string) => [...mdx.matchAll(/^## (.*)$/gm)].map((m) => m[1]!);
  const order = (l: 'ja' | 'en') => ['scheme', 'budget', 'partners', 'results', 'background', 'related', 'sources'].map((k) => translator(l)(`program.section.${k}`));
  it('every program page has glance, lead slot, then its sections in one order, in both languages', () => {
    for (const [path, mdx] of [...content.docs.entries()].filter(([k]) => /^(en\/)?programs\//.test(k))) {
      const l = path.startsWith('en/') ? 'en' : 'ja';
      const hs = headings(mdx).map((h) => h.replace(/&#(\d+);/g, (_, c: string) => String.fromCodePoint(Number(c))));
      const expected = order(l).filter((h) => hs.includes(h));
      expect(hs, path).toEqual(expected);
      expect(hs.at(-1), path).toBe(translator(l)('program.section.sources'));
    }
  });

  it('shows slide headings (【実施分野】, 事業内容, 支援内容) as labels, not quoted paragraphs', () => {
    const standalone = /^(?:【[^】]+】|事業内容|支援内容|実施分野)(?: <small>.*)?$/u;
    for (const [path, mdx] of [...content.docs.entries()].filter(([k]) => /^programs\//.test(k))) {
      const paras = mdx.split(/\n\n/).map((p) => p.trim());
      for (const p of paras) expect(standalone.test(p), `${path}: ${p.slice(0, 40)}`).toBe(false);
    }
  });

  it('keeps parallel slide columns as separate labelled lists, each label as the slide writes it', () => {
    const columns = content.passages.filter((x) => 'column' in x && x.column);
    expect(columns.length).toBeGreaterThanOrEqual(3);
    for (const x of columns) {
      const above = out.seeds.get(x.seed)!.lines.slice(Math.max(0, x.from - 15), x.from - 1).map((t) => t.norm).join('\n');
      expect(above, `${x.key}: ${x.column!.ja}`).toContain(normalizeForMatch(x.column!.ja));
      for (const l of LANGS) {
        const page = content.docs.get(`${l === 'ja' ? '' : 'en/'}programs/${x.program}.mdx`)!;
        const at = page.indexOf(`**${l === 'ja' ? x.column!.ja.replace(/[()]/g, (c) => `&#${c.codePointAt(0)};`) : x.column!.en.replace(/[()]/g, (c) => `&#${c.codePointAt(0)};`)}**`);
        expect(at, `${x.key} label on the ${l} page`).toBeGreaterThan(0);
        const list = page.slice(at).split('\n\n')[1]!;
        expect(list.split('\n').every((line) => line.startsWith('- ')), `${x.key}: ${list.slice(0, 80)}`).toBe(true);
        expect(list.split('\n').length).toBe(x[l].length);
      }
    }
  });

  it('gives each research result as title → researchers → call and year → what was found', () => {
    const results = content.passages.filter((x) => 'result' in x && x.result);
    expect(results.length).toBeGreaterThanOrEqual(5);
    for (const x of results) {
      for (const l of LANGS) {
        const t = translator(l);
        const page = content.docs.get(`${l === 'ja' ? '' : 'en/'}programs/${x.program}.mdx`)!;
        const title = page.indexOf(`**${mdxTextOf(x[l][x.result!.title]!)}**`);
        expect(title, `${x.key} ${l} title`).toBeGreaterThan(0);
        const labels = [x.result!.researchers.length ? 'researchers' : null, x.result!.call.length ? 'call' : null, 'found'].filter(Boolean).map((k) => mdxTextOf(t(`glance.result.${k}`, { text: '' })));
        let at = title;
        for (const label of labels) {
          const next = page.indexOf(label, at);
          expect(next, `${x.key} ${l}: ${label} after the title and the labels before it`).toBeGreaterThan(at);
          at = next;
        }
      }
    }
  });
});
