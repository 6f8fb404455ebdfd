// The citation's prose in the page language, from src/i18n/<lang>/cite.json: the formatted
// reference shown on every page, the note on the source documents (carried by BibTeX, RIS and
// CSL-JSON too), the licence statement. Runs in another language than the page's are marked, so
// screen readers and fonts switch (a Japanese title on an English page, our English title of a
// Japanese document on a Japanese page).
import { formatDate } from '../../core/format.ts';
import { translator, type Translate } from '../../core/i18n.ts';
import { DOCUMENT_LANG, type Lang } from '../../core/locales.ts';
import { scriptRuns } from '../../core/script-runs.ts';
import type { Citation, SourceDocument } from './model.ts';

/** A run of text, with its language when it differs from the surrounding text's. */
export interface Segment {
  text: string;
  lang?: Lang;
}

/** A template's parts: text, or a named slot for the caller to fill (an element, a marked run). */
export type TemplatePart = string | { slot: string };

const MARK = '\u0000';

/** A dictionary entry split around the named slots, the other values interpolated. */
export function templateParts(t: Translate, key: string, values: Record<string, string>, slots: readonly string[]): TemplatePart[] {
  const text = t(key, { ...values, ...Object.fromEntries(slots.map((s) => [s, `${MARK}${s}${MARK}`])) });
  return text.split(new RegExp(`${MARK}(\\w+)${MARK}`)).flatMap((part, i): TemplatePart[] => (i % 2 ? [{ slot: part }] : part ? [part] : []));
}

/** A dictionary entry as segments, the values named in `marked` carrying their language. */
function segmentsOf(t: Translate, key: string, values: Record<string, string>, marked: Readonly<Record<string, Lang>> = {}): Segment[] {
  return templateParts(t, key, values, Object.keys(marked)).map((p) => (typeof p === 'string' ? { text: p } : { text: values[p.slot]!, lang: marked[p.slot] }));
}

export const plain = (segments: readonly Segment[]) => segments.map((s) => s.text).join('');

/** Text split into runs, Japanese runs marked lang ja (for text shown on English pages). */
export function markJapanese(text: string): Segment[] {
  return scriptRuns(text).map((r) => (r.ja ? { text: r.text, lang: 'ja' as const } : { text: r.text }));
}

/** Text for a page in `lang`: on a page in another language than Japanese, its Japanese runs marked. */
export function textIn(text: string, lang: Lang): Segment[] {
  return lang === DOCUMENT_LANG ? [{ text }] : markJapanese(text);
}

/** An issuer without the catalogue's note that it was inferred, and whether it was. */
export function issuerName(source: SourceDocument, lang: Lang): { name: string; inferred: boolean } {
  const full = source.issuer[lang];
  const suffix = translator(lang)('cite.issuerInferred').trim();
  const inferred = full.endsWith(suffix);
  return { name: inferred ? full.slice(0, -suffix.length).trim() : full, inferred };
}

/** Short names of the issuers of the documents, for the licence statement: MEXT, JST / 文部科学省… */
export function issuerShortNames(sources: readonly SourceDocument[], lang: Lang): string[] {
  // An English name's acronym in parentheses is its short name: "… Agency (JST)" → JST.
  return [...new Set(sources.map((s) => issuerName(s, lang).name).map((name) => /\(([A-Z]{2,})\)/.exec(name)?.[1] ?? name))];
}

/** The licence statement: ours CC BY 4.0, the quoted documents their issuers'. */
export function licenceParts(sources: readonly SourceDocument[], lang: Lang): TemplatePart[] {
  const t = translator(lang);
  return templateParts(t, 'cite.licence', { issuers: issuerShortNames(sources, lang).join(t('cite.issuerSeparator')) }, ['licence']);
}

export function licenceStatement(sources: readonly SourceDocument[], lang: Lang): string {
  const name = translator(lang)('cite.licenceName');
  return licenceParts(sources, lang).map((p) => (typeof p === 'string' ? p : name)).join('');
}

/** One source document: issuer, title in Japanese with our English, date. */
export function sourceSegments(s: SourceDocument, lang: Lang): Segment[] {
  return segmentsOf(translator(lang), 'cite.source', { issuer: s.issuer[lang], titleJa: s.titleJa, titleEn: s.titleEn, date: formatDate(s.date, lang) }, { titleJa: 'ja', titleEn: 'en' }).map((seg) =>
    seg.lang === lang ? { text: seg.text } : seg,
  );
}

/** A source document in one line (DC.source). */
export const sourceLine = (s: SourceDocument, lang: Lang) => plain(sourceSegments(s, lang));

/** The formatted reference: author, title, version, content-as-of date, URL. */
export function referenceSegments(c: Citation): Segment[] {
  const t = translator(c.lang);
  const values = { author: c.item.author[0]!.literal, title: c.item.title, version: t('cite.version', { version: c.item.version }), asOf: t('cite.asOf', { date: formatDate(c.date, c.lang) }), url: c.item.URL };
  // A title in another script than the page's (a fallback page's Japanese title) is marked.
  return templateParts(t, 'cite.reference', values, ['title']).flatMap((p) =>
    typeof p === 'string' ? [{ text: p }] : textIn(values.title, c.lang),
  );
}

type NoteInput = Pick<Citation, 'lang' | 'date' | 'sources' | 'figures'>;

/** What a work rests on, structured for display: a label, one entry per document, the processing note. */
export function sourceList(c: NoteInput): { label: string; items: Segment[][]; processing: string | undefined } | undefined {
  if (c.sources.length === 0) return undefined;
  const t = translator(c.lang);
  return { label: t(c.figures ? 'cite.originalSources' : 'cite.basedOn'), items: c.sources.map((s) => sourceSegments(s, c.lang)), processing: c.figures ? t('cite.processing') : undefined };
}

/** The same as one sentence or two: "Original sources: …; …. Figures extracted …" */
export function sourceNoteSegments(c: NoteInput): Segment[] {
  const list = sourceList(c);
  if (!list) return [];
  const t = translator(c.lang);
  const separated = list.items.flatMap((item, i) => [...(i > 0 ? [{ text: t('cite.sourceSeparator') }] : []), ...item]);
  const key = list.processing ? 'cite.sourceNoteProcessing' : 'cite.sourceNote';
  return templateParts(t, key, { label: list.label, processing: list.processing ?? '' }, ['list']).flatMap((p) => (typeof p === 'string' ? [{ text: p }] : separated));
}

/** The note carried by BibTeX, RIS and CSL-JSON: the content-as-of date and the sources. */
export function noteText(c: NoteInput): string {
  const t = translator(c.lang);
  const first = t('cite.asOfSentence', { date: formatDate(c.date, c.lang) });
  const note = plain(sourceNoteSegments(c));
  return note ? t('cite.sentences', { first, next: note }) : first;
}

/** The formatted reference and its source note as one paragraph of text (JSON-LD's creditText). */
export function formattedReference(c: Citation): string {
  const note = plain(sourceNoteSegments(c));
  // A space after the URL in either language, so that nothing is read as part of it.
  return note ? `${plain(referenceSegments(c))} ${note}` : plain(referenceSegments(c));
}
