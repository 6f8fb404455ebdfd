import { defineProgram } from '../schema.ts';

export default defineProgram({
  id: 'aj-core',
  category: 'joint-research',
  order: 15,
  name: { ja: 'AJ-CORE', en: 'AJ-CORE (Africa–Japan Collaborative Research)' },
  bodies: {
    funding: ['MEXT'],
    implementing: ['JST'],
    partners: [],
  },
  parent: 'sicorp',
  related: ['concert-japan', 'e-asia-jrp', 'stand', 'satreps'],
  dataPrograms: ['sicorp'],
  dataSchemes: ['AJ-CORE'],
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
      from: { text: 'AJ-CORE:日' },
      en: "AJ-CORE: Japan, South Africa and at least one other African country",
      jaHash: 'ad54b70e9d8f',
    },
    {
      id: 'framework-2021',
      section: 'partners',
      seed: '001',
      from: { text: '新興国・中進国とのマルチ枠組み構築を通じたjoint callの構築' },
      to: { text: '南アフリカ' },
      en: "2. Building joint calls by setting up multilateral frameworks with emerging and middle-income countries\n\n[Envisaged examples]\n\nEast Asia (e-ASIA: Japan and 14 countries, mainly in Southeast Asia)\n\nSouth Africa (Japan, South Africa and at least one other African country)",
      jaHash: '39e4b62159b1',
    },
    {
      id: 'fields',
      section: 'scheme',
      seed: '003',
      from: { text: 'CONCERT-Japan(水管理' },
      to: { text: 'AJ-CORE(環境科学)等' },
      en: "CONCERT-Japan (water management, ICT), AJ-CORE (environmental science), and others",
      jaHash: '445713af27a2',
    },
  ],
});
