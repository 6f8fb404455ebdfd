import { defineMorePassages } from '../more-passages.ts';

export default defineMorePassages({
  program: 'nsf-erc-exchanges',
  passages: [
    { id: 'heading', section: 'overview', seed: '000', from: { text: "（国内の競争的資金における国際取組の推進）" }, to: { text: "2. 研究交流の推進" }, en: "(Promoting international activities in Japan's competitive research funding)\n\n2. Promoting research exchanges", jaHash: '31ba124f2fc6' },
  ],
});
