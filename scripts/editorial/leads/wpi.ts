import { defineLead } from '../lead.ts';

export default defineLead({
  program: 'wpi',
  sentences: [
    {
      ja: '世界トップレベル研究拠点プログラム（WPI）は、大学等への集中的な支援により研究システム改革等の取組を促し、高度に国際化された研究環境と世界トップレベルの研究水準を誇る国際研究拠点の充実・強化を図る。',
      en: 'The World Premier International Research Center Initiative (WPI) gives concentrated support to universities and other institutions to drive reforms of the research system, building up international research centers with a highly international research environment and world-leading research.',
      cites: [
        { seed: '003', text: 'つのミッションを掲げ、大学等への集中的な支援により研究システム改革等の取組を' },
        { seed: '003', text: '促進し、高度に国際化された研究環境と世界トップレベルの研究水準を誇る国際研究拠点' },
        { seed: '003', text: 'の充実・強化を図る。', after: '促進し、高度に国際化された研究環境と世界トップレベルの研究水準を誇る国際研究拠点' },
      ],
      jaHash: '6decf7bd876d',
    },
    {
      ja: '3つのミッションとして、世界を先導する卓越研究と国際的地位の確立、国際的な研究環境と組織改革、次代を先導する価値創造を掲げる。',
      en: 'Its three missions are world-leading excellent research and an established international standing, an international research environment and organisational reform, and creating value that leads the next generation.',
      cites: [
        { seed: '003', text: '３つのミッション', nth: 2 },
        { seed: '003', text: '世界を先導する卓越研究と国際的地位の確立' },
        { seed: '003', text: '国際的な研究環境と組織改革 次代を先導する価値創造' },
      ],
      jaHash: '068d53dc5aa5',
    },
    {
      ja: '研究の卓越性は世界トップレベルの研究機関と比肩し、Top10%論文の割合は概ね20～25％の高水準を維持しており、外国人研究者の割合は約3割以上、ポスドクは全て国際公募である。',
      en: 'Its research stands comparison with the world’s top institutions, with the share of Top 10% papers kept high (around 20–25%); about 30% or more of its researchers are from abroad, and all postdocs are recruited through international calls.',
      cites: [
        { seed: '003', text: '研究の卓越性は世界トップレベルの研究機関と比肩し、Top10%論文数の割合も' },
        { seed: '003', text: '高水準（概ね20～25％）を維持' },
        { seed: '003', text: '（外国人研究者割合は約３割以上、ポスドクは全て国際公募）' },
      ],
      jaHash: '9848f874d747',
    },
    {
      ja: '令和5年度には新たな支援方式のWPI CORE（伴走成長方式）で2拠点を新設し、ステップアップ前は年5億円（最長5年目まで）、ステップアップ後は年最大7億円（計10年間）を支援する。',
      en: 'In FY2023 a new support scheme, WPI CORE (growth with hands-on support), adds 2 new centers, funded with 500 million yen a year before a step-up (up to the fifth year at most) and up to 700 million yen a year after it (10 years in all).',
      cites: [
        { seed: '003', text: 'WPI CORE（伴走成長方式）：令和５年度 ２拠点（新規）' },
        { seed: '003', text: 'ステップアップ前：5億円/年 × 最長5年目まで' },
        { seed: '003', text: 'ステップアップ後：最大7億円/年 × 残期間（計10年間）' },
      ],
      jaHash: 'fba5d7ea4929',
    },
  ],
});
