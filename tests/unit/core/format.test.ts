import { describe, expect, it } from 'vitest';
import { countryName, fiscalYearLabel, fiscalYearLong, fiscalYearRange, formatDate, formatDateRange, formatList, formatNumber, formatPercent, formatRange, millionYen, millionYenLong, ordinal } from '../../../src/core/format.ts';

describe('core/format', () => {
  it('groups numbers and keeps up to three decimals in both languages', () => {
    expect(formatNumber(19298, 'ja')).toBe('19,298');
    expect(formatNumber(19298, 'en')).toBe('19,298');
    expect(formatNumber(0.125, 'en')).toBe('0.125');
  });
  it('writes ranges with each language’s dash, and a single number when the ends meet', () => {
    expect(formatRange(30, 50, 'ja')).toBe('30～50');
    expect(formatRange(3000, 5000, 'en')).toBe('3,000–5,000');
    expect(formatRange(7, 7, 'en')).toBe('7');
  });
  it('keeps one decimal in shares', () => {
    expect(formatPercent(8.7, 'en')).toBe('8.7%');
    expect(formatPercent(12, 'ja')).toBe('12.0%');
  });
  it('lists with 、 in Japanese and without a serial comma in English', () => {
    expect(formatList(['A', 'B', 'C'], 'ja')).toBe('A、B、C');
    expect(formatList(['A', 'B', 'C'], 'en')).toBe('A, B and C');
    expect(formatList(['A', 'B'], 'en')).toBe('A and B');
  });
  it('picks English ordinal suffixes by plural category, including the teens', () => {
    expect([1, 2, 3, 4, 11, 12, 13, 21, 22, 23, 101, 111].map((n) => ordinal(n, 'en'))).toEqual(['1st', '2nd', '3rd', '4th', '11th', '12th', '13th', '21st', '22nd', '23rd', '101st', '111th']);
    expect(ordinal(5, 'ja')).toBe('5位');
  });
  it('names countries from the platform in each language', () => {
    expect(countryName('in', 'en')).toBe('India');
    expect(countryName('IN', 'ja')).toBe('インド');
  });
  it('writes document dates in words, and spans with both ends', () => {
    expect(formatDate('2023-04-27', 'en')).toBe('27 April 2023');
    expect(formatDate('2023-04-27', 'ja')).toBe('2023年4月27日');
    expect(formatDate('2023-06', 'en')).toBe('June 2023');
    expect(formatDate('2020', 'ja')).toBe('2020年');
    expect(formatDate('2021/2022', 'en')).toBe('2021/2022');
    expect(formatDateRange('2023-06-27', '2023-06-29', 'en')).toMatch(/^27\s?–\s?29 June 2023$/);
    expect(formatDateRange('2014-06', '2014-09', 'en')).toMatch(/June\s?–\s?September 2014/);
    // Japanese writes the end without what it shares with the start (ICU's interval pattern falls back to 2023/06/27～2023/06/29).
    expect(formatDateRange('2023-06-27', '2023-06-29', 'ja')).toBe('2023年6月27日～29日');
    expect(formatDateRange('2017-06-20', '2017-08-24', 'ja')).toBe('2017年6月20日～8月24日');
    expect(formatDateRange('2023-12-27', '2024-01-05', 'ja')).toBe('2023年12月27日～2024年1月5日');
    expect(formatDateRange('2014-06', '2014-09', 'ja')).toBe('2014年6月～9月');
  });
  it('writes million yen with the Japanese unit, and 億円 beside large round amounts', () => {
    expect(millionYen(1073, 'ja')).toBe('1,073百万円');
    expect(millionYen(1073, 'en')).toBe('¥1,073 million');
    expect(millionYenLong(50100, 'ja')).toBe('50,100百万円（501億円）');
    expect(millionYenLong(50050, 'ja')).toBe('50,050百万円');
    expect(millionYenLong(50100, 'en')).toBe('¥50,100 million');
  });
  it('names fiscal years by era in Japanese and as FY in English, across era boundaries', () => {
    expect(fiscalYearLabel(2023, 'ja')).toBe('令和5年度');
    expect(fiscalYearLabel(2019, 'ja')).toBe('令和元年度');
    expect(fiscalYearLabel(2018, 'ja')).toBe('平成30年度');
    expect(fiscalYearLabel(2023, 'en')).toBe('FY2023');
    expect(fiscalYearLong(2023, 'ja')).toBe('令和5年度（2023年度）');
    expect(fiscalYearRange(2014, 2017, 'ja')).toBe('平成26〜29年度');
    expect(fiscalYearRange(2017, 2020, 'ja')).toBe('平成29年度〜令和2年度');
    expect(fiscalYearRange(2014, 2017, 'en')).toBe('FY2014–FY2017');
  });
});
