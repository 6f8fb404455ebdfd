import { defineProgram } from '../schema.ts';

export default defineProgram({
  id: 'global-young-researchers',
  category: 'researchers',
  order: 5,
  name: { ja: 'グローバルに活躍する若手研究者の育成等', en: 'Developing young researchers who work globally (MEXT budget item)' },
  bodies: {
    funding: ['MEXT'],
    implementing: ['JSPS', 'JST'],
    partners: [],
  },
  related: ['jsps-overseas-fellowships', 'overseas-challenge', 'jsps-international-fellowships', 'sakura-science'],
  passages: [
    {
      id: 'purpose',
      section: 'overview',
      seed: '003',
      from: { text: '国際的な頭脳循環の進展を踏まえ、我が国において優秀な人材を育成・確保するため' },
      to: { text: '招へい等を実施する。諸外国の科学技術分野での若手人材の招へいと交流を推進する。' },
      en: "As international brain circulation advances, and to develop and secure talented people in Japan, this budget item gives young researchers opportunities to train abroad and invites outstanding researchers from other countries, among other measures. It also promotes the invitation of, and exchange with, young people in science and technology from other countries.",
      jaHash: '139b02a43b02',
    },
    {
      id: 'purpose-fy2021',
      section: 'overview',
      seed: '001',
      from: { text: '国際的な頭脳循環の進展を踏まえ、我が国において優秀な人材を育成・確保するため' },
      en: "As international brain circulation advances, and to develop and secure talented people in Japan, this budget item gives young researchers opportunities to train abroad and invites outstanding researchers from other countries, among other measures. It also promotes the invitation of, and exchange with, young people in science and technology from Asian countries.",
      jaHash: '4648fa24e044',
    },
  ],
  corrections: [],
});
