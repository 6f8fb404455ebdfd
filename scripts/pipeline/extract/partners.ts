import type { CoauthorshipRow, PartnerKind, PartnerRow, Source, TimelineRow, TrialCallRow } from '../../../src/schemas/datasets.ts';
import type { Correction } from '../../editorial/schema.ts';
import type { PartnerAgency, PartnerRegion } from '../../editorial/partners.ts';
import type { AppliedCorrection } from '../clean.ts';
import { findAmounts } from '../amount.ts';
import { COUNTRY_ABBREVIATIONS, countryName, countryNames, isIsoCountry } from '../countries.ts';
import { SeedError, SeedErrors } from '../errors.ts';
import { findEventDates } from '../event-dates.ts';
import { findFiscalYears } from '../../../src/core/fiscal-year.ts';
import { locate, sourceOf, type Locator, type Seed, type SeedLine } from '../seed.ts';
import { normalizeForMatch } from '../text.ts';

const TABLES = 'scripts/editorial/partners.ts';

/** Where a statement tying a program to partners stands, and what kind of tie it is. */
export interface PartnerRule {
  /** Stem of the rows' ids (each row adds its partner): unique among the rules. */
  id: string;
  seed: string;
  /** First line of the statement. */
  at: Locator;
  /** Lines the statement runs over, from `at` on (default 1). Partners and figures are read from all of them. */
  lines?: number;
  program: string | null;
  kind: PartnerKind;
  status?: 'actual' | 'planned';
  /** A heading naming the partner of a statement that does not name it itself (＜アメリカ＞). */
  under?: Locator;
  /** Only these partners (ISO code, region id or agency short name), where one line holds ties of different kinds. */
  only?: string[];
  /** The countries the statement names are the members of the region it names (V4: チェコ、…). */
  members?: boolean;
  /** Date: a timeline event's (its id), … */
  event?: string;
  /** … or read from the statement: the last date before each partner's name, else its first date, … */
  dateInText?: boolean;
  /** … or the fiscal year stated on this line. */
  fiscalYearFrom?: Locator;
  /** Figures to read from the statement. */
  figures?: { projects?: boolean; proposals?: boolean; amount?: boolean };
  /**
   * A table column per partner: the partners are named in order on this header line, and the
   * statement's line holds one "N課題（応募数M）" group per column.
   */
  columns?: Locator;
  /** Other lines that restate the tie (a photo caption repeating a name), cited as context. */
  also?: Locator[];
  note?: string;
}

export interface PartnerTables {
  agencies: readonly PartnerAgency[];
  regions: readonly PartnerRegion[];
  notAgencies: Readonly<Record<string, string>>;
  corrections: readonly Correction[];
}

export interface Name {
  type: 'country' | 'region' | 'agency';
  /** ISO code, region id or agency short name. */
  key: string;
  /** The name as the tables spell it (the seeds' own spelling, up to NFKC). */
  written: string;
  /** The same, normalised for matching. */
  match: string;
}

export interface Found extends Name {
  index: number;
}

const KATAKANA = /[\p{Script=Katakana}ー]/u;
const LATIN = /[A-Za-z0-9]/;
/** Words that may not touch a name of their own script: タイ in タイプ, EU in EUR. */
function boundaryOk(text: string, start: number, written: string): boolean {
  const before = text[start - 1] ?? '';
  const after = text[start + written.length] ?? '';
  if (KATAKANA.test(written[0]!) && KATAKANA.test(before)) return false;
  if (KATAKANA.test(written.at(-1)!) && KATAKANA.test(after)) return false;
  if (LATIN.test(written[0]!) && /[A-Za-z]/.test(before)) return false;
  if (/[A-Za-z]/.test(written.at(-1)!) && /[A-Za-z]/.test(after)) return false;
  if (/[0-9]/.test(written.at(-1)!) && /[0-9]/.test(after)) return false;
  return true;
}

/** Every name the tables know, longest first, so that 南アフリカ is not read as アフリカ nor 欧州研究会議 as 欧州. */
export function partnerNames(tables: PartnerTables): Name[] {
  const names: Name[] = [];
  const add = (type: Name['type'], key: string, written: string) => names.push({ type, key, written, match: normalizeForMatch(written) });
  for (const [written, key] of countryNames) add('country', key, written);
  for (const r of tables.regions) for (const w of r.written) add('region', r.id, w);
  for (const a of tables.agencies) for (const w of [a.short, ...(a.ja ? [a.ja] : []), ...(a.written ?? [])]) add('agency', a.short, w);
  return names.sort((a, b) => b.match.length - a.match.length);
}

const ABBREVIATED = new RegExp(`(?<![0-9])日(?<run>[${Object.keys(COUNTRY_ABBREVIATIONS).join('')}]+)(?!国)`, 'gu');

/** The partners a (normalised) text names, in order of appearance; Japan is no partner. */
export function findPartnerNames(text: string, names: readonly Name[]): Found[] {
  const taken = new Array<boolean>(text.length).fill(false);
  const found: Found[] = [];
  for (const n of names) {
    let from = 0;
    for (;;) {
      const i = text.indexOf(n.match, from);
      if (i < 0) break;
      from = i + 1;
      if (!boundaryOk(text, i, n.match) || taken.slice(i, i + n.match.length).some(Boolean)) continue;
      taken.fill(true, i, i + n.match.length);
      found.push({ ...n, index: i });
    }
  }
  // 日英, 日米独, 日越: one character per country after 日.
  for (const m of text.matchAll(ABBREVIATED)) {
    const start = m.index + 1;
    if (taken[start]) continue;
    [...m.groups!.run!].forEach((ch, k) => found.push({ type: 'country', key: COUNTRY_ABBREVIATIONS[ch]!, written: ch, match: ch, index: start + k }));
  }
  return found.filter((f) => !(f.type === 'country' && f.key === 'JP')).sort((a, b) => a.index - b.index);
}

const ACRONYM = /(?<![A-Za-z])[A-Z]{2,}(?![A-Za-z])/g;

const correctionLines = new WeakMap<Seed, Map<Correction, number>>();
/** The line a correction applies to, found once per seed. */
function correctionLine(seed: Seed, c: Correction): number {
  let bySeed = correctionLines.get(seed);
  if (!bySeed) correctionLines.set(seed, (bySeed = new Map()));
  let n = bySeed.get(c);
  if (n === undefined) bySeed.set(c, (n = locate(seed, c.at).n));
  return n;
}

/** Apply the corrections declared for this line, recording each where it applies. */
function corrected(seed: Seed, line: SeedLine, tables: PartnerTables, applied: AppliedCorrection[]): string {
  let text = line.norm;
  for (const c of tables.corrections) {
    if (c.seed !== seed.id) continue;
    if (correctionLine(seed, c) !== line.n) continue;
    const asWritten = normalizeForMatch(c.asWritten);
    if (!text.includes(asWritten)) throw new SeedError(seed.path, line.n, `the correction of "${c.asWritten}" (${TABLES}) finds no such text on this line`);
    text = text.split(asWritten).join(normalizeForMatch(c.corrected));
    if (!applied.some((a) => a.seed === seed.id && a.line === line.n && a.asWritten === c.asWritten)) {
      applied.push({ seed: seed.id, line: line.n, asWritten: c.asWritten, corrected: c.corrected, why: c.why, quote: line.text.trim() });
    }
  }
  return text;
}

/**
 * Every run of capitals in the seeds names a partner agency or region, or is declared no agency:
 * a new acronym stops the pipeline until someone says which it is.
 */
export function unknownAcronyms(seeds: ReadonlyMap<string, Seed>, tables: PartnerTables): SeedError[] {
  const known = new Set([...tables.agencies.map((a) => a.short), ...tables.regions.flatMap((r) => r.written), ...Object.keys(tables.notAgencies)]);
  const errors: SeedError[] = [];
  const applied: AppliedCorrection[] = [];
  for (const seed of seeds.values()) {
    for (const line of seed.lines) {
      if (!/[A-Z]{2}/.test(line.norm)) continue;
      const text = tables.corrections.some((c) => c.seed === seed.id) ? corrected(seed, line, tables, applied) : line.norm;
      for (const [word] of text.matchAll(ACRONYM)) {
        if (known.has(word)) continue;
        errors.push(
          new SeedError(
            seed.path,
            line.n,
            `"${word}" looks like an agency's acronym but is in no table: add it to partnerAgencies in ${TABLES} (short name, official English and Japanese names, country), or to notAgencies there with the reason it names no partner`,
          ),
        );
      }
    }
  }
  return errors;
}

/**
 * Every line naming a partner agency is cited by some partners row, so a new statement about an
 * agency cannot slip by unread.
 */
export function unreadAgencyLines(seeds: ReadonlyMap<string, Seed>, rows: readonly PartnerRow[], tables: PartnerTables): SeedError[] {
  const cited = new Set(rows.flatMap((r) => [r.source, ...r.context].map((s) => `${s.seed}:${s.line}`)));
  const agencyNames = partnerNames(tables).filter((n) => n.type === 'agency');
  const errors: SeedError[] = [];
  for (const seed of seeds.values()) {
    for (const line of seed.lines) {
      if (cited.has(`${seed.id}:${line.n}`)) continue;
      const named = findPartnerNames(line.norm, agencyNames).filter((n) => n.type === 'agency');
      if (named.length === 0) continue;
      errors.push(
        new SeedError(seed.path, line.n, `this line names the partner agency ${[...new Set(named.map((n) => n.key))].join(', ')}, but no rule in scripts/pipeline/rules/partners.ts reads it (add a rule, or cite the line as \`also\` of the rule it restates)`),
      );
    }
  }
  return errors;
}

const slug = (s: string) =>
  s
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');

function emptyRow(): Omit<PartnerRow, 'id' | 'program' | 'kind' | 'status' | 'partnerType' | 'source' | 'context'> {
  return {
    countryIso: null,
    countryAsWritten: null,
    countryJa: null,
    countryEn: null,
    region: null,
    regionAsWritten: null,
    regionEn: null,
    regionMembers: null,
    agency: null,
    agencyAsWritten: null,
    agencyEn: null,
    agencyJa: null,
    date: null,
    dateEnd: null,
    precision: null,
    dateText: null,
    projects: null,
    proposals: null,
    amountMillionYen: null,
    amountText: null,
    rank: null,
    sharePercent: null,
    note: null,
  };
}

/** The partner's own columns: names in both languages from the tables and the platform. */
function describe(f: Name, tables: PartnerTables): Partial<PartnerRow> & Pick<PartnerRow, 'partnerType'> {
  const country = (iso: string | null, asWritten: string | null) =>
    iso ? { countryIso: iso, countryAsWritten: asWritten, countryJa: countryName(iso, 'ja'), countryEn: countryName(iso, 'en') } : {};
  const region = (id: string | undefined, asWritten: string | null) => {
    const r = id ? tables.regions.find((x) => x.id === id) : undefined;
    return r ? { region: r.id, regionAsWritten: asWritten, regionEn: r.en } : {};
  };
  if (f.type === 'country') return { partnerType: 'country', ...country(f.key, f.written) };
  if (f.type === 'region') return { partnerType: 'region', ...region(f.key, f.written) };
  const a = tables.agencies.find((x) => x.short === f.key)!;
  return { partnerType: 'agency', agency: a.short, agencyAsWritten: f.written, agencyEn: a.en, agencyJa: a.ja, ...country(a.country, null), ...region(a.region, null) };
}

/** 東京大学2課題、九州大学1課題の計3課題 → 3; 4件が採択 → 4. */
function readProjects(text: string): { value: number } | null {
  const total = /計\s*(\d+)\s*課題/u.exec(text) ?? /(\d+)\s*件が採択/u.exec(text) ?? /(\d+)\s*課題/u.exec(text) ?? /(\d+)\s*拠点/u.exec(text);
  return total ? { value: Number(total[1]) } : null;
}

function readProposals(text: string): { value: number } | null {
  const m = /応募数\s*:?\s*(\d+)/u.exec(text) ?? /(\d+)\s*件の応募/u.exec(text);
  return m ? { value: Number(m[1]) } : null;
}

export interface PartnerInputs {
  timeline: readonly TimelineRow[];
  coauthorship: readonly CoauthorshipRow[];
  trialCall: readonly TrialCallRow[];
}

export function extractPartners(
  seeds: ReadonlyMap<string, Seed>,
  rules: readonly PartnerRule[],
  tables: PartnerTables,
  inputs: PartnerInputs,
  seedDate: (id: string) => string,
): { rows: PartnerRow[]; applied: AppliedCorrection[] } {
  const names = partnerNames(tables);
  const rows: PartnerRow[] = [];
  const applied: AppliedCorrection[] = [];
  const errors: SeedError[] = [];
  const agencyOf = (written: string, file: string, line: number): PartnerAgency => {
    const a = tables.agencies.find((x) => x.short === written || x.ja === written || x.written?.includes(written));
    if (!a) throw new SeedError(file, line, `"${written}" is no known partner agency: add it to partnerAgencies in ${TABLES} (short name, official English and Japanese names, country)`);
    return a;
  };

  for (const rule of rules) {
    try {
      const seed = seeds.get(rule.seed);
      if (!seed) throw new SeedError('scripts/pipeline/rules/partners.ts', 1, `rule ${rule.id} names seed ${rule.seed}, which is not in seeds/`);
      const at = locate(seed, rule.at);
      const lines = seed.lines.slice(at.n - 1, at.n - 1 + (rule.lines ?? 1)).filter((l) => l.norm !== '');
      const texts = new Map(lines.map((l) => [l.n, corrected(seed, l, tables, applied)]));
      const statement = [...texts.values()].join(' ');
      const context: Source[] = lines.map((l) => sourceOf(seed, l));
      const heading = rule.under ? locate(seed, rule.under) : rule.columns ? locate(seed, rule.columns) : null;
      if (heading) context.push(sourceOf(seed, heading));
      for (const a of rule.also ?? []) context.push(sourceOf(seed, locate(seed, a)));

      // Who: partners on the statement's lines (or its heading), each with the line it stands on.
      let partners: (Found & { line: SeedLine })[] = heading
        ? findPartnerNames(corrected(seed, heading, tables, applied), names).map((f) => ({ ...f, line: at }))
        : lines.flatMap((l) => findPartnerNames(texts.get(l.n)!, names).map((f) => ({ ...f, line: l })));
      if (rule.only) {
        for (const k of rule.only) if (!partners.some((p) => p.key === k)) throw new SeedError(seed.path, at.n, `rule ${rule.id}: the statement does not name ${k}`);
        partners = partners.filter((p) => rule.only!.includes(p.key));
      }
      // A country whose agency is named too is that agency's row; an agency's group likewise.
      const agencies = partners.filter((p) => p.type === 'agency').map((p) => tables.agencies.find((a) => a.short === p.key)!);
      let members: string[] = [];
      if (rule.members) {
        members = partners.filter((p) => p.type === 'country').map((p) => p.key);
        partners = partners.filter((p) => p.type !== 'country');
        if (new Set(partners.filter((p) => p.type === 'region').map((p) => p.key)).size !== 1) throw new SeedError(seed.path, at.n, `rule ${rule.id}: members need exactly one region on the line`);
      }
      const seen = new Set<string>();
      partners = partners.filter((p) => {
        if (p.type === 'country' && agencies.some((a) => a.country === p.key)) return false;
        if (p.type === 'region' && agencies.some((a) => a.region === p.key)) return false;
        if (seen.has(`${p.type}:${p.key}`)) return false;
        seen.add(`${p.type}:${p.key}`);
        return true;
      });
      if (partners.length === 0) throw new SeedError(seed.path, at.n, `rule ${rule.id}: the statement names no partner country, region or agency`);

      // When.
      const timeline = rule.event ? inputs.timeline.find((t) => t.id === rule.event) : undefined;
      if (rule.event && !timeline) throw new SeedError(seed.path, at.n, `rule ${rule.id}: no timeline event ${rule.event}`);
      if (timeline) context.push(timeline.source);
      const fyLine = rule.fiscalYearFrom ? locate(seed, rule.fiscalYearFrom) : null;
      const fy = fyLine ? findFiscalYears(fyLine.norm)[0] : undefined;
      if (fyLine && !fy) throw new SeedError(seed.path, fyLine.n, `rule ${rule.id}: no fiscal year on this line`);
      if (fyLine) context.push(sourceOf(seed, fyLine));
      const year = Number(seedDate(seed.id).slice(0, 4)) || undefined;

      // Figures.
      const figures = rule.figures ?? {};
      const projects = figures.projects ? readProjects(statement) : null;
      const proposals = figures.proposals ? readProposals(statement) : null;
      const amount = figures.amount ? findAmounts(statement)[0] : undefined;
      if ((figures.projects && !projects) || (figures.proposals && !proposals) || (figures.amount && !amount)) {
        throw new SeedError(seed.path, at.n, `rule ${rule.id}: a figure it reads (${Object.keys(figures).join(', ')}) is not in the statement`);
      }
      const columns = rule.columns ? [...statement.matchAll(/(\d+)\s*課題\s*\(\s*応募数\s*(\d+)\s*\)/gu)] : [];
      if (rule.columns && columns.length !== partners.length) {
        throw new SeedError(seed.path, at.n, `rule ${rule.id}: ${partners.length} partners on line ${heading!.n} but ${columns.length} "N課題(応募数M)" groups here`);
      }

      partners.forEach((p, i) => {
        const own = texts.get(p.line.n) ?? '';
        let date: Pick<PartnerRow, 'date' | 'dateEnd' | 'precision' | 'dateText'> = { date: null, dateEnd: null, precision: null, dateText: null };
        let status = rule.status ?? 'actual';
        if (timeline) {
          date = { date: timeline.date, dateEnd: timeline.dateEnd, precision: timeline.precision, dateText: timeline.dateText };
          if (timeline.status === 'planned') status = 'planned';
        } else if (fy) {
          date = { date: `${fy.fiscalYear}-04`, dateEnd: null, precision: 'fiscal-year', dateText: fy.label };
        } else if (rule.dateInText) {
          const dates = findEventDates(own, year);
          const d = dates.filter((x) => x.index < p.index).at(-1) ?? dates[0] ?? findEventDates(statement, year)[0];
          if (!d) throw new SeedError(seed.path, p.line.n, `rule ${rule.id}: no date in the statement`);
          date = { date: d.iso, dateEnd: null, precision: d.precision, dateText: d.text };
        }
        const ctx = context.filter((c) => c.line !== p.line.n);
        const row: PartnerRow = {
          ...emptyRow(),
          ...describe(p, tables),
          id: `${rule.id}-${slug(p.key)}`,
          program: rule.program,
          kind: rule.kind,
          status,
          ...date,
          projects: rule.columns ? Number(columns[i]![1]) : (projects?.value ?? null),
          proposals: rule.columns ? Number(columns[i]![2]) : (proposals?.value ?? null),
          amountMillionYen: amount ? amount.min : null,
          amountText: amount ? amount.text : null,
          note: rule.note ?? null,
          source: sourceOf(seed, p.line),
          context: ctx,
        };
        if (p.type === 'region' && members.length) row.regionMembers = members.join(' ');
        // A name the document misspells keeps its spelling as written; the errata page lists the correction.
        const fix = applied.find((a) => a.seed === seed.id && a.line === p.line.n && a.corrected === p.written);
        if (fix) {
          if (row.partnerType === 'country') row.countryAsWritten = fix.asWritten;
          if (row.partnerType === 'agency') row.agencyAsWritten = fix.asWritten;
          if (row.partnerType === 'region') row.regionAsWritten = fix.asWritten;
        }
        rows.push(row);
      });
    } catch (e) {
      if (e instanceof SeedError) errors.push(e);
      else if (e instanceof SeedErrors) errors.push(...e.errors);
      else throw e;
    }
  }

  // The trial call's proposals by partner country and by partner funder, as its own dataset reads them.
  for (const t of inputs.trialCall) {
    if (t.breakdown !== 'proposals-by-country' && t.breakdown !== 'proposals-by-funder') continue;
    const seed = seeds.get(t.source.seed)!;
    try {
      const iso = t.countryIso!;
      const base = { ...emptyRow(), program: 'aspire-trial-call', kind: 'proposals-received' as const, status: 'actual' as const, proposals: t.count, source: t.source, context: t.context };
      const country = { countryIso: iso, countryAsWritten: t.country, countryJa: countryName(iso, 'ja'), countryEn: countryName(iso, 'en') };
      if (t.breakdown === 'proposals-by-country') {
        rows.push({ ...base, ...country, id: `trial-call-proposals-${iso.toLowerCase()}-s${seed.id}`, partnerType: 'country' });
        continue;
      }
      const line = seed.lines[t.source.line - 1]!;
      corrected(seed, line, tables, applied);
      const funder = t.funder!;
      // CHIR stands for CIHR: the correction of the line names the agency.
      const fix = applied.find((a) => a.seed === seed.id && a.line === line.n && a.asWritten === funder);
      const short = fix ? fix.corrected : funder;
      if (/^[A-Z]{2,}$/.test(normalizeForMatch(funder))) {
        const a = agencyOf(short, seed.path, line.n);
        if (a.country !== iso) throw new SeedError(seed.path, line.n, `${a.short} is an agency of ${a.country} in ${TABLES}, but this row is ${iso}`);
        rows.push({ ...base, ...country, id: `trial-call-proposals-${iso.toLowerCase()}-${slug(a.short)}-s${seed.id}`, partnerType: 'agency', agency: a.short, agencyAsWritten: funder, agencyEn: a.en, agencyJa: a.ja });
      } else {
        rows.push({ ...base, ...country, id: `trial-call-proposals-${iso.toLowerCase()}-${slug(t.funderEn ?? funder)}-s${seed.id}`, partnerType: 'country', agencyAsWritten: funder, note: `Proposals whose partner is funded by: ${t.funderEn ?? funder}.` });
      }
    } catch (e) {
      if (e instanceof SeedError) errors.push(e);
      else throw e;
    }
  }

  // Co-authorship: the United States' co-authoring partners, as the coauthorship dataset reads them.
  for (const c of inputs.coauthorship) {
    const [from, to] = c.period.split('-');
    rows.push({
      ...emptyRow(),
      id: `coauthorship-us-${c.partnerIso.toLowerCase()}-${c.period}-s${c.source.seed}`,
      program: null,
      kind: 'co-authorship',
      status: 'actual',
      partnerType: 'country',
      countryIso: c.partnerIso,
      countryAsWritten: c.partner,
      countryJa: countryName(c.partnerIso, 'ja'),
      countryEn: countryName(c.partnerIso, 'en'),
      date: from!,
      dateEnd: to!,
      precision: 'year',
      dateText: `${c.period}年`,
      rank: c.rank,
      sharePercent: c.sharePercent,
      note: "The partner's rank and share among the United States' internationally co-authored papers (the document's comparison is of the US, not Japan).",
      source: c.source,
      context: c.context,
    });
  }

  for (const r of rows) {
    if (r.countryIso && !isIsoCountry(r.countryIso)) errors.push(new SeedError(`seeds/${r.source.seed}`, r.source.line, `partners ${r.id}: ${r.countryIso} is no ISO 3166-1 country code`));
  }
  if (errors.length) throw new SeedErrors(errors);
  return { rows, applied };
}
