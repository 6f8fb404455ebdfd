import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { glossary, termId } from '../../scripts/editorial/glossary.ts';
import { loadPrograms } from '../../scripts/editorial/load.ts';
import { findEventDates } from '../../scripts/pipeline/event-dates.ts';
import { extractTimeline } from '../../scripts/pipeline/extract/timeline.ts';
import { jaHash } from '../../scripts/pipeline/clean.ts';
import { readSeedDir, runPipeline } from '../../scripts/pipeline/run.ts';
import { buildContent } from '../../scripts/site/content.ts';
import { checkTotals, roundingTolerance } from '../../scripts/pipeline/validate-totals.ts';
import { BUDGET_KIND_ORDER } from '../../src/core/budgets.ts';
import { translator } from '../../src/core/i18n.ts';
import { seedMap, seedOf } from './helpers.ts';

const out = runPipeline('seeds', { name: 't', title: 't', version: '0' });
const { seeds } = readSeedDir('seeds');
const programs = await loadPrograms();
const content = buildContent(programs, seeds, out.datasets, out.timelineCorrections);

describe('event dates', () => {
  it('read dates at the precision written, across eras, with 同年 and year-less dates', () => {
    const read = (t: string, y?: number) => findEventDates(t, y).map((d) => [d.iso, d.precision]);
    expect(read('◆2017年6月20日～同年8月24日')).toEqual([['2017-06-20', 'day'], ['2017-08-24', 'day']]);
    expect(read('(平成27年9月)…(同年12月)…(令和元年12月)')).toEqual([['2015-09', 'month'], ['2015-12', 'month'], ['2019-12', 'month']]);
    expect(read('H29年度に公募', undefined)).toEqual([['2017-04', 'fiscal-year']]);
    expect(read('5月12日(金)~14日(日)', 2023)).toEqual([['2023-05-12', 'day']]);
    expect(read('7月 5・6日 G20研究大臣会合', 2023)).toEqual([['2023-07-05', 'day']]);
    expect(read('2014年6～9月に実施')).toEqual([['2014-06', 'month']]);
    expect(read('5月12日')).toEqual([]);
  });
});

describe('timeline', () => {
  const rows = out.datasets.timeline;
  it('gives every event an ISO date, a status as of its document, and a source line', () => {
    for (const r of rows) {
      expect(r.date, r.id).toMatch(/^\d{4}(-\d{2}(-\d{2})?)?$/);
      expect(['past', 'planned']).toContain(r.status);
      expect(seeds.get(r.source.seed)!.lines[r.source.line - 1]!.text).toContain(r.source.quote);
    }
  });
  it('sorts chronologically across eras (平成 → 令和)', () => {
    const dates = rows.map((r) => r.date);
    expect(dates).toEqual([...dates].sort());
    const heisei = rows.filter((r) => /平成|H\d/.test(r.dateText)).map((r) => r.date);
    const reiwa = rows.filter((r) => /令和/.test(r.dateText)).map((r) => r.date);
    expect(heisei.length && reiwa.length).toBeTruthy();
    expect(heisei.every((h) => reiwa.every((r) => h < r))).toBe(true);
  });
  it('marks an event after its document\'s date as planned and one before as past', () => {
    // The 2023 document lists its "今後のスケジュール" (schedule ahead); the G7 meetings of May were held.
    expect(rows.find((r) => r.id === 'g20-research')?.status).toBe('planned');
    expect(rows.find((r) => r.id === 'g7-science-ministers')?.status).toBe('past');
  });
  it('reads a schedule row under the month of its block, and refuses an undated event', () => {
    const seed = seedOf(['今後のスケジュール', '6月 13日 会合A', '21日 会合B', '', '※令和5年4月時点', '日付のない出来事']);
    const hash = (t: string) => jaHash([t]);
    const base = { program: null, kind: 'meeting' as const, seed: '900', yearFrom: { text: '※令和5年4月時点' }, plannedBy: { text: '今後のスケジュール' } };
    const { rows: got } = extractTimeline(seedMap(seed), [{ ...base, id: 'b', from: { text: '会合B' }, monthFrom: { text: '6月 13日' }, en: 'B', jaHash: hash('21日 会合B') }], [], () => '2023-06');
    expect(got.map((r) => [r.date, r.status, r.dateText])).toEqual([['2023-06-21', 'planned', '21日']]);
    expect(() => extractTimeline(seedMap(seed), [{ ...base, id: 'x', from: { text: '日付のない出来事' }, en: 'X', jaHash: hash('日付のない出来事') }], [], () => '2023-06')).toThrow(/900_test\.txt:6: event x: no date/);
  });
});

describe('budget totals', () => {
  const checks = checkTotals(out.datasets.budgets);
  it('check every stated total against its parts from the same document, year and kind', () => {
    expect(checks.length).toBeGreaterThanOrEqual(6);
    for (const c of checks) {
      for (const p of c.parts) {
        expect([p.source.seed, p.fiscalYear, p.kind]).toEqual([c.total.source.seed, c.total.fiscalYear, c.total.kind]);
      }
    }
  });
  it('find the differences the documents leave, and tell rounding from more', () => {
    // 001: 7,367 stated for the four young-researcher programs, whose parts sum to 7,368.
    const young2021 = checks.find((c) => c.total.program === 'global-young-researchers' && c.total.fiscalYear === 2021)!;
    expect(young2021.total.amountMillionYen - young2021.sum).toBe(-1);
    expect(Math.abs(young2021.total.amountMillionYen - young2021.sum)).toBeLessThanOrEqual(roundingTolerance(young2021));
    // 003: 41億円 is a rounded heading; its parts are given in million yen.
    const joint = checks.find((c) => c.total.program === 'international-joint-research-total' && c.total.kind === 'initial')!;
    expect(joint.parts.some((p) => p.agency === 'AMED')).toBe(true);
    expect(Math.abs(joint.total.amountMillionYen - joint.sum)).toBeLessThanOrEqual(roundingTolerance(joint));
  });
});

describe('topic pages and glossary', () => {
  it('exist in both languages', () => {
    for (const id of ['budgets', 'coauthorship', 'sakura-science-results', 'trial-call-results', 'tiers', 'timeline', 'glossary']) {
      expect(content.docs.has(`topics/${id}.mdx`), id).toBe(true);
      expect(content.docs.has(`en/topics/${id}.mdx`), id).toBe(true);
    }
  });
  it('list every program name and budget label the English pages use, and every term with an anchor', () => {
    const decode = (mdx: string) => mdx.replace(/&#(\d+);/g, (_, c) => String.fromCodePoint(Number(c))).replace(/<[^>]+>/g, '');
    const en = decode(content.docs.get('en/topics/glossary.mdx')!);
    const raw = content.docs.get('en/topics/glossary.mdx')!;
    for (const { program } of programs) {
      expect(en, program.id).toContain(program.name.en);
      expect(en, program.id).toContain(program.name.ja);
      expect(raw).toContain(`/en/programs/${program.id}/`);
    }
    const budgetKindLabels = BUDGET_KIND_ORDER.map((kind) => ({ ja: translator('ja')(`pages.budgetKind.${kind}`), en: translator('en')(`pages.budgetKind.${kind}`) }));
    for (const k of budgetKindLabels) {
      expect(en).toContain(k.en);
      expect(en).toContain(k.ja);
    }
    const t0 = glossary[0]!;
    expect(raw).toContain(`id="${termId(t0)}"`);
    for (const t of glossary) expect(raw).toContain(`id="${termId(t)}"`);
  });
  it('link the terms a program page uses to the glossary', () => {
    const sicorp = content.docs.get('en/programs/sicorp.mdx')!;
    const t = glossary.find((x) => x.ja === '国際共同研究')!;
    expect(sicorp).toContain(`/en/topics/glossary/#${termId(t)}`);
  });
  it('show each conflicting budget figure with its source on the budgets page', () => {
    const page = content.docs.get('en/topics/budgets.mdx')!;
    // ASPIRE's FY2022 supplementary budget: 50,050 million yen on one slide, 501億円 on another.
    expect(page).toMatch(/data-written="50,050百万円"/);
    expect(page).toMatch(/data-written="501億円"/);
  });
});

// The English of the pages reads the same file the pipeline does.
it('keeps generated MDX free of raw seed syntax', () => {
  for (const [path, mdx] of content.docs) {
    const body = mdx.split('\n---\n').slice(1).join('\n');
    expect(body, path).not.toMatch(/<各国/);
  }
  expect(readFileSync('seeds/002_7f2f20ffa974a707.txt', 'utf8')).toContain('<各国が');
});
