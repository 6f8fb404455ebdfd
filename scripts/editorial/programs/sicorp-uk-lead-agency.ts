import { defineProgram } from '../schema.ts';

export default defineProgram({
  id: 'sicorp-uk-lead-agency',
  category: 'joint-research',
  order: 11,
  name: { ja: 'SICORP 日英共同研究（リードエージェンシー方式）', en: 'SICORP Japan–UK Joint Research under the Lead Agency Scheme' },
  bodies: {
    funding: ['MEXT'],
    implementing: ['JST'],
    partners: [{ name: '英国自然環境研究会議（NERC）', en: 'Natural Environment Research Council (NERC), UK' }],
  },
  parent: 'sicorp',
  related: ['aspire'],
  dataPrograms: ['sicorp'],
  dataSchemes: ['Japan–UK'],
  passages: [
    {
      id: 'field',
      section: 'overview',
      seed: '000',
      from: { text: '【実施分野】' },
      to: { text: '共同研究を推進する。' },
      en: "Field\n\nMarine research\n\nIn this field of cooperation, Japan–UK joint research is promoted on innovative biological and biogeochemical sensors that will bring breakthroughs in ocean surveys and observation, to deepen the scientific knowledge needed to respond to climate change and to use the oceans sustainably.",
      jaHash: 'da93d24442fc',
    },
    {
      id: 'funder',
      section: 'partners',
      seed: '000',
      from: { text: '【英国側ファンディングエージェンシー】' },
      to: { text: 'The Natural Environment Research Council' },
      en: "UK funding agency\n\nNatural Environment Research Council (NERC)",
      jaHash: '5a42b788dc44',
    },
    {
      id: 'periods',
      section: 'scheme',
      seed: '000',
      from: { text: '【公募期間】' },
      to: { text: '2018年度~2020年度' },
      en: "Call period\n\n20 June to 24 August 2017\n\nResearch support period\n\nFY2018 to FY2020",
      jaHash: '0020ebc99d53',
    },
    {
      id: 'diplomacy',
      section: 'results',
      seed: '000',
      from: { text: '【日英間の科学技術外交強化への貢献】' },
      to: { text: 'を目指すことが言及された。' },
      en: "Contribution to stronger Japan–UK science and technology diplomacy\n\nJST and the UK's NERC consulted closely on the lead agency scheme, which led to the first call of this kind in Japan, opened in June 2017.\n\nThen, at the Japan–UK summit on 31 August of the same year, the Japan–UK Joint Declaration on Prosperity Cooperation signed by both prime ministers mentioned, as one of its important proposals on science and technology, the aim of establishing a lead agency scheme.",
      jaHash: 'a8548f758c06',
    },
  ],
  corrections: [
    {
      seed: '000',
      at: { text: 'を目指すことが言及された。' },
      asWritten: '。 4',
      corrected: '。',
      why: { ja: '行末に残ったスライドのページ番号（4）を除いた。', en: "A stray slide page number (4) at the end of the line is removed." },
    },
  ],
});
