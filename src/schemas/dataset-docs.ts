import type { DatasetName } from './datasets.ts';

export type Bilingual = { en: string; ja: string };
/** A column's meaning, and its unit where it has one. */
export type FieldDoc = Bilingual & { unit?: Bilingual };

/** Titles and descriptions of the datasets, shown on the Data page and written to datapackage.json. */
export const datasetDocs: Record<DatasetName, { title: Bilingual; description: Bilingual }> = {
  budgets: {
    title: { en: 'Budgets by program and fiscal year', ja: '事業別・年度別の予算額' },
    description: {
      en: 'Every budget figure the documents state, one row per program, fiscal year, kind and source: initial budgets (予算額), budget requests (予算額(案)), supplementary budgets (補正予算) and previous-year figures as reported (前年度予算額), in million yen (百万円). Where documents disagree, every version is kept with its source.',
      ja: '資料に記載されたすべての予算額。事業・年度・種別・出典ごとに1行：予算額、予算額（案）、補正予算額、前年度予算額として示された額。単位は百万円。資料間で食い違う場合はすべての値を出典とともに残す。',
    },
  },
  'sakura-science': {
    title: { en: 'Sakura Science Exchange Program: invitees', ja: 'さくらサイエンス：招へい者数' },
    description: {
      en: 'Invitees per fiscal year with the number of countries and regions, the stated cumulative total (checked against the yearly figures), and planned intakes, marked as planned.',
      ja: '年度別の招へい者数と国・地域数、記載された累計（年度別の値の合計と照合済み）、および計画値（計画として区別）。',
    },
  },
  coauthorship: {
    title: { en: "The United States' main international co-authoring partners", ja: '米国の主要な国際共著相手国・地域' },
    description: {
      en: "Rank and share (%) of US internationally co-authored papers by partner country, 2005–2007 and 2015–2017 (integer counting), as MEXT processed it from NISTEP's Benchmarking Scientific Research 2019.",
      ja: '米国の国際共著論文に占める相手国・地域別のシェア（％）と順位。2005–2007年と2015–2017年（整数カウント法）。科学技術・学術政策研究所「科学研究のベンチマーク2019」を基に文部科学省が加工・作成したもの。',
    },
  },
  'aspire-trial-call': {
    title: { en: "JST's 2022 trial call for international joint research (forerunner of ASPIRE)", ja: 'JST 令和4年度試行公募（ASPIREの前身）' },
    description: {
      en: 'Proposals by partner country, by field and by partner funding agency, and adoptions by field. Every breakdown is checked against the 43 proposals and 7 adoptions the document states.',
      ja: '相手国別・分野別・相手国資金配分機関別の提案件数と分野別の採択件数。各内訳は資料に記載の応募数・採択数と照合済み。',
    },
  },
  'program-facts': {
    title: { en: 'Program facts', ja: '事業の諸元' },
    description: {
      en: 'Other figures that describe programs: support per project and year and support periods by funding type, numbers of projects, countries, fellows and calls, start years and targets, each tied to its program, date and status (actual, planned, or a rule of the scheme).',
      ja: '事業を説明するその他の数値：支援タイプ別の支援額・支援期間、課題数、国数、採用人数、公募回数、開始年度、目標値など。事業・時点・区分（実績、計画、制度上の規定）とともに示す。',
    },
  },
  timeline: {
    title: { en: 'Timeline of dated events', ja: '年表' },
    description: {
      en: 'Every dated event the documents mention — agreements and memoranda, calls, selections, summits and ministerial meetings, policy decisions — with its date at the precision given, whether it was past or planned as of the document, the program it concerns, and the words of the document with an English translation.',
      ja: '資料に記載された日付のある出来事（協定・覚書の署名、公募、採択、首脳・閣僚会合、政策決定など）。日付（資料の精度のまま）、資料の時点で実施済みか予定か、関係する事業、資料の文言と英訳を示す。',
    },
  },
  partners: {
    title: { en: 'Partner countries, regions and agencies', ja: '相手国・地域・機関' },
    description: {
      en: 'One row per statement in the documents that ties a program to a partner country, a named group of countries (ASEAN, the EU, Africa, the G20 …) or a partner agency: joint calls, hubs and joint laboratories, joint research, agreements, summits and ministerial meetings, proposals received by partner and funder, co-authorship. Countries carry ISO 3166-1 codes; agencies their short, official English and Japanese names; regions list their members only where the document does. Figures (projects, proposals, amounts, shares) where the statement gives them. Program is empty for ties the document makes for no single program (a G7 meeting, an agreement between governments). Misspelt names are corrected in the open (errata).',
      ja: '資料のうち、事業と相手国・国のグループ（ASEAN、EU、アフリカ、G20など）・相手機関を結び付ける記述1件ごとに1行：共同公募、拠点・共同ラボ、共同研究、協定・覚書、首脳・閣僚会合、相手国・資金配分機関別の応募、共著など。国はISO 3166-1コード、機関は略称と英語・日本語の正式名称、地域の構成国は資料に記載がある場合のみ示す。課題数・応募数・金額・シェアは記載がある場合に示す。特定の事業に関わらない結び付き（G7会合、政府間の協定など）では事業は空。名称の誤記は正誤表に示して訂正した。',
    },
  },
  seeds: {
    title: { en: 'Source documents', ja: '出典資料' },
    description: {
      en: 'The five source documents: title, issuing body, kind, date and the lines that date it, line count and SHA-256 of the file.',
      ja: '5件の出典資料の書誌情報：表題、発行機関、資料の種類、時点とその根拠となる行、行数、ファイルのSHA-256。',
    },
  },
};

/**
 * Every column of the downloads (dataset CSV and xlsx, figure CSV and JSON), described in both
 * languages, with its unit (written to datapackage.json, the workbooks' column sheets and the Data
 * page). One name means one thing everywhere: camelCase, nested fields flattened (sourceSeed).
 */
export const fieldDocs: Record<string, FieldDoc> = {
  id: { en: 'Stable identifier of the row', ja: '行の識別子（不変）' },
  program: { en: "Program id (the site's page /programs/<id>/); empty where an event or a tie concerns no single program", ja: '事業ID（サイトの /programs/<id>/ に対応）。特定の事業に関わらない出来事・結び付きでは空' },
  programNameJa: { en: "The program's name in Japanese (the site's program register)", ja: '事業名（日本語）' },
  programNameEn: { en: "The program's name in English (the site's program register)", ja: '事業名（英語）' },
  agency: {
    en: "Budgets: agency whose share the figure is, where the document splits a program's budget (JST, AMED). Partners: the partner agency's short name (NSF, UKRI), corrected where the document misspells it",
    ja: '予算：予算が機関別に示されている場合の機関（JST、AMED）。相手国・地域・機関：相手機関の略称（誤記は訂正）',
  },
  agencyAsWritten: { en: 'The partner agency as the document writes it (CHIR where it means CIHR; 民間等 for private and other funders)', ja: '資料における相手機関の表記（民間等を含む）' },
  agencyEn: { en: "The partner agency's official English name", ja: '相手機関の英語の正式名称' },
  agencyJa: { en: "The partner agency's Japanese name: the documents' own, else the one in use at JST and MEXT", ja: '相手機関の日本語名称（資料の表記、なければJST・文部科学省で用いられている名称）' },
  partnerType: { en: 'What the row names: a country, a region (named group of countries) or an agency', ja: '行が示す相手の種類：country＝国、region＝地域・国のグループ、agency＝機関' },
  countryAsWritten: { en: 'The country as the document writes it (英国, 日英, 米)', ja: '資料における国名の表記' },
  countryJa: { en: "The country's name in Japanese (the platform's, or the established one: 英国, 米国)", ja: '国名（日本語）' },
  countryEn: { en: "The country's name in English (Unicode CLDR, through Intl.DisplayNames)", ja: '国名（英語）' },
  region: { en: 'Named group of countries (ASEAN, EU, Europe, Africa, Asia, V4, G7, G20 …); for an agency of a group, that group', ja: '地域・国のグループ（ASEAN、EU、欧州、アフリカ、アジア、V4、G7、G20 など）' },
  regionAsWritten: { en: 'The region as the document writes it', ja: '資料における地域の表記' },
  regionEn: { en: 'The region in English', ja: '地域（英語）' },
  regionMembers: { en: 'Members of the region as ISO codes, only where the document lists them', ja: '資料に記載された構成国（ISOコード）' },
  projects: { en: 'Number of projects (課題, 件) selected or supported, where stated', ja: '採択・支援の課題数（記載がある場合）', unit: { en: 'projects', ja: '件' } },
  proposals: { en: 'Number of proposals received, where stated', ja: '応募件数（記載がある場合）', unit: { en: 'proposals', ja: '件' } },
  fiscalYear: { en: 'Japanese fiscal year (April to March) as a Gregorian year: 2023 = FY2023 = 令和5年度', ja: '年度（西暦）。2023 = 令和5年度', unit: { en: 'fiscal year', ja: '年度' } },
  fiscalYearLabel: { en: 'The fiscal year as the document writes it (前年度 = the year before)', ja: '資料における年度の表記（前年度を含む）' },
  kind: {
    en: 'Budgets: initial (予算額), draft (予算額(案)), supplementary (補正予算) or previous-year-reported (前年度予算額). Timeline: agreement, call, selection, meeting, policy, publication or milestone. Partners: joint-call (共同公募), call (a Japanese call for joint research with the partner), partner-agency (the partner side\'s funding agency), joint-research, joint-laboratory, hub, multilateral-framework, researcher-exchange, fellowship, bilateral-agreement (memorandum, arrangement, agreement), summit, ministerial-meeting, meeting (talks with agencies and officials, committees), workshop (workshops, symposia, forums), donation, policy (a policy document naming the partner), proposals-received or co-authorship',
    ja: '予算の種別：initial＝予算額、draft＝予算額（案）、supplementary＝補正予算、previous-year-reported＝前年度予算額。年表では出来事の種類。相手国・地域・機関では結び付きの種類（joint-call＝共同公募、hub＝拠点、bilateral-agreement＝協定・覚書、ministerial-meeting＝閣僚会合、proposals-received＝応募、co-authorship＝共著 など）',
  },
  supplementaryRound: { en: 'Which supplementary budget (第2次 = 2), where stated', ja: '補正予算の次数（第2次＝2）' },
  amountMillionYen: { en: 'Amount in million yen (百万円); 1億円 = 100 million yen', ja: '金額（百万円）。1億円＝100百万円', unit: { en: 'million yen', ja: '百万円' } },
  amountText: { en: 'The amount as written', ja: '資料における金額の表記' },
  qualifier: { en: 'exact, about (約, 程度), up-to (最大, 上限), at-least (以上) or range', ja: '数値の性質：exact＝確定値、about＝約・程度、up-to＝最大・上限、at-least＝以上、range＝範囲' },
  caveat: { en: "The document's own footnote on the figure (※…)", ja: '資料中の注記（※）' },
  note: { en: 'How this site read the figure where the document leaves something implicit; in partners, what the tie is, in English', ja: '資料に明示されていない点について本サイトが行った解釈。相手国・地域・機関では結び付きの内容（英語）' },
  sourceSeed: { en: 'Source document id (see the seeds dataset)', ja: '出典資料のID（seeds データセット参照）' },
  sourceLine: { en: 'Line of the source document holding the figure', ja: '数値が記載された出典資料の行番号', unit: { en: 'line', ja: '行' } },
  sourceQuote: { en: 'The text of that line, verbatim', ja: 'その行の原文' },
  context: { en: 'Other lines the row relies on (label, fiscal year, footnote), as seed:line', ja: '行が依拠するその他の行（見出し、年度、注記）。資料ID:行番号' },
  measure: { en: 'invitees, cumulative-invitees or planned-intake', ja: '指標：invitees＝招へい者数、cumulative-invitees＝累計、planned-intake＝受入計画' },
  status: { en: 'actual, planned, or rule (a term of the scheme); in the timeline, past or planned as of the document; in partners, actual or planned (予定, 想定例, a schedule ahead) as of the document', ja: '区分：actual＝実績、planned＝計画・見込み、rule＝制度上の規定。年表では past＝実施済み、planned＝予定' },
  fiscalYearFrom: { en: 'First fiscal year covered', ja: '対象期間の最初の年度（西暦）', unit: { en: 'fiscal year', ja: '年度' } },
  fiscalYearTo: { en: 'Last fiscal year covered', ja: '対象期間の最後の年度（西暦）', unit: { en: 'fiscal year', ja: '年度' } },
  people: { en: 'Number of people', ja: '人数', unit: { en: 'people', ja: '人' } },
  peopleText: { en: 'The number as written', ja: '資料における人数の表記' },
  countriesAndRegions: { en: 'Number of countries and regions', ja: '国・地域数', unit: { en: 'countries and regions', ja: 'か国・地域' } },
  countriesText: { en: 'Countries named in words (全世界 = worldwide)', ja: '対象国・地域の文言による記載' },
  programName: { en: "The program's name in that document", ja: 'その資料における事業名' },
  partner: { en: 'Partner country as written', ja: '相手国・地域（資料の表記）' },
  partnerIso: { en: 'ISO 3166-1 code of the partner', ja: '相手国・地域のISO 3166-1コード' },
  period: { en: 'Three-year window of publication', ja: '対象期間（3年間）' },
  rank: { en: "Rank among the United States' co-authoring partners", ja: '米国の共著相手国・地域としての順位' },
  sharePercent: { en: 'Share of US internationally co-authored papers, %', ja: '米国の国際共著論文に占めるシェア（％）', unit: { en: '%', ja: '％' } },
  countingMethod: { en: 'The counting method as the document states it', ja: '資料に記載の集計方法' },
  origin: { en: 'The original source as the document names it', ja: '資料に記載の出典' },
  breakdown: { en: 'proposals-by-country, proposals-by-field, proposals-by-funder or adoptions-by-field', ja: '内訳の種類' },
  country: { en: 'Partner country as written', ja: '相手国（資料の表記）' },
  countryIso: { en: 'ISO 3166-1 code of the country', ja: '相手国のISO 3166-1コード' },
  field: { en: 'Research field as written (without 分野)', ja: '分野（資料の表記）' },
  fieldEn: { en: 'Research field in English', ja: '分野（英語）' },
  funder: { en: "Partner's funding agency as written", ja: '相手国の資金配分機関（資料の表記）' },
  funderEn: { en: "Partner's funding agency in English", ja: '相手国の資金配分機関（英語）' },
  count: { en: 'Number of proposals or adopted projects', ja: '件数', unit: { en: 'proposals or projects', ja: '件' } },
  scheme: { en: 'Funding type or sub-scheme, in English; empty for the whole program', ja: '支援タイプ・枠組み（英語）。事業全体の場合は空' },
  metric: { en: 'What the figure measures (e.g. support-per-project-year)', ja: '数値の意味（例：support-per-project-year＝1課題・1年あたりの支援額）' },
  valueMin: { en: 'Value, or lower end of a range', ja: '値（範囲の場合は下限）', unit: { en: 'given in valueUnit', ja: 'valueUnit 列に示す' } },
  valueMax: { en: 'Value, or upper end of a range', ja: '値（範囲の場合は上限）', unit: { en: 'given in valueUnit', ja: 'valueUnit 列に示す' } },
  valueQualifier: { en: 'exact, about, up-to, at-least or range', ja: '数値の性質' },
  valueUnit: { en: 'Unit of the value (million-yen, million-yen-per-year, years, projects, people, …)', ja: '単位（million-yen＝百万円、million-yen-per-year＝百万円／年、years＝年、projects＝件・課題、people＝人 など）' },
  valueText: { en: 'The figure as written', ja: '資料における表記' },
  asOf: { en: 'Date or fiscal year the figure describes or was stated at (ISO); in the timeline, the date of the reporting document', ja: '数値の時点（年度または日付）。年表では報告した資料の時点' },
  dateEnd: { en: 'End date of an event that spans days, or last year of a period, where given', ja: '期間のある出来事の終了日、または期間の最後の年' },
  precision: { en: 'day, month, year or fiscal-year: how precisely the document dates the event', ja: '日付の精度（日・月・年・年度）' },
  dateText: { en: 'The date as the document writes it', ja: '資料における日付の表記' },
  ja: { en: 'The event in the words of the document (cleaned of PDF artefacts)', ja: '資料の文言（PDF由来の乱れを整えたもの）' },
  en: { en: 'The event in English (our translation)', ja: '英訳（本サイトによる）' },
  file: { en: 'File name in seeds/', ja: 'seeds/ 内のファイル名' },
  sha256: { en: 'SHA-256 of the file', ja: 'ファイルのSHA-256' },
  titleJa: { en: 'Title in Japanese, as written', ja: '表題（資料の表記）' },
  titleEn: { en: 'Title in English (our translation)', ja: '表題の英訳（本サイトによる）' },
  issuerJa: { en: 'Issuing body, in Japanese', ja: '発行機関' },
  issuerEn: { en: 'Issuing body, in English', ja: '発行機関（英語）' },
  kindJa: { en: 'Kind of document, in Japanese', ja: '資料の種類' },
  kindEn: { en: 'Kind of document, in English', ja: '資料の種類（英語）' },
  date: { en: 'Date (ISO): of the document in the seeds dataset, of the event in the timeline and partners (a fiscal year as its April; a period as its first year)', ja: '日付：seeds では資料の時点、timeline・partners では出来事の日付（年度はその4月）' },
  dateNoteJa: { en: 'How the date was established, in Japanese', ja: '時点の根拠' },
  dateNoteEn: { en: 'How the date was established, in English', ja: '時点の根拠（英語）' },
  lines: { en: 'Number of lines in the file', ja: 'ファイルの行数', unit: { en: 'lines', ja: '行' } },
  datedBy: { en: 'Lines that date the document, as seed:line', ja: '時点の根拠となる行。資料ID:行番号' },
  // Columns of the figure downloads (/figures/<id>.csv) that no dataset has.
  figure: { en: 'The figure the row is plotted in (its id: the #fig-<id> anchor and /figures/<id>.csv)', ja: '行を描いた図のID（#fig-<id>、/figures/<id>.csv）' },
  panel: { en: 'The panel of the figure: regular budgets, or supplementary budgets apart', ja: '図のパネル：regular＝当初予算等、supplementary＝補正予算' },
  mark: { en: 'The mark the row is drawn as (one mark may stand for several rows that agree)', ja: '行を表す図中のマーク（一致する複数の行が1つのマークになる場合がある）' },
  sourcesDisagree: { en: 'true where documents give different amounts for the mark', ja: '資料間で金額が食い違う場合 true' },
  sourcePage: { en: "The source line's page on this site", ja: '出典の行を示す本サイトのページ' },
  partnerNameEn: { en: 'Partner country in English (Unicode CLDR)', ja: '相手国・地域（英語）' },
  countryNameEn: { en: 'Country in English (Unicode CLDR)', ja: '相手国（英語）' },
  documentDate: { en: 'Date (ISO) of the source document that states the row', ja: '行を記載した資料の日付（ISO）' },
  value: { en: 'The measure as a number, as the document states it (see valueText and qualifier)', ja: '指標の値（数値）。資料の記載は valueText と qualifier を参照' },
  supersededByNewerDocument: { en: 'true where a newer document states another value for the same item', ja: '同じ項目について新しい資料が別の値を記載している場合 true' },
};
