import { defineMorePassages } from '../more-passages.ts';

export default defineMorePassages({
  program: 'wpi',
  passages: [
    { id: 'core-heading', section: 'scheme', seed: '003', from: { text: "◆WPI CORE（伴走成長方式）" }, en: "WPI CORE (a support scheme that accompanies centers as they grow)", jaHash: '35e45d079df9' },
    { id: 'as-of', section: 'overview', seed: '003', from: { text: "※令和５年４月時点" }, en: "* As of April 2023", jaHash: '0716d7db6ffd' },
    { id: 'labels', section: 'overview', seed: '003', from: { text: "３つのミッション", nth: 2 }, to: { text: "新たに創設する支援方式" }, en: "The three missions\n\nThe current WPI centers\n\nThe newly created support scheme", jaHash: 'de34413d0fa5' },
    { id: 'caption', section: 'results', seed: '003', from: { text: "異分野融合を促す研究者交流の場" }, to: { text: "（新型コロナウイルス感染症拡大前のKavli IPMUの様子）" }, en: "A place where researchers meet and fields merge (Kavli IPMU before the spread of COVID-19)", jaHash: 'f696261cdd40' },
  ],
});
