import { defineLead } from '../lead.ts';

export default defineLead({
  program: 'joint-degrees',
  sentences: [
    {
      ja: '国際連携教育課程制度（ジョイント・ディグリー）は平成26年度に創設された制度で、我が国の大学が外国の大学と連携して共同の教育課程を編成する学科・専攻を置き、連名で一つの学位記を出すことを可能にした。',
      en: 'The international joint degree system, created in FY2014, lets a Japanese university set up a department or major that runs a joint curriculum with a foreign university, and award a single degree certificate in both universities’ names.',
      cites: [
        { seed: '003', text: '平成26年度に制度創設。我が国の大学に、外国の大学と連携して共同の教育課程' },
        { seed: '003', text: '編成する学科・専攻（JD学科等）を設置し、連名で一つの学位記を出す' },
      ],
      jaHash: '80ed69d62c0e',
    },
    {
      ja: '卒業には、我が国の大学と外国大学のそれぞれで、学士課程では最低31単位以上ずつ計124単位以上、大学院では最低10単位以上ずつ計30単位以上を修得する必要がある。',
      en: 'To graduate, students must earn at least 31 credits at each of the Japanese and the foreign university, 124 or more in all, for a bachelor’s degree, and at least 10 at each, 30 or more in all, in graduate school.',
      cites: [
        { seed: '003', text: '卒業要件は、我が国の大学及び外国大学において、学士課程では最低 31単位以上ずつ計 124単位以上' },
        { seed: '003', text: 'では最低 10単位以上ずつ計 30単位以上を修得することとする。' },
      ],
      jaHash: '9b96d99d8968',
    },
    {
      ja: '大学へのヒアリングによれば、JDPの開設は学生の国際性の育成や学内の教育システムの見直しの契機となり、国際共同研究の拡大や国際共著論文数の増加にも貢献している。',
      en: 'According to interviews with universities, opening joint degree programs has helped develop students’ international outlook and prompted reviews of their education systems, and has also contributed to more international joint research and more internationally co-authored papers.',
      cites: [
        { seed: '003', text: '大学へのヒアリングによると、JDP開設により、JD学科等以外の学生も含めた国際性の育成に寄与するとともに' },
        { seed: '003', text: '育システム等の見直しが図られる契機となっている。また、国際共同研究の拡大や国際共著論文数の増加といった' },
      ],
      jaHash: '9df1564102f7',
    },
    {
      ja: '現在設置されている27プログラムを、2033年までに50プログラムへ増やすことが目標とされている。',
      en: 'The target is to increase the number of programs from the 27 now in place to 50 by 2033.',
      cites: [{ seed: '003', text: '2033年までに現在設置されている27プログラムから、50プログラムへとその数を増やすことが目標とされた。' }],
      jaHash: '3843dab2b047',
    },
  ],
});
