import { defineLead } from '../lead.ts';

export default defineLead({
  program: 'sicorp',
  sentences: [
    {
      ja: '戦略的国際共同研究プログラム（SICORP）は、相手国との合意に基づく国際共同研究を推進する事業であり、相互裨益を原則としつつ、我が国の課題解決型イノベーションの実現に貢献することを目指している。',
      en: 'The Strategic International Collaborative Research Program (SICORP) promotes international joint research based on agreements with partner countries; while holding to mutual benefit as a principle, it aims to help Japan achieve innovation that solves problems.',
      cites: [
        { seed: '003', text: '国際協力によるイノベーション創出のため、多様な研究内容・体制に対応するタイプを設け、相手国と' },
        { seed: '003', text: '相手国との相互裨益を原則としつつも' },
        { seed: '003', text: '課題解決型イノベーションの実現に貢献することを目指す' },
      ],
      jaHash: '4f0077522196',
    },
    {
      ja: '大学や公的研究機関、民間企業等を対象に、1課題あたり年5百万円～1億円を、3年間（タイプにより異なる）支援する。',
      en: 'It funds universities, public research institutes, private companies and others with 5 million to 100 million yen per project a year, for 3 years (varying by type).',
      cites: [
        { seed: '003', text: '支援額 5百万円～1億円／年・課題' },
        { seed: '003', text: '支援期間 3年間（タイプにより異なる）' },
        { seed: '003', text: '大学、国公立研究機関等の公的研究機関、', after: 'のような協力を想定。' },
        { seed: '003', text: '民間企業等', after: { text: '大学、国公立研究機関等の公的研究機関、', after: 'のような協力を想定。' } },
      ],
      jaHash: '57d2893735fd',
    },
    {
      ja: '事業は平成21年度に始まり、令和4年度には14か国・地域で113課題を実施している。',
      en: 'The program began in FY2009; in FY2022 it ran 113 projects with 14 countries and regions.',
      cites: [
        { seed: '003', text: '事業期間 平成21年度～' },
        { seed: '003', text: '14か国・地域：113課題（令和4年度）' },
      ],
      jaHash: 'ccd69afdce4f',
    },
    {
      ja: 'これまでに41か国と共同公募（joint call）構築の協力関係を結んでおり、現在は14か国と協力している。',
      en: 'It has so far worked with 41 countries to set up joint calls, and currently works with 14.',
      cites: [
        { seed: '003', text: 'これまで41か国とjoint call構築の協力関係' },
        { seed: '003', text: '（現在14か国と協力中）にある。' },
      ],
      jaHash: '6fe2529ca531',
    },
  ],
});
