import { defineLead } from '../lead.ts';

export default defineLead({
  program: 'strategic-basic-research',
  sentences: [
    {
      ja: '戦略的創造研究推進事業は、トップダウンで定めた戦略目標・研究領域において大学等の研究者から提案を募り、組織・分野の枠を超えた時限的な研究体制（バーチャル・ネットワーク型研究所）を構築して、イノベーション指向の戦略的な基礎研究を推進する。',
      en: 'The Strategic Basic Research Programs invite proposals from researchers at universities and elsewhere under strategic goals and research areas set top-down, and build time-limited research structures that cross organisations and fields (virtual network-type institutes) to pursue innovation-oriented strategic basic research.',
      cites: [
        { seed: '002', text: 'トップダウンで定めた戦略目標・研究領域において' },
        { seed: '002', text: '大学等の研究者から提案を募り、組織・分野の枠' },
        { seed: '002', text: 'を超えた時限的な研究体制（バーチャル・ネット' },
        { seed: '002', text: 'ワーク型研究所）を構築して、イノベーション指向の' },
        { seed: '002', text: '戦略的な基礎研究を推進するとともに' },
      ],
      jaHash: '55c83410e80f',
    },
    {
      ja: '主なプログラムは、研究代表者が研究チームを率いるネットワーク型研究（チーム型）のCREST、ネットワーク型研究（個人型）のさきがけ、研究総括が研究プロジェクトを指揮するERATO、顕著な研究成果を技術的成立性の証明・提示（POC）まで推進するACCELである。',
      en: 'Its main programs are CREST, network-based research in which principal investigators lead research teams (team type); PRESTO, network-based research by individuals (individual type); ERATO, in which a research supervisor directs a research project; and ACCEL, which takes outstanding research results as far as proof of concept (POC).',
      cites: [
        { seed: '002', text: '研究総括の運営の下、研究代表者が研究チームを率いて' },
        { seed: '002', text: 'ネットワーク型研究（チーム型）' },
        { seed: '002', text: 'さきがけ 科学技術イノベーションの源泉を生み出す' },
        { seed: '002', text: 'ネットワーク型研究（個人型）' },
        { seed: '002', text: '研究総括が自らの研究構想の実現を目指して研究プロジェクトを指揮し' },
        { seed: '002', text: 'ジメントにより、技術的成立性の証明・提示（Proof of Concept: POC）' },
      ],
      jaHash: '5691d5e32806',
    },
    {
      ja: '国際化の取組として、日本国内の外国人研究者を支援するとともに、外国機関に所属する日本人研究者もさきがけで支援しており、さきがけ30課題（数％）が海外機関で実施されている。',
      en: 'To go global, it supports foreign researchers in Japan and, through PRESTO, Japanese researchers at institutions abroad: 30 PRESTO projects (a few percent of them) are being carried out at institutions abroad.',
      cites: [
        { seed: '002', text: '戦略的創造研究推進事業を通じたグローバル化' },
        { seed: '002', text: '１．日本国内の外国人研究者支援' },
        { seed: '002', text: '２．外国機関に所属する日本人研究者支援（さきがけ）' },
        { seed: '002', text: 'さきがけ30課題（数％）が海外機関で実施中。' },
      ],
      jaHash: '1f2c9535fa23',
    },
    {
      ja: 'また、米国NSFや独DFGと共同で日米独合同ワークショップを開催し、米国NSFの国際プログラム（PIRE）で採択されたコンソーシアムに参加するCREST・さきがけ研究者を、CREST・さきがけ研究に資する研究を行うことを条件にJSTが追加的に支援する。',
      en: 'It also holds joint Japan–US–Germany workshops with the US NSF and Germany’s DFG, and JST gives additional support to CREST and PRESTO researchers who join consortia selected under NSF’s international program, PIRE, provided that their work there contributes to their CREST or PRESTO research.',
      cites: [
        { seed: '002', text: '海外FA（米NSF、独DFG）と共同で日米独合同ワークショップを開催。' },
        { seed: '002', text: '米国NSFの国際プログラム（PIRE）で採択されたコンソーシアムにCREST・さきがけ研究者が参加する場合' },
        { seed: '002', text: '研究に資する研究を行うことを条件にJSTが追加的に支援を行う。' },
      ],
      jaHash: '975f907ef326',
    },
  ],
});
