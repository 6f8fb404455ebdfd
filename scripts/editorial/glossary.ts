import type { Lang } from '../../src/core/locales.ts';

/**
 * The site's Japanese ↔ English terms. Every passage whose Japanese uses a term must use its English
 * (or an accepted variant) in the translation: the pipeline checks it, so terms stay consistent.
 */
export interface Term {
  ja: string;
  en: string;
  /** Other English the check accepts (plural, a shorter form). */
  variants?: string[];
  /** Our note on the term, in each language. */
  note?: Readonly<Record<Lang, string>>;
  /** Compounds where the Japanese term means something else (課題解決 = problem-solving, not a project). */
  except?: string[];
  kind: 'budget' | 'administration' | 'role' | 'agency' | 'program' | 'research';
}

export const glossary: readonly Term[] = [
  { ja: '運営費交付金', en: 'operating grant', variants: ['operating grants'], kind: 'budget', note: { ja: '国がJSTやJSPSなどの法人に毎年交付する、運営のための資金。', en: 'The block grant the government gives an agency such as JST or JSPS each year.' } },
  { ja: '補正予算', en: 'supplementary budget', variants: ['supplementary budgets'], kind: 'budget' },
  { ja: '予算額(案)', en: 'budget request', kind: 'budget', note: { ja: '国会で成立する前の、政府の予算案の額。', en: "The government's draft budget before the Diet passes it." } },
  { ja: '前年度予算額', en: 'previous year', variants: ['previous fiscal year', "previous year's budget"], kind: 'budget' },
  { ja: '基金', en: 'fund', variants: ['funds'], kind: 'budget' },
  {
    ja: '課題',
    en: 'project',
    variants: ['projects'],
    kind: 'administration',
    note: {
      ja: '資金を受けて行う研究の単位（プロジェクト）。課題解決や地球規模課題のような複合語では解決すべき問題のことで、プロジェクトではない（英語では problem や issue）。',
      en: 'A funded research project. In compounds such as 課題解決 (problem-solving) or 地球規模課題 (global issues) it means a problem, not a project.',
    },
    except: ['課題解決', '地球規模課題', '社会課題', '課題達成', '共通課題', '共通問題', '背景・課題', '背景·課題', '喫緊の課題', 'が課題', '国際共通課題', '課題の解', '【課題】', 'グローバル課題', '課題への対応', '課題を解決'],
  },
  { ja: '公募', en: 'call', variants: ['calls', 'call for proposals'], kind: 'administration' },
  { ja: '共同公募', en: 'joint call', variants: ['joint calls'], kind: 'administration' },
  { ja: '採択', en: 'select', variants: ['selected', 'selection', 'selections', 'selects', 'adopted'], kind: 'administration' },
  { ja: '研究総括', en: 'research supervisor', variants: ['research supervisors'], kind: 'role', note: { ja: 'CRESTやさきがけの研究領域、またはERATOの研究プロジェクトを率いる研究者。', en: 'The leader of a CREST or PRESTO research area, or of an ERATO project.' } },
  { ja: '研究代表者', en: 'principal investigator', variants: ['principal investigators', 'lead researcher', 'lead researchers'], kind: 'role' },
  { ja: 'プログラムディレクター', en: 'program director', variants: ['program directors'], kind: 'role' },
  { ja: 'プログラムオフィサー', en: 'program officer', variants: ['program officers'], kind: 'role' },
  { ja: '研究主幹', en: 'program officer', kind: 'role' },
  { ja: '第3階層', en: 'third tier', kind: 'research', note: { ja: '両国の資金配分機関が協働して支援する国際共同研究。', en: 'International joint research that two countries\' funding agencies support together.' } },
  { ja: '第2階層', en: 'second tier', kind: 'research' },
  { ja: '第1階層', en: 'first tier', kind: 'research' },
  { ja: '国際共同研究', en: 'international joint research', variants: ['international research collaboration', 'joint international research'], kind: 'research' },
  { ja: '国際頭脳循環', en: 'international brain circulation', variants: ['brain circulation'], kind: 'research' },
  { ja: '国際共著論文', en: 'internationally co-authored papers', variants: ['international co-authored papers', 'internationally co-authored paper', 'international co-authorship'], kind: 'research' },
  { ja: '社会実装', en: 'put into practice', variants: ['into practice', 'practical use', 'application in society', 'implementation in society', 'social implementation'], kind: 'research' },
  { ja: '科学技術外交', en: 'science and technology diplomacy', variants: ['science diplomacy'], kind: 'research' },
  { ja: '開発途上国', en: 'developing countries', variants: ['developing country'], kind: 'research' },
  { ja: '若手研究者', en: 'young researchers', variants: ['early-career researchers', 'young researcher'], kind: 'research' },
  { ja: '博士後期課程', en: 'doctoral', variants: ['PhD'], kind: 'research' },
  { ja: 'ポスドク', en: 'postdoctoral', variants: ['postdocs', 'postdoc'], kind: 'research' },
  { ja: '資金配分機関', en: 'funding agency', variants: ['funding agencies', 'funders', 'funder'], kind: 'agency' },
  { ja: 'ファンディングエージェンシー', en: 'funding agency', variants: ['funding agencies'], kind: 'agency' },
  { ja: '政府開発援助', en: 'official development assistance', variants: ['ODA'], kind: 'administration' },
  { ja: '文部科学省', en: 'MEXT', variants: ['Ministry of Education'], kind: 'agency' },
  { ja: '科学技術振興機構', en: 'JST', variants: ['Japan Science and Technology Agency'], kind: 'agency' },
  { ja: '日本学術振興会', en: 'JSPS', variants: ['Japan Society for the Promotion of Science'], kind: 'agency' },
  { ja: '日本医療研究開発機構', en: 'AMED', variants: ['Japan Agency for Medical Research and Development'], kind: 'agency' },
  { ja: '国際協力機構', en: 'JICA', variants: ['Japan International Cooperation Agency'], kind: 'agency' },
  { ja: '外務省', en: 'Ministry of Foreign Affairs', variants: ['MOFA'], kind: 'agency' },
  { ja: '科研費', en: 'KAKENHI', kind: 'program' },
  { ja: '戦略的創造研究推進事業', en: 'Strategic Basic Research Programs', kind: 'program' },
  { ja: 'さきがけ', en: 'PRESTO', kind: 'program' },
];

/** The glossary terms a Japanese text uses; a longer term covers the shorter ones inside it (共同公募 covers 公募). */
export function usedTerms(ja: string): Term[] {
  const j = ja.normalize('NFKC');
  const used = glossary.filter((t) => (t.except ?? []).reduce((text, x) => text.split(x.normalize('NFKC')).join(''), j).includes(t.ja.normalize('NFKC')));
  return used.filter((t) => !used.some((u) => u !== t && u.ja.includes(t.ja) && u.ja !== t.ja));
}

/** Terms used in a Japanese text whose English is missing from its translation. */
export function missingTerms(ja: string, en: string): Term[] {
  const e = en.toLowerCase();
  return usedTerms(ja).filter((t) => ![t.en, ...(t.variants ?? [])].some((v) => e.includes(v.toLowerCase())));
}

/** A term's anchor on the glossary page. */
export const termId = (t: Term) => `term-${[...t.en.toLowerCase()].filter((c) => /[a-z0-9 ]/.test(c)).join('').trim().replace(/ +/g, '-')}-${[...t.ja].map((c) => c.codePointAt(0)!.toString(36)).join('')}`;
