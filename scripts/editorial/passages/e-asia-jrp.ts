import { defineMorePassages } from '../more-passages.ts';

export default defineMorePassages({
  program: 'e-asia-jrp',
  passages: [
    { id: 'heading', section: 'overview', seed: '000', from: { text: "15. SICORP - e-ASIA JRP" }, to: { text: "e-ASIA JRP" }, en: "15. SICORP: e-ASIA JRP\n\ne-ASIA JRP (e-ASIA Joint Research Program)", jaHash: 'e6b9fcba3ad5' },
  ],
});
