import { defineLead } from '../lead.ts';

export default defineLead({
  program: 'concert-japan',
  sentences: [
    {
      ja: 'EIG CONCERT-Japanは、戦略的国際共同研究プログラム（SICORP）が想定する、欧州とのマルチ枠組みによる多国間共同研究であり、日本と12か国が参加し、個別3か国との合意で推進されている。',
      en: 'EIG CONCERT-Japan is a multilateral framework with Europe for international joint research envisaged in the Strategic International Collaborative Research Program (SICORP): Japan and 12 countries take part, and it is pursued through agreements with three individual countries.',
      cites: [
        { seed: '003', text: 'EIG CONCERT-Japan（日+12か国)' },
        { seed: '003', text: '※個別3か国との合意で推進' },
        { seed: '003', text: 'マルチ枠組みによる多国間共同研究として、以下' },
        { seed: '001', text: '欧州 マルチ枠組みCONCERT Japan' },
      ],
      jaHash: 'de06d2f65de8',
    },
    {
      ja: '分野の例として水管理とICTが挙げられている。',
      en: 'Water management and ICT are named as examples of its fields.',
      cites: [{ seed: '003', text: 'CONCERT-Japan（水管理、ICT）、' }],
      jaHash: 'daefd73e6037',
    },
    {
      ja: '平成30年度にEIG CONCERT-Japan第5回「超空間制御による機能材料」で採択された日独仏共同研究は、炭素電極を備えたペロブスカイト太陽電池の寿命（耐久性）を屋外環境20年相当まで改善できることを実証した。',
      en: 'A Japan–Germany–France project selected in FY2018 in the 5th EIG CONCERT-Japan call, “Functional Porous Materials”, demonstrated that the lifetime (durability) of perovskite solar cells with carbon electrodes can be extended to the equivalent of 20 years outdoors.',
      cites: [
        { seed: '003', text: 'EIG CONCERT-Japan 第5回' },
        { seed: '003', text: '「超空間制御による機能材料」（平成30年度採択課題）' },
        { seed: '003', text: '炭素電極を備えたペロブスカイト太陽電池の性能が光照射によって回復する新メカニズムを' },
        { seed: '003', text: '提唱し、その寿命（耐久性）を屋外環境20年相当まで改善できることを実証。' },
        { seed: '003', text: '日独仏', after: '伊藤 省吾' },
      ],
      jaHash: '31af3e60c337',
    },
  ],
});
