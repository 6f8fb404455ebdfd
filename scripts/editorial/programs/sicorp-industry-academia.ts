import { defineProgram } from '../schema.ts';

export default defineProgram({
  id: 'sicorp-industry-academia',
  category: 'joint-research',
  order: 12,
  name: { ja: 'SICORP 国際産学連携共同研究（日スウェーデン・日ドイツ）', en: 'SICORP International Industry–Academia Joint Research (Japan–Sweden, Japan–Germany)' },
  bodies: {
    funding: ['MEXT'],
    implementing: ['JST'],
    partners: [],
  },
  parent: 'sicorp',
  related: [],
  dataPrograms: ['sicorp'],
  dataSchemes: ['Japan–Sweden', 'Japan–Germany'],
  passages: [
    {
      id: 'purpose',
      section: 'overview',
      seed: '000',
      from: { text: '目的', after: 'を目指すことが言及された。' },
      to: { text: '発を実装に近づけることを目指す。' },
      en: "Purpose (the slide sets Japan–Sweden in the left column and Japan–Germany in the right)\n\nJapan–Sweden: industry–academia teams in Japan and similar teams in Sweden build an international industry–academia partnership, aiming at early realisation of new innovation for an ageing society.\n\nJapan–Germany: research teams are formed by four parties from companies and academia, building an international industry–academia partnership that aims to bring research and development closer to practical use.",
      jaHash: 'f83b53841a91',
    },
    {
      id: 'fields',
      section: 'scheme',
      seed: '000',
      from: { text: '実施分野', after: '発を実装に近づけることを目指す。' },
      to: { text: 'オプティクス・フォトニクス' },
      breakBefore: ['高齢化社会、持続可能な社会のための革'],
      en: "Fields\n\nJapan–Sweden: innovative technologies, systems and solutions for an ageing society and a sustainable society\n\nJapan–Germany: optics and photonics",
      jaHash: '50263a8fff5b',
    },
    {
      id: 'plans',
      section: 'scheme',
      seed: '000',
      from: { text: '今後の予定' },
      to: { text: '未定' },
      breakBefore: ['2019年4月より、フェーズⅡにおいて研究'],
      en: "Next steps\n\nJapan–Sweden: research under Phase II is to start in April 2019.\n\nJapan–Germany: not yet decided.",
      jaHash: '35249eb60860',
    },
  ],
});
