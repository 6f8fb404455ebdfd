// The search query set: what a reader types into the search box, and the page they are looking for.
// tests/browser/search.test.ts runs every query against the built Pagefind index in Chromium
// (Japanese queries on a Japanese page, which loads the Japanese index; English on /en/) and
// measures recall@1 and recall@3.
//
// `expect` lists the page(s) a reader would agree answer the query. When two pages answer it
// equally well (the Sakura Science program and its results page; a budget figure that stands on a
// program page and on the budget table), both are listed and either counts as a hit. Paths are
// the built URLs, with the trailing slash.
//
// `group` says what the query exercises, for the per-group table the test prints.
//
// Known misses, kept because readers type them: 'PhD students' (the site says "doctoral students";
// Pagefind has no synonyms), and other names that are not in a page's title ('さくらサイエンスプラン',
// '外国人特別研究員', 'Sakura Science Plan' find the right page second until the generator writes
// the programs' other names into their frontmatter as `aliases`).

export type QueryGroup =
  | 'name' // a program's name in full or in part, as written on the site
  | 'acronym' // an acronym or Latin-script name (SICORP, WPI, CREST), also on Japanese pages
  | 'katakana' // katakana loanwords and compounds (ジョイント・ディグリー, コンソーシアム)
  | 'topic' // a subject rather than a name (young researchers, co-authored papers)
  | 'number' // a figure or year as the documents write it (令和5年度, 1,073)
  | 'cross' // the other language's script or name typed into this language's search
  | 'source'; // something only a source document (or the errata) holds

export interface SearchQuery {
  q: string;
  expect: readonly string[];
  group: QueryGroup;
  /** Why this query is hard or what it is for, when that is not obvious. */
  note?: string;
}

const ja = (q: string, group: QueryGroup, expect: string | readonly string[], note?: string): SearchQuery => ({
  q,
  group,
  expect: typeof expect === 'string' ? [expect] : expect,
  ...(note ? { note } : {}),
});
const en = ja;

export const japaneseQueries: readonly SearchQuery[] = [
  // Program names, full and shortened.
  ja('戦略的国際共同研究プログラム', 'name', '/programs/sicorp/'),
  ja('戦略的国際共同研究', 'name', '/programs/sicorp/', 'every word but 戦略 is on nearly every page'),
  ja('地球規模課題対応国際科学技術協力プログラム', 'name', '/programs/satreps/'),
  ja('地球規模課題', 'name', '/programs/satreps/'),
  ja('さくらサイエンス', 'name', ['/programs/sakura-science/', '/topics/sakura-science-results/'], 'the program is titled 国際青少年サイエンス交流事業; さくらサイエンス is its other name'),
  ja('国際青少年サイエンス交流事業', 'name', '/programs/sakura-science/'),
  ja('先端国際共同研究推進事業', 'name', '/programs/aspire/'),
  ja('世界トップレベル研究拠点', 'name', '/programs/wpi/'),
  ja('国際先導研究', 'name', '/programs/kakenhi-international-leading-research/'),
  ja('科研費', 'name', '/programs/kakenhi-international-leading-research/'),
  ja('海外特別研究員', 'name', '/programs/jsps-overseas-fellowships/'),
  ja('外国人研究者招へい事業', 'name', '/programs/jsps-international-fellowships/'),
  ja('若手研究者海外挑戦プログラム', 'name', '/programs/overseas-challenge/'),
  ja('博士課程学生支援', 'name', '/programs/doctoral-student-support/'),
  ja('戦略的創造研究推進事業', 'name', '/programs/strategic-basic-research/'),
  ja('JSPS国際共同研究事業', 'name', '/programs/jsps-bilateral-joint-research/'),
  ja('日英共同研究', 'name', '/programs/sicorp-uk-lead-agency/'),
  ja('国際産学連携', 'name', '/programs/sicorp-industry-academia/'),
  ja('国際共同研究拠点', 'name', '/programs/sicorp-research-hubs/'),
  ja('科学技術の国際展開に関する戦略', 'name', '/programs/international-strategy/'),
  ja('理事長トップダウン', 'name', '/programs/aspire-trial-call/'),
  ja('米国NSF 欧州ERC', 'name', '/programs/nsf-erc-exchanges/'),

  // Acronyms and Latin-script names typed on a Japanese page.
  ja('SICORP', 'acronym', '/programs/sicorp/', 'three SICORP sub-programs carry the acronym in their titles too'),
  ja('SATREPS', 'acronym', '/programs/satreps/'),
  ja('ASPIRE', 'acronym', '/programs/aspire/'),
  ja('WPI', 'acronym', '/programs/wpi/'),
  ja('CREST', 'acronym', '/programs/strategic-basic-research/'),
  ja('e-ASIA', 'acronym', '/programs/e-asia-jrp/'),
  ja('AJ-CORE', 'acronym', '/programs/aj-core/'),
  ja('CONCERT-Japan', 'acronym', '/programs/concert-japan/'),
  ja('STI for SDGs', 'acronym', '/programs/sti-for-sdgs/'),
  ja('JICA', 'acronym', '/programs/satreps/'),

  // Katakana.
  ja('ジョイント・ディグリー', 'katakana', '/programs/joint-degrees/'),
  ja('コンソーシアム', 'katakana', '/programs/sicorp/', 'SICORP’s consortium-type joint research (コンソーシアム共同研究タイプ)'),
  ja('リードエージェンシー', 'katakana', '/programs/sicorp-uk-lead-agency/'),
  ja('リサーチアシスタント', 'katakana', '/programs/doctoral-student-support/'),
  ja('マッチングファンド', 'katakana', '/programs/jsps-bilateral-joint-research/'),
  ja('さきがけ', 'katakana', '/programs/strategic-basic-research/', 'PRESTO’s Japanese name, in hiragana'),

  // Subjects.
  ja('若手研究者', 'topic', ['/programs/global-young-researchers/', '/programs/overseas-challenge/']),
  ja('開発途上国', 'topic', '/programs/satreps/'),
  ja('共著論文', 'topic', '/topics/coauthorship/'),
  ja('国際共著 相手国', 'topic', '/topics/coauthorship/'),
  ja('予算の推移', 'topic', '/topics/budgets/'),
  ja('招へい者数', 'topic', '/topics/sakura-science-results/'),
  ja('試行公募の結果', 'topic', '/topics/trial-call-results/'),
  ja('国際共同研究の3階層', 'topic', '/topics/tiers/'),
  ja('年表', 'topic', '/topics/timeline/'),
  ja('用語集', 'topic', '/topics/glossary/'),
  ja('データセット CSV', 'topic', '/data/'),
  ja('水管理', 'topic', ['/programs/concert-japan/', '/programs/aj-core/']),

  // Figures and years as written.
  ja('令和5年度 予算', 'number', ['/topics/budgets/']),
  ja('1,073', 'number', ['/programs/sicorp/', '/topics/budgets/'], 'SICORP’s FY2023 budget, 1,073百万円'),
  ja('19,298', 'number', '/topics/sakura-science-results/', 'Sakura Science invitees, FY2014–2017'),
  ja('7,088', 'number', ['/programs/wpi/', '/topics/budgets/'], 'WPI’s FY2023 budget'),
  ja('50,050', 'number', ['/programs/aspire/', '/topics/budgets/'], 'ASPIRE’s FY2022 supplementary budget'),
  ja('43件', 'number', ['/topics/trial-call-results/', '/programs/aspire-trial-call/'], 'proposals to the FY2022 trial call'),

  // The other language typed on Japanese pages.
  ja('Sakura Science', 'cross', '/programs/sakura-science/'),
  ja('World Premier International Research Center', 'cross', '/programs/wpi/'),
  ja('joint degree', 'cross', '/programs/joint-degrees/'),

  // Source documents and the errata.
  ja('記者説明会', 'source', '/sources/004/'),
  ja('我が国の国際的な科学技術イノベーション施策の現状', 'source', '/sources/003/'),
  ja('国内の競争的資金における国際取組の推進', 'source', '/sources/000/'),
  ja('研究インテグリティ', 'topic', ['/programs/committee-report-2021/', '/programs/g7-2023/'], 'quoted on the 2021 committee report and G7 pages'),
  ja('サテライト', 'topic', '/programs/sicorp-research-hubs/', 'the hubs’ satellite offices, quoted on the hubs page'),
  ja('正誤表', 'source', '/sources/errata/'),

  // Written after the ranking was tuned on the queries above, and run once before any further
  // change, to see whether the tuning holds for queries it was not fitted to.
  ja('ジョイントディグリー', 'katakana', '/programs/joint-degrees/', 'without the middle dot'),
  ja('さくらサイエンスプラン', 'name', '/programs/sakura-science/'),
  ja('日本・アジア青少年サイエンス交流事業', 'name', '/programs/sakura-science/', 'the program’s former name'),
  ja('外国人特別研究員', 'name', '/programs/jsps-international-fellowships/'),
  ja('世界トップレベル研究拠点形成プログラム', 'name', '/programs/wpi/'),
  ja('SDGs', 'acronym', '/programs/sti-for-sdgs/'),
  ja('ASEAN', 'acronym', ['/programs/sicorp-research-hubs/', '/programs/e-asia-jrp/']),
  ja('インド 拠点', 'topic', '/programs/sicorp-research-hubs/'),
  ja('産学連携', 'topic', '/programs/sicorp-industry-academia/'),
  ja('アフリカ', 'katakana', '/programs/aj-core/'),
  ja('試行公募', 'topic', ['/programs/aspire-trial-call/', '/topics/trial-call-results/']),
  ja('満足度', 'topic', ['/topics/sakura-science-results/', '/programs/sakura-science/']),
  ja('中国 シェア', 'topic', '/topics/coauthorship/'),
  ja('RA', 'acronym', '/programs/doctoral-student-support/', 'リサーチアシスタント, in the title as RA処遇改善'),
  ja('高校生', 'topic', '/programs/sakura-science/'),
  ja('PIRE', 'acronym', '/programs/strategic-basic-research/'),
  ja('ERATO', 'acronym', '/programs/strategic-basic-research/'),
  // Partner countries and agencies: the country pages (scripts/site/country-pages.ts).
  ja('インド', 'name', '/countries/in/'),
  ja('ドイツ', 'name', '/countries/de/'),
  ja('イギリス', 'name', '/countries/gb/', 'the platform’s name; the page is titled 英国, the documents’ own name'),
  ja('ヴィシェグラード', 'katakana', '/countries/v4/'),
  ja('DST', 'acronym', ['/countries/in/', '/programs/sicorp-research-hubs/']),
  ja('NERC', 'acronym', ['/countries/gb/', '/programs/sicorp-uk-lead-agency/']),
];

export const englishQueries: readonly SearchQuery[] = [
  // Program names.
  en('Strategic International Collaborative Research Program', 'name', '/en/programs/sicorp/'),
  en('Science and Technology Research Partnership for Sustainable Development', 'name', '/en/programs/satreps/'),
  en('Sakura Science', 'name', ['/en/programs/sakura-science/', '/en/topics/sakura-science-results/']),
  en('Sakura Science Exchange Program', 'name', '/en/programs/sakura-science/'),
  en('Adopting Sustainable Partnerships for Innovative Research Ecosystem', 'name', '/en/programs/aspire/'),
  en('World Premier International Research Center', 'name', '/en/programs/wpi/'),
  en('e-ASIA Joint Research Program', 'name', '/en/programs/e-asia-jrp/'),
  en('Africa Japan collaborative research', 'name', '/en/programs/aj-core/'),
  en('International Leading Research', 'name', '/en/programs/kakenhi-international-leading-research/'),
  en('Overseas Research Fellowships', 'name', '/en/programs/jsps-overseas-fellowships/'),
  en('International Fellowships for Research in Japan', 'name', '/en/programs/jsps-international-fellowships/'),
  en('Overseas Challenge Program for Young Researchers', 'name', '/en/programs/overseas-challenge/'),
  en('support for doctoral students', 'name', '/en/programs/doctoral-student-support/'),
  en('joint degrees', 'name', '/en/programs/joint-degrees/'),
  en('Strategic Basic Research Programs', 'name', '/en/programs/strategic-basic-research/'),
  en('JSPS International Joint Research Program', 'name', '/en/programs/jsps-bilateral-joint-research/'),
  en('Lead Agency Scheme', 'name', '/en/programs/sicorp-uk-lead-agency/'),
  en('industry academia joint research', 'name', '/en/programs/sicorp-industry-academia/'),
  en('International Joint Research Hubs', 'name', '/en/programs/sicorp-research-hubs/'),
  en('international deployment of science and technology', 'name', '/en/programs/international-strategy/'),
  en('National Science Foundation', 'name', '/en/programs/nsf-erc-exchanges/'),
  en('JST President trial call', 'name', ['/en/programs/aspire-trial-call/', '/en/topics/trial-call-results/']),

  // Acronyms.
  en('SICORP', 'acronym', '/en/programs/sicorp/', 'three SICORP sub-programs carry the acronym in their titles too'),
  en('SATREPS', 'acronym', '/en/programs/satreps/'),
  en('ASPIRE', 'acronym', '/en/programs/aspire/'),
  en('WPI', 'acronym', '/en/programs/wpi/'),
  en('KAKENHI', 'acronym', '/en/programs/kakenhi-international-leading-research/'),
  en('CREST PRESTO', 'acronym', '/en/programs/strategic-basic-research/'),
  en('AJ-CORE', 'acronym', '/en/programs/aj-core/'),
  en('CONCERT-Japan', 'acronym', '/en/programs/concert-japan/'),
  en('STI for SDGs', 'acronym', '/en/programs/sti-for-sdgs/'),
  en('JICA', 'acronym', '/en/programs/satreps/'),

  // Subjects, with plurals and other word forms.
  en('young researchers', 'topic', ['/en/programs/global-young-researchers/', '/en/programs/overseas-challenge/']),
  en('developing countries', 'topic', '/en/programs/satreps/'),
  en('co-authored papers', 'topic', '/en/topics/coauthorship/'),
  en('co-authorship partners', 'topic', '/en/topics/coauthorship/'),
  en('budgets across programs', 'topic', '/en/topics/budgets/'),
  en('Sakura Science invitees', 'topic', '/en/topics/sakura-science-results/'),
  en('trial call results', 'topic', '/en/topics/trial-call-results/'),
  en('three tiers of international joint research', 'topic', '/en/topics/tiers/'),
  en('timeline', 'topic', '/en/topics/timeline/'),
  en('glossary', 'topic', '/en/topics/glossary/'),
  en('datasets CSV', 'topic', '/en/data/'),
  en('consortium', 'topic', '/en/programs/sicorp/', 'SICORP’s consortium-type joint research'),
  en('research assistant', 'topic', '/en/programs/doctoral-student-support/'),
  en('water management', 'topic', ['/en/programs/concert-japan/', '/en/programs/aj-core/']),

  // Figures and years.
  en('1,073', 'number', ['/en/programs/sicorp/', '/en/topics/budgets/']),
  en('19,298', 'number', '/en/topics/sakura-science-results/'),
  en('FY2023 budget', 'number', ['/en/topics/budgets/']),
  en('43 proposals', 'number', ['/en/topics/trial-call-results/', '/en/programs/aspire-trial-call/']),

  // Japanese typed on English pages.
  en('さくらサイエンス', 'cross', ['/en/programs/sakura-science/', '/en/topics/sakura-science-results/']),
  en('戦略的国際共同研究プログラム', 'cross', '/en/programs/sicorp/'),
  en('令和5年度', 'cross', ['/en/topics/budgets/', '/en/data/'], 'the era name explained as FY2023'),

  // Source documents and the errata.
  en('press briefing', 'topic', '/en/programs/foreign-expectations/', 'the JST President’s briefing, quoted on the foreign expectations page'),
  en('competitive research funding', 'source', '/en/sources/000/'),
  en('state of Japan\'s international science, technology and innovation policy', 'source', '/en/sources/003/'),
  en('errata', 'source', '/en/sources/errata/'),

  // Written after the ranking was tuned on the queries above, and run once before any further
  // change, to see whether the tuning holds for queries it was not fitted to.
  en('Sakura Science Plan', 'name', '/en/programs/sakura-science/'),
  en('Japan–UK', 'name', '/en/programs/sicorp-uk-lead-agency/'),
  en('UK joint research', 'name', '/en/programs/sicorp-uk-lead-agency/'),
  en('Sweden', 'topic', '/en/programs/sicorp-industry-academia/'),
  en('research hubs ASEAN India China', 'name', '/en/programs/sicorp-research-hubs/'),
  en('Africa', 'topic', '/en/programs/aj-core/'),
  en('SDGs', 'acronym', '/en/programs/sti-for-sdgs/'),
  en('foreign researchers fellowship', 'topic', '/en/programs/jsps-international-fellowships/'),
  en('PhD students', 'topic', '/en/programs/doctoral-student-support/', 'the site says doctoral students'),
  en('high school students', 'topic', '/en/programs/sakura-science/'),
  en('satisfaction', 'topic', ['/en/topics/sakura-science-results/', '/en/programs/sakura-science/']),
  en('China share of co-authored papers', 'topic', '/en/topics/coauthorship/'),
  en('ASPIRE supplementary budget', 'number', ['/en/programs/aspire/', '/en/topics/budgets/']),
  en('ERATO', 'acronym', '/en/programs/strategic-basic-research/'),
  en('PIRE', 'acronym', '/en/programs/strategic-basic-research/'),
  en('JST President', 'name', ['/en/programs/aspire-trial-call/', '/en/sources/004/']),
  // Partner countries and agencies: the country pages (scripts/site/country-pages.ts).
  en('India', 'name', '/en/countries/in/'),
  en('Germany', 'name', '/en/countries/de/'),
  en('United Kingdom', 'name', '/en/countries/gb/'),
  en('インド', 'cross', '/en/countries/in/'),
  en('DST', 'acronym', ['/en/countries/in/', '/en/programs/sicorp-research-hubs/']),
  en('CIHR', 'acronym', ['/en/countries/ca/', '/en/topics/trial-call-results/']),
];
