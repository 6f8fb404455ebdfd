import { defineMorePassages } from '../more-passages.ts';

export default defineMorePassages({
  program: 'overseas-challenge',
  passages: [
    { id: 'terms-2023', section: 'scheme', seed: '003', from: { text: "支援対象者 博士後期課程学生等" }, to: { text: "新規採用人数（見込み） 140人" }, en: "Who is supported: doctoral students and others. Costs covered: return airfare, living expenses and so on\n\nProgram began: FY2017. Period abroad: about 3 months to 1 year\n\nNew participants (expected): 140", jaHash: '489afc417bf5' },
    { id: 'fy2021', section: 'overview', seed: '001', from: { text: "若手研究者海外挑戦プログラム", nth: 2 }, to: { text: "✓ 新規採用人数（見込み）：140人" }, en: "Overseas Challenge Program for Young Researchers\n\nFY2021 budget request: ¥265 million (previous year's budget: ¥265 million)\n\nTo develop doctoral students and others who are expected to be active internationally in the future, gives them the opportunity to do research together with researchers abroad for a short period.\n\n[How the program works]\n\nWho is supported: doctoral students and others\n\nCosts covered: return airfare, living expenses and so on\n\nProgram began: FY2017\n\nPeriod abroad: about 3 months to 1 year\n\nNew participants (expected): 140", jaHash: '9c75e0eda2a7' },
  ],
});
