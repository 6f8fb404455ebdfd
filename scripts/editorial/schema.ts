// The editorial input of the site: programs, the seed passages their pages quote, our English for
// each passage, and the corrections made to the seeds' text. Validated by the pipeline.
import { z } from 'astro/zod';

const LocatorSchema: z.ZodType<Locator> = z.lazy(() =>
  z.object({ text: z.string().min(1), after: z.union([z.string(), LocatorSchema]).optional(), nth: z.number().int().positive().optional() }),
);
export interface Locator {
  text: string;
  after?: string | Locator;
  nth?: number;
}

export const Category = z.enum(['joint-research', 'researchers', 'research-centres', 'policy']);
export type Category = z.infer<typeof Category>;

/** Where a passage stands on its page; eligibility passages (who can apply) are shown in the glance. */
export const Section = z.enum(['overview', 'scheme', 'eligibility', 'results', 'partners', 'background']);
export type Section = z.infer<typeof Section>;

export const Body = z.enum(['MEXT', 'JST', 'JSPS', 'AMED', 'JICA', 'MOFA', 'CAO']);

export const Passage = z.object({
  /** Unique within its program: the passage's key is `${program}/${id}`. */
  id: z.string().regex(/^[a-z0-9-]+$/),
  section: Section,
  seed: z.string().regex(/^\d{3}$/),
  /** First line of the passage, found by its text. */
  from: LocatorSchema,
  /** Last line (inclusive), searched from `from` on; omitted for a one-line passage. */
  to: LocatorSchema.optional(),
  /**
   * Lines that start a new paragraph although the line before does not end one (a name under a
   * title, a heading over its text): the text of each, as in the seed.
   */
  breakBefore: z.array(z.string()).default([]),
  /** Lines that go on with the paragraph before although a blank line separates them (a page break). */
  joinBefore: z.array(z.string()).default([]),
  /**
   * A slide column the passage stands in (ASPIRE's アウトプット / アウトカム / インパクト): its heading as
   * the slide writes it, and in English. Shown as a labelled list, each paragraph an item.
   */
  column: z.object({ ja: z.string().min(1), en: z.string().min(1) }).optional(),
  /**
   * For a research result: which paragraphs (0-based, the same in the Japanese and the English) are its
   * title, researchers and call; the others say what was found. Shown as title → researchers → call
   * and year → what was found, whatever order the slide has them in.
   */
  result: z.object({ title: z.number().int().nonnegative(), researchers: z.array(z.number().int().nonnegative()).default([]), call: z.array(z.number().int().nonnegative()).default([]) }).optional(),
  /** Our English, for readers abroad. Written against the Japanese whose hash is `jaHash`. */
  en: z.string(),
  /** First 12 hex digits of the SHA-256 of the cleaned Japanese this English translates. */
  jaHash: z.string(),
});
export type Passage = z.infer<typeof Passage>;

export const Correction = z.object({
  seed: z.string().regex(/^\d{3}$/),
  /** The line holding the text, found by text that includes `asWritten`. */
  at: LocatorSchema,
  asWritten: z.string().min(1),
  corrected: z.string(),
  why: z.object({ ja: z.string().min(1), en: z.string().min(1) }),
});
export type Correction = z.infer<typeof Correction>;

export const Program = z.object({
  id: z.string().regex(/^[a-z0-9-]+$/),
  category: Category,
  /** Sidebar order within the category. */
  order: z.number().int(),
  name: z.object({ ja: z.string().min(1), en: z.string().min(1) }),
  acronym: z.string().optional(),
  /** Other names the seeds use (an earlier name, a nickname), Japanese as written, with English. */
  otherNames: z.array(z.object({ ja: z.string(), en: z.string() })).default([]),
  bodies: z.object({
    /** Who funds it (usually MEXT) and who runs it. */
    funding: z.array(Body),
    implementing: z.array(Body),
    /** Partner agencies and frameworks the seeds name, as written (NSF, ERC, NERC, DST …). */
    partners: z.array(z.object({ name: z.string(), en: z.string() })).default([]),
  }),
  /** The program this one belongs to (e.g. e-ASIA JRP within SICORP). */
  parent: z.string().optional(),
  /**
   * The program this one was a trial ahead of (the FY2022 trial call ran before ASPIRE began in FY2023,
   * 004:32–33): a forerunner, not a part. A program has a parent or is a forerunner, not both.
   */
  forerunnerOf: z.string().optional(),
  related: z.array(z.string()).default([]),
  /** The ids the datasets use for this program's figures, when not the page's own id. */
  dataPrograms: z.array(z.string()).optional(),
  /** Only the facts of these schemes (for a page about part of a program). */
  dataSchemes: z.array(z.string()).optional(),
  passages: z.array(Passage).min(1),
  corrections: z.array(Correction).default([]),
});
export type Program = z.input<typeof Program>;
export type ProgramParsed = z.output<typeof Program>;

export const defineProgram = (p: Program): Program => p;
