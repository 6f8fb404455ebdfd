// Topic pages: questions that cut across programs. Each topic's quoted passages are held to the
// Japanese by jaHash like the program pages'; tables and figures come from the datasets.
import type { z } from 'astro/zod';
import type { Lang } from '../../src/core/locales.ts';
import type { Locator } from './schema.ts';
import type { Passage } from './schema.ts';

export type TopicId = 'budgets' | 'coauthorship' | 'sakura-science-results' | 'trial-call-results' | 'tiers' | 'timeline' | 'glossary';

export interface Topic {
  id: TopicId;
  order: number;
  title: Readonly<Record<Lang, string>>;
  /** Our introduction, in each language. */
  intro: Readonly<Record<Lang, string>>;
  passages: z.input<typeof Passage>[];
}

/** Where a tier of international joint research is illustrated by a program, as the document says. */
export interface TierExample {
  tier: 1 | 2 | 3;
  program: string | null;
  /** Where the document names something wider than a program page (a whole fund): its name as written there, and ours. `program` is then one part of it. */
  named?: Readonly<Record<Lang, string>>;
  at: { seed: string } & Locator;
}

export const topics: readonly Topic[] = [
  {
    id: 'budgets',
    order: 1,
    title: { ja: '事業別の予算の推移', en: 'Budgets across programs' },
    intro: {
      ja: '資料に記載されたすべての予算額を、事業・年度ごとに一つの表にまとめた。当初予算（予算額）、予算額（案）、補正予算、前年度予算額として記載された額を区別し、資料によって額が異なる場合は両方を出典とともに示す。資料に記載された合計額は、同じ資料の内訳の合計と照合した。',
      en: 'Every budget figure the documents state, by program and fiscal year, in one table. Budgets (予算額), budget requests (予算額(案)), supplementary budgets (補正予算) and previous-year figures as reported (前年度予算額) are told apart; where documents give different amounts for the same year, both are shown with their sources. The totals the documents state are checked against the sum of their parts in the same document.',
    },
    passages: [],
  },
  {
    id: 'coauthorship',
    order: 2,
    title: { ja: '国際共著：米国の主な共著相手国', en: "International co-authorship: the United States' main partners" },
    intro: {
      ja: '米国の国際共著論文に占める相手国・地域別のシェアと順位を、2005–2007年と2015–2017年で比べる。日本は5位から8位に下がり、中国は4位から1位に上がった。資料はこの変化を、国際的な研究ネットワークにおける日本の存在感の低下として示している。',
      en: "The share and rank of each partner country in the United States' internationally co-authored papers, 2005–2007 against 2015–2017. Japan fell from 5th to 8th while China rose from 4th to 1st. The documents present this as Japan's declining presence in international research networks.",
    },
    passages: [
      { id: 'presence', section: 'overview', seed: '003', from: { text: '○近年、我が国の国際共著論文数の伸び率が主要国と比べて相対的に低く' }, to: { text: 'いる。', after: '○近年、我が国の国際共著論文数の伸び率が' }, en: "In recent years the number of Japan's internationally co-authored papers has grown more slowly than that of other major countries, and Japan's presence in the international research community can be said to have declined. It has therefore become all the more important to deploy science and technology internationally and strategically.", jaHash: '60ef0d117aa2' },
      { id: 'research-power', section: 'overview', seed: '004', from: { text: '日本の研究力が低下。さらに最先端研究の国際ネットワークから脱落し始めている。' }, en: "Japan's research capability is declining, and it is beginning to drop out of the international networks of cutting-edge research.", jaHash: 'd69b89d62aff' },
      { id: 'aspire-background', section: 'overview', seed: '004', from: { text: '一方、国際共著論文数が諸外国と比べて相対的に低下' }, en: "On the other hand, the number of Japan's internationally co-authored papers has fallen relative to other countries, exchanges of researchers have stagnated, and Japan is now outside the world's network of international brain circulation.", jaHash: '21888c0e59b3' },
    ],
  },
  {
    id: 'sakura-science-results',
    order: 3,
    title: { ja: 'さくらサイエンス：招へいの実績', en: 'Sakura Science: invitees and results' },
    intro: {
      ja: '年度別の招へい者数と国・地域数、記載された累計、受入れ計画、満足度と追跡調査の結果、そして事業の名称の変遷。',
      en: 'Invitees and countries and regions per fiscal year, the stated cumulative total, planned intakes, satisfaction and follow-up results, and the program\'s two names.',
    },
    passages: [],
  },
  {
    id: 'trial-call-results',
    order: 4,
    title: { ja: 'JST 令和4年度試行公募の結果', en: "JST's FY2022 trial call: results" },
    intro: {
      ja: '先端国際共同研究推進事業（ASPIRE）の前身として、JST理事長の裁量経費により令和4年度に行われた試行公募の応募と採択の内訳。内訳はいずれも、資料に記載された応募数43件・採択数7件と照合した。',
      en: "Proposals and selections in the trial call that JST's President funded from discretionary funds in FY2022, the forerunner of ASPIRE. Every breakdown is checked against the 43 proposals and 7 selections the document states.",
    },
    passages: [],
  },
  {
    id: 'tiers',
    order: 5,
    title: { ja: '国際共同研究の3階層', en: 'The three tiers of international joint research' },
    intro: {
      ja: '文部科学省の資料は、国際共同研究を支援の形態によって3つの階層に分けている。政策上、拡充が求められているのは、両国の資金配分機関が協働する第3階層である。',
      en: "MEXT's documents divide international joint research into three tiers by how it is supported. Policy calls for expanding the third tier, in which the funding agencies of both countries work together.",
    },
    passages: [
      { id: 'definition', section: 'overview', seed: '003', from: { text: '※国際共同研究は、ファンディング機関や研究機関内の国際共同研究に係る明示的な支援の有無' }, to: { text: '国際共同研究の提案を共同支援する形態(第3階層)がある。', after: '※国際共同研究は、ファンディング機関や研究機関内の国際共同研究に係る明示的な支援の有無' }, en: "International joint research can be divided according to whether funding agencies and research institutions give explicit support for it and how far the partner country takes part: international exchange and joint research through ordinary channels such as academic societies (first tier); a form in which one side's funding agency or similar body selects and supports proposals for international joint research (second tier); and a form in which the funding agencies of both countries work together and jointly support proposals for international joint research (third tier).", jaHash: 'bfd33ab085d5' },
      { id: 'expand-third-tier', section: 'overview', seed: '001', from: { text: '相手のある国際連携において、時宜に応じて分野や方法等を調整するなどして' }, en: "In international cooperation with a partner, international joint research programs that can respond flexibly, adjusting fields and methods as the time requires, play a very large role, and every country is expanding their budgets. Budgets for international joint research programs need to be expanded, centred on third tier international joint research in cooperation with partner governments' agencies. (June 2019, International Strategy Committee of the Council for Science and Technology, \"Recommendations for the 6th Science and Technology Basic Plan\")", jaHash: '28b7a7144a2a' },
    ],
  },
  {
    id: 'timeline',
    order: 6,
    title: { ja: '年表', en: 'Timeline' },
    intro: {
      ja: '資料に記載された日付のある出来事（協定・覚書の署名、公募、採択、首脳・閣僚会合、政策の決定、予定された会合）を年代順に並べた。実施済みか予定かは、その出来事を記載した資料の時点による。',
      en: 'Every dated event the documents mention — agreements and memoranda signed, calls, selections, summits and ministerial meetings, policy decisions, planned meetings — in date order. Whether an event is past or planned is as of the date of the document that reports it.',
    },
    passages: [],
  },
  {
    id: 'glossary',
    order: 7,
    title: { ja: '用語集', en: 'Glossary' },
    intro: {
      ja: '本サイトで用いる用語の日本語と英語の対応。各用語について、資料で最初に現れる行を示す。英語のページはこの対応に従って訳しており、すべての訳文をこの表と照合しているため、同じ日本語の用語には常に同じ英語を当てている。',
      en: "The Japanese and English terms this site uses, each with the line where it first appears in the documents. The English pages follow these terms: every translation is checked against this list, so a Japanese term always has the same English.",
    },
    passages: [],
  },
];

export const tierExamples: readonly TierExample[] = [
  { tier: 3, program: 'sicorp', at: { seed: '003', text: '(例:JST-SICORP;JSPS国際共同研究事業)' } },
  { tier: 3, program: 'jsps-bilateral-joint-research', at: { seed: '003', text: '(例:JST-SICORP;JSPS国際共同研究事業)' } },
  // The example is the whole fund (国際共同研究加速基金), of which International Leading Research is one category.
  { tier: 2, program: 'kakenhi-international-leading-research', named: { ja: '科研費国際共同研究加速基金', en: 'KAKENHI Fund for the Promotion of Joint International Research' }, at: { seed: '003', text: '(例:科研費国際共同研究加速基金)' } },
  { tier: 1, program: null, at: { seed: '003', text: '通常の学会等を通じた国際交流・共同研究', after: '(例:科研費国際共同研究加速基金)' } },
];
