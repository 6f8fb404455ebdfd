// Every dated event the documents mention, with the words that date it. The date is read from the
// text (never typed here); the English is ours, held to the Japanese by jaHash like program passages.
import type { Correction } from './schema.ts';
import type { Locator } from './schema.ts';

export type EventKind = 'agreement' | 'call' | 'selection' | 'meeting' | 'policy' | 'publication' | 'milestone';

export interface TimelineEvent {
  id: string;
  program: string | null;
  kind: EventKind;
  seed: string;
  from: Locator;
  to?: Locator;
  /** Which date in the event's text is its date (1-based, default 1), and which its end. */
  dateNth?: number;
  endNth?: number;
  /** A line stating the year, for dates written without one (同年8月31日). */
  yearFrom?: Locator;
  /** Schedule tables give the month on the first row of each month: the line that states it. */
  monthFrom?: Locator;
  /** Words of the document that mark the event as planned, on another line (a "schedule ahead" heading). */
  plannedBy?: Locator;
  /** Lines that continue the text across a blank line (see Passage.joinBefore). */
  joinBefore?: string[];
  en: string;
  jaHash: string;
}

const s = (seed: string) => (e: Omit<TimelineEvent, 'seed'>): TimelineEvent => ({ seed, ...e });
const s000 = s('000');
const s001 = s('001');
const s002 = s('002');
const s003 = s('003');
const s004 = s('004');
const SCHEDULE = { text: '今後のスケジュール' };
const month = (text: string): Locator => ({ text, after: SCHEDULE });
/** Rows of the 2023 document's schedule ahead (今後のスケジュール): planned by its own heading. */
const ahead = { yearFrom: { text: '※令和5年4月時点' }, plannedBy: SCHEDULE };

export const timelineEvents: readonly TimelineEvent[] = [
  // ── 000 (as of March 2019) ──
  s000({ id: 'nsf-memorandum', program: 'nsf-erc-exchanges', kind: 'agreement', from: { text: '米国国立科学財団(NSF)と研究協力に関する覚書に署名' }, to: { text: '10月)' }, en: 'A memorandum on research cooperation is signed with the US National Science Foundation (NSF).', jaHash: '25fc83faa707' }),
  s000({ id: 'erc-arrangement', program: 'nsf-erc-exchanges', kind: 'agreement', from: { text: '欧州研究会議(ERC)と研究交流に関する欧州委員会との実施取極に' }, to: { text: '署名(2018年10月)' }, en: 'An implementing arrangement on research exchanges with the European Research Council (ERC) is signed with the European Commission.', jaHash: '900492ea5d02' }),
  s000({ id: 'russia-call', program: 'sicorp', kind: 'call', from: { text: '日本-ロシア(MON)' }, to: { text: '課題採択後、研究支援開始予定。' }, en: 'A call opens for Japan–Russia (MON) joint research on science and technology for Arctic observation and for the use of nature and the development of energy resources in the Arctic; support is to begin once projects are selected.', jaHash: '46fd5ab77fc1' }),
  s000({ id: 'uk-call-period', program: 'sicorp-uk-lead-agency', kind: 'call', from: { text: '【公募期間】' }, to: { text: '同年8月24日' }, endNth: 2, en: 'Call period of the Japan–UK joint research call on marine research.', jaHash: '861b0bd7120e' }),
  s000({ id: 'uk-first-call', program: 'sicorp-uk-lead-agency', kind: 'call', from: { text: 'JSTと英国NERCの間でリードエージェンシー方式に関して緊密な協議を行い' }, to: { text: '初の公募実施に至った。' }, en: "After close consultation between JST and the UK's NERC on the lead agency scheme, Japan's first call under it is launched.", jaHash: '3d3c9a3daf96' }),
  s000({ id: 'uk-summit', program: 'sicorp-uk-lead-agency', kind: 'meeting', from: { text: '同年8月31日に行われた日英首脳会談' }, to: { text: 'を目指すことが言及された。' }, yearFrom: { text: 'JSTと英国NERCの間でリードエージェンシー方式に関して緊密な協議を行い' }, en: 'At the Japan–UK summit, the Japan–UK Joint Declaration on Prosperity Cooperation, signed by both prime ministers, names developing the lead agency scheme as one of its important proposals on science and technology.', jaHash: 'a727f9a493e2' }),
  s000({ id: 'uk-support-period', program: 'sicorp-uk-lead-agency', kind: 'milestone', from: { text: '【研究支援期間】' }, to: { text: '年度~' }, endNth: 2, en: 'Research support period of the Japan–UK joint research.', jaHash: '9d9281c6ff8f' }),
  s000({ id: 'sweden-phase-2', program: 'sicorp-industry-academia', kind: 'milestone', from: { text: '2019年4月より、フェーズⅡにおいて研究' }, to: { text: '開始予定。' }, en: 'Japan–Sweden: research in Phase II is to begin.', jaHash: 'c9d8c724290f' }),
  s000({ id: 'asean-hub-selection', program: 'sicorp-research-hubs', kind: 'selection', from: { text: 'ASEAN地域:' }, en: "ASEAN: after the call and review, one project of Kyoto University (promoting research for the SDGs: environment and energy, bioresources and biodiversity, disaster prevention) is selected; it is now being supported.", jaHash: 'f9d2d17faebb' }),
  s000({
    id: 'india-hub-call',
    program: 'sicorp-research-hubs',
    kind: 'selection',
    from: { text: 'インド:共同研究拠点構築' },
    to: { text: '移行する計画。' },
    en: "India: after consulting India's DST on building joint research hubs, a joint call of the usual SICORP kind is held, and three projects are selected, two of the University of Tokyo and one of Kyushu University. After the first phase of support (five years: FY2016 to FY2020), hub functions are to be developed and the support narrowed to one project able to put the joint research results into practice, which moves to a second phase of support (five years: FY2021 to FY2025).",
    jaHash: 'e7fc3ebc72a0',
  }),
  s000({ id: 'china-hub-call', program: 'sicorp-research-hubs', kind: 'call', from: { text: '中国:MOSTと協力し' }, en: 'China: a call in the environment and energy field is held with MOST; proposals are reviewed in FY2018 and support is to begin in April 2019.', jaHash: '9309b3ab2928' }),

  // ── 001 (FY2021 budget request) ──
  s001({ id: 'sdgs-adopted', program: 'sti-for-sdgs', kind: 'policy', from: { text: '国連においてSDGs(持続可能な開発目標)が採択・設定' }, dateNth: 1, en: 'The SDGs (Sustainable Development Goals) are adopted and set by the United Nations.', jaHash: 'f1ee23984e29' }),
  s001({ id: 'sdgs-headquarters', program: 'sti-for-sdgs', kind: 'policy', from: { text: '国連においてSDGs(持続可能な開発目標)が採択・設定' }, dateNth: 2, en: 'After the SDGs were adopted, the Japanese government sets up the SDGs Promotion Headquarters.', jaHash: 'f1ee23984e29' }),
  s001({ id: 'sdgs-guiding-principles', program: 'sti-for-sdgs', kind: 'policy', from: { text: '国連においてSDGs(持続可能な開発目標)が採択・設定' }, dateNth: 3, en: 'The SDGs Implementation Guiding Principles are adopted.', jaHash: 'f1ee23984e29' }),
  s001({ id: 'sdgs-action-plan-2020', program: 'sti-for-sdgs', kind: 'policy', from: { text: '国連においてSDGs(持続可能な開発目標)が採択・設定' }, dateNth: 4, en: 'The SDGs Action Plan 2020 is adopted; its promotion of Society 5.0 linked with the SDGs includes the policy that Japan should lead "science, technology and innovation for the SDGs (STI for SDGs)" in the international community.', jaHash: 'f1ee23984e29' }),
  s001({ id: 'v4-summit', program: 'sicorp', kind: 'meeting', from: { text: '○平成30年10月の第2回' }, en: 'At the second Visegrad Group (V4) + Japan summit, SICORP\'s operation is highly praised; Prime Minister Abe mentions that the joint research supported by JST (SICORP-V4 "Advanced Materials") was carried out successfully.', jaHash: '836b58e4665d' }),
  s001({ id: 'hungary-poland-summits', program: 'sicorp', kind: 'meeting', from: { text: '○また、令和元年12月の日・ハンガリー首脳会談' }, en: 'At the Japan–Hungary summit in December 2019 and the Japan–Poland summit in January 2020, Prime Minister Abe again mentions this cooperation.', jaHash: '896076b9cea7' }),
  s001({ id: 'asean-bridging-initiative', program: 'satreps', kind: 'agreement', from: { text: 'ASEAN事務局・ASEAN諸国政府と2018年10月に' }, en: 'The ASEAN Secretariat and the governments of ASEAN countries agree to launch the Japan–ASEAN STI for SDGs Bridging Initiative (October 2018); the first Japan–ASEAN multi-stakeholder strategic consultancy forum (theme: bioenergy) is held in Thailand in October 2019.', jaHash: 'be3e38a29f2a' }),

  // ── 002 (c. 2015) ──
  s002({ id: 'sppexa-call', program: 'strategic-basic-research', kind: 'call', from: { text: 'ドイツDFGが実施するエクサスケール向けソフトウェア研究開発プロジェクト' }, to: { text: '2016年1月に採否が判明する予定。' }, en: 'ANR and the CREST "Post-Peta" area join the call of SPPEXA, the German DFG\'s software research project for exascale computing, aiming at Japan–Germany–France joint research; the results are expected in January 2016.', jaHash: 'd22a56ab19dd' }),
  s002({ id: 'us-japan-germany-workshop', program: 'strategic-basic-research', kind: 'meeting', from: { text: '海外FA(米NSF、独DFG)と共同で日米独合同ワークショップを開催' }, to: { text: '2015年4月にワシントンDCで開催予定。' }, dateNth: 1, en: 'A second US–Japan–Germany joint workshop, held with the US NSF and Germany\'s DFG, is to take place in Washington, DC.', jaHash: '1c69bc65abf7' }),
  s002({ id: 'pire-call', program: 'strategic-basic-research', kind: 'call', from: { text: '米国NSFの国際プログラム(PIRE)' }, to: { text: '採択予定。', after: '米国NSFの国際プログラム(PIRE)' }, endNth: 2, en: 'Call for CREST and PRESTO researchers joining consortia selected under the US NSF\'s international program PIRE; selection is expected around July 2015.', jaHash: 'bdd62ca3f7ed' }),
  s002({ id: 'sicorp-france-selection', program: 'sicorp', kind: 'selection', from: { text: '件の応募があり、2014年12月に4件が採択。' }, en: 'SICORP Japan–France joint call (molecular technology): 37 proposals received, 4 selected.', jaHash: '15a50d11fe35' }),
  s002({ id: 'sicorp-france-symposium', program: 'sicorp', kind: 'meeting', from: { text: 'ANRと「分子技術」合同シンポジウムを2015年3月に' }, to: { text: 'パリにおいて開催。' }, en: 'A joint symposium on molecular technology with ANR is held in Paris.', jaHash: '1a4092669ce6' }),
  s002({ id: 'sicorp-us-call', program: 'sicorp', kind: 'call', from: { text: 'SICORP日米共同公募を2014年6~9' }, to: { text: '月に実施。' }, en: 'SICORP Japan–US joint call (big data) held from June to September 2014.', jaHash: 'bb13cd119c92' }),
  s002({ id: 'sicorp-us-selection', program: 'sicorp', kind: 'selection', from: { text: '件が採択。喜連' }, to: { text: 'SICORPのPOを兼務。', after: '件が採択。喜連' }, en: 'SICORP Japan–US joint call (big data): 6 projects selected; Kitsuregawa, research supervisor of CREST and PRESTO, also serves as SICORP program officer.', jaHash: 'f5dcee2a9849' }),

  // ── 003 (c. June 2023) ──
  s003({ id: 'strategy-report-2021', program: 'international-strategy', kind: 'policy', from: { text: '令和3年6月30日' }, to: { text: '国際戦略委員会', after: '令和3年6月30日' }, en: 'The International Strategy Committee of the Council for Science and Technology compiles its report "Towards the strategic international deployment of science and technology".', jaHash: '9b398faa725f' }),
  s003({ id: 'strategy-2022', program: 'international-strategy', kind: 'policy', from: { text: '令和4年3月30日' }, to: { text: '国際戦略委員会', after: '令和4年3月30日' }, en: 'The International Strategy Committee of the Council for Science and Technology adopts the strategy for the international deployment of science and technology.', jaHash: 'efde07988e76' }),
  s003({ id: 'integrated-innovation-strategy-2022', program: 'wpi', kind: 'policy', from: { text: 'WPIにおいて、COVID-19の拡大により停滞した国際頭脳循環を活性化するため' }, to: { text: '閣議決定)' }, dateNth: 2, en: 'The Cabinet decides the Integrated Innovation Strategy 2022, under which WPI is to revive international brain circulation, stalled by COVID-19, by building hubs of brain circulation under its new mission, including the new centres set up in FY2022.', jaHash: '01d8a94a7190' }),
  s003({ id: 'g7-science-ministers', program: null, kind: 'meeting', from: { text: '5月12日(金)~14日(日)の3日間、仙台市の秋保温泉において' }, to: { text: 'G7仙台科学技術大臣会合を開催' }, yearFrom: { text: '※令和5年4月時点' }, en: 'The G7 Science and Technology Ministers\' Meeting is held over three days at Akiu Onsen, Sendai (theme: a trusted, open and expanding research ecosystem).', jaHash: 'fc7119a2c24d' }),
  s003({ id: 'g7-education-ministers', program: null, kind: 'meeting', from: { text: '5月12日(金)~15日(月)の4日間、富山県富山市・石川県金沢市において' }, to: { text: 'G7教育大臣会合を開催' }, yearFrom: { text: '※令和5年4月時点' }, en: "The G7 Education Ministers' Meeting is held over four days in Toyama City, Toyama, and Kanazawa, Ishikawa.", jaHash: '96e283ac1734' }),
  s003({ id: 'sts-asean-workshop', program: null, kind: 'meeting', from: { text: 'STSフォーラムASEANワークショップ' }, ...ahead, en: 'STS forum ASEAN workshop (Malaysia).', jaHash: '1f7998357283' }),
  s003({ id: 'ajccst-12', program: null, kind: 'meeting', from: { text: '第12回日ASEAN科学技術協力委員会' }, ...ahead, monthFrom: month('6月 13日'), en: '12th ASEAN–Japan Committee on Science and Technology Cooperation (AJCCST-12), Brunei.', jaHash: '4265862bd575' }),
  s003({ id: 'g20-education', program: null, kind: 'meeting', from: { text: 'G20教育大臣会合(インド)' }, ...ahead, monthFrom: month('6月 13日'), en: "G20 Education Ministers' Meeting (India).", jaHash: '6669351821f5' }),
  s003({ id: 'hfsp-summit', program: null, kind: 'meeting', from: { text: 'HFSPハイレベル・サイエンスサミット' }, ...ahead, monthFrom: month('6月 13日'), en: 'HFSP high-level science summit (Paris, France).', jaHash: '84089dce0832' }),
  s003({ id: 'outlook-2023', program: null, kind: 'meeting', from: { text: 'Outlook2023・CSTP閣僚級会合関連イベント' }, ...ahead, monthFrom: month('6月 13日'), en: 'Event related to Outlook 2023 and the CSTP ministerial meeting (Tokyo).', jaHash: 'c3e2b3875753' }),
  s003({ id: 'g20-research', program: null, kind: 'meeting', from: { text: 'G20研究大臣会合(インド)' }, ...ahead, en: "G20 Research Ministers' Meeting (India).", jaHash: '4ccbaea70049' }),
  s003({ id: 'un-hlpf', program: null, kind: 'meeting', from: { text: '国連ハイレベル政策フォーラム' }, ...ahead, monthFrom: month('7月 5・6日'), en: 'UN High-Level Political Forum (New York).', jaHash: 'f0c72ea06940' }),
  s003({ id: 'unesco-neurotechnology', program: null, kind: 'meeting', from: { text: 'UNESCO国際会議ニューロテクノロジー' }, ...ahead, monthFrom: month('7月 5・6日'), en: 'UNESCO international conference on neurotechnology (Paris), in the third week of the month.', jaHash: '3507bd4f0294' }),
  s003({ id: 'asean-sti-event', program: null, kind: 'meeting', from: { text: 'ASEAN50周年 科学技術イノベーション イベント' }, ...ahead, en: 'Science, technology and innovation event for the 50th anniversary of ASEAN–Japan relations (Bangkok).', jaHash: '5b8f4f6b5482' }),
  s003({ id: 'g20-summit', program: null, kind: 'meeting', from: { text: 'G20首脳サミット' }, ...ahead, en: 'G20 leaders\' summit (New Delhi, India).', jaHash: 'e2f19b64b90a' }),
  s003({ id: 'un-sdg-summit', program: null, kind: 'meeting', from: { text: '国連SDGs首脳サミット' }, ...ahead, monthFrom: month('9月 9・10日'), en: 'UN SDG Summit (New York).', jaHash: 'bac36a70bb5c' }),
  s003({ id: 'tsukuba-conference', program: null, kind: 'meeting', from: { text: '筑波会議(つくば)' }, ...ahead, monthFrom: month('9月 9・10日'), en: 'Tsukuba Conference (Tsukuba).', jaHash: '97d47c0d8fb2' }),
  s003({ id: 'sts-forum', program: null, kind: 'meeting', from: { text: 'STSフォーラム(京都)' }, ...ahead, en: 'STS forum (Kyoto).', jaHash: '170529bc775f' }),
  s003({ id: 'asean-japan-summit', program: null, kind: 'meeting', from: { text: '日ASEAN特別首脳会合(東京)' }, ...ahead, en: 'Commemorative ASEAN–Japan summit (Tokyo), around December.', jaHash: 'fb8d582e4ae1' }),
  s003({ id: 'oecd-cstp-2024', program: null, kind: 'meeting', from: { text: 'OECD/CSTP閣僚級会合(パリ)' }, plannedBy: SCHEDULE, en: 'OECD CSTP ministerial meeting (Paris).', jaHash: '498efccfb235' }),
  s003({ id: 'ingsa-2024', program: null, kind: 'meeting', from: { text: 'INGSA(政府科学アドバイスのための国際ネットワーク)総会' }, plannedBy: SCHEDULE, en: 'General meeting of INGSA, the International Network for Governmental Science Advice (Kigali, Rwanda).', jaHash: '5ad8e5eee9c2' }),
  s003({ id: 'joint-degree-target', program: 'joint-degrees', kind: 'milestone', from: { text: '2033年までに現在設置されている27プログラムから' }, en: 'Target: from the 27 programs now in place to 50 joint degree programs.', jaHash: '061349295039' }),

  // ── 004 (27 April 2023) ──
  s004({ id: 'trial-call-period', program: 'aspire-trial-call', kind: 'call', from: { text: '公募期間:令和4年9月20日' }, endNth: 2, en: "Call period of the JST President's trial call for international joint research.", jaHash: '4c8b5aaf6ac2' }),
  s004({ id: 'ispf-launch', program: 'aspire', kind: 'policy', from: { text: '東京で新たな国際科学パートナーシップ基金(ISPF)の立ち上げを発表' }, en: 'The UK announces in Tokyo the launch of its new International Science Partnerships Fund (ISPF), with initial funding of about ¥18.4 billion; its expectations of Japan are very high.', jaHash: '33ebdc9672a0' }),
  s004({ id: 'press-briefing', program: 'aspire', kind: 'publication', from: { text: '令和5年 4月 27日' }, en: "JST President's press briefing on international joint research and ASPIRE.", jaHash: '05417823567e' }),
];

/** Corrections of lines the timeline quotes (the same correction may also be listed by a program). */
export const timelineCorrections: readonly Correction[] = [
  { seed: '000', at: { text: '課題採択後、研究支援開始予定。' }, asWritten: '予定。 3', corrected: '予定。', why: { ja: 'スライドのページ番号（3）が行末に残っている。', en: 'A stray slide page number (3) at the end of the line is removed.' } },
  { seed: '000', at: { text: 'を目指すことが言及された。' }, asWritten: '。 4', corrected: '。', why: { ja: 'スライドのページ番号（4）が行末に残っている。', en: 'A stray slide page number (4) at the end of the line is removed.' } },
  { seed: '000', at: { text: 'H31年度4月から研究支援開始予定。' }, asWritten: '。 8', corrected: '。', why: { ja: 'スライドのページ番号（8）が行末に残っている。', en: 'A stray slide page number (8) at the end of the line is removed.' } },
  { seed: '001', at: { text: '日・ボラン首脳会談' }, asWritten: 'ボラン', corrected: 'ポーランド', why: { ja: '国名の誤記（ポーランド）。', en: 'Misspelt country name: Poland (ポーランド).' } },
];
