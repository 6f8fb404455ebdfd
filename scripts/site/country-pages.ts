/**
 * A page per partner country and named group (/countries/<slug>/, /en/countries/<slug>/) and the
 * countries index (/countries/), from the partners dataset and the datasets that hold a country's
 * figures (coauthorship, aspire-trial-call). Every statement links to its source line; figures are
 * `figure()` links, which the browser tests check against the line.
 */
import { formatDate, formatDateRange, fiscalYearLong, formatList, formatNumber, formatPercent, millionYen, ordinal, countryName } from '../../src/core/format.ts';
import { LANGS, localePrefix, nameIn, type Lang } from '../../src/core/locales.ts';
import { pageHref, programHref, sourceLineHref, topicHref } from '../../src/core/urls.ts';
import type { DatasetRows, PartnerRow, SeedRecord, Source } from '../../src/schemas/datasets.ts';
import { Category, type ProgramParsed } from '../editorial/schema.ts';
import { normalizeForMatch } from '../pipeline/text.ts';
import { description, frontmatter, importComponent, link, pageText, table } from './mdx.ts';
import { displayName, figure, lineRef, sourceItem } from './program-page.ts';
import { agencyHref, agencyOf, placeFilter, placeHref, placesOf, type Place } from './places.ts';
import { SOURCE_LANG, words } from './words.ts';

export interface CountryContext {
  datasets: DatasetRows;
  programs: ReadonlyMap<string, ProgramParsed>;
  seedRecords: ReadonlyMap<string, SeedRecord>;
}

/** The page ids (without .mdx) the country pages add, in both languages: countries, countries/in, en/countries … */
export function countryPageIds(rows: readonly PartnerRow[]): string[] {
  const ja = ['countries', ...placesOf(rows).map((p) => `countries/${p.slug}`)];
  return LANGS.flatMap((l) => ja.map((id) => [localePrefix(l), id].filter(Boolean).join('/')));
}

/** A generated page's file under src/content/docs/ (the index is countries/index.mdx). */
const pageFile = (slug: string, l: Lang) => [localePrefix(l), 'countries', `${slug}.mdx`].filter(Boolean).join('/');


/** What the index map and table show: one entry per place (generated/countries.json). */
export interface CountryIndexEntry {
  key: string;
  slug: string;
  kind: 'country' | 'group';
  iso: string | null;
  name: Record<Lang, string>;
  programs: number;
  statements: number;
}

export function countryIndexData(rows: readonly PartnerRow[]): CountryIndexEntry[] {
  return placesOf(rows).map((p) => ({ key: p.key, slug: p.slug, kind: p.kind, iso: p.kind === 'country' ? p.key : null, name: p.name, programs: p.programs.length, statements: p.rows.length }));
}

// ── Statements ──

/**
 * The text of a figure as its line writes it, or null when the line does not hold it (then the
 * figure is shown as text, and the statement's own link still leads to its line).
 */
function writtenOn(quote: string, candidates: readonly (string | null | undefined)[]): string | null {
  const line = normalizeForMatch(quote).replace(/\s+/g, '');
  for (const c of candidates) if (c && line.includes(normalizeForMatch(c).replace(/\s+/g, ''))) return c;
  return null;
}

/** A count as written beside its unit (3課題, １課題) or alone. */
function countWritten(quote: string, n: number): string | null {
  const m = new RegExp(`(?<![\\d.])${n}(?![\\d.])(?:課題|件|拠点|か国)?`).exec(quote.normalize('NFKC'));
  return m ? m[0] : null;
}

function shown(text: string, source: Source, written: string | null, l: Lang): string {
  return written ? figure(text, source, written, l) : pageText(l, text);
}

function when(r: PartnerRow, l: Lang): string | null {
  if (!r.date) return null;
  const one = (d: string) => (r.precision === 'fiscal-year' ? fiscalYearLong(Number(d.slice(0, 4)), l) : formatDate(d, l));
  if (r.dateEnd) return r.precision === 'fiscal-year' ? words(l).t('countries.dateRange', { from: one(r.date), to: one(r.dateEnd) }) : formatDateRange(r.date, r.dateEnd, l);
  return one(r.date);
}

/** The documents' notes on rows are English (src/schemas/datasets.ts); a Japanese page quotes the line instead. */
const NOTE_LANG: Lang = 'en';

/**
 * One statement: what kind of tie, when, with which agency, its figures, our note, the line's own
 * words and a link to the line.
 */
export function statementMdx(r: PartnerRow, l: Lang, opts: { agency?: boolean } = {}): string {
  const w = words(l);
  // Private-use characters (slide bullets from the PDF's symbol font) show as boxes: dropped from the shown quote only.
  const q = r.source.quote.replace(/\p{Co}/gu, '').trim();
  const parts: string[] = [];
  const kind = `**${w.text(`countries.kind.${r.kind}`)}**`;
  parts.push(r.status === 'planned' ? w.mdx('countries.planned', { kind }) : kind);
  const date = when(r, l);
  if (date) parts.push(shown(date, r.source, writtenOn(q, [r.dateText, r.dateText?.split(/[~〜～]/)[0]]), l));
  if (r.agency && opts.agency !== false) parts.push(link(r.agency, agencyHref(r.agency, l), { class: 'agency' }));
  if (r.projects !== null) parts.push(shown(w.t('countries.projects', { count: r.projects, n: formatNumber(r.projects, l) }), r.source, countWritten(q, r.projects), l));
  if (r.proposals !== null) parts.push(shown(w.t('countries.proposals', { count: r.proposals, n: formatNumber(r.proposals, l) }), r.source, countWritten(q, r.proposals), l));
  if (r.amountMillionYen !== null) parts.push(shown(millionYen(r.amountMillionYen, l), r.source, writtenOn(q, [r.amountText]), l));
  const lead = parts.join(w.t('countries.partSeparator'));
  const note = r.note && l === NOTE_LANG ? `${pageText(l, r.note)} ` : '';
  const cite = link(lineRef(r.source.seed, r.source.line, r.source.line, l), sourceLineHref(r.source.seed, r.source.line, l), { class: 'cite' });
  const quote = l === SOURCE_LANG ? pageText(l, q) : `<span lang="${SOURCE_LANG}">${pageText(SOURCE_LANG, q)}</span>`;
  return w.mdx('countries.statement', { lead, note, quote, cite });
}

// ── Pages ──

const h2 = (l: Lang, key: string) => `## ${words(l).text(key)}\n`;

function programOrder(programs: ReadonlyMap<string, ProgramParsed>) {
  const rank = (id: string) => {
    const p = programs.get(id);
    return p ? Category.options.indexOf(p.category) * 1000 + p.order : 1e6;
  };
  return (a: string, b: string) => rank(a) - rank(b);
}

function programLink(ctx: CountryContext, id: string, l: Lang): string {
  const p = ctx.programs.get(id);
  if (!p) throw new Error(`the partners dataset names the program "${id}", which has no page`);
  return link(displayName(p, l), programHref(id, l));
}

const byDate = (a: PartnerRow, b: PartnerRow) => (a.date ?? '9999').localeCompare(b.date ?? '9999') || a.source.seed.localeCompare(b.source.seed) || a.source.line - b.source.line;

/** The agencies of a place's rows, each linked to its glossary entry with its official name. */
function agencyList(place: Place, l: Lang): string {
  const w = words(l);
  const shorts = [...new Set(place.rows.map((r) => r.agency).filter((a): a is string => a !== null))];
  return shorts
    .map((s) => {
      const a = agencyOf(s);
      const official = a ? nameIn(a, l) : null;
      return official && official !== s ? w.mdx('pages.parenthetical', { text: link(s, agencyHref(s, l), { class: 'agency' }), note: pageText(l, official) }) : link(s, agencyHref(s, l), { class: 'agency' });
    })
    .join(w.t('pages.separator'));
}

/** Members of a group where a row lists them, and for a country the groups whose listed members include it. */
function membership(place: Place, all: readonly Place[], rows: readonly PartnerRow[], l: Lang): string[] {
  const w = words(l);
  const pages = new Map(all.map((p) => [p.key, p]));
  const cite = (r: PartnerRow) => link(lineRef(r.source.seed, r.source.line, r.source.line, l), sourceLineHref(r.source.seed, r.source.line, l), { class: 'cite' });
  const out: string[] = [];
  if (place.kind === 'group') {
    for (const r of place.rows.filter((x) => x.regionMembers)) {
      const members = r.regionMembers!.split(' ').map((iso) => {
        const page = pages.get(iso);
        const name = page ? page.name[l] : countryName(iso, l);
        return page ? link(name, placeHref(iso, l)) : pageText(l, name);
      });
      out.push(w.mdx('countries.members', { members: formatList(members, l), cite: cite(r) }));
    }
  } else {
    for (const r of rows.filter((x) => x.regionMembers?.split(' ').includes(place.key))) {
      const group = pages.get(r.region!);
      const name = group ? link(group.name[l], placeHref(group.key, l)) : pageText(l, r.region!);
      out.push(w.mdx('countries.memberOf', { group: name, cite: cite(r) }));
    }
  }
  return [...new Set(out)];
}

function figuresSection(place: Place, ctx: CountryContext, l: Lang): string {
  if (place.kind !== 'country') return '';
  const w = words(l);
  const out: string[] = [];
  const co = ctx.datasets.coauthorship.filter((r) => r.partnerIso === place.key);
  if (co.length) {
    const rows = co.map((r) => [pageText(l, r.period.replace('-', '–')), figure(ordinal(r.rank, l), r.source, `${r.rank}位`, l), figure(formatPercent(r.sharePercent, l), r.source, `${r.sharePercent}%`, l)]);
    out.push(`### ${w.text('countries.coauthorship.heading')}\n`, w.mdx('countries.coauthorship.intro', { topic: link(w.t('countries.coauthorship.topic'), topicHref('coauthorship', l)) }), '', table(['period', 'rank', 'share'].map((k) => w.text(`countries.coauthorship.${k}`)), rows));
  }
  const trial = ctx.datasets['aspire-trial-call'].filter((r) => r.countryIso === place.key && (r.breakdown === 'proposals-by-country' || r.breakdown === 'proposals-by-funder'));
  if (trial.length) {
    // An agency by its corrected short name (CIHR where the document writes CHIR), linked to the glossary; other funders as written.
    const funder = (r: (typeof trial)[number]) => (agencyOf(r.funderEn!) ? link(r.funderEn!, agencyHref(r.funderEn!, l), { class: 'agency' }) : w.glossed({ ja: r.funder!, en: r.funderEn! }));
    const rows = [
      ...trial.filter((r) => r.breakdown === 'proposals-by-funder').map((r) => [funder(r), figure(formatNumber(r.count, l), r.source, String(r.count), l)]),
      ...trial.filter((r) => r.breakdown === 'proposals-by-country').map((r) => [`**${w.text('countries.trial.total')}**`, figure(formatNumber(r.count, l), r.source, String(r.count), l)]),
    ];
    out.push(`### ${w.text('countries.trial.heading')}\n`, w.mdx('countries.trial.intro', { program: programLink(ctx, 'aspire-trial-call', l), topic: link(w.t('countries.trial.topic'), topicHref('trial-call-results', l)) }), '', table(['funder', 'proposals'].map((k) => w.text(`countries.trial.${k}`)), rows));
  }
  return out.length ? `${h2(l, 'countries.section.figures')}\n${out.join('\n')}\n` : '';
}

/** Kinds of row the figures section presents from their own datasets. */
const FIGURE_KINDS = new Set<PartnerRow['kind']>(['proposals-received', 'co-authorship']);

export function countryPage(place: Place, all: readonly Place[], ctx: CountryContext, l: Lang): string {
  const w = words(l);
  const rows = place.rows;
  const programs = [...place.programs].sort(programOrder(ctx.programs));
  const agencies = agencyList(place, l);
  const name = place.name[l];
  const statements = w.t('countries.statementCount', { count: rows.length, n: formatNumber(rows.length, l) });
  const intro = programs.length ? w.t('countries.intro', { place: name, count: programs.length, n: formatNumber(programs.length, l), statements }) : w.t('countries.introNoProgram', { place: name, statements });
  // The platform's name where the documents' established one differs (イギリス for 英国): searchable too.
  const platform = place.kind === 'country' ? countryName(place.key, l) : null;
  const aliases = [...(platform && platform !== name ? [platform] : [])];
  const seeds = [...new Set(rows.map((r) => r.source.seed))].sort();
  const datasets = ['partners', ...(ctx.datasets.coauthorship.some((r) => r.partnerIso === place.key) ? ['coauthorship'] : []), ...(ctx.datasets['aspire-trial-call'].some((r) => r.countryIso === place.key) ? ['aspire-trial-call'] : [])];
  const out: string[] = [
    frontmatter({ title: name, description: description(intro, l), pageKind: 'country', sources: seeds, datasets, ...(aliases.length ? { aliases } : {}) }),
    '',
    `${pageText(l, intro)}${placeFilter([name], l)}`,
    '',
  ];
  const facts: string[] = [];
  facts.push(`**${w.text('pages.label', { label: w.t(`countries.kindOfPlace.${place.kind}`) })}** ${pageText(l, place.kind === 'country' ? w.t('pages.parenthetical', { text: name, note: place.key }) : name)}`);
  for (const other of LANGS.filter((x) => x !== l)) facts.push(`**${w.text('pages.label', { label: w.t(`countries.nameIn.${other}`) })}** <span lang="${other}">${pageText(other, place.name[other])}</span>`);
  if (agencies) facts.push(`**${w.text('pages.label', { label: w.t('countries.agencies') })}** ${agencies}`);
  for (const m of membership(place, all, ctx.datasets.partners, l)) facts.push(m);
  out.push(facts.map((f) => `- ${f}`).join('\n'), '');

  if (programs.length) {
    out.push(h2(l, 'countries.section.programs'));
    for (const id of programs) {
      out.push(`### ${programLink(ctx, id, l)}\n`);
      const own = rows.filter((r) => r.program === id);
      const items = own.filter((r) => !FIGURE_KINDS.has(r.kind)).sort(byDate).map((r) => `- ${statementMdx(r, l)}`);
      const proposals = own.filter((r) => r.kind === 'proposals-received');
      if (proposals.length) {
        const total = ctx.datasets['aspire-trial-call'].find((r) => r.breakdown === 'proposals-by-country' && r.countryIso === place.key);
        const count = total ? figure(formatNumber(total.count, l), total.source, String(total.count), l) : pageText(l, formatNumber(proposals.reduce((s, r) => s + (r.proposals ?? 0), 0), l));
        items.push(`- ${w.mdx('countries.proposalsSummary', { count, cite: link(lineRef(proposals[0]!.source.seed, proposals[0]!.source.line, proposals.at(-1)!.source.line, l), sourceLineHref(proposals[0]!.source.seed, proposals[0]!.source.line, l), { class: 'cite' }) })}`);
      }
      out.push(items.join('\n'), '');
    }
  }
  const figures = figuresSection(place, ctx, l);
  if (figures) out.push(figures);

  const events = rows.filter((r) => r.program === null && !FIGURE_KINDS.has(r.kind)).sort(byDate);
  if (events.length) {
    out.push(h2(l, 'countries.section.events'), w.mdx('countries.eventsIntro', { timeline: link(w.t('countries.timeline'), topicHref('timeline', l)) }), '', events.map((r) => `- ${statementMdx(r, l)}`).join('\n'), '');
  }
  out.push(h2(l, 'program.section.sources'), seeds.map((s) => sourceItem(ctx.seedRecords.get(s)!, l)).join('\n'), '');
  out.push(w.mdx('countries.back', { index: link(w.t('countries.indexTitle'), placeIndexHref(l)) }), '');
  return `${out.join('\n')}\n`;
}

export const placeIndexHref = (l: Lang) => pageHref('countries', l);

export function countryIndexPage(ctx: CountryContext, l: Lang): string {
  const w = words(l);
  const places = placesOf(ctx.datasets.partners);
  const intro = w.t('countries.indexIntro', { countries: places.filter((p) => p.kind === 'country').length, groups: places.filter((p) => p.kind === 'group').length });
  const seeds = [...new Set(ctx.datasets.partners.map((r) => r.source.seed))].sort();
  return [
    frontmatter({ title: w.t('countries.indexTitle'), description: description(intro, l), pageKind: 'country', sources: seeds, datasets: ['partners'] }),
    '',
    importComponent('CountryMap', 'CountryMap.astro', l),
    '',
    pageText(l, intro),
    '',
    `<CountryMap lang="${l}" />`,
    '',
    w.mdx('countries.indexNote', { data: link(w.t('countries.dataLink'), pageHref('data', l)) }),
    '',
    h2(l, 'program.section.sources'),
    seeds.map((s) => sourceItem(ctx.seedRecords.get(s)!, l)).join('\n'),
    '',
  ].join('\n');
}

/** Every country page and the index, in every language: file under src/content/docs/ → MDX. */
export function countryPages(ctx: CountryContext): Map<string, string> {
  const places = placesOf(ctx.datasets.partners);
  const docs = new Map<string, string>();
  for (const l of LANGS) {
    docs.set(pageFile('index', l), countryIndexPage(ctx, l));
    for (const p of places) docs.set(pageFile(p.slug, l), countryPage(p, places, ctx, l));
  }
  return docs;
}
