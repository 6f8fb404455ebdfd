import { defineLead } from '../lead.ts';

export default defineLead({
  program: 'aspire',
  sentences: [
    {
      ja: '先端国際共同研究推進事業（ASPIRE）は、高い科学技術水準を有する欧米等先進国を対象に、政府主導で設定する先端分野の大型国際共同研究を、両国のファンディングエージェンシーが協働して支援する事業である。',
      en: 'Adopting Sustainable Partnerships for Innovative Research Ecosystem (ASPIRE) supports large-scale international joint research with advanced countries of high scientific standing, in Europe, North America and elsewhere, in cutting-edge fields set by the government, with the funding agencies of both countries working together.',
      cites: [
        { seed: '003', text: '高い科学技術水準を有する欧米等先進国を対象として、政府主導で設定する先端分' },
        { seed: '003', text: '野における研究開発成果創出を目的とする大型国際共同研究に十分な予算を担保。' },
        { seed: '003', text: '両国のファンディングエージェンシーが協働しつつ、課題単価や支援時期等を柔軟に設定' },
      ],
      jaHash: 'd9e1abc2afd5',
    },
    {
      ja: '支援の対象は、原則として各国の有力資金配分機関から十分な研究資金を得ている各国トップ研究者との連携を希望する日本側研究者チームであり、課題ごとに年間最大100百万円程度を、原則5年間支援する。',
      en: 'It supports Japanese research teams that wish to work with top researchers in other countries who, as a rule, hold ample funding from their countries’ major funding agencies, with up to about 100 million yen per project a year, for 5 years as a rule.',
      cites: [
        { seed: '003', text: '支援対象 原則、各国の有力資金配分機関から十分な研究資金を得ている各' },
        { seed: '003', text: '国トップ研究者との連携を希望する日本側研究者チーム' },
        { seed: '003', text: '支援規模 最大100百万円／年・課題程度' },
        { seed: '003', text: '支援期間 原則５年' },
      ],
      jaHash: '9f0313735ce2',
    },
    {
      ja: '令和4年度第2次補正予算では、この事業の基金として50,050百万円（JST 44,000百万円、AMED 6,050百万円）が計上された。',
      en: 'The FY2022 second supplementary budget provided 50,050 million yen for its fund (44,000 million yen for JST and 6,050 million yen for AMED).',
      cites: [
        { seed: '003', text: '令和4年度第2次補正予算   50,050百万円' },
        { seed: '003', text: 'JST  :44,000百万円' },
        { seed: '003', text: 'AMED: 6,050百万円' },
        { seed: '003', text: '令和4年度第2次補正予算額 501億円' },
        { seed: '003', text: 'より戦略的・機動的に国際共同研究を支援できるよう基金を造成' },
      ],
      jaHash: 'a0d9308d8ffa',
    },
  ],
});
