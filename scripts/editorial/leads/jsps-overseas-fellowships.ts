import { defineLead } from '../lead.ts';

export default defineLead({
  program: 'jsps-overseas-fellowships',
  sentences: [
    {
      ja: '海外特別研究員事業は、博士の学位を有する者の中から優れた若手研究者を「海外特別研究員」として採用し、海外の大学等研究機関で長期間（2年間）研究に専念できるよう支援する。',
      en: 'The JSPS Overseas Research Fellowships select outstanding young researchers with a doctorate as Overseas Research Fellows and support them to devote themselves to research at universities and other research institutions abroad for a long period (2 years).',
      cites: [
        { seed: '003', text: '博士の学位を有する者の中から優れた若手研究者を「海外特別研究員」として採用' },
        { seed: '003', text: '海外の大学等研究機関において長期間（2年間）研究に専念できるよう支援' },
      ],
      jaHash: '8e7eb669c86d',
    },
    {
      ja: '事業は昭和57年度に始まり、令和5年度予算額は2,611百万円、新規採用人数は176人（見込み）である。',
      en: 'The program began in FY1982; its FY2023 budget is 2,611 million yen, and 176 new fellows are expected.',
      cites: [
        { seed: '003', text: '事業開始時期 昭和57年度' },
        { seed: '003', text: '海外特別研究員事業 令和5年度予算額  ：2,611百万円' },
        { seed: '003', text: 'み） 176人' },
      ],
      jaHash: 'f3625e993f71',
    },
    {
      ja: '海外特別研究員としての経験は採用者の研究能力の向上に役立っており、採用前に比べて採用期間終了後の被引用数TOP10％論文の割合が増加している。',
      en: 'The experience helps fellows improve their research ability: the share of their papers among the top 10% most cited is higher after the fellowship than before it.',
      cites: [
        { seed: '003', text: '海外特別研究員としての経験が、採用者における今後の' },
        { seed: '003', text: '研究能力の向上に役立っている。' },
        { seed: '003', text: '→採用前に比べて、採用期間終了後の被引用数TOP10％論' },
      ],
      jaHash: '2b60264d6187',
    },
  ],
});
