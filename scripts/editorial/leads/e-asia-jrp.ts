import { defineLead } from '../lead.ts';

export default defineLead({
  program: 'e-asia-jrp',
  sentences: [
    {
      ja: 'e-ASIA共同研究プログラム（e-ASIA JRP）は、ASEAN＋8の国々との間で人、モノ、資金、知見の往来を活発化させるため、3か国以上による多国間共同研究を各国が共同で支援するプログラムである。',
      en: 'In the e-ASIA Joint Research Program (e-ASIA JRP), member countries jointly support multilateral joint research among three or more countries, to increase the flow of people, goods, funds and knowledge among the ASEAN+8 countries.',
      cites: [
        { seed: '000', text: 'ASEAN＋8の国々との間で、人、モノ、資金、知見の往来を活発化させる。3ヶ国以' },
        { seed: '000', text: '上の多国間共同研究を各国が共同で支援する。' },
      ],
      jaHash: '7d0244938481',
    },
    {
      ja: '日本以外に14か国が参加しており（スリランカはゲストパートナーとして参加）、これまで8回の共同公募により、プログラム全体で35課題（うち日本を含む課題は28課題）が採択されている。',
      en: 'Fourteen countries besides Japan take part (Sri Lanka as a guest partner); through 8 joint calls, 35 projects have been selected across the program, 28 of them with Japanese participation.',
      cites: [
        { seed: '000', text: '現在、日本以外に14か国が参加している（スリランカはゲストパートナーとして参加）' },
        { seed: '000', text: 'これまで8回の共同公募を実施しており' },
        { seed: '000', text: 'ションのための先端融合」の分野で、プログラム全体で35課題（うち日本を含む課題' },
        { seed: '000', text: 'は28課題）が採択されている' },
      ],
      jaHash: '86f7a4b11831',
    },
    {
      ja: '分野は、材料（ナノテクノロジー）、バイオマス・植物科学、ヘルスリサーチ（感染症・がん）、防災、代替エネルギー、イノベーションのための先端融合にわたる。',
      en: 'Its fields span materials (nanotechnology), biomass and plant science, health research (infectious diseases and cancer), disaster prevention, alternative energy, and advanced interdisciplinary research for innovation.',
      cites: [
        { seed: '000', text: '「材料（ナノテクノロジー）」、「バイオマス・' },
        { seed: '000', text: '植物科学」、「ヘルスリサーチ（感染症・がん）」、「防災」、「代替エネルギー」、「イノベー' },
        { seed: '000', text: 'ションのための先端融合」の分野で' },
      ],
      jaHash: 'c4d5b936e0c8',
    },
    {
      ja: '令和3年度の「新型コロナウイルス感染症（COVID-19）に対応する緊急公募」で採択された日越共同研究は、新型コロナウイルスのタンパク質の一つであるORF6に強いインターフェロン抑制活性効果があることを発見した。',
      en: 'A Japan–Vietnam project selected in FY2021 in the emergency call on the novel coronavirus disease (COVID-19) found that ORF6, one of the proteins of the novel coronavirus, strongly suppresses interferon.',
      cites: [
        { seed: '003', text: '「新型コロナウイルス感染症（COVID-19）に' },
        { seed: '003', text: '対応する緊急公募」（令和3年度採択課題）' },
        { seed: '003', text: '新型コロナウイルス（SARS-CoV-2）が持つタンパク質のひとつであるORF6に、' },
        { seed: '003', text: '強いインターフェロン抑制活性効果があることを発見。' },
        { seed: '003', text: '日越' },
      ],
      jaHash: '1416acd8db25',
    },
  ],
});
