import { defineLead } from '../lead.ts';

export default defineLead({
  program: 'kakenhi-international-leading-research',
  sentences: [
    {
      ja: '科研費の国際共同研究加速基金（国際先導研究）は、高い研究実績と国際ネットワークを有するトップレベル研究者が率いる研究チームと、海外トップレベル研究チームとの国際共同研究を支援する。',
      en: 'KAKENHI’s Fund for the Promotion of Joint International Research (International Leading Research) supports international joint research between teams led by top-level researchers with strong track records and international networks and top-level research teams abroad.',
      cites: [
        { seed: '003', text: '科研費「国際先導研究」により、高い研究実績と国際ネットワークを有するトップレベル研究者が率いる優秀な研究チームによる、海外トップレベル研究チームと' },
        { seed: '003', text: '科研費・国際先導研究（国際共同研究加速基金）' },
      ],
      jaHash: 'e24b6a2ed36a',
    },
    {
      ja: '若手（ポストドクター・大学院生）の参画を要件とし、長期の海外派遣・交流や自立支援を通じて、世界を舞台に戦う優秀な若手研究者を育成する。',
      en: 'Teams must include early-career members (postdoctoral researchers and graduate students), and through long stays and exchanges abroad and support for their independence it develops outstanding young researchers who can compete on the world stage.',
      cites: [
        { seed: '003', text: 'の国際共同研究を強力に支援する。さらに、若手（ポストドクター・大学院生）の参画を要件とし' },
        { seed: '003', text: '舞台に戦う優秀な若手研究者の育成を推進。' },
      ],
      jaHash: '86e3eba26c58',
    },
    {
      ja: '研究期間は7年（最大10年まで延長可）、研究費総額は最大5億円で、約20～40名の研究チームを想定し、採択予定件数は約15件である。',
      en: 'Projects run for 7 years (extendable to up to 10), with up to 500 million yen in total each, for research teams of about 20 to 40 people; about 15 projects are to be selected.',
      cites: [
        { seed: '003', text: '研究期間 ：７年（最大10年まで延長可）' },
        { seed: '003', text: '研究費総額   ：最大５億円（直接経費・基金）' },
        { seed: '003', text: '※約20～40名の研究チームを想定' },
        { seed: '003', text: '採択予定件数  ：約15件' },
      ],
      jaHash: '70c9b44850db',
    },
    {
      ja: '令和4年度第2次補正予算では11,000百万円（110億円）が計上され、令和3年度補正予算額も110億円であった。',
      en: 'The FY2022 second supplementary budget provided 11,000 million yen (11 billion yen), the same as the FY2021 supplementary budget’s 11 billion yen.',
      cites: [
        { seed: '003', text: '令和4年度第2次補正予算  11,000百万円' },
        { seed: '003', text: '令和4年第2次補正予算額 110億円' },
        { seed: '003', text: '（令和3年度補正予算額    110億円）' },
      ],
      jaHash: '87ec6b48f171',
    },
  ],
});
