import { defineLead } from '../lead.ts';

export default defineLead({
  program: 'sti-for-sdgs',
  sentences: [
    {
      ja: '「SDGs達成のための科学技術イノベーション（STI for SDGs）」を日本の技術力を生かして国際社会で主導することは政府の方針であり、日本のSDGsモデルの柱の一つである「SDGsと連動するSociety 5.0の推進」の中に掲げられている。',
      en: 'Leading the international community in science, technology and innovation for the SDGs (STI for SDGs), drawing on Japan’s technological strength, is government policy, set out under “promoting Society 5.0 linked with the SDGs”, one of the pillars of Japan’s SDGs model.',
      cites: [{ seed: '001', text: '「SDGsと連動するSociety 5.0の推進」の中に、日本の技術力を生かし、国際社会で「SDGs達成のための科学技術イノベーション（STI for SDGs）」を主導という方針が掲げられている。' }],
      jaHash: '061ac4879a6e',
    },
    {
      ja: '国連でSDGsが採択・設定された（平成27年9月）ことを受け、政府は「SDGs推進本部」を設置し（平成28年5月）、「SDGs実施指針」や「SDGsアクションプラン2020」などを策定した。',
      en: 'After the United Nations adopted the SDGs (September 2015), the government set up the SDGs Promotion Headquarters (May 2016) and drew up the SDGs Implementation Guiding Principles, the SDGs Action Plan 2020 and other plans.',
      cites: [{ seed: '001', text: '国連においてSDGs（持続可能な開発目標）が採択・設定（平成27年9月）されたことを受け、政府は、「SDGs推進本部」を設置（平成28年5月）し' }],
      jaHash: '1d0f513512f0',
    },
    {
      ja: '統合イノベーション戦略2020（令和2年7月）は、我が国の科学技術イノベーションを国際展開し、世界の「STI for SDGs」活動を牽引するとしている。',
      en: 'The Integrated Innovation Strategy 2020 (July 2020) says that Japan will take its science, technology and innovation abroad and lead the world’s “STI for SDGs” activities.',
      cites: [{ seed: '001', text: '我が国の科学技術イノベーションを国際展開し、世界の「STI for SDGs」活動を牽引。' }],
      jaHash: '9c8fc54e7463',
    },
    {
      ja: '地球規模課題対応国際科学技術協力プログラム（SATREPS）は、国際協力によるSTI for SDGsを体現するプログラムと位置付けられている。',
      en: 'The Science and Technology Research Partnership for Sustainable Development (SATREPS) is described as the program that embodies STI for SDGs through international cooperation.',
      cites: [
        { seed: '003', text: '国際協力によるSTI for SDGsを体現するプログラムであり' },
        { seed: '003', text: '地球規模課題対応国際科学技術協力プログラム', after: '※運営費交付金中の推計額' },
      ],
      jaHash: 'c3321e5a7711',
    },
  ],
});
