import { defineProgram } from '../schema.ts';

export default defineProgram({
  id: 'overseas-challenge',
  category: 'researchers',
  order: 22,
  name: { ja: '若手研究者海外挑戦プログラム', en: 'Overseas Challenge Program for Young Researchers' },
  bodies: {
    funding: ['MEXT'],
    implementing: ['JSPS'],
    partners: [],
  },
  parent: 'global-young-researchers',
  related: ['global-young-researchers', 'jsps-overseas-fellowships', 'doctoral-student-support'],
  passages: [
    {
      id: 'eligible',
      section: 'eligibility',
      seed: '001',
      from: { text: '支援対象者', after: { text: '若手研究者海外挑戦プログラム', nth: 2 } },
      en: "Who is supported: doctoral students and others.",
      jaHash: 'a0c33483fab3',
    },
    {
      id: 'purpose',
      section: 'overview',
      seed: '003',
      from: { text: '将来国際的な活躍が期待できる博士後期課程学生等を育成するため' },
      to: { text: 'して研究に従事する機会を提供' },
      en: "To develop doctoral students and others who can be expected to play an international role in the future, the program gives them the opportunity to carry out research for a short period together with researchers abroad.",
      jaHash: '34c9c3ebe793',
    },
    {
      id: 'description',
      section: 'overview',
      seed: '001',
      from: { text: '博士後期課程学生等を対象に' },
      en: "By giving doctoral students and others the opportunity to take on the challenge of a new environment abroad for about three months to a year, carrying out research together with researchers there, the program helps to develop people with rich experience who can be expected to play an international role in the future.",
      jaHash: '4ff8f103517f',
    },
  ],
  corrections: [],
});
