import { defineProgram } from '../schema.ts';

export default defineProgram({
  id: 'sti-for-sdgs',
  category: 'policy',
  order: 20,
  name: { ja: 'SDGs達成のための科学技術イノベーション（STI for SDGs）', en: 'Science, technology and innovation for the SDGs (STI for SDGs)' },
  bodies: {
    funding: ['MEXT'],
    implementing: [],
    partners: [],
  },
  related: ['satreps', 'international-strategy'],
  dataSchemes: [],
  passages: [
    {
      id: 'government-policy',
      section: 'overview',
      seed: '001',
      from: { text: '国連においてSDGs(持続可能な開発目標)が採択・設定' },
      en: "After the SDGs (Sustainable Development Goals) were adopted at the United Nations (September 2015), the Government of Japan set up the SDGs Promotion Headquarters (May 2016) and drew up the SDGs Implementation Guiding Principles (December 2016), the SDGs Action Plan 2020 (December 2019) and other documents. Under \"promoting Society 5.0 linked with the SDGs\", one of the pillars that characterise Japan's SDGs model, the government has set out a policy of drawing on Japan's technological strength to lead \"science, technology and innovation for the SDGs (STI for SDGs)\" in the international community.",
      jaHash: 'f1ee23984e29',
    },
    {
      id: 'policy-background',
      section: 'overview',
      seed: '001',
      from: { text: '科学技術外交を日本外交の新機軸として明確に位置づける' },
      to: { text: '国際共同研究の強化等による「STI for SDGs」の推進。' },
      en: "Science and technology diplomacy is to be clearly positioned as a new pillar of Japan's diplomacy; Japan is called on to respond to global challenges and make use of diplomatic opportunities, and to strengthen cooperation with partner countries of high diplomatic importance, emerging countries and others. (May 2015, Ministry of Foreign Affairs, expert panel on the future of science and technology diplomacy)\n\nTake Japan's science, technology and innovation abroad and lead global \"STI for SDGs\" activities; encourage cooperation and collaboration among diverse stakeholders in Japan and abroad, and promote innovation towards achieving the SDGs. (July 2020, Integrated Innovation Strategy 2020)\n\nPromote \"STI for SDGs\" by strengthening international joint research and other means; carry out demonstrations and other work so that research and development results obtained in Japan are put into practice and practical use in developing countries in Asia, Africa and elsewhere. (December 2019, SDGs Action Plan 2020)",
      jaHash: '966422304244',
    },
    {
      id: 'sti-forum',
      section: 'results',
      seed: '001',
      from: { text: 'STIフォーラム2017於ニューヨーク国連本部' },
      to: { text: 'カマウ共同議長より' },
      en: "STI Forum 2017, UN Headquarters, New York\n\n* The world is paying attention to Japan's efforts towards the SDGs: Co-Chair Kamau, for example, spoke about the \"Book of Japan's practice for SDGs\".",
      jaHash: 'd1ac5a8eb927',
    },
  ],
  corrections: [],
});
