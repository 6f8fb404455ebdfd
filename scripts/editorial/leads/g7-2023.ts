import { defineLead } from '../lead.ts';

export default defineLead({
  program: 'g7-2023',
  sentences: [
    {
      ja: 'G7仙台科学技術大臣会合は5月12日（金）～14日（日）の3日間、仙台市の秋保温泉において「信頼に基づく、オープンで発展性のある研究エコシステムの実現」をテーマに開催され、大臣コミュニケは科学研究の自由と包摂性の尊重及びオープン・サイエンスの推進、研究セキュリティ・研究インテグリティ対策による信頼ある科学研究の推進、地球規模課題を解決するための科学技術に関する国際協力の三章からなる。',
      en: 'The G7 Science and Technology Ministers’ Meeting in Sendai was held over three days, Friday 12 to Sunday 14 May, at Akiu Onsen in Sendai, under the theme of realising a research ecosystem that is open, based on trust and able to evolve; its ministers’ communiqué has three chapters: respecting the freedom and inclusiveness of scientific research and promoting open science, promoting trustworthy scientific research through research security and research integrity measures, and international cooperation in science and technology to solve global challenges.',
      cites: [
        { seed: '003', text: '5月12日（金）～14日（日）の３日間、仙台市の秋保温泉において' },
        { seed: '003', text: 'Ｇ７仙台科学技術大臣会合を開催' },
        { seed: '003', text: '信頼に基づく、オープンで発展性のある研究エコシステムの実現' },
        { seed: '003', text: '１．大臣コミュニケの概要' },
        { seed: '003', text: '第一章 科学研究の自由と包摂性の尊重及びオープン・サイエンスの推進' },
        { seed: '003', text: '第二章 研究セキュリティ・研究インテグリティ対策の取組による信頼ある科学研究の推進' },
        { seed: '003', text: '第三章 地球規模課題を解決するための科学技術に関する国際協力' },
      ],
      jaHash: '9f7217c98124',
    },
    {
      ja: 'G7教育大臣会合は5月12日（金）～15日（月）の4日間、富山県富山市・石川県金沢市においてコロナの影響を踏まえた今後の教育のあり方をテーマに開催され、大臣宣言では国際教育交流の必要性と役割（国際頭脳循環）も取り上げられた。',
      en: 'The G7 Education Ministers’ Meeting was held over four days, Friday 12 to Monday 15 May, in Toyama City (Toyama Prefecture) and Kanazawa City (Ishikawa Prefecture), with the future of education in the light of the impact of COVID-19 as its theme; its ministers’ declaration also took up the need for, and role of, international educational exchange (international brain circulation).',
      cites: [
        { seed: '003', text: '5月12日（金）～15日（月）の4日間、富山県富山市・石川県金沢市において' },
        { seed: '003', text: 'Ｇ７教育大臣会合を開催' },
        { seed: '003', text: 'コロナの影響を踏まえた今後の教育のあり方' },
        { seed: '003', text: '１．大臣宣言の概要' },
        { seed: '003', text: '国際社会の連携に向け、新たな価値を創造するための国際教育交流の必要性と役割' },
        { seed: '003', text: '（国際頭脳循環）', after: '国際社会の連携に向け、新たな価値を創造するための国際教育交流の必要性と役割' },
      ],
      jaHash: '66d7a8c0c288',
    },
    {
      ja: 'G7期間中・前後にはドイツ、イタリア、英国、フランスの大臣とのバイ会談が行われ、英国とは同国の戦略的な科学技術に関する国際的な基金と先端国際共同研究推進事業（ASPIRE）の基金の連携による協力関係の深化について会談し、期間中には日米教育協力に関する覚書や文部科学省とイタリア研究・大学省の協力覚書に署名したほか、JSTとUKRIの半導体協力なども科学技術関係の協定等として挙げられている。',
      en: 'During and around the G7 meetings, bilateral meetings were held with ministers from Germany, Italy, the United Kingdom and France, the one with the UK on deeper cooperation by linking the UK’s international fund for strategic science and technology with the fund of Adopting Sustainable Partnerships for Innovative Research Ecosystem (ASPIRE), which promotes cutting-edge international joint research; during the meetings, a memorandum on Japan–US cooperation in education and a memorandum of cooperation between MEXT and Italy’s Ministry of University and Research were signed, and the science and technology agreements listed also include cooperation in semiconductors between JST and UK Research and Innovation (UKRI).',
      cites: [
        { seed: '003', text: 'G7期間中・前後でのバイ会談' },
        { seed: '003', text: 'ドイツ シュタルク＝ヴァッツィンガー' },
        { seed: '003', text: 'イタリア ヴァルディターラ' },
        { seed: '003', text: 'イギリス ジョージ・フリーマンDSIT閣外大臣' },
        { seed: '003', text: 'フランス シルヴィー・ルタイヨー' },
        { seed: '003', text: '英国における戦略的な科学技術に関する国際的な基金と' },
        { seed: '003', text: '「先端国際共同研究推進事業（ASPIRE）」の基金の連携に' },
        { seed: '003', text: 'よる協力関係の深化' },
        { seed: '003', text: 'G7期間中の科学技術関係の協定等について' },
        { seed: '003', text: '日米教育協力に関する覚書に署名' },
        { seed: '003', text: 'イタリア研究・大学省' },
        { seed: '003', text: '協力覚書に署名済み' },
        { seed: '003', text: 'JST-UKRI' },
        { seed: '003', text: '【分野】半導体協力' },
      ],
      jaHash: '73a733d13682',
    },
    {
      ja: '「日米科学技術協力協定」に基づく第15回日米科学技術協力合同高級委員会では、日本側の永岡文部科学大臣と高市科学技術政策担当大臣、米国側のプラバカー大統領府科学技術政策局長が共同議長を務め、科学技術イノベーション政策、データサイエンス、AI、量子技術、気候変動、バイオテクノロジー、バイオものづくりといった重要分野について議論した。',
      en: 'At the 15th Japan–U.S. Joint High-Level Committee on Science and Technology Cooperation, held under the Agreement between Japan and the United States on Cooperation in Research and Development in Science and Technology, Keiko Nagaoka, Minister of Education, Culture, Sports, Science and Technology, and Sanae Takaichi, Minister of State for Science and Technology Policy, co-chaired for Japan and Arati Prabhakar, Director of the White House Office of Science and Technology Policy (OSTP), for the United States, and the committee discussed key fields: science, technology and innovation policy, data science, AI, quantum technology, climate change, biotechnology and biomanufacturing.',
      cites: [
        { seed: '003', text: '第１５回日米科学技術協力合同高級委員会' },
        { seed: '003', text: '「日米科学技術協力協定」に基づき' },
        { seed: '003', text: '永岡文部科学大臣、高市科学技術政策担当大臣' },
        { seed: '003', text: 'アメリカ側 ：プラバカ―大統領府' },
        { seed: '003', text: '科学技術イノベーション政策、データサイエンス、AI、量子技術' },
        { seed: '003', text: '気候変動、バイオテクノロジー、バイオものづくり' },
      ],
      jaHash: '8e7c52c36a08',
    },
  ],
});
