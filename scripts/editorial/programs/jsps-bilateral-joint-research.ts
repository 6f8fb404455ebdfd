import { defineProgram } from '../schema.ts';

export default defineProgram({
  id: 'jsps-bilateral-joint-research',
  category: 'joint-research',
  order: 41,
  name: { ja: 'JSPS国際共同研究事業', en: 'JSPS International Joint Research Program' },
  bodies: {
    funding: ['MEXT'],
    implementing: ['JSPS'],
    partners: [],
  },
  related: ['kakenhi-international-leading-research', 'sicorp', 'aspire'],
  passages: [
    {
      id: 'purpose',
      section: 'overview',
      seed: '003',
      from: { text: '学術コミュニティの発意を受けて実施する諸外国' },
      to: { text: '際共同研究を推進。' },
      en: "Promotes international joint research, initiated by the academic community, through matching-fund arrangements with academic funding agencies in other countries.",
      jaHash: '416ad7733ed6',
    },
    {
      id: 'third-tier',
      section: 'overview',
      seed: '003',
      from: { text: '第3階層', after: '国際共同研究の3階層' },
      to: { text: '(例:JST-SICORP;JSPS国際共同研究事業)' },
      en: "Third tier\n\nThe funding agencies (FAs) of both countries work together and jointly support proposals for international joint research (examples: JST's SICORP; the JSPS International Joint Research Program).",
      jaHash: '0eb9d60c016f',
    },
  ],
});
