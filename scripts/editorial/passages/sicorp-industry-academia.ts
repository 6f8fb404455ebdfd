import { defineMorePassages } from '../more-passages.ts';

export default defineMorePassages({
  program: 'sicorp-industry-academia',
  passages: [
    { id: 'terms', section: 'scheme', seed: '000', from: { text: "支援期間", nth: 2 }, to: { text: "課題数 4課題（応募数6） 3課題（応募数35）" }, breakBefore: ['フェーズⅠ：'], en: "Period of support\n\nPhase I: FY2016–FY2018; Phase II: from FY2019 (3 years)\n\nFrom FY2018 (3 years)\n\nBudget\n\nPhase I: ¥13 million in total (upper limit); Phase II: ¥90 million (upper limit)\n\n¥54 million in total (upper limit)\n\nProjects: 4 (6 proposals); 3 (35 proposals)", jaHash: 'add392190dda' },
    { id: 'heading', section: 'overview', seed: '000', from: { text: "7. SICORP 国際産学連携共同研究（日スウェーデン・日ドイツ）" }, to: { text: "日スウェーデン 日ドイツ" }, en: "7. SICORP international industry–academia joint research (Japan–Sweden, Japan–Germany)\n\nJapan–Sweden; Japan–Germany", jaHash: 'd9d03c00d4a9' },
  ],
});
