/**
 * The partner places the site has a page for — countries (ISO 3166-1) and named groups of countries
 * (ASEAN, EU, V4, G20 …) — read from the partners dataset, and the glossary address of a partner
 * agency. Shared by the country pages, the program pages' partner lists and the glossary.
 */
import type { Lang } from '../../src/core/locales.ts';
import { countryHref, placeSlug, topicHref } from '../../src/core/urls.ts';
import type { PartnerRow } from '../../src/schemas/datasets.ts';
import { partnerAgencies, partnerRegions, type PartnerAgency } from '../editorial/partners.ts';
import { mdxAttr } from './mdx.ts';
import { words } from './words.ts';

/**
 * Ties that get no page. JP: Japan is the home side of every program; its only rows are its rank
 * among the United States' co-authors, shown on the co-authorship topic. Worldwide (全世界, Sakura
 * Science's scope in FY2023) names no partner: it says the program is open to every country.
 */
const NO_PAGE = new Set(['JP', 'Worldwide']);

export interface Place {
  /** ISO code (IN) or region id (ASEAN). */
  key: string;
  slug: string;
  kind: 'country' | 'group';
  name: Record<Lang, string>;
  /** Every row that ties this place to Japan, in the dataset's order. */
  rows: PartnerRow[];
  /** Program ids its rows name, in first-mention order. */
  programs: string[];
}

/**
 * The places a row speaks of: its country (for an agency, the agency's country), else its group
 * (for an agency of a group, such as the ERC, that group). A group's members are not given the
 * group's rows: the documents state members only sometimes, and a row says what it says.
 */
export function placeKeys(row: PartnerRow): string[] {
  const key = row.countryIso ?? row.region;
  return key && !NO_PAGE.has(key) ? [key] : [];
}

const regionById = new Map(partnerRegions.map((r) => [r.id, r]));

/** A place's name in each language: a country's from the row (the established 英国/米国, else Intl.DisplayNames), a group's from the editorial table. */
function placeName(key: string, row: PartnerRow): Record<Lang, string> {
  if (/^[A-Z]{2}$/.test(key) && row.countryIso === key) {
    return { ja: row.countryJa!, en: row.countryEn! };
  }
  const region = regionById.get(key);
  if (!region) throw new Error(`the partners dataset names the group "${key}", which is not in partnerRegions (scripts/editorial/partners.ts)`);
  return { ja: region.ja, en: region.en };
}

/** Every place with a page, countries first, each ordered by how many programs tie to it, then by name. */
export function placesOf(rows: readonly PartnerRow[]): Place[] {
  const byKey = new Map<string, Place>();
  for (const row of rows) {
    for (const key of placeKeys(row)) {
      let p = byKey.get(key);
      if (!p) {
        const kind = row.countryIso === key ? 'country' : 'group';
        byKey.set(key, (p = { key, slug: placeSlug(key), kind, name: placeName(key, row), rows: [], programs: [] }));
      }
      p.rows.push(row);
      if (row.program && !p.programs.includes(row.program)) p.programs.push(row.program);
    }
  }
  const places = [...byKey.values()];
  const slugs = new Map<string, string>();
  for (const p of places) {
    const other = slugs.get(p.slug);
    if (other) throw new Error(`two partner places share the page /countries/${p.slug}/: ${other} and ${p.key}`);
    slugs.set(p.slug, p.key);
  }
  return places.sort((a, b) => (a.kind === b.kind ? 0 : a.kind === 'country' ? -1 : 1) || b.programs.length - a.programs.length || b.rows.length - a.rows.length || a.name.en.localeCompare(b.name.en));
}

/** A place's page. */
export const placeHref = (key: string, l: Lang) => countryHref(key, l);

const agencyByShort = new Map(partnerAgencies.map((a) => [a.short, a]));

export function agencyOf(short: string): PartnerAgency | undefined {
  return agencyByShort.get(short);
}

/** An agency's entry in the glossary: its id there and its address. */
export const agencyAnchor = (short: string) => `agency-${placeSlug(short)}`;
export const agencyHref = (short: string, l: Lang) => `${topicHref('glossary', l)}#${agencyAnchor(short)}`;

/** The filter on search results: the places a page is about, under 関係する国・地域 / Partner country or region. */
export function placeFilter(names: readonly string[], l: Lang): string {
  const key = words(l).t('searchFilter.country');
  return names.map((n) => `<span hidden data-pagefind-filter=${mdxAttr(`${key}:${n}`)}></span>`).join('');
}
