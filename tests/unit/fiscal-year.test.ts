import { describe, expect, it } from 'vitest';
import { eraYearToGregorian, findFiscalYears, parseFiscalYear, previousFiscalYear, toJapaneseFiscalYearLabel } from '../../src/core/fiscal-year.ts';
import { findDates } from '../../scripts/pipeline/dates.ts';

describe('Japanese fiscal years', () => {
  it.each([
    ['令和5年度', 2023],
    ['令和５年度', 2023],
    ['令和元年度', 2019],
    ['平成31年度', 2019],
    ['平成元年度', 1989],
    ['平成30年度', 2018],
    ['昭和64年度', 1989],
    ['昭和63年度', 1988],
    ['昭和57年度', 1982],
    ['昭和元年度', 1926],
    ['大正15年度', 1926],
    ['大正元年度', 1912],
    ['明治45年度', 1912],
    ['H26年度', 2014],
    ['H29', 2017],
    ['R5', 2023],
    ['R2', 2020],
    ['S57年度', 1982],
    ['2018年度', 2018],
    ['平成28（2016）', 2016],
    ['令和4年第2次補正', 2022],
  ])('%s → FY%i', (label, fy) => {
    expect(parseFiscalYear(label).fiscalYear).toBe(fy);
  });

  it('meets at every era boundary: the last year of one era and year 1 of the next are the same fiscal year', () => {
    const boundaries: [string, number, string][] = [
      ['明治', 45, '大正'],
      ['大正', 15, '昭和'],
      ['昭和', 64, '平成'],
      ['平成', 31, '令和'],
    ];
    for (const [era, last, next] of boundaries) {
      expect(eraYearToGregorian(era, last)).toBe(eraYearToGregorian(next, '元'));
      expect(eraYearToGregorian(next, 2)).toBe(eraYearToGregorian(era, last) + 1);
    }
  });

  it('reads bare years ("31年度") only with the era the document writes in', () => {
    expect(findFiscalYears('6,000人／31年度 （6,000人／30年度）')).toEqual([]);
    expect(findFiscalYears('6,000人／31年度 （6,000人／30年度）', '平成').map((f) => f.fiscalYear)).toEqual([2019, 2018]);
  });

  it('finds every label on a line, in order, with the text as written', () => {
    const found = findFiscalYears('第1フェーズ支援（5年間：平成28（2016）～2020年度）、第2フェーズ支援（５年間：2021～2025年度）');
    expect(found.map((f) => [f.label, f.fiscalYear])).toEqual([
      ['平成28(2016)', 2016],
      ['2020年度', 2020],
      ['2021', 2021],
      ['2025年度', 2025],
    ]);
  });

  it('does not take calendar dates for fiscal years', () => {
    expect(findFiscalYears('平成31年3月時点')).toEqual([]);
    expect(findFiscalYears('令和元年12月の日・ハンガリー首脳会談')).toEqual([]);
  });

  it('resolves 前年度 to the year before the one it accompanies', () => {
    expect(previousFiscalYear(parseFiscalYear('令和3年度').fiscalYear)).toBe(2020);
  });

  it('writes a Gregorian fiscal year back in the Japanese calendar, 元 for year 1', () => {
    expect(toJapaneseFiscalYearLabel(2023)).toBe('令和5年度');
    expect(toJapaneseFiscalYearLabel(2019)).toBe('令和元年度');
    expect(toJapaneseFiscalYearLabel(1989)).toBe('平成元年度');
    for (let fy = 1927; fy <= 2040; fy++) {
      expect(parseFiscalYear(toJapaneseFiscalYearLabel(fy)).fiscalYear).toBe(fy);
    }
  });

  it('reads calendar dates to ISO at the precision written', () => {
    expect(findDates('令和5年 4月 27日').map((d) => d.iso)).toEqual(['2023-04-27']);
    expect(findDates('平成31年3月時点').map((d) => d.iso)).toEqual(['2019-03']);
    expect(findDates('2033年までに').map((d) => d.iso)).toEqual(['2033']);
    expect(findDates('令和5年度予算額')).toEqual([]);
  });
});
