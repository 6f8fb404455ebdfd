import { defineLead } from '../lead.ts';

export default defineLead({
  program: 'aj-core',
  sentences: [
    {
      ja: 'AJ-COREは、戦略的国際共同研究プログラム（SICORP）が想定するマルチ枠組みによる多国間共同研究の一つで、日本、南アフリカ及びアフリカの1か国以上が参加する。',
      en: 'AJ-CORE is one of the multilateral frameworks for international joint research envisaged in the Strategic International Collaborative Research Program (SICORP), bringing together Japan, South Africa and at least one other African country.',
      cites: [
        { seed: '003', text: 'AJ-CORE：日＋南ア＋アフリカ1か国以上' },
        { seed: '003', text: 'マルチ枠組みによる多国間共同研究として、以下' },
      ],
      jaHash: 'f8ed6636ec4f',
    },
    {
      ja: '新興国・中進国とのマルチ枠組みを構築して共同公募（joint call）を行う想定例として、南アフリカとの枠組みが挙げられている。',
      en: 'It is given as an example of a joint call built by setting up a multilateral framework with emerging and middle-income countries, here with South Africa.',
      cites: [
        { seed: '001', text: '新興国・中進国とのマルチ枠組み構築を通じたjoint callの構築' },
        { seed: '001', text: '南アフリカ (日+南ア+アフリカ1か国以上)' },
      ],
      jaHash: 'a2e9e76a7d47',
    },
    {
      ja: '分野の例として環境科学が挙げられている。',
      en: 'Environmental science is named as one of its fields.',
      cites: [{ seed: '003', text: 'AJ-CORE（環境科学）等' }],
      jaHash: 'a2c1a369c77d',
    },
  ],
});
