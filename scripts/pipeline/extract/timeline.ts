import { greatest } from 'd3-array';
import type { TimelineRow } from '../../../src/schemas/datasets.ts';
import type { TimelineEvent } from '../../editorial/timeline.ts';
import type { Correction } from '../../editorial/schema.ts';
import type { AppliedCorrection } from '../clean.ts';
import { SeedError, SeedErrors } from '../errors.ts';
import { findEventDates } from '../event-dates.ts';
import { resolvePassage } from '../passages.ts';
import { locate, sourceOf, type Seed, type SeedLine } from '../seed.ts';
import { normalizeForMatch } from '../text.ts';

const FILE = 'scripts/editorial/timeline.ts';

/** A schedule row gives only its day ("21日"): read it under the month of its block. */
function scheduleText(text: string, month: number): string {
  return `${month}月${text}`;
}

export function extractTimeline(
  seeds: ReadonlyMap<string, Seed>,
  events: readonly TimelineEvent[],
  corrections: readonly Correction[],
  seedDate: (id: string) => string,
): { rows: TimelineRow[]; applied: AppliedCorrection[] } {
  const rows: TimelineRow[] = [];
  const applied: AppliedCorrection[] = [];
  const errors: SeedError[] = [];
  for (const e of events) {
    try {
      const seed = seeds.get(e.seed);
      if (!seed) throw new SeedError(FILE, 1, `event ${e.id} names seed ${e.seed}, which is not in seeds/`);
      const p = resolvePassage({ id: 'timeline' }, { id: e.id, section: 'overview', seed: e.seed, from: e.from, to: e.to, breakBefore: [], joinBefore: e.joinBefore ?? [], en: e.en, jaHash: e.jaHash }, seeds, corrections, FILE);
      applied.push(...p.corrections);
      const ja = p.ja.join(' ');
      const context = [];
      let year: number | undefined;
      if (e.yearFrom) {
        const line = locate(seed, e.yearFrom);
        const dated = findEventDates(line.norm).find((d) => d.precision !== 'fiscal-year');
        if (!dated) throw new SeedError(seed.path, line.n, `event ${e.id}: no year on this line`);
        year = Number(dated.iso.slice(0, 4));
        context.push(sourceOf(seed, line));
      }
      let text = ja;
      let prefix = '';
      if (e.monthFrom) {
        const line = locate(seed, e.monthFrom);
        const m = /^(\d{1,2})\s*月/u.exec(line.norm);
        if (!m) throw new SeedError(seed.path, line.n, `event ${e.id}: this line does not start with a month`);
        prefix = `${Number(m[1])}月`;
        text = scheduleText(text, Number(m[1]));
        context.push(sourceOf(seed, line));
      }
      const dates = findEventDates(text, year);
      const date = dates[(e.dateNth ?? 1) - 1];
      if (!date) throw new SeedError(seed.path, p.from, `event ${e.id}: no date in "${ja}"`);
      const end = e.endNth ? dates[e.endNth - 1] : undefined;
      if (e.endNth && !end) throw new SeedError(seed.path, p.from, `event ${e.id}: no end date (date ${e.endNth}) in "${ja}"`);
      const endIso = end?.iso ?? date.end;
      if (endIso !== undefined && endIso.slice(0, date.iso.length) <= date.iso.slice(0, endIso.length)) throw new SeedError(seed.path, p.from, `event ${e.id}: its span ends (${endIso}) no later than it begins (${date.iso})`);
      const asOf = seedDate(seed.id);
      // Planned if later than the document, compared at the document's precision (2015-03 is not after 2015),
      // if the document files it under a schedule ahead, or, within the document's own period, if the text says 予定.
      const at = date.iso.slice(0, asOf.length);
      const plannedBy = e.plannedBy ? locate(seed, e.plannedBy) : null;
      if (plannedBy) context.push(sourceOf(seed, plannedBy));
      const planned = at > asOf || plannedBy !== null || (at === asOf && /予定/u.test(ja));
      const lines = seed.lines.slice(p.from - 1, p.to);
      // The figure is cited on the line where its date stands (as much of the date as that line holds).
      const written = (end ? `${date.text}〜${end.text}` : date.text).replace(prefix && new RegExp(`^${prefix}`), '');
      const compact = (x: string) => normalizeForMatch(x).replace(/\s+/g, '');
      const held = (l: SeedLine) => {
        let k = compact(written).length;
        while (k > 0 && !compact(l.text).includes(compact(written).slice(0, k))) k--;
        return k;
      };
      // The first line holding the most of the date.
      const dated = written === '' ? undefined : greatest(lines, held);
      const first = dated && held(dated) > 0 ? dated : lines.find((l) => l.text.trim() !== '')!;
      const dateText = dated && held(dated) > 0 ? compact(written).slice(0, held(dated)) : written;
      rows.push({
        id: e.id,
        date: date.iso,
        // A span: the end date the event names (endNth), or the end of a span written as one date (27-29日).
        dateEnd: endIso ?? null,
        precision: date.precision,
        // As written on the cited line (a schedule row's month stands on another line).
        dateText,
        status: planned ? 'planned' : 'past',
        asOf,
        kind: e.kind,
        program: e.program,
        ja,
        en: p.en.join(' '),
        source: sourceOf(seed, first),
        context: [...lines.filter((l) => l !== first && l.text.trim() !== '').map((l) => sourceOf(seed, l)), ...context],
      });
    } catch (err) {
      if (err instanceof SeedError) errors.push(err);
      else throw err;
    }
  }
  if (errors.length) throw new SeedErrors(errors);
  // Chronological across eras: ISO dates sort as text; a fiscal year sorts at its April.
  rows.sort((a, b) => a.date.localeCompare(b.date) || a.id.localeCompare(b.id));
  return { rows, applied };
}
