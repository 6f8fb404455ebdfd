import { defineLead } from '../lead.ts';

export default defineLead({
  program: 'satreps',
  sentences: [
    {
      ja: '地球規模課題対応国際科学技術協力プログラム（SATREPS）は、我が国の優れた科学技術と政府開発援助（ODA）との連携により、開発途上国のニーズに基づき、環境・エネルギー、生物資源、防災等の分野で地球規模課題の解決と将来的な社会実装につながる国際共同研究を推進する。',
      en: 'The Science and Technology Research Partnership for Sustainable Development (SATREPS) links Japan’s science and technology with official development assistance (ODA) to promote international joint research, based on the needs of developing countries, in fields such as environment and energy, bioresources and disaster prevention, that leads to solutions to global issues and to putting the results into practice in the future.',
      cites: [
        { seed: '003', text: '我が国の優れた科学技術と政府開発援助（ODA）との連携により、開発途上国のニーズに基づき、環境・エネルギー分野、生物資源分野、防災分野等における地球規模課題の' },
        { seed: '003', text: '解決と将来的な社会実装につながる国際共同研究を推進する。出口ステークホルダー' },
      ],
      jaHash: '3e500e67b7fd',
    },
    {
      ja: '文部科学省及び科学技術振興機構（JST）と、外務省及び国際協力機構（JICA）が連携し、それぞれ日本側と相手国側の研究機関・研究者を支援する。',
      en: 'MEXT and the Japan Science and Technology Agency (JST) work with the Ministry of Foreign Affairs and the Japan International Cooperation Agency (JICA), supporting the research institutions and researchers in Japan and in the partner country respectively.',
      cites: [
        { seed: '003', text: '文部科学省及び科学技' },
        { seed: '003', text: '術振興機構（JST）と、' },
        { seed: '003', text: '外務省及び国際協力機' },
        { seed: '003', text: '構（JICA）が連携。' },
        { seed: '003', text: 'それぞれ日本側研究機' },
        { seed: '003', text: '関・研究者及び相手国' },
      ],
      jaHash: '59c35f5559ab',
    },
    {
      ja: '支援額は各課題に年間35百万円程度（別途JICAが年間60百万円を上限に支援）、支援期間は原則3～5年間であり、事業は平成20年度に始まった。',
      en: 'Each project receives about 35 million yen a year (with JICA separately providing up to 60 million yen a year), for 3 to 5 years as a rule; the program began in FY2008.',
      cites: [
        { seed: '003', text: '支援額 35百万円程度／年・課題' },
        { seed: '003', text: '（別途JICAが60百万円／年を上限に支援）' },
        { seed: '003', text: '支援期間 原則3～5年間' },
        { seed: '003', text: '事業期間 平成20年度～' },
      ],
      jaHash: '5c40cf190310',
    },
  ],
});
