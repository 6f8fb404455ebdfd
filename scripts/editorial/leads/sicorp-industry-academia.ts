import { defineLead } from '../lead.ts';

export default defineLead({
  program: 'sicorp-industry-academia',
  sentences: [
    {
      ja: 'SICORPの国際産学連携共同研究は、日本とスウェーデン、日本とドイツのそれぞれで、企業とアカデミアが国際的な産学連携の体制を築いて進める共同研究である。',
      en: 'SICORP International Industry–Academia Joint Research brings companies and academia together in international industry–academia partnerships, one between Japan and Sweden and one between Japan and Germany.',
      cites: [
        { seed: '000', text: 'SICORP 国際産学連携共同研究（日スウェーデン・日ドイツ）' },
        { seed: '000', text: '様のチームが国際的な産学連携の体制を築' },
        { seed: '000', text: '企業とアカデミアの４者で研究チームを組み、' },
      ],
      jaHash: '7fcdcd2057dc',
    },
    {
      ja: '分野は、日スウェーデンが高齢化社会、持続可能な社会のための革新的な技術とシステム及びソリューション、日ドイツがオプティクス・フォトニクスである。',
      en: 'The fields are innovative technologies, systems and solutions for an ageing and sustainable society for Japan–Sweden, and optics and photonics for Japan–Germany.',
      cites: [
        { seed: '000', text: '高齢化社会、持続可能な社会のための革' },
        { seed: '000', text: '新的な技術とシステム及びソリューション' },
        { seed: '000', text: 'オプティクス・フォトニクス' },
      ],
      jaHash: '6c21097b96f7',
    },
    {
      ja: '支援期間は、日スウェーデンがフェーズⅠ（2016年度～2018年度）とフェーズⅡ（2019年度から3年間）、日ドイツが2018年度から3年間である。',
      en: 'Support runs, for Japan–Sweden, in Phase I (FY2016–FY2018) and Phase II (3 years from FY2019), and for Japan–Germany, for 3 years from FY2018.',
      cites: [
        { seed: '000', text: 'フェーズⅠ：2016年度～2018年度、フェー' },
        { seed: '000', text: 'ズⅡ：2019年度～（3年間）' },
        { seed: '000', text: '2018年度～（3年間）', after: 'ズⅡ：2019年度～（3年間）' },
      ],
      jaHash: '11b5e77e5654',
    },
    {
      ja: '日スウェーデンでは4課題（応募数6）、日ドイツでは3課題（応募数35）が採択された。',
      en: 'Four projects were selected for Japan–Sweden (from 6 proposals) and three for Japan–Germany (from 35 proposals).',
      cites: [{ seed: '000', text: '課題数 4課題（応募数6） 3課題（応募数35）' }],
      jaHash: 'b5d4b0194a1f',
    },
  ],
});
