import { defineLead } from '../lead.ts';

export default defineLead({
  program: 'doctoral-student-support',
  sentences: [
    {
      ja: '博士課程学生支援は、博士課程学生への経済的支援の抜本的な拡充と、リサーチアシスタント（RA）としての処遇改善を進める取組である。',
      en: 'Support for doctoral students means a thorough expansion of financial support for doctoral students and better pay and conditions for them as research assistants (RAs).',
      cites: [
        { seed: '003', text: '経済的支援の抜本的な拡充に加え、リサーチアシスタント（RA）としての処遇改善' },
        { seed: '003', text: '○博士課程学生への経済的支援の抜本的拡充' },
        { seed: '003', text: '○RAの処遇改善' },
      ],
      jaHash: 'b6c325b46e1a',
    },
    {
      ja: '優秀で志のある博士後期課程学生が研究に専念するための経済的支援（生活費相当額及び研究費）とキャリアパス整備を一体として行う大学を支援し、令和5年度は約9,000人を対象とする。',
      en: 'It supports universities that combine financial support for able and committed doctoral students to concentrate on research (a living allowance and research funds) with career paths for doctorate holders; about 9,000 students are covered in FY2023.',
      cites: [
        { seed: '003', text: '⇒優秀で志のある博士後期課程学生が研究に専念するための経済的支援（生活費相当額及び研究費）' },
        { seed: '003', text: '躍するためのキャリアパス整備を一体として行う実力と意欲のある大学を支援。（令和5年度：約9,000人）' },
      ],
      jaHash: '20845d59c345',
    },
    {
      ja: '生活費相当額（年180万円）以上を受給する博士課程学生数は、令和2年度の約7,500人から令和5年度の約18,400人（推計）へと2倍以上になる。',
      en: 'The number of doctoral students receiving at least the equivalent of living costs (1.8 million yen a year) more than doubles, from about 7,500 in FY2020 to about 18,400 (estimated) in FY2023.',
      cites: [{ seed: '003', text: '※生活費相当額（年180万円）以上を受給する博士課程学生数は2倍以上（R2:約7,500人 ⇒ R5:約18,400人（推計） ）。' }],
      jaHash: 'd0e3c34a3c08',
    },
    {
      ja: 'RAについては、ガイドラインの策定や公募要領への反映を通じて、PIが獲得する競争的研究費等から適切な水準のRA経費を支給することを推進する。',
      en: 'For RAs, guidelines and their inclusion in calls for proposals are used to ensure that RAs are paid at a proper rate from the competitive research funds that principal investigators (PIs) win.',
      cites: [{ seed: '003', text: '⇒ガイドラインの策定や公募要領への反映を通じ、PIが獲得する競争的研究費等からの適切な水準でのRA経費の支給を推進。' }],
      jaHash: '23b1133a4ae5',
    },
  ],
});
