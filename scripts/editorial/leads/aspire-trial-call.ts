import { defineLead } from '../lead.ts';

export default defineLead({
  program: 'aspire-trial-call',
  sentences: [
    {
      ja: '最先端研究の国際ネットワークへの日本人研究者の参画を促すため、理事長トップダウン（裁量経費）により令和4年度に実施した試行公募であり、欧米等先進国との最先端研究における国際共同研究の支援を試行した。',
      en: 'A trial call that the JST President ran top-down from discretionary funds in FY2022, trying out support for international joint research in cutting-edge fields with advanced countries in Europe, North America and elsewhere, to bring Japanese researchers into the international networks of cutting-edge research.',
      cites: [
        { seed: '004', text: '理事長トップダウン(裁量経費)により、令和4年度試行公募 を実施し' },
        { seed: '004', text: '理事長トップダウンによる国際共同研究強化の試み' },
        { seed: '004', text: 'JST 理事長 記者説明会' },
        { seed: '004', text: '国際ネットワークへの日本人研究者の参画促進を図るため、欧米等先進国との最先端研究' },
        { seed: '004', text: '最先端研究の国際ネットワークへの日本人研究者の参画促進' },
      ],
      jaHash: 'ca0d83223376',
    },
    {
      ja: 'JSTが日本側研究者チームを支援し、支援規模は年間最大26百万円、支援期間は5年、協力分野はバイオ、AI・情報、マテリアル、半導体、エネルギー、量子、通信であった。',
      en: 'JST supported the Japanese research teams with up to 26 million yen a year for 5 years, in biotechnology, AI and information, materials, semiconductors, energy, quantum technology and communications.',
      cites: [
        { seed: '004', text: '支援規模:最大26百万円/年' },
        { seed: '004', text: '支援期間:5年' },
        { seed: '004', text: '協力分野:バイオ、AI・情報、マテリアル、' },
        { seed: '004', text: '半導体、エネルギー、量子、通信' },
        { seed: '004', text: '日本側研究者チームをJSTが支援' },
      ],
      jaHash: '4f880bdca9b2',
    },
    {
      ja: '43件の応募から7件が採択され、令和5年度からは新たな国際共同研究を推進する事業が実施される。',
      en: 'Of 43 proposals, 7 were selected; from FY2023, a new program to promote international joint research is to be carried out.',
      cites: [
        { seed: '004', text: '応募数:43件' },
        { seed: '004', text: '採択課題数: **7件**' },
        { seed: '004', text: '令和5年度から、新たな国際共同研究を推進する事業を実施' },
      ],
      jaHash: '7008223cc7da',
    },
  ],
});
