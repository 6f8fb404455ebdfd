import { describe, expect, it } from 'vitest';
import { findAmounts, parseAmount } from '../../scripts/pipeline/amount.ts';
import { findQuantities } from '../../scripts/pipeline/quantity.ts';

const read = (text: string) => {
  const a = parseAmount(text);
  return [a.min, a.max, a.qualifier];
};

describe('amounts in million yen', () => {
  it.each([
    ['958百万円', [958, 958, 'exact']],
    ['1,078百万円', [1078, 1078, 'exact']],
    ['１，０７８百万円', [1078, 1078, 'exact']],
    ['41億円', [4100, 4100, 'exact']],
    ['22.5億円', [2250, 2250, 'exact']],
    ['1,300万円', [13, 13, 'exact']],
    ['180万円', [1.8, 1.8, 'exact']],
    ['5,000円', [0.005, 0.005, 'exact']],
    ['36百万／年・課題', [36, 36, 'exact']],
    ['5百万～10百万円／年・課題', [5, 10, 'range']],
    ['5百万円～1億円/課題年', [5, 100, 'range']],
    ['50百万～1億円／年・拠点', [50, 100, 'range']],
    ['最大26百万円/年', [26, 26, 'up-to']],
    ['最大５億円', [500, 500, 'up-to']],
    ['9,000万円（上限）', [90, 90, 'up-to']],
    ['約184億円', [18400, 18400, 'about']],
    ['35百万円程度／年・課題', [35, 35, 'about']],
  ])('%s', (text, expected) => {
    expect(read(text)).toEqual(expected);
  });

  it('keeps every amount on a line, in order, with its text', () => {
    const all = findAmounts('令和3年度予算額(案)：1,078百万円（前年度予算額：1,078百万円）');
    expect(all.map((a) => a.text)).toEqual(['1,078百万円', '1,078百万円']);
  });

  it('does not read counts, durations or years as money', () => {
    expect(findAmounts('12ヶ国・地域 計75課題（1～3年間）令和5年度')).toEqual([]);
  });

  it('fails loudly when there is no amount', () => {
    expect(() => parseAmount('課題数 4課題')).toThrow(/no yen amount/);
  });
});

describe('counts and durations', () => {
  const q = (text: string) => findQuantities(text).map((x) => [x.min, x.max, x.qualifier, x.unit]);
  it('reads counts with their unit words', () => {
    expect(q('12ヶ国・地域 計75課題で協力中')).toEqual([
      [12, 12, 'exact', 'か国・地域'],
      [75, 75, 'exact', '課題'],
    ]);
    expect(q('受入人数 約2,900人')).toEqual([[2900, 2900, 'about', '人']]);
  });
  it('reads ranges and bounds', () => {
    expect(q('（3～5年間）')).toEqual([[3, 5, 'range', '年間']]);
    // A range keeps its qualifier (程度, 約, 以上, 原則, タイプにより異なる).
    expect(q('3か月～1年程度')).toEqual([[0.25, 1, 'about', '年']]);
    expect(q('5～7人以上')).toEqual([[5, 7, 'at-least', '人']]);
    expect(q('原則3～5年間')).toEqual([[3, 5, 'in-principle', '年間']]);
    expect(q('3年間（タイプにより異なる）')).toEqual([[3, 3, 'varies-by-type', '年間']]);
    expect(q('2年以内')).toEqual([[2, 2, 'up-to', '年']]);
    expect(q('研究者の30%以上')).toEqual([[30, 30, 'at-least', '%']]);
  });
  it('does not read money, fiscal years or dates as counts', () => {
    expect(q('5百万～10百万円')).toEqual([]);
    expect(q('平成30年度 2019年度 2018年10月')).toEqual([]);
  });
});
