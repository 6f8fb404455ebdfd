import type { DatasetName } from './datasets.ts';

type Bilingual = { en: string; ja: string };

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
  seeds: {
    title: { en: 'Source documents', ja: '出典資料' },
    description: {
      en: 'The five source documents: title, issuing body, kind, date and the lines that date it, line count and SHA-256 of the file.',
      ja: '5件の出典資料の書誌情報：表題、発行機関、資料の種類、時点とその根拠となる行、行数、ファイルのSHA-256。',
    },
  },
};

/** Every column of the CSV downloads, described in both languages (written to datapackage.json). */
export const fieldDocs: Record<string, Bilingual> = {
  id: { en: 'Stable identifier of the row', ja: '行の識別子（不変）' },
  program: { en: "Program id (the site's page /programs/<id>/); empty where an event concerns no single program", ja: '事業ID（サイトの /programs/<id>/ に対応）。特定の事業に関わらない出来事では空' },
  agency: { en: "Agency whose share the figure is, where the document splits a program's budget (JST, AMED)", ja: '予算が機関別に示されている場合の機関（JST、AMED）' },
  fiscalYear: { en: 'Japanese fiscal year (April to March) as a Gregorian year: 2023 = FY2023 = 令和5年度', ja: '年度（西暦）。2023 = 令和5年度' },
  fiscalYearLabel: { en: 'The fiscal year as the document writes it (前年度 = the year before)', ja: '資料における年度の表記（前年度を含む）' },
  kind: {
    en: 'Budgets: initial (予算額), draft (予算額(案)), supplementary (補正予算) or previous-year-reported (前年度予算額). Timeline: agreement, call, selection, meeting, policy, publication or milestone',
    ja: '予算の種別：initial＝予算額、draft＝予算額（案）、supplementary＝補正予算、previous-year-reported＝前年度予算額。年表では出来事の種類',
  },
  supplementaryRound: { en: 'Which supplementary budget (第2次 = 2), where stated', ja: '補正予算の次数（第2次＝2）' },
  amountMillionYen: { en: 'Amount in million yen (百万円); 1億円 = 100 million yen', ja: '金額（百万円）。1億円＝100百万円' },
  amountText: { en: 'The amount as written', ja: '資料における金額の表記' },
  qualifier: { en: 'exact, about (約, 程度), up-to (最大, 上限), at-least (以上) or range', ja: '数値の性質：exact＝確定値、about＝約・程度、up-to＝最大・上限、at-least＝以上、range＝範囲' },
  caveat: { en: "The document's own footnote on the figure (※…)", ja: '資料中の注記（※）' },
  note: { en: 'How this site read the figure where the document leaves something implicit', ja: '資料に明示されていない点について本サイトが行った解釈' },
  source_seed: { en: 'Source document id (see the seeds dataset)', ja: '出典資料のID（seeds データセット参照）' },
  source_line: { en: 'Line of the source document holding the figure', ja: '数値が記載された出典資料の行番号' },
  source_quote: { en: 'The text of that line, verbatim', ja: 'その行の原文' },
  context: { en: 'Other lines the row relies on (label, fiscal year, footnote), as seed:line', ja: '行が依拠するその他の行（見出し、年度、注記）。資料ID:行番号' },
  measure: { en: 'invitees, cumulative-invitees or planned-intake', ja: '指標：invitees＝招へい者数、cumulative-invitees＝累計、planned-intake＝受入計画' },
  status: { en: 'actual, planned, or rule (a term of the scheme); in the timeline, past or planned as of the document', ja: '区分：actual＝実績、planned＝計画・見込み、rule＝制度上の規定。年表では past＝実施済み、planned＝予定' },
  fiscalYearFrom: { en: 'First fiscal year covered', ja: '対象期間の最初の年度（西暦）' },
  fiscalYearTo: { en: 'Last fiscal year covered', ja: '対象期間の最後の年度（西暦）' },
  people: { en: 'Number of people', ja: '人数' },
  peopleText: { en: 'The number as written', ja: '資料における人数の表記' },
  countriesAndRegions: { en: 'Number of countries and regions', ja: '国・地域数' },
  countriesText: { en: 'Countries named in words (全世界 = worldwide)', ja: '対象国・地域の文言による記載' },
  programName: { en: "The program's name in that document", ja: 'その資料における事業名' },
  partner: { en: 'Partner country as written', ja: '相手国・地域（資料の表記）' },
  partnerIso: { en: 'ISO 3166-1 code of the partner', ja: '相手国・地域のISO 3166-1コード' },
  period: { en: 'Three-year window of publication', ja: '対象期間（3年間）' },
  rank: { en: "Rank among the United States' co-authoring partners", ja: '米国の共著相手国・地域としての順位' },
  sharePercent: { en: 'Share of US internationally co-authored papers, %', ja: '米国の国際共著論文に占めるシェア（％）' },
  countingMethod: { en: 'The counting method as the document states it', ja: '資料に記載の集計方法' },
  origin: { en: 'The original source as the document names it', ja: '資料に記載の出典' },
  breakdown: { en: 'proposals-by-country, proposals-by-field, proposals-by-funder or adoptions-by-field', ja: '内訳の種類' },
  country: { en: 'Partner country as written', ja: '相手国（資料の表記）' },
  countryIso: { en: 'ISO 3166-1 code of the country', ja: '相手国のISO 3166-1コード' },
  field: { en: 'Research field as written (without 分野)', ja: '分野（資料の表記）' },
  fieldEn: { en: 'Research field in English', ja: '分野（英語）' },
  funder: { en: "Partner's funding agency as written", ja: '相手国の資金配分機関（資料の表記）' },
  funderEn: { en: "Partner's funding agency in English", ja: '相手国の資金配分機関（英語）' },
  count: { en: 'Number of proposals or adopted projects', ja: '件数' },
  scheme: { en: 'Funding type or sub-scheme, in English; empty for the whole program', ja: '支援タイプ・枠組み（英語）。事業全体の場合は空' },
  metric: { en: 'What the figure measures (e.g. support-per-project-year)', ja: '数値の意味（例：support-per-project-year＝1課題・1年あたりの支援額）' },
  value_min: { en: 'Value, or lower end of a range', ja: '値（範囲の場合は下限）' },
  value_max: { en: 'Value, or upper end of a range', ja: '値（範囲の場合は上限）' },
  value_qualifier: { en: 'exact, about, up-to, at-least or range', ja: '数値の性質' },
  value_unit: { en: 'Unit of the value (million-yen, million-yen-per-year, years, projects, people, …)', ja: '単位（million-yen＝百万円、million-yen-per-year＝百万円／年、years＝年、projects＝件・課題、people＝人 など）' },
  value_text: { en: 'The figure as written', ja: '資料における表記' },
  asOf: { en: 'Date or fiscal year the figure describes or was stated at (ISO); in the timeline, the date of the reporting document', ja: '数値の時点（年度または日付）。年表では報告した資料の時点' },
  dateEnd: { en: 'End date of an event that spans days, where given', ja: '期間のある出来事の終了日' },
  precision: { en: 'day, month, year or fiscal-year: how precisely the document dates the event', ja: '日付の精度（日・月・年・年度）' },
  dateText: { en: 'The date as the document writes it', ja: '資料における日付の表記' },
  ja: { en: 'The event in the words of the document (cleaned of PDF artefacts)', ja: '資料の文言（PDF由来の乱れを整えたもの）' },
  en: { en: 'The event in English (our translation)', ja: '英訳（本サイトによる）' },
  file: { en: 'File name in seeds/', ja: 'seeds/ 内のファイル名' },
  sha256: { en: 'SHA-256 of the file', ja: 'ファイルのSHA-256' },
  titleJa: { en: 'Title in Japanese, as written', ja: '表題（資料の表記）' },
  titleEn: { en: 'Title in English (our translation)', ja: '表題の英訳（本サイトによる）' },
  issuer_ja: { en: 'Issuing body, in Japanese', ja: '発行機関' },
  issuer_en: { en: 'Issuing body, in English', ja: '発行機関（英語）' },
  kind_ja: { en: 'Kind of document, in Japanese', ja: '資料の種類' },
  kind_en: { en: 'Kind of document, in English', ja: '資料の種類（英語）' },
  date: { en: 'Date (ISO): of the document in the seeds dataset, of the event in the timeline', ja: '日付：seeds では資料の時点、timeline では出来事の日付' },
  dateNote_ja: { en: 'How the date was established, in Japanese', ja: '時点の根拠' },
  dateNote_en: { en: 'How the date was established, in English', ja: '時点の根拠（英語）' },
  lines: { en: 'Number of lines in the file', ja: 'ファイルの行数' },
  datedBy: { en: 'Lines that date the document, as seed:line', ja: '時点の根拠となる行。資料ID:行番号' },
};
