import { defineLead } from '../lead.ts';

export default defineLead({
  program: 'global-young-researchers',
  sentences: [
    {
      ja: '「グローバルに活躍する若手研究者の育成等」は、国際的な頭脳循環の進展を踏まえ、我が国において優秀な人材を育成・確保するため、若手研究者に海外で研さんする機会を提供し、諸外国の優秀な研究者の招へい等を行う予算項目である。',
      en: '“Developing young researchers who work globally” is a budget item that, in view of advancing international brain circulation, gives young researchers opportunities to train abroad, invites outstanding researchers from other countries and more, to develop and secure talented people in Japan.',
      cites: [
        { seed: '003', text: 'グローバルに活躍する若手研究者の育成等' },
        { seed: '003', text: '国際的な頭脳循環の進展を踏まえ、我が国において優秀な人材を育成・確保するため、若手研究者に対する海外研さん機会の提供や諸外国の優秀な研究者の' },
      ],
      jaHash: 'd1c7f874fc36',
    },
    {
      ja: '令和5年度予算額は7,704百万円（前年度予算額7,471百万円）である。',
      en: 'Its FY2023 budget is 7,704 million yen (previous year: 7,471 million yen).',
      cites: [
        { seed: '003', text: '令和5年度予算額           7,704百万円' },
        { seed: '003', text: '（前年度予算額 7,471百万円）' },
      ],
      jaHash: '66549a35c29f',
    },
    {
      ja: 'この項目の下に、海外特別研究員事業、外国人研究者招へい事業、若手研究者海外挑戦プログラム及び国際青少年サイエンス交流事業が示されている。',
      en: 'Under this item, the document sets out the JSPS Overseas Research Fellowships, the JSPS International Fellowships for Research in Japan, the Overseas Challenge Program for Young Researchers and the Sakura Science Exchange Program.',
      cites: [
        { seed: '003', text: '海外特別研究員事業 令和5年度予算額' },
        { seed: '003', text: '外国人研究者招へい事業＜外国人特別研究員＞ 令和5年度予算額' },
        { seed: '003', text: '若手研究者海外挑戦プログラム 令和5年度予算額' },
        { seed: '003', text: '国際青少年サイエンス交流事業 令和5年度予算額' },
      ],
      jaHash: '66a804dc291c',
    },
  ],
});
