// Seed text is data, never syntax: each injection either stops the pipeline with the seed's
// file:line, or reaches the page, the CSV and the data as the same text.
import { spawnSync } from 'node:child_process';
import { cpSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { csvParse } from 'd3';
import { mdxToHast, mdxToJs } from 'satteri';
import { describe, expect, it } from 'vitest';
import { loadPrograms } from '../../scripts/editorial/load.ts';
import { toCsv as datasetCsv } from '../../scripts/pipeline/emit.ts';
import { SeedErrors } from '../../scripts/pipeline/errors.ts';
import { readPassage } from '../../scripts/pipeline/passages.ts';
import { runPipeline } from '../../scripts/pipeline/run.ts';
import { locate, parseSeed, type Seed } from '../../scripts/pipeline/seed.ts';
import { checkPages, pageProblems } from '../../scripts/site/compile.ts';
import { buildContent } from '../../scripts/site/content.ts';
import { mdxText } from '../../scripts/site/mdx.ts';
import { toCsv as figureCsv } from '../../src/core/csv.ts';
import { seedMap, seedOf, tempDir } from './helpers.ts';

type HastNode = { type: string; value?: string; children?: HastNode[] };
const textOf = (n: HastNode): string => (n.type === 'text' ? n.value! : (n.children ?? []).map(textOf).join(''));
/** Compiled as Astro compiles MDX (satteri's mdxToJs) and rendered to text. */
const compileAndRender = (mdx: string) => {
  mdxToJs(mdx, { jsxImportSource: 'astro', elementAttributeNameCase: 'html', features: { gfm: true, smartPunctuation: true } });
  return textOf(mdxToHast(mdx) as HastNode);
};
const parseError = (lines: string[]) => {
  try {
    seedOf(lines);
  } catch (e) {
    return (e as Error).message;
  }
  return 'no error';
};

describe('parseSeed refuses characters that could act as syntax or hide text', () => {
  it.each([
    ['NUL', 'あい\u0000う', 'U+0000 NUL at column 3'],
    ['a lone CR', '予算\r額', 'U+000D carriage return (CR) not followed by LF at column 3'],
    ['a form feed', '\u000c頁', 'U+000C form feed at column 1'],
    ['an escape', 'x\u001b[31m', 'U+001B escape at column 2'],
    ['DEL', 'x\u007f', 'U+007F DEL at column 2'],
    ['a C1 control', 'x\u0085', 'U+0085 C1 control character at column 2'],
    ['U+2028', '一\u2028二', 'U+2028 LINE SEPARATOR at column 2'],
    ['U+2029', '一\u2029二', 'U+2029 PARAGRAPH SEPARATOR at column 2'],
    ['the right-to-left override', '予算額\u202e円百万001', 'U+202E RIGHT-TO-LEFT OVERRIDE at column 4'],
    ['a bidi isolate', '\u2067x', 'U+2067 RIGHT-TO-LEFT ISOLATE at column 1'],
    ['the right-to-left mark', 'x\u200f', 'U+200F RIGHT-TO-LEFT MARK at column 2'],
  ])('%s: file:line: the character by code point and column', (_what, line, where) => {
    expect(parseError(['一行目', '二行目', line, '四行目'])).toBe(`seeds/900_test.txt:3: ${where}: seed text may not contain control, line-separator or bidirectional-override characters`);
  });

  it('counts columns in characters, names every bad character of a line and every bad line', () => {
    const message = parseError(['𠮷野家\u0000\u202e', 'ok', '\u0001']);
    expect(message).toContain('seeds/900_test.txt:1: U+0000 NUL at column 4, U+202E RIGHT-TO-LEFT OVERRIDE at column 5:');
    expect(message).toContain('seeds/900_test.txt:3: U+0001 control character at column 1:');
  });

  it('keeps tabs, CRLF line ends, a BOM and ordinary Japanese, full-width and Latin text', () => {
    const seed = parseSeed('seeds/900_t.txt', new TextEncoder().encode('\uFEFF予算\t1,073百万円\r\n＜各国＞ – “x”\r\n'));
    expect(seed.lines.map((l) => l.text)).toEqual(['予算\t1,073百万円', '＜各国＞ – “x”']);
  });
});

describe('a paragraph that begins with export or import', () => {
  const injections = ['export var x', 'export const x = 1 + ;', 'import a from "b"', 'import {a} from \'b\'; 各国', 'export default 1', 'export * from "x"'];

  it.each(injections)('%j is escaped to text: it compiles and renders as the same text', (text) => {
    // Unescaped, MDX takes it as a module statement: it vanishes or breaks the compile.
    expect(pageProblems(`${text}\n`).length).toBeGreaterThan(0);
    expect(compileAndRender(`${mdxText(text)}\n`)).toBe(text);
    expect(compileAndRender(`段落。\n\n${mdxText(text)}\n\n- ${mdxText(text)}\n`)).toBe(`段落。\n${text}\n\n${text}\n`);
  });

  it('keeps the words as words elsewhere (important, reexport, Export)', () => {
    for (const text of ['important exports', 'reexport', 'Export var x', 'imports', '各国 export var x']) expect(compileAndRender(`${mdxText(text)}\n`)).toBe(text);
  });

  it('in a seed passage, reaches the generated program page as the same text, compiled by the pipeline', { timeout: 60_000 }, async () => {
    const site = { name: 'test', title: 'test', version: '0.0.0' };
    const out = runPipeline('seeds', site);
    const loaded = await loadPrograms();
    const sicorp = loaded.find((l) => l.program.id === 'sicorp')!;
    const passage = sicorp.program.passages[0]!;
    const original = out.seeds.get(passage.seed)!;
    const from = locate(original, passage.from);
    for (const injected of ['export var x = 1;', 'export const x = 1 + ;', 'import a from "b";']) {
      // The passage's first line begins with the injection; the editor has reviewed it (jaHash updated).
      const lines = original.lines.map((l) => (l.n === from.n ? `${injected} ${l.text}` : l.text));
      const seed: Seed = parseSeed(original.path, new TextEncoder().encode(`${lines.join('\n')}\n`));
      const seeds = new Map(out.seeds).set(seed.id, seed);
      const jaHash = readPassage(seed, passage, []).hash;
      const reviewed = { ...sicorp, program: { ...sicorp.program, passages: sicorp.program.passages.map((p) => (p === passage ? { ...p, jaHash } : p)) } };
      let content;
      try {
        content = buildContent(loaded.map((l) => (l === sicorp ? reviewed : l)), seeds, out.datasets, out.timelineCorrections);
      } catch (e) {
        throw new Error(e instanceof SeedErrors ? e.message : String(e));
      }
      const page = content.docs.get('programs/sicorp.mdx')!;
      expect(checkPages(new Map([['programs/sicorp.mdx', page]]), seeds)).toEqual([]);
      const first = content.passages.find((p) => p.key === `sicorp/${passage.id}`)!.ja[0]!;
      expect(first.slice(0, 6)).toBe(injected.slice(0, 6));
      expect(compileAndRender(page)).toContain(first);
    }
  });
});

describe('compile errors and module statements in generated pages', () => {
  const seed = seedOf(['表題', '', 'export const x = 1 + ; 各国が複合的なチームを構成', '', 'export var hidden = "各国の研究機関と連携する";', '{各国 の研究}です']);
  const seeds = seedMap(seed);
  const page = (body: string) => `---\ntitle: "t"\n---\n\nimport A from '../../../components/A.astro';\n\n表題\n\n${body}\n`;

  it('a page that does not compile is reported at the seed line whose text stands there', () => {
    const errors = checkPages(new Map([['programs/x.mdx', page('export const x = 1 + ; 各国が複合的なチームを構成')]]), seeds);
    expect(errors.map((e) => e.message)).toEqual([expect.stringMatching(/^seeds\/900_test\.txt:3: MDX does not compile: .*\(in the generated src\/content\/docs\/programs\/x\.mdx:9:\d+\)$/)]);
  });

  it('seed text that became a module statement is reported at its seed line, though it compiles', () => {
    const mdx = page('export var hidden = "各国の研究機関と連携する";');
    expect(() => mdxToJs(mdx)).not.toThrow();
    const errors = checkPages(new Map([['programs/x.mdx', mdx]]), seeds);
    expect(errors.map((e) => e.message)).toEqual([expect.stringMatching(/^seeds\/900_test\.txt:5: text would become an MDX module statement and vanish from the page: "export var hidden/)]);
  });

  it('an unescaped expression in a table cell is found at its seed line', () => {
    const errors = checkPages(new Map([['en/programs/x.mdx', page('| a |\n|---|\n| {各国 の研究}です |')]]), seeds);
    expect(errors.map((e) => e.message)).toEqual([expect.stringMatching(/^seeds\/900_test\.txt:6: MDX does not compile/)]);
  });

  it('a fault with no seed text at the position is reported at the generated page', () => {
    const errors = checkPages(new Map([['programs/x.mdx', page('<div>')]]), seeds);
    expect(errors.map((e) => e.message)).toEqual([expect.stringMatching(/^src\/content\/docs\/programs\/x\.mdx:9: column \d+: MDX does not compile/)]);
  });

  it('our own component imports pass', () => {
    expect(pageProblems(page('text'))).toEqual([]);
  });
});

describe('spreadsheet formulas in CSV downloads', () => {
  const risky = ['=1+1', '+81 3', '-- 注', '@SUM(A1)', '\tx', '\rx', '=HYPERLINK("http://x","y")'];

  it('figure CSVs defuse text that starts with = + - @ tab or CR, and keep numbers, negative ones too', () => {
    const csv = figureCsv(
      risky.map((t, i) => ({ label: t, value: -i - 0.5, ok: '各国' })),
      ['label', 'value', 'ok'],
    );
    const rows = csvParse(csv);
    expect(rows.map((r) => r.label)).toEqual(risky.map((t) => `'${t}`));
    expect(rows.map((r) => Number(r.value))).toEqual(risky.map((_, i) => -i - 0.5));
    expect(rows.every((r) => r.ok === '各国')).toBe(true);
  });

  it('dataset CSVs defuse text columns and keep numeric columns as numbers', () => {
    const rows = risky.map((quote, i) => ({ id: `b${i}`, amountMillionYen: -1000 - i, amountText: quote, source: { seed: '000', line: i + 1, quote } }));
    const parsed = csvParse(datasetCsv('budgets', rows, new Map()));
    expect(parsed.map((r) => r.sourceQuote)).toEqual(risky.map((t) => `'${t}`));
    expect(parsed.map((r) => r.amountText)).toEqual(risky.map((t) => `'${t}`));
    expect(parsed.map((r) => r.amountMillionYen)).toEqual(risky.map((_, i) => String(-1000 - i)));
    expect(parsed.map((r) => r.id)).toEqual(risky.map((_, i) => `b${i}`));
  });

  it('a seed quote that starts with = reaches the dataset CSV defused and the JSON as written', () => {
    const dir = tempDir('seeds');
    cpSync('seeds', dir, { recursive: true });
    const file = readdirSync(dir).find((f) => f.startsWith('003'))!;
    const label = '令和5年度予算額            1,073百万円';
    writeFileSync(join(dir, file), readFileSync(join(dir, file), 'utf8').replace(label, `=${label}`));
    const out = runPipeline(dir, { name: 'test', title: 'test', version: '0.0.0' });
    const json = (JSON.parse(out.files.get('data/budgets.json')!) as { id: string; source: { quote: string } }[]).find((r) => r.source.quote.startsWith('=令和5年度予算額'))!;
    expect(json).toBeDefined();
    const csv = csvParse(out.files.get('data/budgets.csv')!).find((r) => r.id === json.id)!;
    expect(csv.sourceQuote).toBe(`'${json.source.quote}`);
  });
});

describe('bad characters in a seed, through the pipeline', { timeout: 60_000 }, () => {
  it('stop npm run data with file:line and leave the previous output as it was', () => {
    const tsx = join('node_modules', '.bin', 'tsx');
    const work = tempDir('inject');
    const env = { ...process.env, OUT_DIR: join(work, 'generated'), DOCS_DIR: join(work, 'docs') };
    expect(spawnSync(tsx, ['scripts/build-data.ts'], { env, encoding: 'utf8' }).status).toBe(0);
    const before = readFileSync(join(work, 'docs', 'programs', 'sicorp.mdx'));
    const dir = tempDir('seeds');
    cpSync('seeds', dir, { recursive: true });
    const file = readdirSync(dir).find((f) => f.startsWith('001'))!;
    const lines = readFileSync(join(dir, file), 'utf8').split('\n');
    lines[9] = `${lines[9]}\u202e`;
    lines[19] = `a\rb${lines[19]}`;
    lines[29] = `\u0000${lines[29]}`;
    writeFileSync(join(dir, file), lines.join('\n'));
    const result = spawnSync(tsx, ['scripts/build-data.ts'], { env: { ...env, SEED_DIR: dir }, encoding: 'utf8' });
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(new RegExp(`${file}:10: U\\+202E RIGHT-TO-LEFT OVERRIDE at column \\d+`));
    expect(result.stderr).toMatch(new RegExp(`${file}:20: U\\+000D carriage return \\(CR\\) not followed by LF at column 2`));
    expect(result.stderr).toMatch(new RegExp(`${file}:30: U\\+0000 NUL at column 1`));
    expect(readFileSync(join(work, 'docs', 'programs', 'sicorp.mdx')).equals(before)).toBe(true);
    expect(readdirSync(work).sort()).toEqual(['docs', 'generated']);
  });
});
