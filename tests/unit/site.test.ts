import { mdxToHast } from 'satteri';
import { describe, expect, it } from 'vitest';
import { missingTerms } from '../../scripts/editorial/glossary.ts';
import { cleanParagraphs, correctLines, jaHash } from '../../scripts/pipeline/clean.ts';
import { resolvePassage } from '../../scripts/pipeline/passages.ts';
import { Program } from '../../scripts/editorial/schema.ts';
import { factValue, qualifiedMillionYen as millionYen } from '../../src/core/facts.ts';
import { fiscalYearLong as fiscalYear } from '../../src/core/format.ts';
import { lang, link, mdxText, table } from '../../scripts/site/mdx.ts';
import { seedMap, seedOf } from './helpers.ts';

type HastNode = { type: string; value?: string; tagName?: string; children?: HastNode[] };
const textOf = (n: HastNode): string => (n.type === 'text' ? n.value! : (n.children ?? []).map(textOf).join(''));
const render = (mdx: string) => textOf(mdxToHast(mdx) as HastNode);

/** A small seeded generator, so a failure names a reproducible case. */
function* randomTexts(seed: number, count: number): Generator<string> {
  const alphabet = [...'<>{}*_#|`[]()!\\~&:$^"\'=%@-+. \t', ...'各国が複合的なチーム研究', ...'ＳＩＣＯＲＰ（）＜＞｛｝～・', ...'abcXYZ019', '\u3000'];
  let x = seed;
  const next = () => (x = (x * 1103515245 + 12345) % 2 ** 31);
  for (let i = 0; i < count; i++) {
    const len = 1 + (next() % 40);
    yield Array.from({ length: len }, () => alphabet[next() % alphabet.length]).join('');
  }
}

describe('MDX emitter', () => {
  it('renders seed-like text as the same text: 2,000 random strings of MDX and Markdown syntax', () => {
    for (const text of randomTexts(20261121, 2000)) {
      const expected = text.replace(/\s+$/, '');
      if (expected.trim() === '') continue;
      // Markdown strips a paragraph's trailing white space; escaped leading spaces are kept.
      expect(render(`${mdxText(text)}\n`).replace(/\s+$/, ''), JSON.stringify(text)).toBe(expected);
    }
  });

  it('keeps the seeds\' own hazards as text', () => {
    for (const t of ['<各国が複合的なチームを構成して実施する大型の共同研究>', '{x}', '# 見出し', '- リスト', '1. 番号', '> 引用', '| 表 |', '**強調**', '_a_', '   先頭の空白']) {
      expect(render(`${mdxText(t)}\n`)).toBe(t);
    }
  });

  it('keeps escaped text as text inside links, spans and table cells', () => {
    const cell = '<a|b>{c}';
    const mdx = `Figure: ${link('<958百万円>', '/sources/000/#L45', { 'data-written': '"<x>"' })} and ${lang('ja', '{名前}')}\n\n${table(['h'], [[mdxText(cell)]])}`;
    const hast = mdxToHast(mdx) as HastNode;
    expect(textOf(hast)).toContain('Figure: <958百万円> and {名前}');
    expect(textOf(hast)).toContain(cell);
  });
});

describe('cleaning quoted passages', () => {
  it('joins lines a PDF wrapped, keeping a space only between Latin words', () => {
    expect(cleanParagraphs(['海外から優秀な人材を我が国に呼び込むため、外国人若手研究者を大学・研究', '機関等に招へい'])).toEqual(['海外から優秀な人材を我が国に呼び込むため、外国人若手研究者を大学・研究機関等に招へい']);
    expect(cleanParagraphs(['STI for', 'SDGs を推進'])).toEqual(['STI for SDGs を推進']);
  });
  it('removes spaces inside Japanese text and around full-width punctuation, and ** and list marks', () => {
    expect(cleanParagraphs(['底（深 さ 2900km ） ま で を 構成 す る'])).toEqual(['底（深さ 2900km）までを構成する']);
    expect(cleanParagraphs(['- ✓ 支援額：5百万円～1億円/課題年'])).toEqual(['支援額：5百万円～1億円/課題年']);
    expect(cleanParagraphs(['**相手国との合意に基づく国際共同研究**を強力に推進'])).toEqual(['相手国との合意に基づく国際共同研究を強力に推進']);
  });
  it('starts a paragraph at a blank line, a bullet, or a line the passage names', () => {
    expect(cleanParagraphs(['一つ目。', '', '二つ目。', '○三つ目', '上田 宏（教授）'], ['上田 宏'])).toEqual(['一つ目。', '二つ目。', '三つ目', '上田 宏（教授）']);
  });
  it('rejoins a sentence a page break cut, but not a paragraph that ended', () => {
    expect(cleanParagraphs(['支援する必要があ', '', 'る。'])).toEqual(['支援する必要がある。']);
    expect(cleanParagraphs(['一つ目。', '', 'また、二つ目。'])).toEqual(['一つ目。', 'また、二つ目。']);
  });
  it('keeps spaces between Japanese words but drops letter-spacing and spaces inside katakana words', () => {
    expect(cleanParagraphs(['(H21採択課題 葭村雄二 産業技術総合研究所)'])).toEqual(['(H21採択課題 葭村雄二 産業技術総合研究所)']);
    expect(cleanParagraphs(['国際ネット ワークへの参画、試行公募 を実施'])).toEqual(['国際ネットワークへの参画、試行公募を実施']);
  });
  it('applies a correction exactly where it is listed, and refuses one that does not match once', () => {
    const seed = seedOf(['日・ボラン首脳会談', 'ボランティア']);
    const fix = { seed: '900', at: { text: '首脳会談' }, asWritten: 'ボラン', corrected: 'ポーランド', why: { ja: '誤記', en: 'typo' } };
    const { texts, applied } = correctLines(seed, seed.lines, [fix]);
    expect(texts).toEqual(['日・ポーランド首脳会談', 'ボランティア']);
    expect(applied[0]).toMatchObject({ line: 1, asWritten: 'ボラン', corrected: 'ポーランド', quote: '日・ボラン首脳会談' });
    expect(() => correctLines(seed, seed.lines, [{ ...fix, asWritten: 'ポ' }])).toThrow(/900_test\.txt:1: the correction of "ポ" expects it once on this line, found 0/);
  });
});

describe('translations are held to the Japanese they translate', () => {
  const seed = seedOf(['見出し', '国際共同研究を推進する。']);
  const hash = jaHash(['国際共同研究を推進する。']);
  const program = (en: string, h: string) =>
    Program.parse({
      id: 'x',
      category: 'policy',
      order: 1,
      name: { ja: 'x', en: 'x' },
      bodies: { funding: [], implementing: [] },
      passages: [{ id: 'p', section: 'overview', seed: '900', from: { text: '国際共同研究を推進' }, en, jaHash: h }],
    });
  const resolve = (en: string, h: string) => {
    const p = program(en, h);
    return resolvePassage(p, p.passages[0]!, seedMap(seed), [], 'x.ts');
  };
  it('accepts English written for the current Japanese', () => {
    expect(resolve('It promotes international joint research.', hash).en).toEqual(['It promotes international joint research.']);
  });
  it('fails when the English is missing', () => {
    expect(() => resolve('', '')).toThrow(new RegExp(`900_test\\.txt:2: passage x/p .* has no English yet; its jaHash is ${hash}`));
  });
  it('fails when the Japanese changed since the English was written', () => {
    expect(() => resolve('It promotes international joint research.', 'aaaaaaaaaaaa')).toThrow(/the Japanese changed since the English was written \(jaHash aaaaaaaaaaaa, now [0-9a-f]{12}\)/);
  });
  it('checks the glossary: a term in the Japanese needs its English', () => {
    expect(missingTerms('補正予算で基金を造成', 'A fund was created with the supplementary budget.')).toEqual([]);
    expect(missingTerms('補正予算で基金を造成', 'A fund was created with extra money.').map((t) => t.ja)).toEqual(['補正予算']);
    // 課題解決 means problem-solving, not a project.
    expect(missingTerms('課題解決型イノベーション', 'innovation that solves problems')).toEqual([]);
    // A longer term covers the shorter one inside it.
    expect(missingTerms('共同公募を実施', 'held a joint call').map((t) => t.ja)).toEqual([]);
  });
});

describe('figures in words', () => {
  it('gives amounts in yen with the unit explained by the language', () => {
    expect(millionYen(1073, 1073, 'exact', 'ja')).toBe('1,073百万円');
    expect(millionYen(1073, 1073, 'exact', 'en')).toBe('¥1,073 million');
    expect(millionYen(5, 10, 'range', 'en', true)).toBe('¥5–10 million a year');
    expect(millionYen(26, 26, 'up-to', 'ja', true)).toBe('最大26百万円／年');
  });
  it('gives Japanese fiscal years with their Gregorian year', () => {
    expect(fiscalYear(2023, 'ja')).toBe('令和5年度（2023年度）');
    expect(fiscalYear(2019, 'ja')).toBe('令和元年度（2019年度）');
    expect(fiscalYear(2023, 'en')).toBe('FY2023');
  });
  it('words counts, durations and ranks', () => {
    expect(factValue({ min: 3, max: 5, qualifier: 'range', unit: 'years', text: '' }, 'en')).toBe('3–5 years');
    expect(factValue({ min: 0.25, max: 1, qualifier: 'range', unit: 'years', text: '' }, 'ja')).toBe('3か月〜1年');
    expect(factValue({ min: 39, max: 39, qualifier: 'exact', unit: 'rank', text: '' }, 'en')).toBe('39th');
    expect(factValue({ min: 30, max: 30, qualifier: 'at-least', unit: 'percent', text: '' }, 'en')).toBe('at least 30%');
    expect(factValue({ min: 2009, max: 2009, qualifier: 'exact', unit: 'fiscal-year', text: '' }, 'ja')).toBe('平成21年度（2009年度）');
  });
});
