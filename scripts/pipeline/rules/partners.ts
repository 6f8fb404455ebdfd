import type { PartnerRule } from '../extract/partners.ts';

// Where the documents tie a program to a partner country, region or agency. Each rule points at a
// statement by its text; the partners, figures and dates are read from the seed. The trial call's
// proposals by country and funder and the co-authorship table come from their own datasets.
// Ties the documents make for no single program (G7 and G20 meetings, agreements between
// governments or universities) have program null.

const s = (seed: string) => (r: Omit<PartnerRule, 'seed'>): PartnerRule => ({ seed, ...r });
const s000 = s('000');
const s001 = s('001');
const s002 = s('002');
const s003 = s('003');
const s004 = s('004');

export const partnerRules: readonly PartnerRule[] = [
  // ── 000: MEXT, March 2019 ──
  s000({ id: 'erc-exchange-2019', at: { text: 'ERCは幅広い分野において欧州域内全体での厳しい競争を勝ち抜いた優' }, lines: 5, only: ['ERC'], program: 'nsf-erc-exchanges', kind: 'researcher-exchange' }),
  s000({ id: 'nsf-memorandum', at: { text: '米国国立科学財団(NSF)と研究協力に関する覚書に署名' }, lines: 2, program: 'nsf-erc-exchanges', kind: 'bilateral-agreement', event: 'nsf-memorandum' }),
  s000({ id: 'nsf-cise-exchange', at: { text: 'NSFのCISE部門' }, lines: 2, program: 'nsf-erc-exchanges', kind: 'researcher-exchange', status: 'planned' }),
  s000({ id: 'erc-arrangement', at: { text: '欧州研究会議(ERC)と研究交流に関する欧州委員会との実施取極に' }, lines: 2, program: 'nsf-erc-exchanges', kind: 'bilateral-agreement', event: 'erc-arrangement' }),
  s000({ id: 'india-joint-laboratory-2019', at: { text: 'インドは30百万円' }, program: 'sicorp', kind: 'joint-laboratory', figures: { projects: true, amount: true }, note: 'Amount per project and year.' }),
  s000({ id: 'sicorp-partnership-2019', at: { text: '欧米等先進諸国やアジア諸国とのイコールパートナーシップ' }, lines: 3, program: 'sicorp', kind: 'joint-research', note: 'Joint research under frameworks of equal partnership with advanced countries in Europe and North America and with Asian countries.' }),
  s000({ id: 'russia-call-2019', at: { text: '日本-ロシア(MON)' }, lines: 2, program: 'sicorp', kind: 'joint-call', event: 'russia-call' }),
  s000({ id: 'uk-marine-2017', at: { text: '海洋調査・観測にブレイクスルーをもたらす革新的な生物・生物地球化学センサー' }, lines: 2, program: 'sicorp-uk-lead-agency', kind: 'joint-research', note: 'Marine research: sensors for ocean observation.' }),
  s000({ id: 'uk-lead-agency-2017', at: { text: '英国自然環境研究会議(NERC' }, program: 'sicorp-uk-lead-agency', kind: 'partner-agency', event: 'uk-call-period' }),
  s000({ id: 'uk-lead-agency-consultation-2017', at: { text: 'JSTと英国NERCの間でリードエージェンシー方式に関して緊密な協議を行い' }, lines: 2, program: 'sicorp-uk-lead-agency', kind: 'joint-call', event: 'uk-first-call' }),
  s000({ id: 'uk-summit-2017', at: { text: '同年8月31日に行われた日英首脳会談' }, lines: 3, program: 'sicorp-uk-lead-agency', kind: 'summit', event: 'uk-summit' }),
  s000({ id: 'industry-academia-2019', at: { text: '7. SICORP 国際産学連携共同研究' }, program: 'sicorp-industry-academia', kind: 'joint-research' }),
  s000({ id: 'industry-academia-sweden-2019', at: { text: '日本の産学連携チームとスウェーデンの同' }, lines: 4, program: 'sicorp-industry-academia', kind: 'joint-research', note: 'Industry–academia teams of both countries, for innovation in an ageing society.' }),
  s000({ id: 'industry-academia-projects-2019', at: { text: '課題数 4課題' }, columns: { text: '日スウェーデン 日ドイツ' }, program: 'sicorp-industry-academia', kind: 'joint-call' }),
  s000({ id: 'sakura-joint-statements-2019', at: { text: 'モディ首相来日時の日印共同声明' }, lines: 2, program: 'sakura-science', kind: 'summit', note: "The India–Japan joint statement and the chair's statement of the ASEAN–Japan summit mention the Sakura Science Plan." }),
  s000({ id: 'sakura-asia-2019', at: { text: '科学技術分野でのアジア地域との青少年交流プログラム' }, program: 'sakura-science', kind: 'researcher-exchange' }),
  s000({ id: 'sakura-open-call-2019', at: { text: '日本の大学等がアジア太平洋地域の大学等から青少年を短期に招へいし' }, program: 'sakura-science', kind: 'researcher-exchange', note: 'Open call: Japanese universities invite young people from the Asia-Pacific region.' }),
  s000({ id: 'sakura-direct-2019', at: { text: 'JSTがアジア太平洋地域から優秀な高校生等を招へいし' }, program: 'sakura-science', kind: 'researcher-exchange', note: 'Invitations by JST itself (Sakura Science High School Program and others).' }),
  s000({ id: 'e-asia-2019', at: { text: 'ASEAN+8の国々との間で' }, lines: 2, program: 'e-asia-jrp', kind: 'multilateral-framework' }),
  s000({ id: 'e-asia-asia-2019', at: { text: '日本が研究開発分野において有する高いポテンシャルを生かし' }, lines: 4, program: 'e-asia-jrp', kind: 'multilateral-framework', note: 'Joint research and capacity building for development and common problems in Asia, and a community of researchers in Asia.' }),
  s000({ id: 'e-asia-guest-2019', at: { text: 'スリランカはゲストパートナーとして参加' }, program: 'e-asia-jrp', kind: 'multilateral-framework', note: 'Guest partner.' }),
  s000({ id: 'asean-hub-2015', at: { text: 'ASEAN地域:' }, program: 'sicorp-research-hubs', kind: 'hub', event: 'asean-hub-selection', figures: { projects: true } }),
  s000({ id: 'india-hub-2016', at: { text: 'インド:共同研究拠点構築に向けて' }, lines: 2, program: 'sicorp-research-hubs', kind: 'hub', event: 'india-hub-call', figures: { projects: true } }),
  s000({ id: 'china-hub-2017', at: { text: '中国:MOSTと協力し' }, program: 'sicorp-research-hubs', kind: 'hub', event: 'china-hub-call' }),

  // ── 001: MEXT, FY2021 budget ──
  s001({ id: 'concert-japan-2021', at: { text: '欧州 マルチ枠組みCONCERT Japan' }, program: 'concert-japan', kind: 'multilateral-framework', status: 'planned', note: 'An envisaged joint call (想定例).' }),
  s001({ id: 'us-digital-science-2021', at: { text: '米国 デジタルサイエンス' }, program: 'sicorp', kind: 'joint-call', status: 'planned', note: 'An envisaged joint call (想定例): digital science.' }),
  s001({ id: 'eu-biofuels-2021', at: { text: 'EU バイオ燃料' }, program: 'sicorp', kind: 'joint-call', status: 'planned', note: 'An envisaged joint call (想定例): biofuels.' }),
  s001({ id: 'e-asia-2021', at: { text: '東アジア(e-ASIA' }, program: 'e-asia-jrp', kind: 'multilateral-framework', status: 'planned', note: 'An envisaged joint call (想定例).' }),
  s001({ id: 'aj-core-2021', at: { text: '南アフリカ (日+南ア+アフリカ1か国以上)' }, program: 'aj-core', kind: 'multilateral-framework', status: 'planned', note: 'An envisaged joint call (想定例): Japan, South Africa and at least one other African country.' }),
  s001({ id: 'france-molecular-technology-2014', at: { text: '日仏共同研究「分子技術(第1期)」' }, lines: 2, program: 'sicorp', kind: 'joint-research', fiscalYearFrom: { text: '(平成26年度採択課題)' } }),
  s001({ id: 'germany-nanoelectronics-2009', at: { text: '日本-ドイツ共同研究(分野:ナノエレクトロニクス)' }, lines: 2, program: 'sicorp', kind: 'joint-research', fiscalYearFrom: { text: '(平成21年度採択課題)', after: '日本-ドイツ共同研究' } }),
  s001({ id: 'v4-advanced-materials-2015', at: { text: '日本-ヴィシェグラード4か国' }, members: true, program: 'sicorp', kind: 'joint-research', fiscalYearFrom: { text: '(平成27年度採択課題)', after: '日本-ヴィシェグラード4か国' } }),
  s001({ id: 'v4-summit-2018', at: { text: '○平成30年10月の第2回' }, program: 'sicorp', kind: 'summit', event: 'v4-summit' }),
  s001({ id: 'hungary-poland-summits', at: { text: '○また、令和元年12月の日・ハンガリー首脳会談' }, program: 'sicorp', kind: 'summit', dateInText: true }),
  s001({ id: 'satreps-policy-2019', at: { text: 'アジア・アフリカ等の途上国において社会実装' }, program: 'satreps', kind: 'policy', note: 'SDGs Action Plan 2020: putting research results into practice in developing countries of Asia, Africa and elsewhere.' }),
  s001({ id: 'satreps-thailand-biofuel', at: { text: '「非食糧系バイオマスの輸送用燃料化基盤技術」(タイ)' }, lines: 2, program: 'satreps', kind: 'joint-research', fiscalYearFrom: { text: '(H21採択課題' } }),
  s001({ id: 'asean-bridging-initiative-2018', at: { text: 'ASEAN事務局・ASEAN諸国政府と2018年10月に' }, program: 'satreps', kind: 'bilateral-agreement', only: ['ASEAN'], event: 'asean-bridging-initiative', note: 'ASEAN–Japan STI for SDGs Bridging Initiative, agreed with the ASEAN Secretariat and ASEAN governments.' }),
  s001({ id: 'asean-forum-thailand-2019', at: { text: 'ASEAN事務局・ASEAN諸国政府と2018年10月に' }, program: 'satreps', kind: 'workshop', only: ['TH'], dateInText: true, note: 'First ASEAN–Japan Multi-stakeholder Strategic Consultancy Forum, held in Thailand.' }),
  s001({ id: 'asean-forum-2019', at: { text: '「日ASEANマルチステークホルダー戦略コンサルタンシーフォーラム」の開催' }, program: 'satreps', kind: 'workshop', note: 'ASEAN–Japan Multi-stakeholder Strategic Consultancy Forum, first held in Thailand in October 2019.' }),
  s001({ id: 'fellow-germany-2014', at: { text: 'Dr. Patrick Grüneberg' }, program: 'jsps-international-fellowships', kind: 'fellowship', fiscalYearFrom: { text: 'Dr. Patrick Grüneberg' } }),
  s001({ id: 'fellow-brazil-2007', at: { text: 'Dr. Patryk Sofia LYKAWKA' }, program: 'jsps-international-fellowships', kind: 'fellowship', fiscalYearFrom: { text: 'Dr. Patryk Sofia LYKAWKA' } }),
  s001({ id: 'sakura-asia-2021', at: { text: 'アジア諸国等との若手人材交流を推進する' }, program: 'sakura-science', kind: 'researcher-exchange' }),
  s001({ id: 'young-researchers-asia-2021', at: { text: 'アジア諸国の科学技術分野での若手人材の招へいと交流を推進する' }, program: 'global-young-researchers', kind: 'researcher-exchange' }),
  s001({ id: 'sakura-asia-2021-summary', at: { text: 'アジア諸国等の青少年との科学技術交流プログラムを実施' }, program: 'sakura-science', kind: 'researcher-exchange' }),

  // ── 002: JST, 2015 ──
  s002({ id: 'sppexa-call-2014', at: { text: 'ドイツDFGが実施するエクサスケール向けソフトウェア' }, lines: 2, program: 'strategic-basic-research', kind: 'joint-call', event: 'sppexa-call' }),
  s002({ id: 'us-germany-workshop-2015', at: { text: '海外FA(米NSF、独DFG)と共同で日米独合同ワークショップ' }, lines: 2, program: 'strategic-basic-research', kind: 'workshop', note: 'Japan–US–Germany joint workshops with NSF and DFG; the second was planned for April 2015 in Washington, DC.' }),
  s002({ id: 'nsf-pire-2014', at: { text: '米国NSFの国際プログラム(PIRE)' }, program: 'strategic-basic-research', kind: 'joint-call', event: 'pire-call' }),
  s002({ id: 'france-call-2014', at: { text: 'SICORP日仏共同公募を実施。' }, lines: 5, program: 'sicorp', kind: 'joint-call', only: ['FR'], event: 'sicorp-france-selection', figures: { projects: true, proposals: true } }),
  s002({ id: 'anr-symposium-2015', at: { text: 'ANRと「分子技術」合同シンポジウム' }, lines: 2, program: 'strategic-basic-research', kind: 'workshop', event: 'sicorp-france-symposium' }),
  s002({ id: 'us-call-2014', at: { text: 'SICORP日米共同公募を2014年6~9' }, lines: 3, program: 'sicorp', kind: 'joint-call', event: 'sicorp-us-selection', figures: { projects: true } }),
  s002({ id: 'satreps-asia-2015', at: { text: '連携により、アジア等の開発途上国と' }, program: 'satreps', kind: 'joint-research' }),
  s002({ id: 'joint-laboratory-priority-2015', at: { text: 'H27採択予定数:2拠点程度(重点国:インド・ASEAN等)' }, program: 'sicorp', kind: 'joint-laboratory', status: 'planned', fiscalYearFrom: { text: 'H27採択予定数:2拠点程度' }, note: 'Priority countries for about two new joint laboratories (hubs) in FY2015.' }),

  // ── 003: MEXT, April 2023 ──
  s003({ id: 'e-asia-2023', at: { text: 'e-ASIA:日+14か国、東南アジアが主' }, program: 'e-asia-jrp', kind: 'multilateral-framework' }),
  s003({ id: 'aj-core-2023', at: { text: 'AJ-CORE:日+南ア+アフリカ1か国以上' }, program: 'aj-core', kind: 'multilateral-framework' }),
  s003({ id: 'eu-biofuels-2023', at: { text: 'エネルギー他)、EU(バイオ燃料)等' }, program: 'sicorp', kind: 'joint-call', note: 'Multilateral and bilateral calls: biofuels.' }),
  s003({ id: 'hubs-2023', at: { text: 'ASEAN(環境・エネルギー、生物資源、' }, lines: 3, program: 'sicorp-research-hubs', kind: 'hub' }),
  s003({ id: 'concert-japan-materials-2018', at: { text: '日独仏', nth: 1 }, lines: 2, program: 'concert-japan', kind: 'joint-research', fiscalYearFrom: { text: '「超空間制御による機能材料」(平成30年度採択課題)' } }),
  s003({ id: 'e-asia-covid-2021', at: { text: '日越' }, lines: 2, program: 'e-asia-jrp', kind: 'joint-research', fiscalYearFrom: { text: '対応する緊急公募」(令和3年度採択課題)' } }),
  s003({ id: 'singapore-biosensor-2015', at: { text: '日ーシンガポール共同研究' }, lines: 2, program: 'sicorp', kind: 'joint-research', fiscalYearFrom: { text: '(平成27年度採択課題)', after: '日ーシンガポール共同研究' } }),
  s003({ id: 'satreps-thailand-biofuel-2023', at: { text: '「非食糧系バイオマスの輸送用燃料化基盤技術」タイ' }, program: 'satreps', kind: 'joint-research' }),
  s003({ id: 'satreps-vietnam-rice-2023', at: { text: '「ベトナム北部中山間地域に適応した作物品種開発」ベトナム' }, program: 'satreps', kind: 'joint-research' }),
  s003({ id: 'satreps-policy-2021', at: { text: 'インド、ケニア等の新興国及び途上国とのSDGsを軸とした' }, program: 'satreps', kind: 'policy', note: '6th Science, Technology and Innovation Basic Plan (March 2021): cooperation with emerging and developing countries such as India and Kenya.' }),
  s003({ id: 'fellow-brazil-2007-2023', at: { text: '(平成19年度 神戸大学受入、ブラジル)' }, program: 'jsps-international-fellowships', kind: 'fellowship', fiscalYearFrom: { text: '(平成19年度 神戸大学受入、ブラジル)' } }),
  s003({ id: 'fellow-germany-2014-2023', at: { text: '(平成26年度 筑波大学受入、ドイツ)' }, program: 'jsps-international-fellowships', kind: 'fellowship', fiscalYearFrom: { text: '(平成26年度 筑波大学受入、ドイツ)' } }),
  s003({ id: 'kavli-donation', at: { text: '東京大学Kavli IPMUは米国カブリ財団からの22.5億円の寄附により' }, program: 'wpi', kind: 'donation', figures: { amount: true } }),
  s003({ id: 'sakura-worldwide-2023', at: { text: '対象国・地域', after: '国際青少年サイエンス交流事業 令和5年度予算額' }, program: 'sakura-science', kind: 'researcher-exchange', fiscalYearFrom: { text: '国際青少年サイエンス交流事業 令和5年度予算額' } }),
  s003({ id: 'g7-science-ministers-2023', at: { text: 'G7仙台科学技術大臣会合を開催' }, program: null, kind: 'ministerial-meeting', event: 'g7-science-ministers' }),
  s003({ id: 'g7-education-ministers-2023', at: { text: 'G7教育大臣会合を開催' }, program: null, kind: 'ministerial-meeting', event: 'g7-education-ministers' }),
  s003({ id: 'germany-minister-2023', at: { text: '〇ドイツ シュタルク=ヴァッツィンガー' }, lines: 3, program: null, kind: 'ministerial-meeting', note: 'Bilateral meeting with the German Federal Minister of Education and Research around the G7 meetings: cooperation in science and technology.' }),
  s003({ id: 'italy-education-minister-2023', at: { text: '〇イタリア ヴァルディターラ 教育・功績大臣' }, lines: 3, program: null, kind: 'ministerial-meeting', note: "Bilateral meeting with Italy's Minister of Education and Merit around the G7 meetings: a memorandum on cooperation between universities, research institutes and researchers signed." }),
  s003({ id: 'uk-minister-aspire-2023', at: { text: '〇イギリス ジョージ・フリーマンDSIT閣外大臣' }, lines: 7, also: [{ text: '【イギリス】 フリーマンDSIT閣外大臣との会談' }], program: 'aspire', kind: 'ministerial-meeting', note: "Bilateral meeting with the UK's DSIT minister around the G7 meetings: deeper cooperation by linking the UK's international science fund with ASPIRE's fund." }),
  s003({ id: 'france-minister-2023', at: { text: '〇フランス シルヴィー・ルタイヨー 高等教育・研究大臣' }, lines: 3, also: [{ text: '【フランス】 ルタイヨー 高等教育・研究大臣との会談' }], program: null, kind: 'ministerial-meeting', note: "Bilateral meeting with France's Minister of Higher Education and Research around the G7 meetings: cooperation in science and technology and exchanges between universities." }),
  s003({ id: 'us-education-memorandum-2023', at: { text: '日米教育協力に関する覚書に署名' }, program: null, kind: 'bilateral-agreement', note: 'Memorandum on Japan–US education cooperation, signed by the Minister of Education and the Secretary of State during the G7 Hiroshima Summit.' }),
  s003({ id: 'us-state-department-2023', at: { text: '【主体】 文科省-国務省' }, program: null, kind: 'bilateral-agreement', note: 'The parties to the memorandum on Japan–US education cooperation.' }),
  s003({ id: 'us-quantum-agreement-2023', at: { text: '【機関】 東京大学-シカゴ大学-IBM、' }, lines: 2, under: { text: '<アメリカ>' }, program: null, kind: 'bilateral-agreement', note: 'Agreement between institutions: University of Tokyo, University of Chicago, IBM and Google (quantum physics).' }),
  s003({ id: 'us-semiconductor-agreement-2023', at: { text: '【機関】 マイクロン社・マイクロン財団・東京エレクトロン' }, lines: 8, under: { text: '<アメリカ>' }, program: null, kind: 'bilateral-agreement', note: 'Agreement between Micron, the Micron Foundation, Tokyo Electron and Japanese and US universities (semiconductors).' }),
  s003({ id: 'uk-energy-agreement-2023', at: { text: '【機関】東京大学-インペリアル・カレッジ・ロンドン' }, lines: 2, under: { text: '<イギリス>', after: '<アメリカ>' }, program: null, kind: 'bilateral-agreement', note: 'Agreement between the University of Tokyo and Imperial College London, with Hitachi as witness (energy).' }),
  s003({ id: 'jst-ukri-semiconductors-2023', at: { text: '【機関】JST-UKRI' }, lines: 2, program: null, kind: 'bilateral-agreement', note: 'Agreement between JST and UKRI on semiconductor cooperation, during the G7 period.' }),
  s003({ id: 'italy-university-memorandum-2023', at: { text: '【主体】文部科学省-イタリア研究・大学省' }, program: null, kind: 'bilateral-agreement', note: "Memorandum of cooperation between MEXT and Italy's Ministry of University and Research, signed at the G7 Sendai Science and Technology Ministers' Meeting." }),
  s003({ id: 'us-joint-high-level-committee-2023', at: { text: '第15回日米科学技術協力合同高級委員会' }, program: null, kind: 'ministerial-meeting', note: '15th Japan–US Joint High-Level Committee on Science and Technology Cooperation, under the Japan–US Science and Technology Cooperation Agreement.' }),
  s003({ id: 'sts-asean-workshop-2023', at: { text: 'STSフォーラムASEANワークショップ' }, program: null, kind: 'workshop', event: 'sts-asean-workshop', note: 'Held in Malaysia.' }),
  s003({ id: 'ajccst-12-2023', at: { text: '第12回日ASEAN科学技術協力委員会' }, program: null, kind: 'meeting', event: 'ajccst-12', note: '12th ASEAN–Japan Cooperation Committee on Science and Technology (AJCCST-12), held in Brunei.' }),
  s003({ id: 'g20-education-ministers-2023', at: { text: 'G20教育大臣会合(インド)' }, program: null, kind: 'ministerial-meeting', event: 'g20-education', note: 'Held in India.' }),
  s003({ id: 'hfsp-summit-2023', at: { text: 'HFSPハイレベル・サイエンスサミット' }, program: null, kind: 'meeting', event: 'hfsp-summit', note: 'Human Frontier Science Program high-level science summit, held in Paris.' }),
  s003({ id: 'g20-research-ministers-2023', at: { text: 'G20研究大臣会合(インド)' }, program: null, kind: 'ministerial-meeting', event: 'g20-research', note: 'Held in India.' }),
  s003({ id: 'asean-sti-event-2023', at: { text: 'ASEAN50周年 科学技術イノベーション イベント' }, program: null, kind: 'meeting', event: 'asean-sti-event', note: 'ASEAN–Japan 50th anniversary science, technology and innovation event, in Bangkok.' }),
  s003({ id: 'g20-summit-2023', at: { text: 'G20首脳サミット' }, program: null, kind: 'summit', event: 'g20-summit', note: 'Held in New Delhi, India.' }),
  s003({ id: 'asean-japan-summit-2023', at: { text: '日ASEAN特別首脳会合(東京)' }, program: null, kind: 'summit', event: 'asean-japan-summit', note: 'Commemorative ASEAN–Japan summit, in Tokyo.' }),
  s003({ id: 'oecd-cstp-2024', at: { text: 'OECD/CSTP閣僚級会合(パリ)' }, program: null, kind: 'ministerial-meeting', event: 'oecd-cstp-2024', note: "OECD Committee for Scientific and Technological Policy ministerial meeting, in Paris." }),
  s003({ id: 'ingsa-2024', at: { text: 'INGSA(政府科学アドバイスのための国際ネットワーク)総会' }, program: null, kind: 'meeting', event: 'ingsa-2024', note: 'General meeting of the International Network for Governmental Science Advice, in Kigali, Rwanda.' }),

  // ── 004: JST, April 2023 ──
  s004({ id: 'trial-call-countries', at: { text: '協力国:' }, program: 'aspire-trial-call', kind: 'call', event: 'trial-call-period', note: 'Partner countries of the trial call, as listed (等: and others).' }),
  s004({ id: 'nsf-meeting-2022', at: { text: '米国: NSF パンチ長官' }, program: 'aspire', kind: 'meeting', fiscalYearFrom: { text: '令和4年度、欧米先進国への訪問や要人のJST訪問等の機会で' }, note: 'Talks with the NSF Director.' }),
  s004({ id: 'uk-adviser-meeting-2022', at: { text: '英国: アンジェラ・マクリーン 国防省科学顧問' }, program: 'aspire', kind: 'meeting', fiscalYearFrom: { text: '令和4年度、欧米先進国への訪問や要人のJST訪問等の機会で' }, note: 'Talks with the UK Ministry of Defence Chief Scientific Adviser (now Government Chief Scientific Adviser).' }),
  s004({ id: 'ostp-meeting-2022', at: { text: '米国科学技術政策局(OSTP) プラバカー局長' }, lines: 4, also: [{ text: 'アラティ・プラバカー 米国科学技術政策局 (OSTP) 局長' }], program: 'aspire', kind: 'meeting', fiscalYearFrom: { text: '令和4年度、欧米先進国への訪問や要人のJST訪問等の機会で' }, note: 'Talks with the OSTP Director.' }),
  s004({ id: 'uk-minister-meeting-2022', at: { text: '英国 フリーマン大臣' }, program: 'aspire', kind: 'meeting', fiscalYearFrom: { text: '令和4年度、欧米先進国への訪問や要人のJST訪問等の機会で' }, note: 'Talks with the UK Minister of State for Science, Research and Innovation.' }),
  s004({ id: 'ispf-launch-2022', at: { text: '東京で新たな国際科学パートナーシップ基金(ISPF)の立ち上げを発表' }, program: 'aspire', kind: 'policy', event: 'ispf-launch', figures: { amount: true }, note: 'The UK announces the International Science Partnerships Fund in Tokyo; initial funding about 18.4 billion yen.' }),
  s004({ id: 'ukri-meeting-2022', at: { text: '英国研究・イノベーション機構(UKRI)オットーライン最高責任者' }, lines: 3, also: [{ text: 'UKRIオットーライン 最高責任者' }], program: 'aspire', kind: 'meeting', fiscalYearFrom: { text: '令和4年度、欧米先進国への訪問や要人のJST訪問等の機会で' }, note: "Talks with UKRI's Chief Executive: cooperation with ASPIRE possible through the ISPF and other tools." }),
  s004({ id: 'netherlands-minister-meeting-2022', at: { text: 'オランダ ダイクラーフ教育・文化・科学大臣' }, program: 'aspire', kind: 'meeting', fiscalYearFrom: { text: '令和4年度、欧米先進国への訪問や要人のJST訪問等の機会で' }, note: 'Talks with the Dutch Minister of Education, Culture and Science.' }),
  s004({ id: 'canada-adviser-meeting-2022', at: { text: 'カナダ モナ・ネマ主席科学顧問' }, program: 'aspire', kind: 'meeting', fiscalYearFrom: { text: '令和4年度、欧米先進国への訪問や要人のJST訪問等の機会で' }, note: "Talks with Canada's Chief Science Advisor." }),
  s004({ id: 'doe-meeting-2022', at: { text: '米国エネルギー省(DOE) ベルへ科学局長', nth: 1 }, lines: 4, also: [{ text: '米国エネルギー省(DOE) ベルへ科学局長', nth: 2 }], program: 'aspire', kind: 'meeting', fiscalYearFrom: { text: '令和4年度、欧米先進国への訪問や要人のJST訪問等の機会で' }, note: "Talks with the Director of DOE's Office of Science." }),
  s004({ id: 'nsf-aspire-2022', at: { text: '米国国立科学財団(NSF) パンチ長官', nth: 2 }, lines: 6, also: [{ text: '米国国立科学財団(NSF) パンチ長官', nth: 1 }], program: 'aspire', kind: 'meeting', fiscalYearFrom: { text: '令和4年度、欧米先進国への訪問や要人のJST訪問等の機会で' }, note: 'Talks with the NSF Director, who wishes to work with JST now that ASPIRE is funded.' }),
];
