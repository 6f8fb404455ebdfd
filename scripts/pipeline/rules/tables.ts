import type { CoauthorshipRule } from '../extract/coauthorship.ts';
import type { SakuraPlanRule, SakuraYearlyRule } from '../extract/sakura-science.ts';
import type { TrialCallRule } from '../extract/aspire-trial-call.ts';

/** Where the Sakura Science invitee table and planned intakes stand. */
export const sakuraYearlyRules: readonly SakuraYearlyRule[] = [
  {
    seed: '000',
    program: { text: '日本・アジア青少年サイエンス交流事業 (さくらサイエンスプラン)' },
    heading: { text: '○国・地域別招へい者数', nth: 1 },
    total: { text: '合 計' },
  },
];

export const sakuraPlanRules: readonly SakuraPlanRule[] = [
  { seed: '000', program: { text: '日本・アジア青少年サイエンス交流事業 (さくらサイエンスプラン)' }, at: { text: '人 数' }, era: '平成' },
  {
    seed: '001',
    program: { text: '日本・アジア青少年サイエンス交流事業', nth: 2 },
    at: { text: '受入れ人数' },
    fiscalYearFrom: { text: '令和3年度予算額(案)', after: { text: '日本・アジア青少年サイエンス交流事業', nth: 2 } },
  },
  {
    seed: '003',
    program: { text: '国際青少年サイエンス交流事業 令和5年度予算額' },
    at: { text: '受入人数' },
    fiscalYearFrom: { text: '国際青少年サイエンス交流事業 令和5年度予算額' },
    countries: { text: '対象国・地域', after: '国際青少年サイエンス交流事業 令和5年度予算額' },
  },
];

export const coauthorshipRules: readonly CoauthorshipRule[] = [
  {
    seed: '001',
    title: { text: '米国的主要な国際共著相手国・地域' },
    method: { text: '(整数カウント法により分析。', nth: 1 },
    origin: { text: '(出典) 文部科学省 科学技術・学術政策研究所、科学研究のベンチマーク2019', nth: 1 },
  },
];

export const trialCallRules: readonly TrialCallRule[] = [
  {
    seed: '004',
    proposals: { text: '応募数:' },
    adoptions: { text: '採択課題数:' },
    adoptionsSpan: 3,
    byCountry: { text: '相手国別提案案件数' },
    byField: { text: '分野別 提案件数' },
    byFunder: { text: '相手国・資金配分機関別 提案件数' },
  },
];
