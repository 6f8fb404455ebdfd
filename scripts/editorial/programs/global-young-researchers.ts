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
      en: "In view of the growth of international brain circulation, and to develop and secure talented people in Japan, this budget item gives young researchers opportunities to train abroad, invites outstanding researchers from other countries, and more. It also promotes inviting young science and technology talent from other countries and exchanges with them.",
      jaHash: '139b02a43b02',
    },
    {
      id: 'purpose-fy2021',
      section: 'overview',
      seed: '001',
      from: { text: '国際的な頭脳循環の進展を踏まえ、我が国において優秀な人材を育成・確保するため' },
      en: "In view of the growth of international brain circulation, and to develop and secure talented people in Japan, this budget item gives young researchers opportunities to train abroad, invites outstanding researchers from other countries, and more. It also promotes inviting young science and technology talent from Asian countries and exchanges with them.",
      jaHash: '4648fa24e044',
    },
  ],
  corrections: [],
});
