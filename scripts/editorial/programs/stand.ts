import { defineProgram } from '../schema.ts';

export default defineProgram({
  id: 'stand',
  category: 'joint-research',
  order: 16,
  name: { ja: 'STAND', en: 'STAND' },
  bodies: {
    funding: ['MEXT'],
    implementing: ['JST'],
    partners: [],
  },
  parent: 'sicorp',
  related: ['concert-japan', 'e-asia-jrp', 'aj-core', 'sti-for-sdgs'],
  dataPrograms: ['sicorp'],
  dataSchemes: [],
  passages: [
    {
      id: 'context',
      section: 'partners',
      seed: '003',
      from: { text: 'SICORPでは、マルチ枠組みによる多国間共同' },
      to: { text: 'のような協力を想定。' },
      en: "SICORP will continue to support, and further strengthen, multilateral joint research under multilateral frameworks and joint research with emerging countries tailored to the potential of each partner country or region. For multilateral joint research under multilateral frameworks, the following kinds of cooperation are envisaged:",
      jaHash: '46b26940b894',
    },
    {
      id: 'framework',
      section: 'partners',
      seed: '003',
      from: { text: 'STAND:日' },
      en: "STAND: Japan, advanced countries and developing countries",
      jaHash: '19017cb9a75d',
    },
  ],
});
