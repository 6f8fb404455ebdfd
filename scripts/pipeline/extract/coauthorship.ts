import type { CoauthorshipRow } from '../../../src/schemas/datasets.ts';
import { SeedError } from '../errors.ts';
import { countryIso } from '../countries.ts';
import { locate, sourceOf, type Locator, type Seed } from '../seed.ts';

export interface CoauthorshipRule {
  seed: string;
  /** The table's title line; the tab-separated header and rows follow it. */
  title: Locator;
  /** The note on the counting method. */
  method: Locator;
  /** The line naming the original source. */
  origin: Locator;
}

const CELL = /^(?<rank>\d+)位\s+(?<share>\d+(?:\.\d+)?)%$/u;

/** The tab-separated table "国\t4位 8.7%\t1位 24.3%" under a header "\t2005-2007年\t2015-2017年". */
export function extractCoauthorship(seed: Seed, rule: CoauthorshipRule): CoauthorshipRow[] {
  const title = locate(seed, rule.title);
  const method = locate(seed, rule.method);
  const origin = locate(seed, rule.origin);
  const body = seed.lines.slice(title.n);
  const headerIdx = body.findIndex((l) => l.text.includes('\t'));
  const header = body[headerIdx];
  if (!header) throw new SeedError(seed.path, title.n, 'no tab-separated table below the title');
  const periods = header.text.split('\t').slice(1).map((p) => p.normalize('NFKC').replace(/年$/u, '').trim());
  for (const p of periods) {
    if (p !== '2005-2007' && p !== '2015-2017') throw new SeedError(seed.path, header.n, `unexpected period "${p}" in the table header`);
  }
  const rows: CoauthorshipRow[] = [];
  for (const line of body.slice(headerIdx + 1)) {
    if (!line.text.includes('\t')) break;
    const [partner = '', ...cells] = line.text.split('\t').map((c) => c.normalize('NFKC').trim());
    const iso = countryIso(partner);
    if (!iso) throw new SeedError(seed.path, line.n, `"${partner}" is not in the country list (scripts/pipeline/countries.ts)`);
    cells.forEach((cell, i) => {
      const m = CELL.exec(cell);
      if (!m?.groups) throw new SeedError(seed.path, line.n, `expected "N位 X%" in column ${i + 2}, found "${cell}"`);
      const period = periods[i] as CoauthorshipRow['period'];
      rows.push({
        id: `${iso.toLowerCase()}-${period}-s${seed.id}`,
        partner,
        partnerIso: iso,
        period,
        rank: Number(m.groups.rank),
        sharePercent: Number(m.groups.share),
        countingMethod: method.text.trim(),
        origin: origin.text.trim(),
        source: sourceOf(seed, line),
        context: [sourceOf(seed, title), sourceOf(seed, header), sourceOf(seed, method), sourceOf(seed, origin)],
      });
    });
  }
  if (rows.length === 0) throw new SeedError(seed.path, header.n, 'the co-authorship table has no rows');
  return rows;
}
