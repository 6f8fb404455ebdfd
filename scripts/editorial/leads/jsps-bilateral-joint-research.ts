import { defineLead } from '../lead.ts';

export default defineLead({
  program: 'jsps-bilateral-joint-research',
  sentences: [
    {
      ja: 'JSPS国際共同研究事業は、学術コミュニティの発意を受けて、諸外国の学術振興機関とのマッチングファンド方式により国際共同研究を推進する事業である。',
      en: 'The JSPS International Joint Research Program promotes international joint research, on the initiative of the academic community, through matching funds with academic funding agencies in other countries.',
      cites: [
        { seed: '003', text: '学術コミュニティの発意を受けて実施する諸外国' },
        { seed: '003', text: '学術振興機関とのマッチングファンド方式により国' },
        { seed: '003', text: '際共同研究を推進。', after: '学術振興機関とのマッチングファンド方式により国' },
      ],
      jaHash: '08998461e0b2',
    },
    {
      ja: '両国のファンディング機関が協働して国際共同研究の提案を共同支援する「第3階層」の例として、JSTの戦略的国際共同研究プログラム（SICORP）とともに挙げられている。',
      en: 'It is named, with JST’s Strategic International Collaborative Research Program (SICORP), as an example of the third tier of international joint research, in which the funding agencies of both countries work together to support joint proposals.',
      cites: [
        { seed: '003', text: '第3階層', after: '国際共同研究の3階層' },
        { seed: '003', text: '両国のFAが協働し、国際共同研究の提案を共同支援', after: '国際共同研究の3階層' },
        { seed: '003', text: '（例：JST-SICORP;JSPS国際共同研究事業）' },
      ],
      jaHash: '456d07669052',
    },
    {
      ja: '令和5年度予算額は426百万円で、前年度と同額である。',
      en: 'Its FY2023 budget is 426 million yen, the same as the previous year.',
      cites: [
        { seed: '003', text: '426百万円（426百万円）' },
        { seed: '003', text: '令和5年度予算額                41億円' },
      ],
      jaHash: 'c0d2f64195b2',
    },
  ],
});
