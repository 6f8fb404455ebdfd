import { describe, expect, it } from 'vitest';
import { extractTrialCall, parseAdoptionList } from '../../scripts/pipeline/extract/aspire-trial-call.ts';
import { extractCoauthorship } from '../../scripts/pipeline/extract/coauthorship.ts';
import { extractSakuraPlans, extractSakuraYearly } from '../../scripts/pipeline/extract/sakura-science.ts';
import { coauthorshipRules, sakuraPlanRules, sakuraYearlyRules, trialCallRules } from '../../scripts/pipeline/rules/tables.ts';
import { readSeedDir } from '../../scripts/pipeline/run.ts';
import { seedOf } from './helpers.ts';

const { seeds } = readSeedDir('seeds');

describe('Sakura Science invitees', () => {
  const yearlyRule = { seed: '900', program: { text: 'さくらサイエンス' }, heading: { text: '○招へい者数' }, total: { text: '合 計' } };
  const crafted = (total: string) =>
    seedOf(['さくらサイエンス', '○招へい者数', '', '平成26年度 14か国・地域 2,944人', '', '平成27年度 15か国・地域 4,224人', '', `合 計 ${total}`]);

  it('reads yearly rows and a cumulative total that equals their sum', () => {
    const rows = extractSakuraYearly(crafted('7,168人'), yearlyRule);
    expect(rows.map((r) => [r.measure, r.fiscalYearFrom, r.fiscalYearTo, r.people, r.countriesAndRegions])).toEqual([
      ['invitees', 2014, 2014, 2944, 14],
      ['invitees', 2015, 2015, 4224, 15],
      ['cumulative-invitees', 2014, 2015, 7168, null],
    ]);
  });

  it('fails on a total that does not add up, with both numbers and the lines', () => {
    expect(() => extractSakuraYearly(crafted('7,000人'), yearlyRule)).toThrow(/900_test\.txt:8: the stated total 7000 does not equal the sum 7168 of the yearly rows on lines 4, 6/);
  });

  it('fails on a row that does not parse', () => {
    const seed = seedOf(['さくらサイエンス', '○招へい者数', '平成26年度 十四か国 2,944人', '合 計 2,944人']);
    expect(() => extractSakuraYearly(seed, yearlyRule)).toThrow(/900_test\.txt:3: expected an invitee row/);
  });

  it('marks planned intakes as planned, with the fiscal year each one names', () => {
    const seed = seedOf(['さくらサイエンス', '➢ 人 数：6,000人／31年度 （5,000人／30年度）']);
    const rows = extractSakuraPlans(seed, { seed: '900', program: { text: 'さくらサイエンス' }, at: { text: '人 数' }, era: '平成' });
    expect(rows.map((r) => [r.status, r.fiscalYearFrom, r.people])).toEqual([
      ['planned', 2019, 6000],
      ['planned', 2018, 5000],
    ]);
  });

  it('from the seeds: four actual years whose sum is the stated total, and plans kept apart', () => {
    const yearly = sakuraYearlyRules.flatMap((r) => extractSakuraYearly(seeds.get(r.seed)!, r));
    const plans = sakuraPlanRules.flatMap((r) => extractSakuraPlans(seeds.get(r.seed)!, r));
    const years = yearly.filter((r) => r.measure === 'invitees');
    expect(years.map((r) => r.fiscalYearFrom)).toEqual([2014, 2015, 2016, 2017]);
    expect(yearly.find((r) => r.measure === 'cumulative-invitees')!.people).toBe(years.reduce((s, r) => s + r.people, 0));
    expect(plans.every((r) => r.status === 'planned')).toBe(true);
    expect(plans.map((r) => r.fiscalYearFrom).sort()).toEqual([2018, 2019, 2021, 2023]);
  });
});

describe('co-authorship', () => {
  it('reads both periods for each partner, with method and origin', () => {
    const rows = coauthorshipRules.flatMap((r) => extractCoauthorship(seeds.get(r.seed)!, r));
    expect(new Set(rows.map((r) => r.period))).toEqual(new Set(['2005-2007', '2015-2017']));
    const japan = rows.filter((r) => r.partnerIso === 'JP').map((r) => [r.period, r.rank, r.sharePercent]);
    // 001 line 19: "日本	5位 8.5%	8位 5.7%"
    expect(japan).toEqual([
      ['2005-2007', 5, 8.5],
      ['2015-2017', 8, 5.7],
    ]);
    expect(rows.every((r) => r.origin.includes('科学研究のベンチマーク2019') && r.countingMethod.includes('整数カウント法'))).toBe(true);
    // In each period, the ranks are distinct.
    for (const p of ['2005-2007', '2015-2017']) {
      const ranks = rows.filter((r) => r.period === p).map((r) => r.rank);
      expect(new Set(ranks).size).toBe(ranks.length);
    }
  });

  it('fails on an unknown country or a malformed cell', () => {
    const rule = { seed: '900', title: { text: '共著' }, method: { text: '整数' }, origin: { text: '出典' } };
    const unknown = seedOf(['共著', '\t2005-2007年\t2015-2017年', 'ナルニア\t4位 8.7%\t1位 24.3%', '', '整数', '出典']);
    expect(() => extractCoauthorship(unknown, rule)).toThrow(/900_test\.txt:3: "ナルニア" is not in the country list/);
    const bad = seedOf(['共著', '\t2005-2007年\t2015-2017年', '中国\t4位 8.7%\t一位', '', '整数', '出典']);
    expect(() => extractCoauthorship(bad, rule)).toThrow(/900_test\.txt:3: expected "N位 X%" in column 3/);
  });
});

describe('ASPIRE trial call', () => {
  it('reads the adoption list: shared counts, own counts and none', () => {
    expect(parseAdoptionList('採択課題数: **7件** (バイオ、AI・情報、半導体、量子、通信分野 各1件、 マテリアル分野 2件、エネルギー分野 採択なし)')).toEqual([
      { field: 'バイオ', count: 1 },
      { field: 'AI・情報', count: 1 },
      { field: '半導体', count: 1 },
      { field: '量子', count: 1 },
      { field: '通信', count: 1 },
      { field: 'マテリアル', count: 2 },
      { field: 'エネルギー', count: 0 },
    ]);
    expect(() => parseAdoptionList('(バイオ、AI・情報)')).toThrow(/has no count/);
  });

  const rows = trialCallRules.flatMap((r) => extractTrialCall(seeds.get(r.seed)!, r));
  it('from the seed: each breakdown of proposals adds up to the same total, and adoptions to theirs', () => {
    const sum = (b: string) => rows.filter((r) => r.breakdown === b).reduce((s, r) => s + r.count, 0);
    const proposals = sum('proposals-by-country');
    expect(sum('proposals-by-field')).toBe(proposals);
    expect(sum('proposals-by-funder')).toBe(proposals);
    expect(sum('adoptions-by-field')).toBeLessThan(proposals);
    expect(rows.filter((r) => r.breakdown === 'adoptions-by-field').map((r) => r.fieldEn).sort()).toEqual(
      rows.filter((r) => r.breakdown === 'proposals-by-field').map((r) => r.fieldEn).sort(),
    );
  });

  it('fills the country of grouped funder rows from the row above', () => {
    const nsf = rows.find((r) => r.breakdown === 'proposals-by-funder' && r.funder === 'NSF');
    expect(nsf?.countryIso).toBe('US');
  });

  const table = (usCount: string, total: string, funders = ['アメリカ\tNSF\t3', 'イギリス\tUKRI\t2']) =>
    seedOf([
      '応募数:5件',
      '採択課題数: 1件 (バイオ分野 1件)',
      '',
      '',
      '相手国別',
      '国名\t件数',
      `アメリカ\t${usCount}`,
      'イギリス\t2',
      `合計\t${total}`,
      '',
      '分野別',
      '分野\t件数',
      'バイオ分野\t5',
      '合計\t5',
      '',
      '資金配分機関別',
      '国名\t支援資金配分機関\t件数',
      ...funders,
      '\t合計\t5',
    ]);
  const rule = { seed: '900', proposals: { text: '応募数:' }, adoptions: { text: '採択課題数:' }, adoptionsSpan: 1, byCountry: { text: '相手国別' }, byField: { text: '分野別' }, byFunder: { text: '資金配分機関別' } };

  it('accepts a consistent crafted call', () => {
    expect(extractTrialCall(table('3', '5'), rule)).toHaveLength(6);
  });
  it('fails when a table does not add up to its 合計', () => {
    expect(() => extractTrialCall(table('4', '5'), rule)).toThrow(/900_test\.txt:9: proposals by country: the stated 合計 5 does not equal the sum of the rows, 6/);
  });
  it("fails when a country's funders do not add up to its proposals", () => {
    expect(() => extractTrialCall(table('3', '5', ['アメリカ\tNSF\t2', '\tNIH\t0', 'イギリス\tUKRI\t3']), rule)).toThrow(
      /900_test\.txt:7: アメリカ: 3 proposals here, but its funders on the funder table add up to 2/,
    );
    expect(extractTrialCall(table('3', '5', ['アメリカ\tNSF\t2', '\tNIH\t1', 'イギリス\tUKRI\t2']), rule).filter((r) => r.breakdown === 'proposals-by-funder')).toHaveLength(3);
  });
  it('fails when a 合計 differs from the number of proposals', () => {
    expect(() => extractTrialCall(table('4', '6'), rule)).toThrow(/900_test\.txt:9: proposals by country: the 合計 6 does not equal the number of proposals, 5, on line 1/);
  });
});
