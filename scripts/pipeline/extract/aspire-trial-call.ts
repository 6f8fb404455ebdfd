import { rollup, sum } from 'd3-array';
import type { Source, TrialCallRow } from '../../../src/schemas/datasets.ts';
import { countryIso } from '../countries.ts';
import { SeedError } from '../errors.ts';
import { passageFrom } from '../passage.ts';
import { findQuantities } from '../quantity.ts';
import { locate, sourceOf, type Locator, type Seed } from '../seed.ts';
import { carryForward, countOf, readTable, type Table } from '../table.ts';
import { fieldEn, funderEn } from '../terms.ts';

export interface TrialCallRule {
  seed: string;
  /** "応募数:43件": the number of proposals every breakdown must add up to. */
  proposals: Locator;
  /** "採択課題数: 7件 (バイオ、…各1件、マテリアル分野 2件、エネルギー分野 採択なし)". */
  adoptions: Locator;
  adoptionsSpan: number;
  byCountry: Locator;
  byField: Locator;
  byFunder: Locator;
}

const slug = (s: string) => s.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');

/** 分野 names are compared without the trailing 分野 and with ･/· folded to ・. */
export const fieldKey = (name: string) => name.normalize('NFKC').replace(/[·･]/g, '・').replace(/分野$/u, '').trim();

function checkTotal(seed: Seed, table: Table, rows: number[], expected: { value: number; line: number }, what: string) {
  const total = sum(rows);
  if (!table.total) throw new SeedError(seed.path, table.heading.n, `the ${what} table has no 合計 row`);
  if (table.total.value !== total) {
    throw new SeedError(seed.path, table.total.row.line.n, `${what}: the stated 合計 ${table.total.value} does not equal the sum of the rows, ${total}`);
  }
  if (table.total.value !== expected.value) {
    throw new SeedError(
      seed.path,
      table.total.row.line.n,
      `${what}: the 合計 ${table.total.value} does not equal the number of proposals, ${expected.value}, on line ${expected.line}`,
    );
  }
}

/**
 * "バイオ、AI・情報、半導体、量子、通信分野 各1件、マテリアル分野 2件、エネルギー分野 採択なし":
 * names gather until a count; 各N件 gives N to each gathered name, N件 to the last, 採択なし 0.
 */
export function parseAdoptionList(text: string): { field: string; count: number }[] {
  const inner = /\((?<list>[^)]*)\)?/u.exec(text.normalize('NFKC'))?.groups?.list ?? '';
  const out: { field: string; count: number }[] = [];
  let pending: string[] = [];
  for (const raw of inner.split('、').map((t) => t.trim()).filter(Boolean)) {
    const each = /^(?<name>.+?)\s*各\s*(?<n>\d+)件$/u.exec(raw);
    const one = /^(?<name>.+?)\s*(?<n>\d+)件$/u.exec(raw);
    const none = /^(?<name>.+?)\s*採択なし$/u.exec(raw);
    if (each?.groups) {
      for (const name of [...pending, each.groups.name!]) out.push({ field: fieldKey(name), count: Number(each.groups.n) });
      pending = [];
    } else if (one?.groups || none?.groups) {
      if (pending.length) throw new Error(`"${pending.join('、')}" has no count of its own`);
      const g = (one ?? none)!.groups!;
      out.push({ field: fieldKey(g.name!), count: one ? Number(g.n) : 0 });
    } else {
      pending.push(raw);
    }
  }
  if (pending.length) throw new Error(`"${pending.join('、')}" has no count`);
  return out;
}

export function extractTrialCall(seed: Seed, rule: TrialCallRule): TrialCallRow[] {
  const proposalsLine = locate(seed, rule.proposals);
  const proposals = findQuantities(proposalsLine.norm).find((q) => q.unit === '件');
  if (!proposals) throw new SeedError(seed.path, proposalsLine.n, 'expected the number of proposals (…件)');
  const expected = { value: proposals.min, line: proposalsLine.n };
  const rows: TrialCallRow[] = [];
  const base = (breakdown: TrialCallRow['breakdown'], source: Source, context: Source[]) => ({
    breakdown,
    country: null,
    countryIso: null,
    field: null,
    fieldEn: null,
    funder: null,
    funderEn: null,
    source,
    context,
  });

  const byCountry = readTable(seed, rule.byCountry);
  const countryCounts = byCountry.rows.map((r) => countOf(seed, r));
  checkTotal(seed, byCountry, countryCounts, expected, 'proposals by country');
  byCountry.rows.forEach((r, i) => {
    const country = r.cells[0]!;
    const iso = countryIso(country);
    if (!iso) throw new SeedError(seed.path, r.line.n, `"${country}" is not in the country list (scripts/pipeline/countries.ts)`);
    rows.push({
      ...base('proposals-by-country', sourceOf(seed, r.line), [sourceOf(seed, byCountry.heading), sourceOf(seed, byCountry.total!.row.line)]),
      id: `proposals-by-country-${iso.toLowerCase()}-s${seed.id}`,
      country,
      countryIso: iso,
      count: countryCounts[i]!,
    });
  });

  const byField = readTable(seed, rule.byField);
  const fieldCounts = byField.rows.map((r) => countOf(seed, r));
  checkTotal(seed, byField, fieldCounts, expected, 'proposals by field');
  const fields = new Map<string, number>();
  byField.rows.forEach((r, i) => {
    const field = fieldKey(r.cells[0]!);
    fields.set(field, fieldCounts[i]!);
    rows.push({
      ...base('proposals-by-field', sourceOf(seed, r.line), [sourceOf(seed, byField.heading), sourceOf(seed, byField.total!.row.line)]),
      id: `proposals-by-field-${slug(fieldEn(field, seed.path, r.line.n))}-s${seed.id}`,
      field,
      fieldEn: fieldEn(field, seed.path, r.line.n),
      count: fieldCounts[i]!,
    });
  });

  const byFunder = readTable(seed, rule.byFunder);
  const funderCounts = byFunder.rows.map((r) => countOf(seed, r));
  checkTotal(seed, byFunder, funderCounts, expected, 'proposals by partner funder');
  const funderCountries = carryForward(byFunder.rows, 0);
  byFunder.rows.forEach((r, i) => {
    const country = funderCountries[i]!;
    const iso = countryIso(country);
    if (!iso) throw new SeedError(seed.path, r.line.n, `"${country}" is not in the country list (scripts/pipeline/countries.ts)`);
    const funder = r.cells[1]!;
    rows.push({
      ...base('proposals-by-funder', sourceOf(seed, r.line), [sourceOf(seed, byFunder.heading), sourceOf(seed, byFunder.total!.row.line)]),
      id: `proposals-by-funder-${iso.toLowerCase()}-${slug(funderEn(funder, seed.path, r.line.n))}-s${seed.id}`,
      country,
      countryIso: iso,
      funder,
      funderEn: funderEn(funder, seed.path, r.line.n),
      count: funderCounts[i]!,
    });
  });
  // The funder table regroups the country table: each country's funders add up to its proposals.
  const perCountry = rollup(funderCounts.keys(), (rowsOfCountry) => sum(rowsOfCountry, (i) => funderCounts[i]!), (i) => funderCountries[i]!);
  byCountry.rows.forEach((r, i) => {
    const country = r.cells[0]!;
    if ((perCountry.get(country) ?? 0) !== countryCounts[i]) {
      throw new SeedError(seed.path, r.line.n, `${country}: ${countryCounts[i]} proposals here, but its funders on the funder table add up to ${perCountry.get(country) ?? 0}`);
    }
  });

  const adoptionsStart = locate(seed, rule.adoptions);
  const passage = passageFrom(seed, adoptionsStart, rule.adoptionsSpan);
  const statedAdoptions = findQuantities(passage.text).find((q) => q.unit === '件');
  if (!statedAdoptions) throw new SeedError(seed.path, adoptionsStart.n, 'expected the number of adopted projects (…件)');
  let adoptions: { field: string; count: number }[];
  try {
    adoptions = parseAdoptionList(passage.text);
  } catch (e) {
    throw new SeedError(seed.path, adoptionsStart.n, `adoptions by field: ${(e as Error).message}`);
  }
  const adopted = sum(adoptions, (a) => a.count);
  if (adopted !== statedAdoptions.min) {
    throw new SeedError(seed.path, adoptionsStart.n, `adoptions by field add up to ${adopted}, but the seed states ${statedAdoptions.min}`);
  }
  for (const a of adoptions) {
    const proposed = fields.get(a.field);
    if (proposed === undefined) throw new SeedError(seed.path, adoptionsStart.n, `adopted field "${a.field}" is not in the proposals-by-field table`);
    if (a.count > proposed) throw new SeedError(seed.path, adoptionsStart.n, `${a.count} adoptions in "${a.field}" but only ${proposed} proposals`);
    // The line a field's count stands on: the one that names the field or its shared count.
    const line = passage.lines.find((l) => l.norm.includes(a.field) && /件|採択なし/u.test(l.norm)) ?? passage.lines.find((l) => l.norm.includes(a.field))!;
    rows.push({
      ...base('adoptions-by-field', sourceOf(seed, line), [sourceOf(seed, adoptionsStart), sourceOf(seed, proposalsLine)].filter((s) => s.line !== line.n)),
      id: `adoptions-by-field-${slug(fieldEn(a.field, seed.path, line.n))}-s${seed.id}`,
      field: a.field,
      fieldEn: fieldEn(a.field, seed.path, line.n),
      count: a.count,
    });
  }
  if (adoptions.length !== fields.size) {
    const missing = [...fields.keys()].filter((f) => !adoptions.some((a) => a.field === f));
    throw new SeedError(seed.path, adoptionsStart.n, `the adoptions list does not mention ${missing.join(', ')}`);
  }
  return rows;
}
