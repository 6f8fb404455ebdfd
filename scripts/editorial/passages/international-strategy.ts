import { defineMorePassages } from '../more-passages.ts';

export default defineMorePassages({
  program: 'international-strategy',
  passages: [
    { id: 'section-title', section: 'overview', seed: '003', from: { text: "１．我が国の国際的な科学技術イノベーション" }, to: { text: "施策の現状" }, en: "1. The current state of Japan's international science, technology and innovation policy", jaHash: '922c7d66bdfe' },
    { id: 'points-heading', section: 'overview', seed: '003', from: { text: "ポイント", nth: 1 }, to: { text: "科学技術の国際展開に関する戦略（概要）" }, en: "Key points\n\nStrategy for the international deployment of science and technology (summary)", jaHash: 'afcfbfb9212b' },
  ],
});
