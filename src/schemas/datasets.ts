// The single definition of every dataset's shape. The pipeline validates its output with these
// schemas and the Astro side imports the inferred types, so both sides agree by construction.
import { z } from 'astro/zod';

export const SeedId = z.string().regex(/^\d{3}$/, 'a seed id is the three-digit prefix of its file name');

/** Where a figure comes from: the seed, the 1-based line, and the original text of that line. */
export const Source = z.object({
  seed: SeedId,
  line: z.number().int().positive(),
  quote: z.string().min(1),
});
export type Source = z.infer<typeof Source>;

/** How the document qualifies a figure; a range (min < max) keeps 約, 以上, 最大 or 原則 as about, at-least, up-to, in-principle. */
export const Qualifier = z.enum(['exact', 'about', 'up-to', 'at-least', 'range', 'varies-by-type', 'in-principle']);
export type Qualifier = z.infer<typeof Qualifier>;

/** A fiscal year as written and as a Gregorian fiscal year (April to March). */
export const FiscalYear = z.object({
  fiscalYear: z.number().int().min(1868).max(2100),
  /** The label as the seed writes it, e.g. 令和5年度, H29年度, 前年度. */
  label: z.string().min(1),
});

export const BudgetKind = z.enum(['initial', 'draft', 'supplementary', 'previous-year-reported']);
export type BudgetKind = z.infer<typeof BudgetKind>;

export const Agency = z.enum(['MEXT', 'JST', 'JSPS', 'AMED', 'JICA', 'MOFA', 'CAO']);

export const BudgetRow = z.object({
  id: z.string().regex(/^[a-z0-9-]+$/),
  program: z.string().regex(/^[a-z0-9-]+$/),
  /** Which agency's share, where a seed splits one program's budget between agencies. */
  agency: Agency.nullable(),
  fiscalYear: z.number().int(),
  fiscalYearLabel: z.string(),
  kind: BudgetKind,
  /** For supplementary budgets: 第2次 → 2; null when the seed does not say. */
  supplementaryRound: z.number().int().positive().nullable(),
  amountMillionYen: z.number().nonnegative(),
  amountText: z.string(),
  qualifier: Qualifier,
  /** The seed's own caveat, e.g. ※運営費交付金中の推計額 (an estimate within the operating grant). */
  caveat: z.string().nullable(),
  /** Our note on how the row was read, in English; null when it is read as written. */
  note: z.string().nullable(),
  source: Source,
  /** The line that names the program or the fiscal year, when it is not the figure's own line. */
  context: z.array(Source),
});
export type BudgetRow = z.infer<typeof BudgetRow>;

export const SakuraStatus = z.enum(['actual', 'planned']);
export const SakuraRow = z.object({
  id: z.string(),
  measure: z.enum(['invitees', 'cumulative-invitees', 'planned-intake']),
  status: SakuraStatus,
  /** First and last fiscal year covered: equal for a single year. */
  fiscalYearFrom: z.number().int(),
  fiscalYearTo: z.number().int(),
  fiscalYearLabel: z.string(),
  people: z.number().int().nonnegative(),
  peopleText: z.string(),
  qualifier: Qualifier,
  /** Countries and regions; null where the seed gives none. */
  countriesAndRegions: z.number().int().positive().nullable(),
  /** Where the seed names the scope in words instead (全世界 = the whole world). */
  countriesText: z.string().nullable(),
  programName: z.string(),
  source: Source,
  context: z.array(Source),
});
export type SakuraRow = z.infer<typeof SakuraRow>;

export const CoauthorshipRow = z.object({
  id: z.string(),
  partner: z.string(),
  partnerIso: z.string().length(2),
  period: z.enum(['2005-2007', '2015-2017']),
  rank: z.number().int().positive(),
  sharePercent: z.number().min(0).max(100),
  countingMethod: z.string(),
  origin: z.string(),
  source: Source,
  context: z.array(Source),
});
export type CoauthorshipRow = z.infer<typeof CoauthorshipRow>;

export const TrialCallRow = z.object({
  id: z.string(),
  breakdown: z.enum(['proposals-by-country', 'proposals-by-field', 'proposals-by-funder', 'adoptions-by-field']),
  /** As the seed writes it (アメリカ), with its ISO 3166-1 code. */
  country: z.string().nullable(),
  countryIso: z.string().length(2).nullable(),
  /** As the seed writes it, without the trailing 分野 (AI・情報), and in English. */
  field: z.string().nullable(),
  fieldEn: z.string().nullable(),
  /** The partner's funding agency as written (NSF, 民間等), and in English. */
  funder: z.string().nullable(),
  funderEn: z.string().nullable(),
  count: z.number().int().nonnegative(),
  source: Source,
  context: z.array(Source),
});
export type TrialCallRow = z.infer<typeof TrialCallRow>;

export const FactValue = z.object({
  min: z.number(),
  max: z.number(),
  qualifier: Qualifier,
  unit: z.enum([
    'million-yen',
    'million-yen-per-year',
    'years',
    'months',
    'weeks',
    'projects',
    'proposals',
    'countries',
    /** か国・地域: countries and regions (Taiwan, Hong Kong, the EU …), not countries alone. */
    'countries-and-regions',
    'people',
    'bases',
    'programs',
    'fiscal-year',
    'percent',
    'credits',
    'rank',
    'calls',
    'places',
    'institutions',
  ]),
  text: z.string(),
});
export type FactValue = z.infer<typeof FactValue>;

export const ProgramFactRow = z.object({
  id: z.string(),
  program: z.string().regex(/^[a-z0-9-]+$/),
  /** Funding type or sub-scheme the figure belongs to, in English; null for the whole program. */
  scheme: z.string().nullable(),
  metric: z.string().regex(/^[a-z0-9-]+$/),
  value: FactValue,
  /** The date or fiscal year the figure describes or was stated at, ISO-like (2023, 2019-03, 2023-04-27). */
  asOf: z.string().regex(/^\d{4}(-\d{2}(-\d{2})?)?$/),
  status: z.enum(['actual', 'planned', 'rule']),
  source: Source,
  context: z.array(Source),
});
export type ProgramFactRow = z.infer<typeof ProgramFactRow>;

export const TimelineRow = z.object({
  id: z.string().regex(/^[a-z0-9-]+$/),
  /** ISO at the precision the document gives: 2017-06-20, 2018-10, 2033; a fiscal year as its April. */
  date: z.string().regex(/^\d{4}(-\d{2}(-\d{2})?)?$/),
  dateEnd: z.string().regex(/^\d{4}(-\d{2}(-\d{2})?)?$/).nullable(),
  precision: z.enum(['day', 'month', 'year', 'fiscal-year']),
  /** The date as the document writes it. */
  dateText: z.string(),
  /** Past or planned, as of the date of the document that reports it. */
  status: z.enum(['past', 'planned']),
  asOf: z.string(),
  kind: z.enum(['agreement', 'call', 'selection', 'meeting', 'policy', 'publication', 'milestone']),
  /** Program page id, or null for an event that concerns no single program. */
  program: z.string().nullable(),
  /** The event in the document's words (cleaned) and in English. */
  ja: z.string(),
  en: z.string(),
  source: Source,
  context: z.array(Source),
});
export type TimelineRow = z.infer<typeof TimelineRow>;

const IsoDate = z.string().regex(/^\d{4}(-\d{2}(-\d{2})?)?$/);

/** What a statement ties a program to a partner by (see fieldDocs.kind for each). */
export const PartnerKind = z.enum([
  'joint-call',
  'call',
  'partner-agency',
  'joint-research',
  'joint-laboratory',
  'hub',
  'multilateral-framework',
  'researcher-exchange',
  'fellowship',
  'bilateral-agreement',
  'summit',
  'ministerial-meeting',
  'meeting',
  'workshop',
  'donation',
  'policy',
  'proposals-received',
  'co-authorship',
]);
export type PartnerKind = z.infer<typeof PartnerKind>;

/**
 * One statement tying a program (or, with program null, Japan at large: a ministerial meeting, an
 * agreement between governments) to a partner country, named group of countries or agency.
 */
export const PartnerRow = z.object({
  id: z.string().regex(/^[a-z0-9-]+$/),
  /** Program page id; null for a tie the document makes for no single program. */
  program: z.string().regex(/^[a-z0-9-]+$/).nullable(),
  kind: PartnerKind,
  /** Planned (予定, 想定例, a schedule ahead) or actual, as of the document. */
  status: z.enum(['actual', 'planned']),
  partnerType: z.enum(['country', 'region', 'agency']),
  /** ISO 3166-1 alpha-2; for an agency, its country. */
  countryIso: z.string().regex(/^[A-Z]{2}$/).nullable(),
  countryAsWritten: z.string().nullable(),
  countryJa: z.string().nullable(),
  countryEn: z.string().nullable(),
  /** A named group of countries (ASEAN, EU, Africa, V4, G20 …), or the group an agency serves (ERC: EU). */
  region: z.string().nullable(),
  regionAsWritten: z.string().nullable(),
  regionEn: z.string().nullable(),
  /** Members as ISO codes separated by spaces, only where the document lists them. */
  regionMembers: z.string().nullable(),
  /** The agency's short name (corrected where the document misspells it), as written, and official names. */
  agency: z.string().nullable(),
  agencyAsWritten: z.string().nullable(),
  agencyEn: z.string().nullable(),
  agencyJa: z.string().nullable(),
  date: IsoDate.nullable(),
  dateEnd: IsoDate.nullable(),
  precision: z.enum(['day', 'month', 'year', 'fiscal-year']).nullable(),
  dateText: z.string().nullable(),
  projects: z.number().int().nonnegative().nullable(),
  proposals: z.number().int().nonnegative().nullable(),
  amountMillionYen: z.number().nonnegative().nullable(),
  amountText: z.string().nullable(),
  rank: z.number().int().positive().nullable(),
  sharePercent: z.number().min(0).max(100).nullable(),
  /** Our note in English, where the tie needs one. */
  note: z.string().nullable(),
  source: Source,
  context: z.array(Source),
});
export type PartnerRow = z.infer<typeof PartnerRow>;

export const SeedRecord = z.object({
  id: SeedId,
  file: z.string(),
  sha256: z.string().regex(/^[0-9a-f]{64}$/),
  titleJa: z.string(),
  titleEn: z.string(),
  issuer: z.object({ ja: z.string(), en: z.string() }),
  kind: z.object({ ja: z.string(), en: z.string() }),
  /** ISO date, month, year or range (2021/2022) the document speaks from. */
  date: z.string(),
  dateNote: z.object({ ja: z.string(), en: z.string() }),
  lines: z.number().int().positive(),
  datedBy: z.array(Source),
});
export type SeedRecord = z.infer<typeof SeedRecord>;

export const DatasetName = z.enum(['budgets', 'sakura-science', 'coauthorship', 'aspire-trial-call', 'program-facts', 'timeline', 'partners', 'seeds']);
export type DatasetName = z.infer<typeof DatasetName>;

export const datasetRowSchemas = {
  budgets: BudgetRow,
  'sakura-science': SakuraRow,
  coauthorship: CoauthorshipRow,
  'aspire-trial-call': TrialCallRow,
  'program-facts': ProgramFactRow,
  timeline: TimelineRow,
  partners: PartnerRow,
  seeds: SeedRecord,
} as const satisfies Record<DatasetName, z.ZodType>;

export type DatasetRows = { [K in DatasetName]: z.infer<(typeof datasetRowSchemas)[K]>[] };

/** What the site needs to list a dataset: written by the pipeline to generated/manifest.json. */
export const ManifestEntry = z.object({
  name: DatasetName,
  title: z.object({ ja: z.string(), en: z.string() }),
  description: z.object({ ja: z.string(), en: z.string() }),
  rows: z.number().int().nonnegative(),
  seeds: z.array(SeedId),
  files: z.object({ json: z.string(), csv: z.string(), xlsx: z.string() }),
  bytes: z.object({ json: z.number().int(), csv: z.number().int() }),
});
export const Manifest = z.object({
  contentAsOf: z.string(),
  datasets: z.array(ManifestEntry),
});
export type Manifest = z.infer<typeof Manifest>;
