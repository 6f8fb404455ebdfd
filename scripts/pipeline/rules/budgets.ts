import type { BudgetRow } from '../../../src/schemas/datasets.ts';
import type { Locator } from '../seed.ts';

/**
 * Where each program's budget statement stands in the seeds. Rules point at text, never at line
 * numbers or figures: the figures, fiscal years and kinds are read from the seed by
 * readBudgetStatement. A rule that no longer finds its text fails the build with file:line.
 */
export interface BudgetRule {
  seed: string;
  program: string;
  /** The line naming the program (recorded as context). Must be within 12 lines of `at` unless near is false. */
  label: Locator;
  /** The line where the statement (label + figure) starts. */
  at: Locator;
  /** How many lines the statement spans (default 1). */
  span?: number;
  near?: false;
  /** For bare figures "A（B）": the line whose label (e.g. 令和5年度予算額) they fall under. */
  fiscalYearFrom?: Locator;
  /** Whose share the figure is, where the seed splits a program's budget by agency. */
  agency?: BudgetRow['agency'];
  /** Keep only the figure of this agency from a statement that lists several. */
  onlyAgency?: BudgetRow['agency'];
  /** The seed's own footnote on the figure (※…). */
  caveat?: Locator;
  /** How we read the figure where the seed leaves something implicit. */
  note?: string;
}

const R5_SUMMARY_SLIDE: Locator = { text: '令和5年度予算額', after: '2回目については現在審査中' };
const AMED_READING =
  'The document prints two figures under this program on its summary slide, whose columns are JST, AMED and JSPS (lines 245-249); the second is read as AMED\'s share. The document does not label it.';

export const budgetRules: readonly BudgetRule[] = [
  // 000: FY2019 briefing (as of March 2019)
  { seed: '000', program: 'sicorp', label: { text: '戦略的国際共同研究プログラム （SICORP)' }, at: { text: '平成30年度予算額' } },

  // 001: FY2021 budget request (予算額(案))
  { seed: '001', program: 'sicorp', label: { text: '◇戦略的国際共同研究プログラム(SICORP)' }, at: { text: '令和3年度予算額(案)', after: '◇戦略的国際共同研究プログラム(SICORP)' } },
  { seed: '001', program: 'satreps', label: { text: '◇地球規模課題対応国際科学技術協力プログラム(SATREPS)' }, at: { text: '令和3年度予算額(案)', after: '◇地球規模課題対応国際科学技術協力プログラム(SATREPS)' } },
  { seed: '001', program: 'jsps-overseas-fellowships', label: { text: '○海外特別研究员事業' }, at: { text: '○海外特別研究员事業' } },
  { seed: '001', program: 'overseas-challenge', label: { text: '○若手研究者海外挑戦プログラム' }, at: { text: '令和3年度予算額(案)', after: '○若手研究者海外挑戦プログラム' } },
  { seed: '001', program: 'jsps-international-fellowships', label: { text: '○外国人研究者招へい事業' }, at: { text: '令和3年度予算額(案)', after: '○外国人研究者招へい事業' } },
  { seed: '001', program: 'sakura-science', label: { text: '○日本・アジア青少年サイエンス交流事業' }, at: { text: '令和3年度予算額(案)', after: '○日本・アジア青少年サイエンス交流事業' } },
  {
    seed: '001',
    program: 'global-young-researchers',
    label: { text: 'グローバルに活躍する若手研究者の育成等', nth: 2 },
    at: { text: '令和3年度予算額(案)', after: { text: 'グローバルに活躍する若手研究者の育成等', nth: 2 } },
    span: 7,
    caveat: { text: '※運営費交付金中の推計額', after: { text: 'グローバルに活躍する若手研究者の育成等', nth: 2 } },
  },
  {
    seed: '001',
    program: 'jsps-overseas-fellowships',
    label: { text: '海外特別研究員事業' },
    at: { text: '令和3年度予算額(案)', after: '海外特別研究員事業' },
    span: 2,
    caveat: { text: '※新型コロナウイルス感染症の影響による採用期間延長分を含む' },
  },
  { seed: '001', program: 'overseas-challenge', label: { text: '若手研究者海外挑戦プログラム', nth: 2 }, at: { text: '令和3年度予算額(案)', after: { text: '若手研究者海外挑戦プログラム', nth: 2 } }, span: 2 },
  {
    seed: '001',
    program: 'jsps-international-fellowships',
    label: { text: '外国人研究者招へい事業 <外国人特別研究員>' },
    at: { text: '令和3年度予算額(案)', after: '外国人研究者招へい事業 <外国人特別研究員>' },
    span: 2,
    caveat: { text: '※新型コロナウイルス感染症の影響による採用期間の中断・延期に係る費用を含む' },
  },
  { seed: '001', program: 'sakura-science', label: { text: '日本・アジア青少年サイエンス交流事業', nth: 2 }, at: { text: '令和3年度予算額(案)', after: { text: '日本・アジア青少年サイエンス交流事業', nth: 2 } }, span: 2 },

  // 003: FY2023 budget and FY2022 supplementary budget (MEXT, 2023)
  { seed: '003', program: 'kakenhi-international-leading-research', label: { text: '科研費・国際先導研究(国際共同研究加速基金)' }, at: { text: '令和4年度第2次補正予算', nth: 1 } },
  {
    seed: '003',
    program: 'sicorp',
    agency: 'JST',
    label: { text: 'じて最適な協力形態を組み、相手国と' },
    at: { text: '百万円(', after: '2回目については現在審査中', nth: 1 },
    fiscalYearFrom: R5_SUMMARY_SLIDE,
    note: 'The summary slide gives this pair without a label; it stands under SICORP\'s description and the slide\'s heading 令和5年度予算額 (line 237). The figure in brackets is the previous year\'s.',
  },
  {
    seed: '003',
    program: 'sicorp',
    agency: 'AMED',
    label: { text: 'じて最適な協力形態を組み、相手国と' },
    at: { text: '百万円(', after: '2回目については現在審査中', nth: 2 },
    fiscalYearFrom: R5_SUMMARY_SLIDE,
    note: AMED_READING,
  },
  {
    seed: '003',
    program: 'satreps',
    agency: 'JST',
    label: { text: '協力プログラム(SATREPS)', nth: 1 },
    at: { text: '百万円(', after: 'の合意に基づく国際共同研究を推進。', nth: 1 },
    fiscalYearFrom: R5_SUMMARY_SLIDE,
    note: 'The summary slide gives this pair without a label; it stands over SATREPS\'s description (lines 208-215) under the slide\'s heading 令和5年度予算額 (line 237). The figure in brackets is the previous year\'s.',
  },
  {
    seed: '003',
    program: 'satreps',
    agency: 'AMED',
    label: { text: '協力プログラム(SATREPS)', nth: 1 },
    at: { text: '百万円(', after: 'の合意に基づく国際共同研究を推進。', nth: 2 },
    fiscalYearFrom: R5_SUMMARY_SLIDE,
    note: AMED_READING,
  },
  {
    seed: '003',
    program: 'jsps-bilateral-joint-research',
    label: { text: '学術コミュニティの発意を受けて実施する諸外国' },
    at: { text: '百万円(', after: '国内外の優秀な人材の育成・確保、を実現' },
    fiscalYearFrom: R5_SUMMARY_SLIDE,
    note: 'The pair stands over the description of JSPS\'s matching-fund joint research with foreign academic agencies, under the slide\'s heading 令和5年度予算額 (line 237). The figure in brackets is the previous year\'s.',
  },
  {
    seed: '003',
    program: 'international-joint-research-total',
    label: R5_SUMMARY_SLIDE,
    at: R5_SUMMARY_SLIDE,
    span: 2,
    caveat: { text: '※運営費交付金中の推計額含む' },
    note: 'The heading figure of the slide on international joint research (SICORP, SATREPS, ASPIRE, KAKENHI International Leading Research, JSPS joint research).',
  },
  {
    seed: '003',
    program: 'aspire',
    label: { text: '先端国際共同研究推進事業/プログラム', nth: 1 },
    at: { text: '百万円(新規)' },
    fiscalYearFrom: R5_SUMMARY_SLIDE,
    near: false,
    note: 'Marked 新規 (new) under the slide\'s heading 令和5年度予算額 (line 237); the ASPIRE slide calls it a fund subsidy in the FY2023 budget request (lines 344-345).',
  },
  { seed: '003', program: 'aspire', label: { text: '先端国際共同研究推進事業/プログラム', nth: 1 }, at: { text: '令和4年度第2次補正予算', nth: 2 }, span: 4, near: false },
  {
    seed: '003',
    program: 'international-joint-research-total',
    label: { text: '令和4年度第2次補正予算額', nth: 1 },
    at: { text: '令和4年度第2次補正予算額', nth: 1 },
    note: 'The supplementary-budget total on the same slide: ASPIRE and KAKENHI International Leading Research.',
  },
  { seed: '003', program: 'aspire', label: { text: '先端国際共同研究推進事業/プログラム', nth: 2 }, at: { text: '令和4年度第2次補正予算額', nth: 2 }, span: 2, near: false },
  { seed: '003', program: 'aspire', label: { text: '先端国際共同研究推進事業/プログラム', nth: 2 }, at: { text: '令和5年度予算案にて基金補助金' }, span: 2, near: false },
  { seed: '003', program: 'sicorp', label: { text: '戦略的国際共同研究プログラム(SICORP)' }, at: { text: '令和5年度予算額', after: { text: '戦略的国際共同研究プログラム(SICORP)' } }, span: 2, caveat: { text: '※運営費交付金中の推計額', after: { text: '戦略的国際共同研究プログラム(SICORP)' } } },
  { seed: '003', program: 'satreps', label: { text: '地球規模課題対応国際科学技術協力プログラム', nth: 1 }, at: { text: '令和5年度予算額', after: { text: '地球規模課題対応国際科学技術協力プログラム', nth: 1 } }, span: 2, caveat: { text: '※運営費交付金中の推計額', after: { text: '地球規模課題対応国際科学技術協力プログラム', nth: 1 } } },
  { seed: '003', program: 'kakenhi-international-leading-research', label: { text: '科研費「国際先導研究」により' }, at: { text: '令和4年第2次補正予算額' }, span: 2, near: false },
  { seed: '003', program: 'global-young-researchers', label: { text: 'グローバルに活躍する若手研究者の育成等' }, at: { text: '令和5年度予算額', after: 'グローバルに活躍する若手研究者の育成等' }, span: 2, caveat: { text: '※運営費交付金中の推計額', after: 'グローバルに活躍する若手研究者の育成等' } },
  {
    seed: '003',
    program: 'jsps-overseas-fellowships',
    label: { text: '海外特別研究員事業 令和5年度予算額' },
    at: { text: '海外特別研究員事業 令和5年度予算額' },
    span: 3,
    caveat: { text: '※新型コロナウイルス感染症の影響による採用期間延長分' },
    near: false,
  },
  {
    seed: '003',
    program: 'jsps-international-fellowships',
    label: { text: '外国人研究者招へい事業<外国人特別研究員> 令和5年度予算額' },
    at: { text: '外国人研究者招へい事業<外国人特別研究員> 令和5年度予算額' },
    span: 3,
    caveat: { text: '※新型コロナウイルス感染症の影響による採用期間の延期に係る費用を含む' },
    near: false,
  },
  { seed: '003', program: 'overseas-challenge', label: { text: '若手研究者海外挑戦プログラム 令和5年度予算額' }, at: { text: '若手研究者海外挑戦プログラム 令和5年度予算額' }, span: 2 },
  { seed: '003', program: 'sakura-science', label: { text: '国際青少年サイエンス交流事業 令和5年度予算額' }, at: { text: '国際青少年サイエンス交流事業 令和5年度予算額' }, span: 2 },
  { seed: '003', program: 'wpi', label: { text: '世界トップレベル研究拠点プログラム(WPI)' }, at: { text: '世界トップレベル研究拠点プログラム(WPI)' }, span: 2 },

  // 004: JST president's press briefing, 27 April 2023
  {
    seed: '004',
    program: 'aspire',
    agency: 'JST',
    label: { text: 'Adopting Sustainable Partnerships for Innovative Research Ecosystem (ASPIRE)' },
    at: { text: '令和4年度補正予算額' },
    note: 'JST\'s share: the briefing is JST\'s, and the figure equals JST\'s share of the FY2022 supplementary budget in document 003.',
  },
];
