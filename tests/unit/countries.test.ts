// Country pages, the countries index map, program pages' partner lists and the agencies in the
// glossary, generated from the real seeds.
import { mdxToHast } from 'satteri';
import { describe, expect, it } from 'vitest';
import { loadPrograms } from '../../scripts/editorial/load.ts';
import { partnerAgencies } from '../../scripts/editorial/partners.ts';
import { runPipeline } from '../../scripts/pipeline/run.ts';
import { buildContent } from '../../scripts/site/content.ts';
import { countryIndexData, countryPageIds } from '../../scripts/site/country-pages.ts';
import { agencyAnchor } from '../../scripts/site/places.ts';
import { programPartnersMdx } from '../../scripts/site/program-partners.ts';
import { LANGS, localePrefix, type Lang } from '../../src/core/locales.ts';
import { countryHref, programHref, sourceLineHref, topicHref } from '../../src/core/urls.ts';
import { translator } from '../../src/core/i18n.ts';
import { formatNumber } from '../../src/core/format.ts';
import { bucketOf, mapScene, placeLabel, readWorld } from '../../src/lib/country-map.ts';
import type { PartnerRow } from '../../src/schemas/datasets.ts';

const out = runPipeline('seeds', { name: 'test', title: 'test', version: '0.0.0' });
const loaded = await loadPrograms();
const content = buildContent(loaded, out.seeds, out.datasets, [...out.timelineCorrections, ...out.partnerCorrections]);
const rows = out.datasets.partners;
const root = new URL('../../', import.meta.url);
const world = await readWorld(root, '110m');
const detail = await readWorld(root, '50m');

type Hast = { type: string; tagName?: string; name?: string; properties?: Record<string, unknown>; attributes?: { name: string; value: unknown }[]; value?: string; children?: Hast[] };
/** Elements by tag, whether Markdown made them or they are JSX in the MDX. */
function elements(n: Hast, tag: string, acc: Hast[] = []): Hast[] {
  if ((n.type === 'element' && n.tagName === tag) || (n.type.startsWith('mdxJsx') && n.name === tag)) acc.push(n);
  for (const c of n.children ?? []) elements(c, tag, acc);
  return acc;
}
const attr = (n: Hast, name: string) => (n.type === 'element' ? n.properties?.[name] : n.attributes?.find((a) => a.name === name)?.value);
const textOf = (n: Hast): string => (n.type === 'text' ? n.value! : (n.children ?? []).map(textOf).join(''));
/** The page's body (without frontmatter and imports) as HTML elements. */
const tree = (mdx: string) => mdxToHast(mdx.replace(/^---\n[\s\S]*?\n---\n/, '').replace(/^import .*$/gm, '')) as Hast;
const hrefs = (mdx: string) => elements(tree(mdx), 'a').map((a) => String(attr(a, 'href')));
const file = (id: string, l: Lang) => [localePrefix(l), `${id}.mdx`].filter(Boolean).join('/');
const doc = (id: string, l: Lang) => {
  const d = content.docs.get(file(id, l));
  if (d === undefined) throw new Error(`no page ${file(id, l)}`);
  return d;
};

/** The places a row is about, read from the row alone: its country, else its group; Japan itself and "Worldwide" excepted. */
const placesOfRow = (r: PartnerRow) => [r.countryIso ?? r.region].filter((k): k is string => !!k && k !== 'JP' && k !== 'Worldwide');
const slugOf = (key: string) => countryHref(key, 'ja').split('/').at(-2)!;
const allPlaces = [...new Set(rows.flatMap(placesOfRow))];

describe('country pages', () => {
  it('exist for every country and group the partners rows name, in every language, and are declared', () => {
    expect(allPlaces).toEqual(expect.arrayContaining(['IN', 'US', 'GB', 'DE', 'FR', 'ASEAN', 'EU', 'V4', 'G20', 'Africa']));
    const declared = countryPageIds(rows);
    for (const l of LANGS) {
      for (const key of allPlaces) {
        expect(content.docs.has(file(`countries/${slugOf(key)}`, l)), `${key} ${l}`).toBe(true);
        expect(declared).toContain([localePrefix(l), `countries/${slugOf(key)}`].filter(Boolean).join('/'));
      }
      expect(content.docs.has(file('countries/index', l))).toBe(true);
      // Japan is the home side, and "Worldwide" names no partner.
      expect(content.docs.has(file('countries/jp', l))).toBe(false);
      expect(content.docs.has(file('countries/worldwide', l))).toBe(false);
    }
    const pages = [...content.docs.keys()].filter((k) => /(^|\/)countries\/(?!index)/.test(k));
    expect(pages.length).toBe(allPlaces.length * LANGS.length);
  });

  it('link every program their rows name, in every language', () => {
    let checked = 0;
    for (const key of allPlaces) {
      const programs = [...new Set(rows.filter((r) => placesOfRow(r).includes(key) && r.program).map((r) => r.program!))];
      for (const l of LANGS) {
        const links = hrefs(doc(`countries/${slugOf(key)}`, l));
        for (const p of programs) {
          expect(links, `${key} (${l}) should link ${p}`).toContain(programHref(p, l));
          checked++;
        }
      }
    }
    expect(checked).toBeGreaterThan(100);
  });

  it('link every statement to its own source line, so no page is without one', () => {
    for (const key of allPlaces) {
      for (const l of LANGS) {
        const links = hrefs(doc(`countries/${slugOf(key)}`, l));
        expect(links.some((h) => /\/sources\/\d{3}\/#L\d+$/.test(h)), `${key} (${l})`).toBe(true);
        for (const r of rows.filter((x) => placesOfRow(x).includes(key))) {
          expect(links, `${key} (${l}): ${r.id}`).toContain(sourceLineHref(r.source.seed, r.source.line, l));
        }
      }
    }
  });

  it('list India’s programs and the G20 meetings held there, with DST linked to its glossary entry', () => {
    const en = doc('countries/in', 'en');
    for (const p of ['sicorp', 'sicorp-research-hubs', 'satreps', 'sakura-science']) expect(hrefs(en)).toContain(programHref(p, 'en'));
    expect(hrefs(en)).toContain(`${topicHref('glossary', 'en')}#${agencyAnchor('DST')}`);
    const text = textOf(tree(en));
    expect(en).toMatch(/^title: India$/m);
    expect(text).toContain('Ministerial meeting');
    expect(text).toContain('G20教育大臣会合');
    expect(text).toContain('30百万円');
    const ja = textOf(tree(doc('countries/in', 'ja')));
    expect(doc('countries/in', 'ja')).toMatch(/^title: インド$/m);
    expect(ja).toContain('インド');
  });

  it('state a group’s members only where a document lists them', () => {
    const v4 = hrefs(doc('countries/v4', 'en'));
    expect(v4).toContain(countryHref('HU', 'en'));
    expect(v4).toContain(countryHref('PL', 'en'));
    expect(textOf(tree(doc('countries/v4', 'en')))).toMatch(/Czechia/);
    expect(textOf(tree(doc('countries/asean', 'en')))).not.toMatch(/Members, as the document lists them/);
    expect(hrefs(doc('countries/hu', 'en'))).toContain(countryHref('V4', 'en'));
  });

  it('use the established names 英国 and 米国 in Japanese, and keep the platform’s as a search alias', () => {
    expect(doc('countries/gb', 'ja')).toMatch(/^title: 英国$/m);
    expect(doc('countries/gb', 'ja')).toMatch(/aliases:\n {2}- イギリス/);
    expect(doc('countries/us', 'ja')).toMatch(/^title: 米国$/m);
    expect(doc('countries/gb', 'en')).toMatch(/^title: United Kingdom$/m);
  });

  it('put the country’s name and its agencies’ acronyms in the page text, and a country filter for search', () => {
    const us = doc('countries/us', 'en');
    const text = textOf(tree(us));
    for (const a of ['NSF', 'NIH', 'DOE', 'OSTP']) expect(text).toContain(a);
    expect(us).toContain('data-pagefind-filter="Partner country or region:United States"');
    expect(doc('countries/us', 'ja')).toContain('data-pagefind-filter="関係する国・地域:米国"');
  });

  it('show the country’s co-authorship and trial-call figures from their datasets', () => {
    const de = doc('countries/de', 'en');
    for (const r of out.datasets.coauthorship.filter((x) => x.partnerIso === 'DE')) expect(de).toContain(`data-line="${r.source.line}" data-written="${r.sharePercent}%"`);
    for (const r of out.datasets['aspire-trial-call'].filter((x) => x.countryIso === 'DE' && x.breakdown !== 'proposals-by-field')) expect(hrefs(de)).toContain(sourceLineHref(r.source.seed, r.source.line, 'en'));
  });
});

describe('program pages', () => {
  it('link every partner country and group their rows name', () => {
    let checked = 0;
    for (const p of loaded.map((x) => x.program.id)) {
      const keys = [...new Set(rows.filter((r) => r.program === p).flatMap(placesOfRow))];
      for (const l of LANGS) {
        const links = hrefs(doc(`programs/${p}`, l));
        for (const key of keys) {
          expect(links, `${p} (${l}) should link ${key}`).toContain(countryHref(key, l));
          checked++;
        }
      }
    }
    expect(checked).toBeGreaterThan(40);
  });

  it('give no partner list where the documents tie the program to no partner', () => {
    expect(programPartnersMdx([], 'en')).toBe('');
  });
});

describe('agencies in the glossary', () => {
  it('give every partner agency an entry with its id and official names in both languages', () => {
    for (const l of LANGS) {
      const g = doc('topics/glossary', l);
      const ids = elements(tree(g), 'div').map((s) => attr(s, 'id'));
      for (const a of partnerAgencies) {
        expect(ids, `${a.short} (${l})`).toContain(agencyAnchor(a.short));
        expect(textOf(tree(g)), a.short).toContain(a.en);
        if (a.ja) expect(textOf(tree(g)), a.short).toContain(a.ja);
      }
    }
  });

  it('is where every agency link of the country and program pages leads', () => {
    const ids = new Set(partnerAgencies.map((a) => agencyAnchor(a.short)));
    let links = 0;
    for (const [page, mdx] of content.docs) {
      if (!/(countries|programs)\//.test(page)) continue;
      for (const h of hrefs(mdx).filter((x) => x.includes('/topics/glossary/#agency-'))) {
        expect(ids.has(h.split('#')[1]!), `${page}: ${h}`).toBe(true);
        links++;
      }
    }
    expect(links).toBeGreaterThan(50);
  });
});

describe('countries index map', () => {
  const entries = countryIndexData(rows);
  const scene = mapScene(world, detail, entries);

  it('draws every partner country, each with a shade for its number of programs', () => {
    const countries = entries.filter((e) => e.kind === 'country');
    expect(scene.shapes.map((s) => s.entry.key).sort()).toEqual(countries.map((e) => e.key).sort());
    for (const s of scene.shapes) {
      expect(s.d ?? s.dot, s.entry.key).toBeTruthy();
      expect(s.bucket, s.entry.key).toBe(bucketOf(s.entry.programs));
    }
    // Singapore is below 1:110m's resolution: a dot.
    expect(scene.shapes.find((s) => s.entry.key === 'SG')?.dot).toBeTruthy();
    expect(scene.shapes.find((s) => s.entry.key === 'IN')?.d).toBeTruthy();
  });

  it('counts programs and statements as the rows do', () => {
    for (const e of entries) {
      const own = rows.filter((r) => placesOfRow(r).includes(e.key));
      expect(e.statements, e.key).toBe(own.length);
      expect(e.programs, e.key).toBe(new Set(own.map((r) => r.program).filter(Boolean)).size);
    }
    expect(entries.find((e) => e.key === 'IN')).toMatchObject({ programs: 4 });
  });

  it('names each shaded country with its counts, in each language', () => {
    const india = entries.find((e) => e.key === 'IN')!;
    expect(placeLabel(translator('en'), india, 'en', formatNumber)).toBe(`India: 4 programs, ${india.statements} statements`);
    expect(placeLabel(translator('ja'), india, 'ja', formatNumber)).toBe(`インド：4プログラム、${india.statements}件の記述`);
  });

  it('stays light: whole-unit relative coordinates, under 60 KB of path data', () => {
    const bytes = scene.land.length + scene.borders.length + scene.shapes.reduce((s, x) => s + (x.d?.length ?? 0), 0);
    expect(bytes).toBeLessThan(60_000);
    expect(scene.land).not.toMatch(/\d\.\d/);
  });
});

