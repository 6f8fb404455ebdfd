import { defineMorePassages } from '../more-passages.ts';

export default defineMorePassages({
  program: 'sicorp-uk-lead-agency',
  passages: [
    { id: 'heading', section: 'overview', seed: '000', from: { text: "6. SICORP リードエージェンシー方式の導入（日英共同研究）" }, to: { text: "戦略的国際共同研究プログラム（ＳＩＣＯＲＰ）「日本－英国共同研究」" }, en: "6. SICORP introduces the lead agency scheme (Japan–UK joint research)\n\nStrategic International Collaborative Research Program (SICORP: strategic international joint research), \"Japan–UK joint research\"", jaHash: '11f6223f6238' },
  ],
});
