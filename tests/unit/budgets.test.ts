import { describe, expect, it } from 'vitest';
import { budgetLikeLines, extractBudgets, readBudgetLabel, readBudgetStatement } from '../../scripts/pipeline/extract/budgets.ts';
import { budgetRules } from '../../scripts/pipeline/rules/budgets.ts';
import { readSeedDir } from '../../scripts/pipeline/run.ts';
import { normalizeForMatch } from '../../scripts/pipeline/text.ts';
import { seedMap, seedOf } from './helpers.ts';

describe('budget labels', () => {
  it.each([
    ['令和5年度予算額', 2023, 'initial', null],
    ['令和3年度予算額(案)：', 2021, 'draft', null],
    ['令和3年度予算額（案）', 2021, 'draft', null],
    ['令和5年度予算案にて基金補助金 として', 2023, 'draft', null],
    ['令和4年度第2次補正予算額', 2022, 'supplementary', 2],
    ['令和4年第2次補正予算額', 2022, 'supplementary', 2],
    ['（令和3年度補正予算額', 2021, 'supplementary', null],
    ['令和4年度補正予算額:', 2022, 'supplementary', null],
  ])('%s', (text, fy, kind, round) => {
    expect(readBudgetLabel(normalizeForMatch(text))).toMatchObject({ fiscalYear: fy, kind, supplementaryRound: round });
  });
  it('is not a budget label without 予算', () => {
    expect(readBudgetLabel('令和5年度 2拠点')).toBeNull();
  });
});

describe('budget statements', () => {
  it('reads a figure and its previous-year figure on one line', () => {
    const seed = seedOf(['○事業X 令和3年度予算額(案)：2,422百万円（前年度予算額：2,284百万円）']);
    const f = readBudgetStatement(seed, seed.lines[0]!, 1, null);
    expect(f.map((x) => [x.label.fiscalYear, x.label.kind, x.amount.min])).toEqual([
      [2021, 'draft', 2422],
      [2020, 'previous-year-reported', 2284],
    ]);
  });

  it('reads a label and figures spread over lines, citing the line of each figure', () => {
    const seed = seedOf(['令和3年度予算額(案)', '', '7,367百万円', '', '(前年度予算額)', '', '7,916百万円']);
    const f = readBudgetStatement(seed, seed.lines[0]!, 7, null);
    expect(f.map((x) => [x.line.n, x.labelLine.n, x.label.kind, x.amount.min])).toEqual([
      [3, 1, 'draft', 7367],
      [7, 5, 'previous-year-reported', 7916],
    ]);
  });

  it('reads agency shares under the statement they belong to', () => {
    const seed = seedOf(['令和4年度第2次補正予算額         501億円', ' （JST：440億円 AMED：61億円）']);
    const f = readBudgetStatement(seed, seed.lines[0]!, 2, null);
    expect(f.map((x) => [x.agency, x.label.kind, x.label.supplementaryRound, x.amount.min])).toEqual([
      [null, 'supplementary', 2, 50100],
      ['JST', 'supplementary', 2, 44000],
      ['AMED', 'supplementary', 2, 6100],
    ]);
  });

  it('takes a bare pair "A（B）" as the context year and the year before', () => {
    const seed = seedOf(['1,073百万円（1,160百万円）']);
    const context = readBudgetLabel(normalizeForMatch('令和5年度予算額'));
    const f = readBudgetStatement(seed, seed.lines[0]!, 1, context);
    expect(f.map((x) => [x.label.fiscalYear, x.label.kind, x.amount.min])).toEqual([
      [2023, 'initial', 1073],
      [2022, 'previous-year-reported', 1160],
    ]);
  });

  it('refuses a figure with no year or kind, naming file and line', () => {
    const seed = seedOf(['説明', '1,073百万円']);
    expect(() => readBudgetStatement(seed, seed.lines[1]!, 1, null)).toThrow(/900_test\.txt:2: .*no fiscal year/);
  });
});

describe('budgets from the seeds', () => {
  const { seeds } = readSeedDir('seeds');
  const rows = extractBudgets(seeds, budgetRules);

  it('reads every line that states a budget (no budget line is left unread)', () => {
    const claimed = new Set(rows.map((r) => `${r.source.seed}:${r.source.line}`));
    // Lines the scan finds that are program facts rather than program budgets (a call's total budget).
    const facts = new Set(['000:104', '000:105']);
    const unread = [...seeds.values()].flatMap((s) => budgetLikeLines(s).map((l) => `${s.id}:${l.n}`)).filter((k) => !claimed.has(k) && !facts.has(k));
    expect(unread).toEqual([]);
  });

  it('cites for each figure a line on which its amount is written', () => {
    for (const r of rows) {
      const line = seeds.get(r.source.seed)!.lines[r.source.line - 1]!;
      expect(normalizeForMatch(line.text)).toContain(normalizeForMatch(r.amountText));
    }
  });

  it('dates every previous-year figure to the year before its statement', () => {
    for (const prev of rows.filter((r) => r.kind === 'previous-year-reported')) {
      const main = rows.find((r) => r.program === prev.program && r.agency === prev.agency && r.source.seed === prev.source.seed && r.kind !== 'previous-year-reported' && Math.abs(r.source.line - prev.source.line) <= 4);
      expect(main, prev.id).toBeDefined();
      expect(prev.fiscalYear).toBe(main!.fiscalYear - 1);
    }
  });

  // Figures read off the seeds by eye when the rules were written: 003 line 357 says
  // "令和5年度予算額 1,073百万円", line 358 "（前年度予算額 1,160百万円）"; 004 line 128 "令和4年度補正予算額:440億円".
  it('matches figures checked by hand against the seed text', () => {
    const pick = (program: string, seed: string, fy: number, kind: string, agency: string | null = null) =>
      rows.filter((r) => r.program === program && r.source.seed === seed && r.fiscalYear === fy && r.kind === kind && r.agency === agency).map((r) => r.amountMillionYen);
    expect(pick('sicorp', '003', 2023, 'initial')).toEqual([1073]);
    expect(pick('sicorp', '003', 2022, 'previous-year-reported')).toEqual([1160]);
    expect(pick('sicorp', '000', 2018, 'initial')).toEqual([958]);
    expect(pick('aspire', '004', 2022, 'supplementary', 'JST')).toEqual([44000]);
    expect(pick('aspire', '003', 2022, 'supplementary', 'AMED')).toEqual([6050, 6100]);
    expect(pick('wpi', '003', 2023, 'initial')).toEqual([7088]);
  });

  it('keeps both versions where two seeds state the same year differently', () => {
    const total = rows.filter((r) => r.program === 'aspire' && r.fiscalYear === 2022 && r.kind === 'supplementary' && r.agency === null);
    expect(new Set(total.map((r) => r.amountMillionYen)).size).toBeGreaterThan(1);
  });

  it('fails with file and line when a rule no longer finds its text', () => {
    const broken = [{ ...budgetRules[0]!, at: { text: '令和9年度予算額' } }];
    expect(() => extractBudgets(seeds, broken)).toThrow(/000_[0-9a-f]+\.txt:1: no line contains "令和9年度予算額"/);
  });

  it('fails when a label and its figure drift apart', () => {
    const seed = seedOf(['◇事業X', ...Array.from({ length: 20 }, () => '本文'), '令和3年度予算額(案)：1,078百万円']);
    expect(() => extractBudgets(seedMap(seed), [{ seed: '900', program: 'x', label: { text: '◇事業X' }, at: { text: '令和3年度予算額' } }])).toThrow(
      /900_test\.txt:22: budget figure for x is 21 lines from its label on line 1/,
    );
  });
});
