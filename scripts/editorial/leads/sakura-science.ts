import { defineLead } from '../lead.ts';

export default defineLead({
  program: 'sakura-science',
  sentences: [
    {
      ja: '国際青少年サイエンス交流事業は、世界の優秀な人材の獲得、国際頭脳循環、世界の国・地域との友好関係強化や科学技術外交への貢献を目的に、科学技術分野で世界から青少年を招へいし、交流を促進する事業である。',
      en: 'The Sakura Science Exchange Program invites young people from around the world in science and technology and promotes exchange with them, to attract talented people, advance international brain circulation, strengthen friendly relations with countries and regions worldwide and contribute to science and technology diplomacy.',
      cites: [
        { seed: '003', text: '世界の優秀な人材の獲得、国際頭脳循環、及び世界の国・地域との友好関係強化や科学技術外交へ' },
        { seed: '003', text: 'の貢献を目的として、科学技術分野における世界からの青少年の招へいを通じて交流を促進する。' },
      ],
      jaHash: '7bbc842144d5',
    },
    {
      ja: '対象は高校生、大学・院生、ポスドク等で、受入期間は約1～3週間、受入人数は約2,900人、対象国・地域は全世界である。',
      en: 'It hosts high school students, university and graduate students, postdocs and others from countries and regions all over the world for about 1 to 3 weeks, with an intake of about 2,900 people.',
      cites: [
        { seed: '003', text: '支援対象者 高校生、大学・院生、ポスドク等' },
        { seed: '003', text: '受入期間 約1～3週間' },
        { seed: '003', text: '受入人数 約2,900人' },
        { seed: '003', text: '対象国・地域 全世界' },
      ],
      jaHash: 'bb283d430b57',
    },
    {
      ja: '事業は平成26年度に始まり、平成26年度から平成29年度までの招へい者数は合計19,298人に上る。',
      en: 'It began in FY2014, and from FY2014 to FY2017 it invited 19,298 people in all.',
      cites: [
        { seed: '003', text: '事業開始時期 平成26年度' },
        { seed: '000', text: '平成26年度 14か国・地域 2,944人' },
        { seed: '000', text: '平成29年度 35か国・地域 6,611人' },
        { seed: '000', text: '合 計 19,298人' },
      ],
      jaHash: 'd6fdbd6bb555',
    },
  ],
});
