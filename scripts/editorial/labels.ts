/**
 * Editorial translations of the documents' own terms (metrics, schemes, bodies, footnotes), keyed by
 * language. The site's own words (section headings, categories, kinds of budget figure) live in the
 * dictionaries, src/i18n/<lang>/programs.json.
 */
import type { Lang } from '../../src/core/locales.ts';

/** A text in each language. */
type Translations = Readonly<Record<Lang, string>>;

/** What each program-facts metric measures, in both languages. The build fails on a metric missing here. */
export const metricLabels: Record<string, Translations> = {
  'support-per-project-year': { ja: '1課題・1年あたりの支援額', en: 'Support per project per year' },
  'support-per-base-year': { ja: '1拠点・1年あたりの支援額', en: 'Support per centre per year' },
  'support-period': { ja: '支援期間', en: 'Support period' },
  'support-period-after-evaluation': { ja: '評価による延長後の支援期間', en: 'Support period after a favourable evaluation' },
  'support-period-total': { ja: '支援期間（通算）', en: 'Support period in all' },
  'support-fiscal-years': { ja: '支援期間（年度）', en: 'Support period (fiscal years)' },
  'support-start-fiscal-year': { ja: '支援開始年度', en: 'Support begins' },
  'start-fiscal-year': { ja: '事業開始年度', en: 'Program began' },
  'total-budget': { ja: '予算総額', en: 'Total budget' },
  'budget-for-new-type': { ja: '新規タイプの予算', en: 'Budget for the new type' },
  'jica-support-per-year': { ja: 'JICAによる支援（1年あたり）', en: 'JICA support per year' },
  'total-funding-per-project': { ja: '1課題あたりの研究費総額', en: 'Total funding per project' },
  'research-period': { ja: '研究期間', en: 'Research period' },
  'research-period-with-extension': { ja: '延長した場合の研究期間', en: 'Research period with extension' },
  'team-size': { ja: '想定する研究チームの規模', en: 'Expected size of a research team' },
  'stay-length': { ja: '滞在期間', en: 'Length of stay' },
  'partner-countries': { ja: '協力相手国数', en: 'Partner countries' },
  'partner-countries-and-regions': { ja: '協力相手国・地域数', en: 'Partner countries and regions' },
  'participating-countries': { ja: '参加国数（日本以外）', en: 'Participating countries besides Japan' },
  'member-countries-besides-japan': { ja: '参加国数（日本以外）', en: 'Member countries besides Japan' },
  'joint-call-partner-countries-to-date': { ja: 'joint call構築の協力関係にある国（これまで）', en: 'Countries with which joint calls have been set up, to date' },
  'joint-call-partner-countries-current': { ja: '現在協力中の国', en: 'Countries with current cooperation' },
  'projects-under-way': { ja: '実施中の課題数', en: 'Projects under way' },
  'projects-selected': { ja: '採択課題数', en: 'Projects selected' },
  'projects-selected-with-japan': { ja: '日本が参加する採択課題数', en: 'Projects selected with Japan taking part' },
  'projects-carried-out-abroad': { ja: '海外機関で実施中の課題数', en: 'Projects carried out at institutions abroad' },
  proposals: { ja: '応募数', en: 'Proposals' },
  'joint-calls': { ja: '共同公募の実施回数', en: 'Joint calls held' },
  'planned-projects': { ja: '採択予定件数', en: 'Projects to be selected' },
  'planned-bases': { ja: '採択予定拠点数', en: 'Centres to be selected' },
  'new-bases': { ja: '新規拠点数', en: 'New centres' },
  'new-fellows': { ja: '新規採用人数（見込み）', en: 'New fellows (expected)' },
  'new-participants': { ja: '新規採用人数（見込み）', en: 'New participants (expected)' },
  'fellows-surveyed': { ja: '調査対象の採用者数', en: 'Fellows surveyed' },
  'host-researchers-surveyed': { ja: '調査対象の受入研究者数', en: 'Host researchers surveyed' },
  'foreign-researchers-selected': { ja: '採択された外国人研究者数', en: 'Foreign researchers selected' },
  'briefing-sessions-per-year': { ja: '募集説明会の開催か所数（毎年）', en: 'Places holding briefings each year' },
  'satisfaction-and-wish-to-return-rate': { ja: '満足度・再来日希望率', en: 'Satisfaction and wish to return to Japan' },
  'host-institutions-reporting-student-intake': { ja: '留学生等の受入れにつながったと回答した受入機関', en: 'Host institutions reporting that it led to accepting students' },
  'share-of-host-institutions-reporting-student-intake': { ja: '同・受入機関に占める割合', en: 'Their share of host institutions' },
  'researchers-sent-abroad-long-term': { ja: '海外派遣人数（長期）', en: 'Researchers sent abroad, long term' },
  'researchers-sent-abroad-short-term': { ja: '海外派遣人数（短期、のべ）', en: 'Researchers sent abroad, short term (visits)' },
  'japan-rank-in-researcher-mobility-among-oecd-countries': { ja: '研究者の国際移動における日本の順位（OECD諸国中）', en: "Japan's rank in researchers' international mobility among OECD countries" },
  'oecd-countries-compared': { ja: '比較したOECD諸国の数', en: 'OECD countries compared' },
  'years-since-launch': { ja: 'WPI開始からの年数', en: 'Years since WPI began' },
  'top-level-pis': { ja: 'トップレベルPI', en: 'Top-level principal investigators' },
  'base-staff': { ja: '拠点人員（総勢）', en: 'Centre staff in all' },
  'share-of-researchers-from-abroad': { ja: '外国からの研究者の割合', en: 'Share of researchers from abroad' },
  'share-of-top10-percent-papers': { ja: 'Top10%論文の割合', en: 'Share of top 10% papers' },
  'industry-partnership-amount': { ja: '企業との包括連携契約の額', en: 'Value of a comprehensive industry partnership' },
  endowment: { ja: '寄附による基金', en: 'Endowment from a donation' },
  'minimum-credits-at-each-university': { ja: '各大学で修得する最低単位数', en: 'Minimum credits at each university' },
  'minimum-credits-total': { ja: '修得する最低単位数（計）', en: 'Minimum credits in all' },
  programs: { ja: 'プログラム数', en: 'Programs' },
  'programs-target': { ja: 'プログラム数の目標', en: 'Target number of programs' },
  'students-supported': { ja: '支援する学生数', en: 'Students supported' },
  'living-allowance-threshold-per-year': { ja: '生活費相当額（年額）', en: 'Living allowance (a year)' },
  'students-receiving-living-allowance': { ja: '生活費相当額以上を受給する博士課程学生数', en: 'Doctoral students receiving at least a living allowance' },
  'countries-by-individual-agreement': { ja: '個別の合意で推進する国', en: 'Countries pursued through individual agreements' },
  'african-countries-besides-south-africa': { ja: '南ア以外のアフリカの参加国（1課題あたり）', en: 'African countries besides South Africa, per project' },
  'long-term-dispatch-length': { ja: '長期の海外派遣の期間', en: 'Length of long-term stays abroad' },
  'pi-top10-coauthored-paper-within': { ja: '研究代表者の要件：Top10%国際共著論文の実績（直近）', en: 'Principal investigator: a top 10% internationally co-authored paper within the last' },
  'stage-gate-review-by-year': { ja: 'ステージゲート審査の時期', en: 'Stage-gate review by year' },
  'minimum-core-faculty': { ja: '置くべき基幹（専任）教員数', en: 'Core (full-time) faculty required' },
  'partner-fund-initial-budget': { ja: '相手国の基金の当初資金', en: "Initial budget of a partner country's fund" },
};

/**
 * Metrics that describe a program's setting (a partner country's own fund, Japan's place among OECD
 * countries), not the program: shown under policy background, never among its rules or results.
 */
export const contextMetrics: ReadonlySet<string> = new Set(['partner-fund-initial-budget', 'japan-rank-in-researcher-mobility-among-oecd-countries', 'oecd-countries-compared']);

/** Scheme names of program facts (English, as the rules give them) → Japanese. */
const schemeJa: Record<string, string> = {
  'International Cooperation Acceleration Type': '国際協力加速タイプ',
  'Core Team Joint Research Type': 'コアチーム共同研究タイプ',
  'Consortium Joint Research Type': 'コンソーシアム共同研究タイプ',
  'Joint Laboratory Type': '共同ラボタイプ',
  'Joint Laboratory Type (India)': '共同ラボタイプ（インド）',
  'International Joint Research Hub Type': '国際共同研究拠点タイプ',
  'Strategic International Research Innovation Joint Laboratory Type (new)': '戦略的国際協力研究イノベーション共同ラボタイプ（新規）',
  'Japan–Sweden industry–academia call': '日スウェーデン国際産学連携共同研究',
  'Japan–Sweden industry–academia call, Phase I': '日スウェーデン国際産学連携共同研究（フェーズⅠ）',
  'Japan–Sweden industry–academia call, Phase II': '日スウェーデン国際産学連携共同研究（フェーズⅡ）',
  'Japan–Germany industry–academia call': '日ドイツ国際産学連携共同研究',
  'Japan–UK lead agency call': '日英共同研究（リードエージェンシー方式）',
  'e-ASIA JRP': 'e-ASIA JRP',
  'AJ-CORE': 'AJ-CORE',
  'EIG CONCERT-Japan': 'EIG CONCERT-Japan',
  'International joint research hub, ASEAN': '国際共同研究拠点（ASEAN）',
  'International joint research hub, India': '国際共同研究拠点（インド）',
  'International joint research hub, India, Phase 1': '国際共同研究拠点（インド）第1フェーズ',
  'International joint research hub, India, Phase 2': '国際共同研究拠点（インド）第2フェーズ',
  JICA: 'JICA',
  'Briefings for foreign researchers in Japan': '日本国内の外国人向け募集説明会',
  PRESTO: 'さきがけ',
  'Japan–France joint call (molecular technology), 2014': '日仏共同公募（分子技術、2014年）',
  'Japan–US joint call (big data), 2014': '日米共同公募（ビッグデータ、2014年）',
  'First call': '1回目の公募',
  'WPI CORE': 'WPI CORE',
  'WPI CORE, before step-up': 'WPI CORE（ステップアップ前）',
  'WPI CORE, after step-up': 'WPI CORE（ステップアップ後）',
  'Osaka University IFReC': '大阪大学IFReC',
  'University of Tokyo Kavli IPMU': '東京大学Kavli IPMU',
  "Bachelor's": '学士課程',
  Graduate: '大学院',
  'FY2022 trial call': '令和4年度試行公募',
  'UK International Science Partnerships Fund (ISPF)': '英国 国際科学パートナーシップ基金（ISPF）',
};

/** Scheme names of program facts in each language, by the scheme as the rules give it. */
export const schemeLabels: Readonly<Record<string, Translations>> = Object.fromEntries(Object.entries(schemeJa).map(([en, ja]) => [en, { ja, en }]));

export const bodyNames: Record<string, Translations> = {
  MEXT: { ja: '文部科学省', en: 'Ministry of Education, Culture, Sports, Science and Technology (MEXT)' },
  JST: { ja: '科学技術振興機構（JST）', en: 'Japan Science and Technology Agency (JST)' },
  JSPS: { ja: '日本学術振興会（JSPS）', en: 'Japan Society for the Promotion of Science (JSPS)' },
  AMED: { ja: '日本医療研究開発機構（AMED）', en: 'Japan Agency for Medical Research and Development (AMED)' },
  JICA: { ja: '国際協力機構（JICA）', en: 'Japan International Cooperation Agency (JICA)' },
  MOFA: { ja: '外務省', en: 'Ministry of Foreign Affairs (MOFA)' },
  CAO: { ja: '内閣府', en: 'Cabinet Office' },
};

/** The documents' footnotes on budget figures (※…), in English. The build fails on one missing here. */
const caveatEn: Record<string, string> = {
  '※運営費交付金中の推計額': 'Estimated amount within the operating grant.',
  '※運営費交付金中の推計額含む': 'Includes estimated amounts within the operating grant.',
  '※新型コロナウイルス感染症の影響による採用期間延長分を含む': 'Includes the cost of extending fellowships because of COVID-19.',
  '※新型コロナウイルス感染症の影響による採用期間の中断・延期に係る費用を含む': 'Includes the cost of fellowships interrupted or postponed because of COVID-19.',
  '※新型コロナウイルス感染症の影響による採用期間延長分及び指定都市区分相当の単価設置による処遇改善分を含む':
    'Includes the cost of extending fellowships because of COVID-19, and of better pay through rates set at the level of designated cities.',
  '※新型コロナウイルス感染症の影響による採用期間の延期に係る費用を含む': 'Includes the cost of fellowships postponed because of COVID-19.',
};

/** The documents' footnotes on budget figures in each language, by the footnote as written. */
export const caveatLabels: Readonly<Record<string, Translations>> = Object.fromEntries(Object.entries(caveatEn).map(([ja, en]) => [ja, { ja, en }]));
