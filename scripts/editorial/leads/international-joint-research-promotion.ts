import { defineLead } from '../lead.ts';

export default defineLead({
  program: 'international-joint-research-promotion',
  sentences: [
    {
      ja: '国際科学技術共同研究推進事業は、国際科学技術協力の戦略的展開に資するため、先進・新興国、開発途上国との共同研究等を推進し、地球規模課題の解決に貢献するとともに、国際サイエンス交流を促進し、科学技術外交の強化に貢献する事業である。',
      en: 'The Program for Promoting International Joint Research in Science and Technology advances joint research and other work with advanced, emerging and developing countries so as to develop international cooperation in science and technology strategically, helping to solve global issues, promoting international scientific exchange and strengthening science and technology diplomacy.',
      cites: [
        { seed: '002', text: '（参考）国際科学技術共同研究推進事業' },
        { seed: '002', text: '国際科学技術協力の戦略的展開に資するため、先進・新興国、開発途上国との共同研究等を推進し' },
        { seed: '002', text: '地球規模課題の解決に貢献するとともに、国際サイエンス交流を促進し、科学技術外交の強化に貢献する' },
      ],
      jaHash: '3d44c453bb14',
    },
    {
      ja: 'このうち地球規模課題対応国際科学技術協力プログラム（SATREPS）は、我が国の優れた科学技術と政府開発援助（ODA）との連携により、アジア等の開発途上国と、環境・エネルギー、防災、生物資源等の分野で地球規模課題の解決につながる国際共同研究を推進するもので、文部科学省及び科学技術振興機構（JST）と外務省及び国際協力機構（JICA）が連携し、支援規模は課題ごとに年36百万円、期間は3～5年間である。',
      en: 'Under it, the Science and Technology Research Partnership for Sustainable Development (SATREPS) links Japan’s excellent science and technology with official development assistance (ODA) to promote international joint research with developing countries in Asia and elsewhere that leads to solutions to global issues in fields such as environment and energy, disaster prevention and bioresources; MEXT and the Japan Science and Technology Agency (JST) work with the Ministry of Foreign Affairs and the Japan International Cooperation Agency (JICA), and each project receives 36 million yen a year for 3 to 5 years.',
      cites: [
        { seed: '002', text: '地球規模課題対応国際科学技術協力プログラム' },
        { seed: '002', text: '我が国の優れた科学技術と政府開発援助（ＯＤＡ）との' },
        { seed: '002', text: '連携により、アジア等の開発途上国と、環境・エネルギー' },
        { seed: '002', text: '分野、防災分野、生物資源分野等との地球規模の課題の解' },
        { seed: '002', text: '文部科学省及び科学技術振' },
        { seed: '002', text: '国際協力機構（ＪＩＣＡ）が連携し' },
        { seed: '002', text: '36百万／年・課題 （3～5年間）' },
      ],
      jaHash: 'f68abf121761',
    },
    {
      ja: '戦略的国際共同研究プログラム（SICORP）は、戦略的な国際協力によるイノベーション創出を目指し、省庁間合意に基づくイコールパートナーシップの下で多様な国際共同研究を推進するもので、コンソーシアム共同研究タイプ（1課題あたり年30百万～50百万円、3～5年間）、コアチーム共同研究タイプ（同10百万～30百万円、1～3年間）、国際協力加速タイプ（同5百万～10百万円、1～3年間）を設けている。',
      en: 'The Strategic International Collaborative Research Program (SICORP) aims to create innovation through strategic international cooperation, promoting a wide range of international joint research under equal partnerships based on agreements between ministries and agencies; it has a Consortium Joint Research Type (30 million to 50 million yen per project a year, for 3 to 5 years), a Core Team Joint Research Type (10 million to 30 million yen, for 1 to 3 years) and an International Cooperation Acceleration Type (5 million to 10 million yen, for 1 to 3 years).',
      cites: [
        { seed: '002', text: '戦略的国際共同研究プログラム（SICORP）', after: '国際共同研究を促進のための実務的なポイント' },
        { seed: '002', text: '戦略的な国際協力によるイノベーション創出を目指し、省庁間合意に' },
        { seed: '002', text: '基づくイコールパートナーシップの下' },
        { seed: '002', text: 'ズに応じた多様な国際共同研究を推進する。' },
        { seed: '002', text: '■コンソーシアム共同研究タイプ', nth: 1 },
        { seed: '002', text: '30百万～50百万円／年・課題 （3～5年間）', nth: 1 },
        { seed: '002', text: '■コアチーム共同研究タイプ', nth: 1 },
        { seed: '002', text: '10百万～30百万円／年・課題 （1～3年間）', nth: 1 },
        { seed: '002', text: '■国際協力加速タイプ', nth: 1 },
        { seed: '002', text: '5百万～10百万円／年・課題 （1～3年間）', nth: 1 },
      ],
      jaHash: 'f70fdb5f55df',
    },
    {
      ja: '新規の戦略的国際協力研究イノベーション共同ラボタイプ（200百万円）は、科学技術上重要な国・地域において、国際協力によるオープンイノベーション拠点となる共同ラボを相手国に形成し、我が国の「顔の見える」持続的な研究協力を推進するもので、1拠点あたり年50百万～1億円を5年間（評価により10年間）支援し、平成27年度の採択予定数は2拠点程度（重点国：インド・ASEAN等）である。',
      en: 'The new Strategic International Research Innovation Joint Laboratory Type (200 million yen) forms joint laboratories in partner countries and regions important for science and technology, as hubs of open innovation through international cooperation, for sustained research cooperation in which Japan’s “face is visible”; each hub receives 50 million to 100 million yen a year for 5 years (10 years depending on evaluation), and about 2 hubs are planned to be selected in FY2015, with India, ASEAN and others as priority countries.',
      cites: [
        { seed: '002', text: '■戦略的国際協力研究イノベーション共同ラボタイプ' },
        { seed: '002', text: '（200百万円）' },
        { seed: '002', text: '科学技術上重要な国・地域において、国際協力によるオープン' },
        { seed: '002', text: 'イノベーション拠点となる共同ラボを相手国に形成し' },
        { seed: '002', text: 'の「顔の見える」持続的な研究協力を推進' },
        { seed: '002', text: '50百万～1億円／年・拠点（5年間，評価により10年間）' },
        { seed: '002', text: 'H27採択予定数：2拠点程度(重点国：インド・ASEAN等)' },
      ],
      jaHash: '80efb32e357e',
    },
  ],
});
