import { defineLead } from '../lead.ts';

export default defineLead({
  program: 'foreign-expectations',
  sentences: [
    {
      ja: '令和5年4月27日のJST理事長記者説明会の資料は、日本の研究力が低下し、最先端研究の国際ネットワークから脱落し始めている一方で、昨今の地政学的変化を受けて、科学技術強国において日本との連携を再評価する動きがあるとする。',
      en: 'The slides of the JST President’s press briefing of 27 April 2023 state that Japan’s research capability has declined and that Japan is beginning to drop out of the international networks of cutting-edge research, while, in response to recent geopolitical changes, there is a move among leading science and technology powers to reassess cooperation with Japan.',
      cites: [
        { seed: '004', text: 'JST 理事長 記者説明会' },
        { seed: '004', text: '令和5年 4月 27日' },
        { seed: '004', text: '日本の研究力が低下。さらに最先端研究の国際ネットワークから脱落し始めている。' },
        { seed: '004', text: '昨今の地政学的変化を受け、科学技術強国において日本との連携を再評価する動き' },
      ],
      jaHash: '3c5874467af8',
    },
    {
      ja: '令和4年度には、欧米先進国への訪問や要人のJST訪問等の機会に海外FA、大使館等との会談を行い、いずれも日本との協力への高い関心が示された。',
      en: 'In FY2022, JST held talks with funding agencies abroad, embassies and others, on visits to advanced countries in Europe and North America and when dignitaries visited JST, and all of them showed strong interest in cooperating with Japan.',
      cites: [{ seed: '004', text: '令和4年度、欧米先進国への訪問や要人のJST訪問等の機会で' }],
      jaHash: 'ced2766cfd5e',
    },
    {
      ja: '米国科学技術政策局（OSTP）のプラバカー局長は、日本との科学技術協力のさらなる発展に大きな期待を示し、英国では、フリーマン科学・研究・イノベーション担当大臣が2022年12月に東京で新たな国際科学パートナーシップ基金（ISPF、当初資金は約184億円）の立ち上げを発表し、英国研究・イノベーション機構（UKRI）のオットーライン最高責任者がISPFをはじめとする多様なツールで連携可能と表明した。',
      en: 'Arati Prabhakar, Director of the White House Office of Science and Technology Policy (OSTP), expressed great expectations of further developing science and technology cooperation with Japan; in the United Kingdom, George Freeman, Minister of State for Science, Research and Innovation, announced in Tokyo in December 2022 the launch of the new International Science Partnerships Fund (ISPF), with initial funding of about 18.4 billion yen, and Dame Ottoline Leyser, Chief Executive of UK Research and Innovation (UKRI), stated that the two sides can work together through various tools, starting with the ISPF.',
      cites: [
        { seed: '004', text: '米国科学技術政策局(OSTP) プラバカー局長' },
        { seed: '004', text: '日本との科学技術協力に対してはこれまでの長い連携を基盤に、さらなる発展' },
        { seed: '004', text: 'ジョージ・フリーマン 科学・研究・ イノベーション 担当大臣' },
        { seed: '004', text: '2022年12月、東京で新たな国際科学パートナーシップ基金(ISPF)の立ち上げを発表。当初資金は約184億円。' },
        { seed: '004', text: '英国研究・イノベーション機構(UKRI)オットーライン最高責任者' },
        { seed: '004', text: 'ISPFをはじめとする多様なツールで連携可能と表明。' },
      ],
      jaHash: 'e3dba37d190a',
    },
    {
      ja: 'オランダのダイクラーフ教育・文化・科学大臣は、国際連携の推進と研究の保護の両立が求められる中、価値観を共有する国々が互いに学ぶという文脈で同志国間の国際連携を推進すべきと共感し、カナダのモナ・ネマ主席科学顧問は、外国の政府機関や企業との研究提携によるリスクも考慮しつつ、国際共同研究を進めるための枠組みを構築すると表明した。',
      en: 'Robbert Dijkgraaf, the Netherlands’ Minister of Education, Culture and Science, agreed that, now that promoting international cooperation has to go together with protecting research, international cooperation among like-minded countries should be promoted in a spirit of countries that share values learning from each other; and Mona Nemer, Chief Science Advisor of Canada, stated that Canada will build a framework for advancing international joint research while also taking into account the risks of research partnerships with foreign government bodies and companies.',
      cites: [
        { seed: '004', text: 'オランダ ダイクラーフ教育・文化・科学大臣' },
        { seed: '004', text: '国際連携の推進と研究の保護の両立が求められるところ、価値観を共有する国々が互いに対処方針や知見を共有し、お互いに学ぶという文脈で同志国間の国際連携を推進すべきと共感' },
        { seed: '004', text: 'カナダ モナ・ネマ主席科学顧問' },
        { seed: '004', text: '外国の政府機関や企業との研究提携によるリスクも考慮しつつも、国際共同研究を進めるための枠組みを構築すると表明' },
      ],
      jaHash: '99c9f813eba4',
    },
  ],
});
