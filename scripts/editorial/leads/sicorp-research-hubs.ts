import { defineLead } from '../lead.ts';

export default defineLead({
  program: 'sicorp-research-hubs',
  sentences: [
    {
      ja: 'SICORPの国際共同研究拠点は、科学技術外交上の重要な国・地域において、共同研究や社会実装を行うためのオープンイノベーション拠点を形成するプログラムである。',
      en: 'SICORP International Joint Research Hubs set up open-innovation hubs in countries and regions important to science and technology diplomacy, to carry out joint research and put its results into practice.',
      cites: [
        { seed: '000', text: '15. SICORP - 「国際共同研究拠点」プログラム' },
        { seed: '000', text: '科学技術外交上の重要な国・地域において、共同研究や社会実装を行うため、オープンイノベーション拠点を形成する。' },
      ],
      jaHash: 'a8d38453610f',
    },
    {
      ja: '拠点は日本と相手国・地域との科学技術協力の象徴的存在と位置付けられ、日本人研究者が常駐する。',
      en: 'Each hub is positioned as a symbol of science and technology cooperation between Japan and the partner country or region, with Japanese researchers stationed there.',
      cites: [
        { seed: '000', text: '設置した拠点を日本と当該国・地域との科学技術協力の象徴的存在として位置付け' },
        { seed: '000', text: '（日本人研究者常駐）' },
      ],
      jaHash: 'dcd968537dce',
    },
    {
      ja: '対象は、ASEAN（環境・エネルギー、生物資源、防災）、インド（情報・通信技術）、中国（環境・エネルギー）である。',
      en: 'The hubs are in ASEAN (environment and energy, bioresources, disaster prevention), India (information and communication technology) and China (environment and energy).',
      cites: [
        { seed: '003', text: 'ASEAN（環境・エネルギー、生物資源、' },
        { seed: '003', text: '防災）、インド（情報・通信技術）、' },
        { seed: '003', text: '中国（環境・エネルギー）' },
      ],
      jaHash: '84a1b86a3a54',
    },
    {
      ja: 'インドでは平成28年度の共同公募で3課題を採択し、第1フェーズ（5年間）の後、1課題に絞り込んで第2フェーズ（5年間：2021～2025年度）に移行する計画である。',
      en: 'In India, 3 projects were selected in a joint call in FY2016; after a first phase of 5 years, the plan is to narrow them down to one and move to a second phase of 5 years (FY2021–FY2025).',
      cites: [
        { seed: '000', text: 'インド：共同研究拠点構築に向けてインドDSTと協議の結果、平成28年度に通常SICORP型の共同公募を実施し' },
        { seed: '000', text: '1課題の計3課題を採択した。第1フェーズ支援（5年間：平成28（2016）～2020年度）終了後' },
        { seed: '000', text: '装を実現し得る1課題に絞り込み、第2フェーズ支援（５年間：2021～2025年度）に移行する計画。' },
      ],
      jaHash: '422807cedb30',
    },
  ],
});
