import { defineLead } from '../lead.ts';

export default defineLead({
  program: 'jsps-international-fellowships',
  sentences: [
    {
      ja: '外国人研究者招へい事業は、海外から優秀な人材を我が国に呼び込むため、分野や国籍を問わず、外国人若手研究者を大学・研究機関等に招へいする。',
      en: 'The JSPS International Fellowships for Research in Japan invite young researchers from abroad, of any field or nationality, to universities and research institutions in Japan, to bring talented people to the country.',
      cites: [
        { seed: '003', text: '海外から優秀な人材を我が国に呼び込むため、分野や国籍を問わず、外国人若手研究者を大学・研究' },
        { seed: '003', text: '機関等に招へい' },
      ],
      jaHash: '6b9ed7b5472c',
    },
    {
      ja: 'ポスドク等を2年以内の期間支援する事業で、昭和63年度に始まり、新規採用人数は514人（見込み）である。',
      en: 'It supports postdocs and others for up to 2 years; it began in FY1988, and 514 new fellows are expected.',
      cites: [
        { seed: '003', text: '支援対象者 ポスドク等', nth: 2 },
        { seed: '003', text: '支援期間 2年以内' },
        { seed: '003', text: '事業開始時期 昭和63年度' },
        { seed: '003', text: '新規採用人数（見込み） 514人' },
      ],
      jaHash: 'b5072e262eac',
    },
    {
      ja: '令和5年度予算額は3,375百万円であり、我が国の研究環境の国際化や頭脳循環の促進に貢献している。',
      en: 'Its FY2023 budget is 3,375 million yen, and it helps to internationalise Japan’s research environment and to advance brain circulation.',
      cites: [
        { seed: '003', text: '外国人研究者招へい事業＜外国人特別研究員＞ 令和5年度予算額' },
        { seed: '003', text: '我が国の研究環境の国際化や頭脳循環の促' },
        { seed: '003', text: '進に貢献している。' },
      ],
      jaHash: '5fbf5c8c16c5',
    },
  ],
});
