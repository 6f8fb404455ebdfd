import { defineMorePassages } from '../more-passages.ts';

export default defineMorePassages({
  program: 'international-strategy',
  passages: [
    { id: 'section-title', section: 'overview', seed: '003', from: { text: "１．我が国の国際的な科学技術イノベーション" }, to: { text: "施策の現状" }, en: "1. The current state of Japan's international science, technology and innovation policy", jaHash: '922c7d66bdfe' },
    { id: 'points-heading', section: 'overview', seed: '003', from: { text: "ポイント", nth: 1 }, to: { text: "科学技術の国際展開に関する戦略（概要）" }, en: "Key points\n\nStrategy for the international deployment of science and technology (summary)", jaHash: 'afcfbfb9212b' },
    { id: 'fy2021-background', section: 'overview', seed: '001', from: { text: "7.科学技術イノベーションの戦略的国際展開" }, to: { text: "国際化・国際頭脳循環、国際共同研究、国際協力による" }, en: "7. Strategic international deployment of science, technology and innovation\n\nWork on internationalisation and international brain circulation, international joint research, and the promotion of STI for SDGs through international cooperation, and advance the strategic international deployment of science and technology further.", jaHash: '8d8e4abdbf6e' },
    { id: 'coauthorship-title', section: 'overview', seed: '001', from: { text: "主要国のTop10%補正論文数における共著形態" }, en: "Forms of co-authorship in the adjusted top 10% papers of major countries", jaHash: 'd79e7d1e55fc' },
  ],
});
