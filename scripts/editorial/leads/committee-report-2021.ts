import { defineLead } from '../lead.ts';

export default defineLead({
  program: 'committee-report-2021',
  sentences: [
    {
      ja: '「科学技術の戦略的国際展開に向けて」は、科学技術・学術審議会の国際戦略委員会が令和3年6月30日付けでとりまとめた報告であり、Society 5.0に向けて国際交流・協力が最大の効果を発揮するよう、その目的を明確化している。',
      en: '“Towards the strategic international deployment of science and technology” is the report that the International Strategy Committee of the Council for Science and Technology compiled on 30 June 2021; so that international exchange and cooperation have the greatest effect on the way to Society 5.0, it makes their purposes clear.',
      cites: [
        { seed: '003', text: '令和3年6月30日' },
        { seed: '003', text: '科学技術・学術審議会', after: '令和3年6月30日' },
        { seed: '003', text: '国際戦略委員会', after: '令和3年6月30日' },
        { seed: '003', text: 'Society 5.0に向けて国際交流・協力が最大の効果を発揮するため、その目的を明確化' },
        { seed: '003', text: '令和3年6月に「科学技術の戦略的国際展開に向けて」を国際戦略委員' },
      ],
      jaHash: '3630b4062abb',
    },
    {
      ja: '現状認識として、気候変動やパンデミック等のグローバル・アジェンダの顕在化、新型コロナウイルス感染症の拡大による対面での国際交流・協力の困難に加え、我が国の国際共著論文数の伸び率が主要国と比べて相対的に低く、国際的な研究コミュニティにおける存在感も低下しているといえることを挙げている。',
      en: 'In its understanding of the current situation, it points to the emergence of global agendas such as climate change and pandemics, the difficulty of face-to-face international exchange and cooperation since COVID-19 spread, and the growth in Japan’s internationally co-authored papers, relatively low compared with other major countries, noting that Japan’s presence in the international research community can also be said to be declining.',
      cites: [
        { seed: '003', text: '現状認識' },
        { seed: '003', text: '気候変動、パンデミック等のグローバル・アジェンダの顕在化と' },
        { seed: '003', text: '新型コロナウイルス感染症の拡大を受け、対面での国際交流・協力は困難となった' },
        { seed: '003', text: '近年、我が国の国際共著論文数の伸び率が主要国と比べて相対的に低く、国際的な研究コミュニティにおける存在感も低下' },
      ],
      jaHash: '56b6befd7e7f',
    },
    {
      ja: '目的として、未来社会像の実現の基礎となる研究力の強化、STIを通して実現すべき新たな価値の創造や社会課題の解決、未来社会像を共有して各国との友好的関係を強化する科学技術外交の三つを掲げ、国際交流・協力の効果の最大化にあたって考慮すべき観点として、研究インテグリティや技術流出防止の観点から必要十分かつ適切な手続きがとられているか等を示している。',
      en: 'It sets three purposes — strengthening the research capability that is the basis for realising a vision of the future society; creating new value and solving social challenges through STI; and science and technology diplomacy that shares that vision and strengthens friendly relations with other countries — and sets out the perspectives to consider in maximising the effects of international exchange and cooperation, such as whether the necessary, sufficient and appropriate procedures are followed for research integrity and the prevention of technology leakage.',
      cites: [
        { seed: '003', text: '未来社会像の実現の' },
        { seed: '003', text: '基礎となる研究力の強化' },
        { seed: '003', text: 'STIを通して実現すべき' },
        { seed: '003', text: '新たな価値の創造や' },
        { seed: '003', text: '未来社会像を共有して' },
        { seed: '003', text: '各国との友好的関係を' },
        { seed: '003', text: '強化する科学技術外交' },
        { seed: '003', text: '国際交流・協力の効果の最大化にあたって、上記の目的に照らして考慮すべき観点' },
        { seed: '003', text: '研究インテグリティや技術流出防止の観点から必要十分かつ' },
      ],
      jaHash: '9171e90c5ff6',
    },
    {
      ja: '取組の方向性として、国際頭脳循環では研究交流における戦略的な分野や相手の検討、世界水準の魅力的な研究環境の整備の継続・拡充、学生から研究者に至るキャリアステージに応じた支援を、国際共同研究では大規模な国際共同研究の継続的な実施への支援やポスドク等に対する共同研究相手先との交流機会の創出などを挙げている。',
      en: 'Its directions for action name, for international brain circulation, considering strategic fields and partners for research exchange, continuing and expanding attractive, world-class research environments, and support suited to each career stage from students to researchers; and, for international joint research, support for carrying out large-scale international joint research continuously and opportunities for postdoctoral researchers and others to interact with joint research partners.',
      cites: [
        { seed: '003', text: '国際交流・協力のための取組の方向性' },
        { seed: '003', text: '＜国際頭脳循環＞' },
        { seed: '003', text: '研究交流における戦略的な分野や相手を検討' },
        { seed: '003', text: '世界水準の魅力的な研究環境の整備を継続・拡充' },
        { seed: '003', text: '学生から研究者に至るキャリアステージに応じた支援' },
        { seed: '003', text: '＜国際共同研究＞' },
        { seed: '003', text: '大規模な国際共同研究の継続的な実施への支援' },
        { seed: '003', text: 'ポスドク等に対する共同研究相手先との交流機会を創出' },
      ],
      jaHash: '0eec594ca6f6',
    },
  ],
});
