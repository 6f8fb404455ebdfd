import { defineProgram } from '../schema.ts';

export default defineProgram({
  id: 'sicorp-research-hubs',
  category: 'joint-research',
  order: 17,
  name: { ja: 'SICORP 国際共同研究拠点', en: 'SICORP International Joint Research Hubs (ASEAN, India, China)' },
  bodies: {
    funding: ['MEXT'],
    implementing: ['JST'],
    partners: [
      { name: 'インドDST', en: 'Department of Science and Technology (DST), India' },
      { name: 'MOST', en: 'Ministry of Science and Technology (MOST), China' },
    ],
  },
  parent: 'sicorp',
  related: ['e-asia-jrp', 'satreps', 'wpi'],
  dataPrograms: ['sicorp'],
  dataSchemes: ['International joint research hub,'],
  passages: [
    {
      id: 'aims',
      section: 'overview',
      seed: '000',
      from: { text: '【本事業の狙い】' },
      to: { text: '成果の展開活動等を精力的に行うことにより' },
      en: "Aims of the program\n\nTo form open innovation hubs for joint research and for putting results into practice in countries and regions important for science and technology diplomacy.\n\nTo position each hub as a symbol of science and technology cooperation between Japan and the country or region concerned and, by vigorously pursuing not only research but also activities centred on the hub to spread research results, to promote closer ties between Japan and the partner country or region across the board (with Japanese researchers stationed there).",
      jaHash: 'c66fcf8453ed',
    },
    {
      id: 'fields',
      section: 'scheme',
      seed: '003',
      from: { text: 'ASEAN(環境・エネルギー、生物資源' },
      to: { text: '中国(環境・エネルギー)' },
      en: "ASEAN (environment and energy, bioresources, disaster prevention), India (information and communication technology), China (environment and energy)",
      jaHash: '84e9f24e959a',
    },
    {
      id: 'status',
      section: 'results',
      seed: '000',
      from: { text: '【課題の状況】' },
      to: { text: '中国:MOSTと協力し' },
      breakBefore: ['中国:MOSTと協力し'],
      en: "Status of the projects\n\nASEAN region: following the call and selection in FY2015, one project at Kyoto University (promoting research for the SDGs: environment and energy, bioresources and biodiversity, disaster prevention) was selected. It is currently being supported.\n\nIndia: after consultations with India's DST towards building a joint research hub, a regular SICORP-style joint call was held in FY2016 and three projects were selected: two at the University of Tokyo and one at Kyushu University. After Phase 1 support (five years: FY2016–FY2020), the plan is to narrow the projects down to one that can develop hub functions and put the joint research results into practice, and move to Phase 2 support (five years: FY2021–FY2025).\n\nChina: in cooperation with MOST, a call in the field of environment and energy was held in FY2017, with review during FY2018 and research support due to start in April 2019 (FY2019).",
      jaHash: 'cee3e9c712b6',
    },
  ],
  corrections: [
    {
      seed: '000',
      at: { text: '中国:MOSTと協力し' },
      asWritten: '。 8',
      corrected: '。',
      why: { ja: '行末に残ったスライドのページ番号（8）を除いた。', en: 'A stray slide page number (8) at the end of the line is removed.' },
    },
  ],
});
