import { defineLead } from '../lead.ts';

export default defineLead({
  program: 'overseas-challenge',
  sentences: [
    {
      ja: '若手研究者海外挑戦プログラムは、将来国際的な活躍が期待できる博士後期課程学生等を育成するため、短期間、海外の研究者と共同して研究に従事する機会を提供する。',
      en: 'The Overseas Challenge Program for Young Researchers gives doctoral students and others who are expected to be active internationally in future the chance to do research with researchers abroad for a short period.',
      cites: [
        { seed: '003', text: '将来国際的な活躍が期待できる博士後期課程学生等を育成するため、 短期間の海外の研究者と共同' },
        { seed: '003', text: 'して研究に従事する機会を提供' },
      ],
      jaHash: 'cd0f52c14522',
    },
    {
      ja: '渡航期間は3か月～1年程度で、往復航空費や滞在費等を支援し、新規採用人数は140人（見込み）である。',
      en: 'Stays last from 3 months to about a year, with return airfare, living costs and other expenses covered; 140 new participants are expected.',
      cites: [
        { seed: '003', text: '渡航期間 3か月～1年程度' },
        { seed: '003', text: '支援経費 往復航空費、滞在費 等', after: '支援対象者 博士後期課程学生等' },
        { seed: '003', text: '新規採用人数（見込み） 140人' },
      ],
      jaHash: 'a831d1fbff8c',
    },
    {
      ja: '事業は平成29年度に始まり、令和5年度予算額は265百万円である。',
      en: 'It began in FY2017, and its FY2023 budget is 265 million yen.',
      cites: [
        { seed: '003', text: '事業開始時期 平成29年度' },
        { seed: '003', text: '若手研究者海外挑戦プログラム 令和5年度予算額' },
      ],
      jaHash: '8d1c44acb92c',
    },
  ],
});
