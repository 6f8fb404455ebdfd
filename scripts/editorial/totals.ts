/**
 * Budget totals the seeds state, and the programs whose budgets they add up. The pipeline checks
 * each stated total against the sum of its parts from the same document and year
 * (scripts/pipeline/validate-totals.ts) and fails beyond rounding; a difference within rounding is
 * shown on the budgets topic page as stated, with the difference, never "fixed".
 */
import type { Lang } from '../../src/core/locales.ts';

export interface TotalDefinition {
  /** The dataset program id of the total. */
  total: string;
  /** Programs whose rows (same seed, fiscal year and kind) make up the total. */
  parts: string[];
  /** How the parts are taken when a program is split by agency: the agency rows, or the program row. */
  partsByAgency: boolean;
  /** Our note on the total, in each language. */
  note: Readonly<Record<Lang, string>>;
  /** The total's name, where its id is no program of the registry (the downloads' programName columns). */
  name?: Readonly<Record<Lang, string>>;
}

export const totalDefinitions: readonly TotalDefinition[] = [
  {
    total: 'global-young-researchers',
    parts: ['jsps-overseas-fellowships', 'jsps-international-fellowships', 'overseas-challenge', 'sakura-science'],
    partsByAgency: false,
    note: {
      ja: '「グローバルに活躍する若手研究者の育成等」は、海外特別研究員事業、外国人研究者招へい事業、若手研究者海外挑戦プログラム、青少年サイエンス交流事業の4事業の合計として示されている。',
      en: 'The budget item for developing young researchers who work globally is stated as the total of four programs: Overseas Research Fellowships, International Fellowships for Research in Japan, the Overseas Challenge Program for Young Researchers and the Sakura Science Exchange Program.',
    },
  },
  {
    total: 'international-joint-research-total',
    name: { ja: '国際共同研究事業（合計）', en: 'International joint research programs (total)' },
    parts: ['sicorp', 'satreps', 'aspire', 'jsps-bilateral-joint-research', 'kakenhi-international-leading-research'],
    partsByAgency: true,
    note: {
      ja: '国際共同研究事業のスライドの見出しの額（令和5年度予算額、前年度予算額、令和4年度第2次補正予算額）と、同じスライドに示された各事業の額の合計。見出しの額は億円単位で丸められている。',
      en: "The headline figures of the slide on international joint research (the FY2023 budget, the previous year's, and the FY2022 second supplementary budget) against the sum of the programs' figures on the same slide. The headline figures are rounded to hundreds of millions of yen (億円).",
    },
  },
];
