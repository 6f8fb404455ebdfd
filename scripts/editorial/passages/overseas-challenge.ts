import { defineMorePassages } from '../more-passages.ts';

export default defineMorePassages({
  program: 'overseas-challenge',
  passages: [
    { id: 'terms-2023', section: 'scheme', seed: '003', from: { text: "支援対象者 博士後期課程学生等" }, to: { text: "新規採用人数（見込み） 140人" }, en: "Who is supported: doctoral students and others. Costs covered: return airfare, living expenses and so on\n\nProgram began: FY2017. Period abroad: about 3 months to 1 year\n\nNew participants (expected): 140", jaHash: '489afc417bf5' },
  ],
});
