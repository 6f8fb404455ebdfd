import { defineMorePassages } from '../more-passages.ts';

export default defineMorePassages({
  program: 'global-young-researchers',
  passages: [
    { id: 'budget-2023', section: 'overview', seed: '003', from: { text: "グローバルに活躍する若手研究者の育成等" }, to: { text: "※運営費交付金中の推計額" }, en: "Developing young researchers active worldwide, and related programs. FY2023 budget: ¥7,704 million (previous year's budget: ¥7,471 million)\n\n* Estimated amount within operating grants", jaHash: '146c99298a0b' },
  ],
});
