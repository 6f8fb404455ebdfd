import { defineProgram } from '../schema.ts';

export default defineProgram({
  id: 'nsf-erc-exchanges',
  category: 'joint-research',
  order: 55,
  name: { ja: '研究交流の推進（米国NSF・欧州ERC）', en: 'Research exchanges with the US National Science Foundation and the European Research Council' },
  bodies: {
    funding: ['MEXT'],
    implementing: ['JST'],
    partners: [
      { name: '米国国立科学財団（NSF）', en: 'US National Science Foundation (NSF)' },
      { name: '欧州研究会議（ERC）', en: 'European Research Council (ERC)' },
    ],
  },
  related: ['strategic-basic-research', 'sicorp'],
  dataSchemes: [],
  passages: [
    {
      id: 'outline',
      section: 'overview',
      seed: '000',
      from: { text: '【概要】戦略的創造研究推進事業以外の事業を含め' },
      to: { text: '【目的】国際取組の推進による' },
      breakBefore: ['【目的】国際取組の推進による'],
      en: "Outline: research exchanges in cooperation with institutions abroad have begun, including in programs other than the Strategic Basic Research Programs.\n\nPurpose: to obtain results that help strengthen Japan's science and technology capabilities by promoting international activities.",
      jaHash: 'a335f4900c2c',
    },
    {
      id: 'nsf',
      section: 'partners',
      seed: '000',
      from: { text: '米国国立科学財団(NSF)と研究協力に関する覚書に署名' },
      to: { text: '公募を目指した研究交流を実施できるよう進める。' },
      en: "A memorandum on research cooperation was signed with the US National Science Foundation (NSF) (October 2018).\n\nSteps are being taken towards research exchanges aimed at a joint call for joint research with NSF's Directorate for Computer and Information Science and Engineering (CISE).",
      jaHash: '4a4f11c571bd',
    },
    {
      id: 'erc-arrangement',
      section: 'partners',
      seed: '000',
      from: { text: '欧州研究会議(ERC)と研究交流に関する欧州委員会との実施取極に' },
      to: { text: '署名(2018年10月)', after: '欧州研究会議(ERC)と研究交流に関する欧州委員会との実施取極に' },
      en: "An implementing arrangement on research exchanges with the European Research Council (ERC) was signed with the European Commission (October 2018).",
      jaHash: '900492ea5d02',
    },
    {
      id: 'erc',
      section: 'partners',
      seed: '000',
      from: { text: 'ERCは幅広い分野において欧州域内全体での厳しい競争を勝ち抜いた' },
      to: { text: 'ついてマッチングを促す。' },
      en: "The ERC supports excellent, original researchers in a wide range of fields who have come through fierce competition across the whole of Europe; cooperation with the ERC helps strengthen Japan's science and technology capabilities.\n\nAmong the researchers that JST and the ERC each support, matching is encouraged for exchanges in both directions, sending and hosting researchers.",
      jaHash: 'c7181451f172',
    },
  ],
  corrections: [],
});
