import { defineLead } from '../lead.ts';

export default defineLead({
  program: 'sicorp-uk-lead-agency',
  sentences: [
    {
      ja: '戦略的国際共同研究プログラム（SICORP）の日英共同研究であり、JSTと英国自然環境研究会議（NERC）がリードエージェンシー方式について緊密に協議し、2017年6月に日本初の同方式による公募を実施した。',
      en: 'In this international joint research between Japan and the UK under the Strategic International Collaborative Research Program (SICORP), JST and the UK’s Natural Environment Research Council (NERC) worked closely on the lead agency scheme and opened Japan’s first call under it in June 2017.',
      cites: [
        { seed: '000', text: '戦略的国際共同研究プログラム（ＳＩＣＯＲＰ）「日本－英国共同研究」' },
        { seed: '000', text: 'JSTと英国NERCの間でリードエージェンシー方式に関して緊密な協議を行い、2017年6月から日本' },
        { seed: '000', text: '初の公募実施に至った。' },
        { seed: '000', text: '英国自然環境研究会議（NERC' },
      ],
      jaHash: '00bd64d397ae',
    },
    {
      ja: '分野は海洋研究であり、気候変動への対応や持続可能な海洋利用に必要な科学的知識を深めるため、海洋調査・観測にブレイクスルーをもたらす革新的な生物・生物地球化学センサーに関する日英共同研究を推進する。',
      en: 'Its field is ocean research: Japan–UK joint research on innovative biological and biogeochemical sensors that bring breakthroughs in ocean surveys and observation, to deepen the scientific knowledge needed to respond to climate change and use the ocean sustainably.',
      cites: [
        { seed: '000', text: '◆海洋研究' },
        { seed: '000', text: '本協力分野では、気候変動への対応や持続可能な海洋利用に必要な科学的知識を深めるため、' },
        { seed: '000', text: '海洋調査・観測にブレイクスルーをもたらす革新的な生物・生物地球化学センサーに関する日英' },
      ],
      jaHash: 'd9ef0875199c',
    },
    {
      ja: '公募期間は2017年6月20日～同年8月24日、研究支援期間は2018年度～2020年度である。',
      en: 'The call ran from 20 June to 24 August 2017, and research is supported from FY2018 to FY2020.',
      cites: [
        { seed: '000', text: '◆2017年6月20日～同年8月24日' },
        { seed: '000', text: '◆2018年度～2020年度' },
      ],
      jaHash: '654c2ec1f298',
    },
    {
      ja: '2017年8月31日の日英首脳会談で両首相が記名した「繁栄協力に関する日英共同宣言」では、リードエージェンシー方式の策定を目指すことが言及された。',
      en: 'The Japan–UK Joint Declaration on Prosperity Cooperation, signed by both prime ministers at their summit on 31 August 2017, mentioned the aim of establishing the lead agency scheme.',
      cites: [
        { seed: '000', text: '同年8月31日に行われた日英首脳会談における両首相記名の「繁栄協力に関する日英共' },
        { seed: '000', text: '同宣言」において、科学技術に関する項目の重要な提言の一つとしてリードエージェンシー方式の策定' },
        { seed: '000', text: 'を目指すことが言及された。' },
        { seed: '000', text: '2017年6月から日本' },
      ],
      jaHash: '550f7ac97b7f',
    },
  ],
});
