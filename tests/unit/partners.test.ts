import { cpSync, existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadPrograms } from '../../scripts/editorial/load.ts';
import { notAgencies, partnerAgencies, partnerCorrections, partnerRegions } from '../../scripts/editorial/partners.ts';
import { countryName, countryNames, isIsoCountry } from '../../scripts/pipeline/countries.ts';
import { SeedErrors } from '../../scripts/pipeline/errors.ts';
import { extractPartners, findPartnerNames, partnerNames, unknownAcronyms, unreadAgencyLines, type PartnerTables } from '../../scripts/pipeline/extract/partners.ts';
import { partnerRules } from '../../scripts/pipeline/rules/partners.ts';
import { runPipeline } from '../../scripts/pipeline/run.ts';
import { normalizeForMatch } from '../../scripts/pipeline/text.ts';
import { errataPage } from '../../scripts/site/source-pages.ts';
import type { PartnerRow, Source } from '../../src/schemas/datasets.ts';
import { seedMap, seedOf, tempDir } from './helpers.ts';

const site = { name: 'test', title: 'test', version: '0.0.0' };
const out = runPipeline('seeds', site);
const rows = out.datasets.partners;
const tables: PartnerTables = { agencies: partnerAgencies, regions: partnerRegions, notAgencies, corrections: partnerCorrections };

/** The seeds' lines read with nothing but the file system, not the pipeline's parser. */
const seedLines = new Map(
  readdirSync('seeds')
    .filter((f) => f.endsWith('.txt'))
    .map((f) => [f.slice(0, 3), readFileSync(join('seeds', f), 'utf8').split('\n')]),
);
const lineOf = (s: Source) => seedLines.get(s.seed)?.[s.line - 1];
const fold = (t: string) => normalizeForMatch(t).replace(/\s+/g, '');

describe('partners, on the real seeds', () => {
  it('quotes, for every row, its cited line and context lines verbatim', () => {
    expect(rows.length).toBeGreaterThan(100);
    for (const r of rows) {
      for (const s of [r.source, ...r.context]) {
        expect(lineOf(s), `${r.id} ${s.seed}:${s.line}`).toBeDefined();
        expect(lineOf(s)!, r.id).toContain(s.quote);
      }
    }
  });

  it('names each partner, as written, on the row’s own lines', () => {
    for (const r of rows) {
      const text = fold([r.source, ...r.context].map((s) => lineOf(s)!).join(''));
      const written = r.agencyAsWritten ?? r.regionAsWritten ?? r.countryAsWritten;
      expect(written, r.id).toBeTruthy();
      expect(text, `${r.id}: "${written}"`).toContain(fold(written!));
    }
  });

  it('gives every country a current ISO 3166-1 code, and every row one partner it describes in both languages', () => {
    for (const r of rows) {
      if (r.countryIso !== null) {
        expect(isIsoCountry(r.countryIso), `${r.id}: ${r.countryIso}`).toBe(true);
        expect(r.countryEn, r.id).toBe(new Intl.DisplayNames(['en'], { type: 'region' }).of(r.countryIso));
        expect(r.countryJa, r.id).toBeTruthy();
      }
      if (r.partnerType === 'country') expect(r.countryIso, r.id).not.toBeNull();
      if (r.partnerType === 'region') expect(partnerRegions.some((g) => g.id === r.region), r.id).toBe(true);
      if (r.partnerType === 'agency') expect(partnerAgencies.some((a) => a.short === r.agency && a.en === r.agencyEn), r.id).toBe(true);
    }
  });

  it('ties rows to registered programs only (or to none: program null)', async () => {
    const ids = new Set((await loadPrograms()).map((p) => p.program.id));
    for (const r of rows) if (r.program !== null) expect(ids.has(r.program), `${r.id}: ${r.program}`).toBe(true);
  });

  it('reads each stated figure from the row’s lines', () => {
    for (const r of rows) {
      const text = fold([r.source, ...r.context].map((s) => lineOf(s)!).join(''));
      for (const n of [r.projects, r.proposals, r.rank]) if (n !== null) expect(text, r.id).toContain(String(n));
    }
  });

  it('answers "what does Japan fund with India?" from the scattered statements', () => {
    const india = rows.filter((r) => r.countryIso === 'IN');
    const at = (r: PartnerRow) => `${r.source.seed}:${r.source.line}`;
    // SICORP's India joint-laboratory type: 3 projects at 30 million yen a year each (000: "インドは30百万円／年・課題を3課題採択").
    const lab = india.find((r) => r.kind === 'joint-laboratory' && r.source.seed === '000');
    expect(lab).toMatchObject({ program: 'sicorp', projects: 3, amountMillionYen: 30 });
    // The India call with DST, and the hub's field in 2023.
    expect(india.find((r) => r.agency === 'DST')).toMatchObject({ program: 'sicorp-research-hubs', kind: 'hub', projects: 3, date: '2016-04' });
    expect(india.some((r) => r.kind === 'hub' && r.source.seed === '003' && lineOf(r.source)!.includes('情報・通信技術'))).toBe(true);
    // The G20 meetings held in India, planned as of April 2023.
    const g20 = india.filter((r) => /G20/.test(lineOf(r.source)!));
    expect(g20.map((r) => r.kind).sort()).toEqual(['ministerial-meeting', 'ministerial-meeting', 'summit']);
    expect(g20.every((r) => r.status === 'planned' && r.program === null)).toBe(true);
    expect(new Set(india.map(at)).size).toBeGreaterThanOrEqual(7);
  });

  it('keeps the trial call’s proposals by partner and funder, adding up to the 43 proposals', () => {
    const byCountry = rows.filter((r) => r.kind === 'proposals-received' && r.agencyAsWritten === null);
    const byFunder = rows.filter((r) => r.kind === 'proposals-received' && r.agencyAsWritten !== null);
    expect(byCountry.reduce((s, r) => s + r.proposals!, 0)).toBe(43);
    expect(byFunder.reduce((s, r) => s + r.proposals!, 0)).toBe(43);
    // An agency of one country is never filed under another.
    for (const r of byFunder.filter((x) => x.agency)) expect(partnerAgencies.find((a) => a.short === r.agency)!.country, r.id).toBe(r.countryIso);
  });

  it('corrects CHIR to CIHR in the open: the row keeps the spelling, the errata page lists the correction', () => {
    const cihr = rows.find((r) => r.agency === 'CIHR')!;
    expect(cihr).toMatchObject({ agencyAsWritten: 'CHIR', countryIso: 'CA', agencyEn: 'Canadian Institutes of Health Research' });
    expect(lineOf(cihr.source)).toContain('CHIR');
    const fix = out.partnerCorrections.find((c) => c.asWritten === 'CHIR');
    expect(fix).toMatchObject({ seed: '004', line: cihr.source.line, corrected: 'CIHR' });
    const seedsById = new Map(out.datasets.seeds.map((s) => [s.id, s]));
    for (const l of ['ja', 'en'] as const) expect(errataPage(out.partnerCorrections, seedsById, l)).toMatch(/CHIR[\s\S]*CIHR/);
    // ボラン (001) is read as Poland, and written as the document has it.
    expect(rows.find((r) => r.countryIso === 'PL' && r.kind === 'summit')).toMatchObject({ countryAsWritten: 'ボラン', date: '2020-01' });
  });

  const errata = 'src/content/docs/en/sources/errata.mdx';
  it.skipIf(!existsSync(errata))('reach the errata page that npm run data writes', () => {
    const page = readFileSync(errata, 'utf8');
    const line = out.partnerCorrections.find((c) => c.asWritten === 'CHIR')!.line;
    expect(page).toMatch(new RegExp(`004, line ${line}[^\\n]*CHIR[^\\n]*CIHR`));
  });

  it('states a region’s members only where the document lists them', () => {
    const withMembers = rows.filter((r) => r.regionMembers !== null);
    expect(withMembers.map((r) => [r.region, r.regionMembers])).toEqual([['V4', 'CZ HU PL SK']]);
    expect(lineOf(withMembers[0]!.source)).toMatch(/チェコ、ハンガリー、ポーランド、スロバキア/);
  });

  it('has unique rule ids, and every rule yields at least one row', () => {
    const ids = partnerRules.map((r) => r.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(rows.some((r) => r.id.startsWith(`${id}-`)), id).toBe(true);
  });
});

describe('the agency, region and country tables', () => {
  it('give each agency one short name, an official English name, and a valid country or a known region', () => {
    expect(new Set(partnerAgencies.map((a) => a.short)).size).toBe(partnerAgencies.length);
    for (const a of partnerAgencies) {
      expect(a.en.length, a.short).toBeGreaterThan(a.short.length - 1);
      if (a.country) expect(isIsoCountry(a.country), a.short).toBe(true);
      else expect(partnerRegions.some((r) => r.id === a.region), a.short).toBe(true);
      expect(notAgencies[a.short], a.short).toBeUndefined();
    }
  });

  it('accept current ISO codes and refuse aliases, reserved and user-assigned ones', () => {
    for (const c of ['GB', 'US', 'DE', 'IN', 'KE', 'ZA', 'VN']) expect(isIsoCountry(c), c).toBe(true);
    for (const c of ['UK', 'EU', 'UN', 'DD', 'SU', 'XK', 'ZZ', 'QO', 'gb', 'GBR']) expect(isIsoCountry(c), c).toBe(false);
  });

  it('name countries from the platform in each language, keeping the established 英国 and 米国', () => {
    expect(countryName('DE', 'ja')).toBe('ドイツ');
    expect(countryName('DE', 'en')).toBe('Germany');
    expect(countryName('GB', 'ja')).toBe('英国');
    expect(countryName('US', 'ja')).toBe('米国');
    expect(countryName('GB', 'en')).toBe('United Kingdom');
    expect(countryNames.get('ケニア')).toBe('KE');
  });
});

describe('finding partner names in a line', () => {
  const list = partnerNames(tables);
  const names = (text: string) => findPartnerNames(normalizeForMatch(text), list).map((f) => `${f.type}:${f.key}`);

  it('reads whole names only, longest first, and never Japan', () => {
    expect(names('■コアチーム共同研究タイプ')).toEqual([]);
    expect(names('南アフリカ (日+南ア+アフリカ1か国以上)')).toEqual(['country:ZA', 'country:ZA', 'region:Africa']);
    expect(names('海外FA(米NSF、独DFG)と共同で日米独合同ワークショップ')).toEqual(['agency:NSF', 'agency:DFG', 'country:US', 'country:DE']);
    expect(names('欧州研究会議(ERC)と研究交流に関する欧州委員会')).toEqual(['agency:ERC', 'agency:ERC', 'agency:European Commission']);
    expect(names('ASEAN50周年 東南アジア 日本')).toEqual(['region:ASEAN', 'region:Southeast Asia']);
    expect(names('日越 共同研究、インドネシア')).toEqual(['country:VN', 'country:ID']);
  });
});

describe('partners, on crafted input', () => {
  const noInputs = { timeline: [], coauthorship: [], trialCall: [] };
  const rule = { id: 'crafted', seed: '900', at: { text: '協力国:' }, program: 'aspire-trial-call', kind: 'call' as const };

  it('gives a new row for a new country on a seed line', () => {
    const before = extractPartners(seedMap(seedOf(['協力国:米国、英国等'])), [rule], tables, noInputs, () => '2023-04-27').rows;
    const after = extractPartners(seedMap(seedOf(['協力国:米国、英国、スイス等'])), [rule], tables, noInputs, () => '2023-04-27').rows;
    expect(before.map((r) => r.countryIso)).toEqual(['US', 'GB']);
    expect(after.map((r) => r.countryIso)).toEqual(['US', 'GB', 'CH']);
    expect(after[2]).toMatchObject({ id: 'crafted-ch', countryAsWritten: 'スイス', countryEn: 'Switzerland', source: { seed: '900', line: 1, quote: '協力国:米国、英国、スイス等' } });
  });

  it('makes up no tie: a rule whose line names no partner fails with file:line', () => {
    expect(() => extractPartners(seedMap(seedOf(['前文', '協力国:先進国等'])), [rule], tables, noInputs, () => '2023')).toThrow(
      /seeds\/900_test\.txt:2: rule crafted: the statement names no partner country, region or agency/,
    );
  });

  it('fails on an unknown agency with file:line and what to add', () => {
    const errors = unknownAcronyms(seedMap(seedOf(['中国:MOSTと協力し', 'NSFCとMOSTの共同公募'])), tables);
    expect(errors.map((e) => e.message)).toEqual([
      expect.stringMatching(/^seeds\/900_test\.txt:2: "NSFC" looks like an agency's acronym but is in no table: add it to partnerAgencies in scripts\/editorial\/partners\.ts \(short name, official English and Japanese names, country\)/),
    ]);
  });

  it('fails on a line naming a known agency that no rule reads, so a new tie cannot slip by', () => {
    const seeds = seedMap(seedOf(['協力国:米国、英国等', '米国NSFと新たな覚書に署名']));
    const { rows: read } = extractPartners(seeds, [rule], tables, noInputs, () => '2023');
    expect(unreadAgencyLines(seeds, read, tables).map((e) => e.message)).toEqual([
      expect.stringMatching(/^seeds\/900_test\.txt:2: this line names the partner agency NSF, but no rule in scripts\/pipeline\/rules\/partners\.ts reads it/),
    ]);
    // Cited as a restatement of the rule's tie, it is read.
    const { rows: withAlso } = extractPartners(seeds, [{ ...rule, also: [{ text: '米国NSFと' }] }], tables, noInputs, () => '2023');
    expect(unreadAgencyLines(seeds, withAlso, tables)).toEqual([]);
  });

  it('stops the whole pipeline on a new acronym in a real seed, naming the line', () => {
    const dir = tempDir('seeds');
    cpSync('seeds', dir, { recursive: true });
    const file = readdirSync(dir).find((f) => f.startsWith('000_'))!;
    const text = readFileSync(join(dir, file), 'utf8');
    writeFileSync(join(dir, file), text.replace('中国：MOSTと協力し', '中国：MOST及びNSFCと協力し'));
    let thrown: unknown;
    try {
      runPipeline(dir, site);
    } catch (e) {
      thrown = e;
    }
    expect(thrown).toBeInstanceOf(SeedErrors);
    expect((thrown as SeedErrors).message).toMatch(/000_[0-9a-f]+\.txt:298: "NSFC" looks like an agency's acronym but is in no table/);
  }, 60_000);

  it('reads a new country in a real seed line into a new row', () => {
    const dir = tempDir('seeds');
    cpSync('seeds', dir, { recursive: true });
    const file = readdirSync(dir).find((f) => f.startsWith('004_'))!;
    const text = readFileSync(join(dir, file), 'utf8');
    expect(text).toContain('カナダ等');
    writeFileSync(join(dir, file), text.replace('カナダ等', 'カナダ、スイス等'));
    const partners = runPipeline(dir, site).datasets.partners;
    const swiss = partners.filter((r) => r.countryIso === 'CH');
    expect(swiss).toHaveLength(1);
    expect(swiss[0]).toMatchObject({ program: 'aspire-trial-call', kind: 'call', countryAsWritten: 'スイス' });
    expect(partners.length).toBe(rows.length + 1);
  }, 60_000);
});
