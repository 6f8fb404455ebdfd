import { defineLead } from '../lead.ts';

export default defineLead({
  program: 'international-strategy',
  sentences: [
    {
      ja: '「科学技術の国際展開に関する戦略」は、科学技術・学術審議会の国際戦略委員会が令和4年3月30日付けでまとめたもので、大学学部・修士・博士・研究者の各段階を通じた国際展開施策を示す。',
      en: 'The Strategy for the international deployment of science and technology, issued by the International Strategy Committee of the Council for Science and Technology on 30 March 2022, sets out measures for going international at every stage, from undergraduate, master’s and doctoral study to research careers.',
      cites: [
        { seed: '003', text: '令和4年3月30日' },
        { seed: '003', text: '科学技術・学術審議会', after: '令和4年3月30日' },
        { seed: '003', text: '国際戦略委員会', after: '令和4年3月30日' },
        { seed: '003', text: 'に、近年取り組みが進められているジョイント・ディグリーの推進、博士課程学生支援の充実とも連携し、大学学部・修士・博士・研究者の各段階を通じた国' },
        { seed: '003', text: '際展開施策をまとめ、「科学技術の国際展開に関する戦略」として策定する。' },
      ],
      jaHash: 'c6baef8cc6df',
    },
    {
      ja: '令和3年6月に同委員会がとりまとめた「科学技術の戦略的国際展開に向けて」を受け、国際頭脳循環と国際共同研究について今後重点的に取り組むべき施策を具体化し、ジョイント・ディグリーの推進や博士課程学生支援の充実とも連携させている。',
      en: 'Following the committee’s June 2021 report, “Towards the strategic international deployment of science and technology”, it sets out priority measures for international brain circulation and international joint research, linked with the promotion of joint degrees and better support for doctoral students.',
      cites: [
        { seed: '003', text: '現状を踏まえ、科学技術を戦略的に国際展開していくことが一層重要性を増す中、令和3年6月に「科学技術の戦略的国際展開に向けて」を国際戦略委員' },
        { seed: '003', text: 'この報告を受け、「国際交流・協力の方向性」として示された「国際頭脳循環」「国際共同研究」について、今後重点的に取り組むべき施策を具体化するととも' },
        { seed: '003', text: 'に、近年取り組みが進められているジョイント・ディグリーの推進、博士課程学生支援の充実とも連携し' },
      ],
      jaHash: '1e2f793554d2',
    },
    {
      ja: '取り組むべき施策として、国際頭脳循環（アウトバウンドとインバウンド）、国際共同研究の拡大、ジョイント・ディグリーの推進及び博士課程学生支援を掲げる。',
      en: 'Its measures cover international brain circulation (outbound and inbound), expanding international joint research, promoting joint degrees and supporting doctoral students.',
      cites: [
        { seed: '003', text: '①国際頭脳循環（アウトバウンド）' },
        { seed: '003', text: '②国際頭脳循環（インバウンド）' },
        { seed: '003', text: '③国際共同研究の拡大' },
        { seed: '003', text: '④ジョイント・ディグリーの推進' },
        { seed: '003', text: '⑤博士課程学生支援' },
      ],
      jaHash: 'dc30f60ab34b',
    },
    {
      ja: '背景として、国同士の協力に基づく「第3階層」の国際共同研究予算が近年伸びておらず、諸外国からの「too little、too late」という評判を変えられていないことを挙げている。',
      en: 'As background, it notes that the budget for international joint research in the third tier, based on cooperation between countries, has not grown in recent years, so Japan’s “too little, too late” reputation abroad has not changed.',
      cites: [
        { seed: '003', text: '近年相手国から我が国への引き合いが強くなっていたが、国同士の協力に基づく「第3階層」の国際共同研究予算は近年伸びておらず' },
        { seed: '003', text: '「too little、too late」の評判は変えられていない。' },
      ],
      jaHash: '7302c31d7d79',
    },
  ],
});
