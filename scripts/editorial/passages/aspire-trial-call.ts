import { defineMorePassages } from '../more-passages.ts';

export default defineMorePassages({
  program: 'aspire-trial-call',
  passages: [
    { id: 'exit-strategy', section: 'overview', seed: '004', from: { text: "取り得る出口戦略とJSTの対応" }, en: "Possible ways out, and JST's response", jaHash: '1c4c5f8506aa' },
    { id: 'trial-heading', section: 'overview', seed: '004', from: { text: "理事長トップダウンによる国際共同研究強化の試み" }, en: "A trial of strengthening international joint research, top-down from the President", jaHash: 'd3d31e91c2f2' },
    { id: 'table-countries', section: 'results', seed: '004', from: { text: "相手国別提案案件数 (国名五十音順)" }, to: { text: "国名\t件数" }, en: "Proposals by partner country (countries in Japanese syllabary order)\n\nCountry; proposals", jaHash: '136b87a7902f' },
    { id: 'table-fields', section: 'results', seed: '004', from: { text: "合計\t43", nth: 1 }, to: { text: "分野\t件数" }, en: "Total: 43\n\nProposals by field\n\nField; proposals", jaHash: '8ed6536eb8d2' },
    { id: 'table-agencies', section: 'results', seed: '004', from: { text: "合計\t43", nth: 2 }, to: { text: "国名\t支援資金配分機関\t件数" }, en: "Total: 43\n\nProposals by partner country and funding agency\n\nCountry; funding agency supporting the partner; proposals", jaHash: 'ffd3c342347c' },
  ],
});
