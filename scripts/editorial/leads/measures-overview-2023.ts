import { defineLead } from '../lead.ts';

export default defineLead({
  program: 'measures-overview-2023',
  sentences: [
    {
      ja: '「国際頭脳循環・国際共同研究の推進」は、我が国の研究力の強化に向けて、トップダウン（国・FA主導）とボトムアップ（研究者の発意）の両輪の観点から国際頭脳循環・国際共同研究を推進する施策を、両国のFAが協働して提案を採択・支援するものと日本のFAが採択・支援するものに分けて一枚に示した資料である。',
      en: 'To strengthen Japan’s research capability, “Promoting international brain circulation and international joint research” sets out on one slide the measures that promote international brain circulation and international joint research from both sides, top-down (led by the government and the funding agencies, FAs) and bottom-up (on researchers’ initiative), separating those in which the FAs of both countries work together to select and support proposals from those in which a Japanese FA does so.',
      cites: [
        { seed: '003', text: '国際頭脳循環・国際共同研究の推進', after: 'WPI：世界トップレベル研究拠点形成プログラム' },
        { seed: '003', text: '我が国の研究力の強化に向けて、トップダウン／ボトムアップの両輪の観点から国際頭脳循環・国際共同研究を推進。' },
        { seed: '003', text: 'トップダウン（国・FA主導）' },
        { seed: '003', text: 'ボトムアップ（研究者の発意）' },
        { seed: '003', text: '両国のFAが協働し、国際共同研究の提案を採択・支援' },
        { seed: '003', text: '日本のFAが国際共同研究の提案を採択・支援' },
      ],
      jaHash: '24d21201b46b',
    },
    {
      ja: '先端国際共同研究推進事業（ASPIRE）は政府主導で設定する先端分野における欧米等先進国との戦略的な国際共同研究を両国のFAが協働しつつ支援し、戦略的国際共同研究プログラム（SICORP）は相手国との合意に基づく国際共同研究を、地球規模課題対応国際科学技術協力プログラム（SATREPS）は政府開発援助（ODA）との連携により開発途上国のニーズに基づく国際共同研究を推進する。',
      en: 'Adopting Sustainable Partnerships for Innovative Research Ecosystem (ASPIRE) supports strategic international joint research with advanced countries in Europe, North America and elsewhere in cutting-edge fields set under government leadership, with the FAs of both countries working together; the Strategic International Collaborative Research Program (SICORP) promotes international joint research based on agreements with partner countries; and the Science and Technology Research Partnership for Sustainable Development (SATREPS) links with official development assistance (ODA) to promote international joint research based on the needs of developing countries.',
      cites: [
        { seed: '003', text: '先端国際共同研究推進事業／プログラム', nth: 1 },
        { seed: '003', text: '政府主導で設定する先端分野における欧米等先進国と', after: '2回目については現在審査中' },
        { seed: '003', text: 'の戦略的な国際共同研究を両国FAが協働しつつ支援し' },
        { seed: '003', text: 'プログラム（SICORP）', after: 'ボトムアップ（研究者の発意）' },
        { seed: '003', text: 'じて最適な協力形態を組み、相手国と' },
        { seed: '003', text: 'の合意に基づく国際共同研究を推進。' },
        { seed: '003', text: '地球規模課題対応国際科学技術', after: '2回目については現在審査中' },
        { seed: '003', text: '我が国の優れた科学技術と政府開発', after: '2回目については現在審査中' },
        { seed: '003', text: '上国のニーズに基づき、地球規模課題', after: '2回目については現在審査中' },
      ],
      jaHash: '97c1ad9e7022',
    },
    {
      ja: '研究者や学術コミュニティの主体性に基づく施策としては、トップレベル研究者同士のハイレベルな国際共同研究と若手研究者の育成を支援し、1回目の公募で15件を採択した科研費・国際先導研究と、学術コミュニティの発意を受けて諸外国の学術振興機関とのマッチングファンド方式により国際共同研究を推進する事業がある。',
      en: 'Resting on the initiative of researchers and the academic community are KAKENHI International Leading Research, which supports high-level international joint research between top-level researchers and the development of young researchers and selected 15 projects in its first call, and a program that promotes international joint research through matching funds with academic promotion agencies abroad, at the initiative of the academic community.',
      cites: [
        { seed: '003', text: '科研費・国際先導研究（国際共同研究加速基金）' },
        { seed: '003', text: '1回目の公募で15件採択' },
        { seed: '003', text: 'トップレベル研究者同士のハイレベルな国際共同研究の支援と若手研究者の育成を推進' },
        { seed: '003', text: '人文学・社会科学から自然科学まで全ての分野において、トップレベル研究者間の主体的' },
        { seed: '003', text: '学術コミュニティの発意を受けて実施する諸外国' },
        { seed: '003', text: '学術振興機関とのマッチングファンド方式により国' },
      ],
      jaHash: '64cb30f57f2c',
    },
    {
      ja: '令和5年度予算額は41億円（前年度予算額41億円、運営費交付金中の推計額を含む）、令和4年度第2次補正予算額は611億円で、うち先端国際共同研究推進事業に50,050百万円、科研費・国際先導研究に11,000百万円が計上されている。',
      en: 'The FY2023 budget is 4.1 billion yen (4.1 billion yen in the previous year, including amounts estimated within operating grants), and the FY2022 second supplementary budget is 61.1 billion yen, of which 50,050 million yen is for ASPIRE, the program for cutting-edge international joint research, and 11,000 million yen for KAKENHI International Leading Research.',
      cites: [
        { seed: '003', text: '令和5年度予算額                41億円' },
        { seed: '003', text: '前年度予算額', after: '令和5年度予算額                41億円' },
        { seed: '003', text: '※運営費交付金中の推計額含む' },
        { seed: '003', text: '611億円' },
        { seed: '003', text: '令和4年度第2次補正予算   50,050百万円' },
        { seed: '003', text: '令和4年度第2次補正予算  11,000百万円' },
      ],
      jaHash: '9113bcc111f4',
    },
  ],
});
