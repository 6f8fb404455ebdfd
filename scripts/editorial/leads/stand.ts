import { defineLead } from '../lead.ts';

export default defineLead({
  program: 'stand',
  sentences: [
    {
      ja: 'STANDは、戦略的国際共同研究プログラム（SICORP）が想定するマルチ枠組みによる多国間共同研究の一つで、日本、先進国及び途上国が参加する。',
      en: 'STAND is one of the multilateral frameworks for international joint research envisaged in the Strategic International Collaborative Research Program (SICORP), bringing together Japan, advanced countries and developing countries.',
      cites: [
        { seed: '003', text: 'STAND：日＋先進国＋途上国' },
        { seed: '003', text: 'マルチ枠組みによる多国間共同研究として、以下' },
      ],
      jaHash: '5e0e9d48ffad',
    },
    {
      ja: 'SICORPは、こうしたマルチ枠組みによる多国間共同研究や、相手国・地域のポテンシャルに応じた新興国との共同研究に持続的に対応し、一層の強化を図るとしている。',
      en: 'SICORP intends to keep supporting, and further strengthen, such multilateral joint research and joint research with emerging countries suited to the potential of each partner country or region.',
      cites: [
        { seed: '003', text: 'SICORPでは、マルチ枠組みによる多国間共同' },
        { seed: '003', text: '研究や、新興国との相手国・地域のポテンシャル' },
        { seed: '003', text: 'に応じた共同研究について、持続的に対応し、よ' },
        { seed: '003', text: 'り一層の強化を図る。' },
      ],
      jaHash: 'c70e6f3398c6',
    },
  ],
});
