// The charts of issue 12 and the chart defects of issue 10: budgets compared on one scale (bar
// lengths proportional to amounts across programs), one bar per fiscal year in a budget history with
// the other statements as linked ticks, titles whose year and amount are the data's, support per
// project on a log scale with the documents' qualifiers, measures dated by their documents, names
// kept on a phone and gridlines that never run through labels.
// The data are made fresh from seeds/ into a temporary directory, so this needs no prior build.
import { execFileSync } from 'node:child_process';
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { countryName } from '../../src/core/format.ts';
import { translator } from '../../src/core/i18n.ts';
import { budgetPanels, budgetTitle } from '../../src/lib/charts/budget/index.ts';
import { largestSupplementary, latestMark } from '../../src/lib/charts/budget/marks.ts';
import { compareScene, comparison } from '../../src/lib/charts/budget-compare/index.ts';
import { NARROW, WIDE, type Figure } from '../../src/lib/charts/chart.ts';
import { partners, slopeScene } from '../../src/lib/charts/coauthorship/index.ts';
import { loadChartData, type ChartData } from '../../src/lib/charts/data.ts';
import { measurePrograms, measuresOf } from '../../src/lib/charts/measures/index.ts';
import { figureSpecs } from '../../src/lib/charts/registry.ts';
import { amountLabel, supportGroups, supportScene } from '../../src/lib/charts/support/index.ts';
import { itemsOf, textsOf, type Item } from '../../src/lib/charts/svg.ts';
import { boxesOverlap } from '../../src/lib/charts/text.ts';
import { tempDir } from './helpers.ts';

const repo = join(import.meta.dirname, '..', '..');
let data: ChartData;
let dir: string | undefined;

beforeAll(() => {
  dir = tempDir('charts-issue12');
  execFileSync(join(repo, 'node_modules', '.bin', 'tsx'), [join(repo, 'scripts', 'build-data.ts')], {
    cwd: repo,
    env: { ...process.env, OUT_DIR: join(dir, 'generated'), DOCS_DIR: join(dir, 'docs') },
    stdio: 'pipe',
  });
  return loadChartData(pathToFileURL(`${dir}/`)).then((d) => {
    data = d;
  });
}, 60_000);
afterAll(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
});

const langs = ['ja', 'en'] as const;
const widths = [WIDE, NARROW];
const budgetFigures = () => figureSpecs(data).filter((f) => f.chart.name === 'budget') as Figure<{ programs: string[] }>[];

describe('budgets compared on one scale', () => {
  it('draws every program’s bar in proportion to its amount, on one scale, in both languages and widths', () => {
    const c = comparison(data);
    expect(c.regular.length).toBeGreaterThanOrEqual(8);
    for (const lang of langs) {
      for (const width of widths) {
        const scene = compareScene(c, lang, width);
        const rects = itemsOf(scene.regular.items, 'rect').filter((r) => r.data?.value !== undefined);
        expect(rects).toHaveLength(c.regular.length);
        const perUnit = rects.map((r) => r.width / Number(r.data!.value));
        const px = (scene.regular.barEnd - scene.regular.barStart) / scene.regular.domainMax;
        // Within rounding (bars are not rounded in the scene; this allows for the smallest bar).
        for (const [i, r] of rects.entries()) expect(Math.abs(r.width - Number(r.data!.value) * px), `${lang} ${width} bar ${i}`).toBeLessThan(0.51);
        expect(Math.max(...perUnit) / Math.min(...perUnit)).toBeLessThan(1.01);
        // All bars start together.
        expect(new Set(rects.map((r) => r.x)).size).toBe(1);
      }
    }
  });

  it('sets supplementary budgets apart and leaves out a program that includes others shown', () => {
    const c = comparison(data);
    expect(c.regular.every((b) => b.mark.kind !== 'supplementary')).toBe(true);
    expect(c.supplementary.map((b) => b.program.id)).toContain('kakenhi-international-leading-research');
    const shown = new Set(c.regular.map((b) => b.program.id));
    for (const u of c.umbrellas) {
      expect(shown.has(u.program.id)).toBe(false);
      expect(u.members.every((m) => shown.has(m.id))).toBe(true);
    }
    expect(c.umbrellas.map((u) => u.program.id)).toContain('global-young-researchers');
    // One statement per program, of the year compared where the program has one.
    expect(new Set(c.regular.map((b) => b.program.id)).size).toBe(c.regular.length);
    expect(c.regular.filter((b) => b.mark.fiscalYear === c.year).length).toBeGreaterThan(c.regular.length / 2);
  });
});

describe('budget histories', () => {
  it('draw one bar per fiscal year, and every other statement of the year as a tick linked to its line', () => {
    for (const f of budgetFigures()) {
      const panels = budgetPanels(data, f.params.programs);
      const scene = f.chart.scene(data, f.params, 'en', WIDE) as { items: Item[] };
      const groups = itemsOf(scene.items, 'group').filter((g) => g.cls === 'mark' || g.cls === 'mark mark-secondary');
      const bars = groups.filter((g) => g.cls === 'mark');
      const ticks = groups.filter((g) => g.cls === 'mark mark-secondary');
      expect(bars.length, f.id).toBe(panels.reduce((n, p) => n + p.years.length, 0));
      expect(bars.length + ticks.length, f.id).toBe(panels.reduce((n, p) => n + p.marks.length, 0));
      for (const g of groups) expect(g.href, f.id).toMatch(/\/sources\/\d{3}\/.*#L\d+$|\/sources\/\d{3}\/?#L\d+$|#L\d+$/);
      for (const p of panels) for (const y of p.years) expect(new Set(p.marks.filter((m) => m.fiscalYear === y.fiscalYear))).toEqual(new Set([y.primary, ...y.others]));
    }
  });

  it('take the enacted budget before the request, the program’s total before a share, the exact figure before the rounded one', () => {
    const [sicorp] = budgetPanels(data, ['sicorp']);
    const fy2023 = sicorp!.years.find((y) => y.fiscalYear === 2023)!;
    expect([fy2023.primary.kind, fy2023.primary.agency, fy2023.primary.amount]).toEqual(['initial', null, 1073]);
    const aspireSupp = budgetPanels(data, ['aspire']).find((p) => p.supplementary)!;
    // 50,050百万円 (003:268) before 501億円 (003:341), which disagrees and becomes a tick.
    expect(aspireSupp.years[0]!.primary.amount).toBe(50_050);
    expect(aspireSupp.years[0]!.others.map((m) => m.amount)).toContain(50_100);
  });
});

describe('budget titles', () => {
  it('name the year the data give for the amount they name (the latest year, for equal supplementary budgets)', () => {
    for (const f of budgetFigures().filter((x) => x.params.programs.length === 1)) {
      const panels = budgetPanels(data, f.params.programs);
      const regular = panels.find((p) => !p.supplementary);
      const mark = regular ? latestMark(regular) : largestSupplementary(panels)!;
      const pool = panels.filter((p) => p.supplementary === !regular).flatMap((p) => p.marks);
      expect(mark.fiscalYear, f.id).toBe(Math.max(...pool.filter((m) => m.amount === mark.amount).map((m) => m.fiscalYear)));
      const title = budgetTitle(panels, 'en');
      const named = /¥([\d,]+) million in (?:the )?FY(\d{4})/.exec(title);
      expect(named, title).not.toBeNull();
      expect([Number(named![1]!.replaceAll(',', '')), Number(named![2])], title).toEqual([mark.amount, mark.fiscalYear]);
    }
    // KAKENHI International Leading Research: the ¥11,000 million of 003:778 is the FY2022 second supplementary budget.
    const kakenhi = budgetTitle(budgetPanels(data, ['kakenhi-international-leading-research']), 'en');
    expect(kakenhi).toMatch(/FY2022 supplementary budget \(no\. 2\)/);
    expect(budgetTitle(budgetPanels(data, ['kakenhi-international-leading-research']), 'ja')).toMatch(/^[^、]*令和4年度第2次補正予算/);
  });

  it('never write “’s’s” or “s’s” after a plural name, in any figure', () => {
    for (const f of figureSpecs(data)) {
      for (const lang of langs) {
        const title = f.chart.words(data, f.params, lang).title;
        expect(title, f.id).not.toMatch(/s[’']s\b/);
      }
    }
  });

  it('call supplementary budgets “far larger than the others” only where there are others', () => {
    for (const lang of langs) {
      const tr = translator(lang);
      for (const f of budgetFigures()) {
        const panels = budgetPanels(data, f.params.programs);
        const note = f.chart.words(data, f.params, lang).note.flat().map((r) => (typeof r === 'string' ? r : r.text)).join('');
        const hasOthers = panels.some((p) => !p.supplementary) && panels.some((p) => p.supplementary);
        expect(note.includes(tr('charts.budget.caption.supplementary')), `${f.id} ${lang}`).toBe(hasOthers);
      }
    }
  });
});

describe('support per project', () => {
  it('shows ranges as ranges on a log scale where each power of ten is the same distance', () => {
    const groups = supportGroups(data);
    for (const lang of langs) {
      for (const width of widths) {
        const scene = supportScene(groups, lang, width);
        const step = scene.scale(10) - scene.scale(1);
        expect(scene.scale(100) - scene.scale(10)).toBeCloseTo(step, 6);
        const marks = groups.flatMap((g) => g.marks);
        for (const m of marks) {
          const at = scene.placed.find((p) => p.key === m.key)!;
          expect(at.shape === 'range', m.key).toBe(m.min < m.max);
          expect(at.x1 - at.x0, m.key).toBeCloseTo(Math.round(scene.scale(m.max)) - Math.round(scene.scale(m.min)), 6);
        }
      }
    }
  });

  it('covers SICORP’s types, SATREPS with JICA, ASPIRE and its trial call, KAKENHI and WPI, with the documents’ qualifiers', () => {
    const groups = supportGroups(data);
    expect(groups.map((g) => g.program.id)).toEqual(expect.arrayContaining(['sicorp', 'satreps', 'aspire', 'kakenhi-international-leading-research', 'wpi']));
    const marks = groups.flatMap((g) => g.marks);
    expect(marks.some((m) => m.program.id === 'satreps' && m.scheme === 'JICA')).toBe(true);
    expect(marks.some((m) => m.program.id === 'aspire' && m.scheme === 'FY2022 trial call')).toBe(true);
    for (const m of marks) {
      const ja = amountLabel(m, 'ja');
      const en = amountLabel(m, 'en');
      if (m.qualifier === 'up-to') expect([ja, en], m.key).toEqual([expect.stringMatching(/最大|上限/), expect.stringMatching(/^up to/)]);
      if (m.qualifier === 'about') expect([ja, en], m.key).toEqual([expect.stringMatching(/約|程度/), expect.stringMatching(/^about/)]);
      if (m.min < m.max) expect(en, m.key).toMatch(/–/);
    }
    // SICORP's Consortium type shrank between documents: both amounts, the earlier one marked so.
    const consortium = marks.filter((m) => m.scheme === 'Consortium Joint Research Type');
    expect(consortium.map((m) => [m.min, m.max, m.superseded])).toEqual([[20, 30, false], [30, 50, true]]);
  });
});

describe('measures across the documents', () => {
  it('date each point by its document, oldest first, for SICORP and Sakura Science', () => {
    expect(measurePrograms(data)).toEqual(expect.arrayContaining(['sicorp', 'sakura-science']));
    const dateOf = new Map(data.seeds.map((s) => [s.id, s.date]));
    for (const program of measurePrograms(data)) {
      for (const m of measuresOf(data, program)) {
        expect(m.points.length).toBeGreaterThanOrEqual(2);
        expect(new Set(m.points.map((p) => p.source.seed)).size).toBe(m.points.length);
        for (const p of m.points) expect(p.date).toBe(dateOf.get(p.source.seed));
        expect(m.points.map((p) => p.date)).toEqual([...m.points.map((p) => p.date)].sort());
      }
    }
    const concert = measuresOf(data, 'sicorp').find((m) => m.scheme === 'EIG CONCERT-Japan')!;
    expect(concert.points.map((p) => p.value)).toEqual([11, 12]);
  });
});

describe('phone-worthy charts', () => {
  it('name every co-authorship partner on a phone, and tell Japan from the first partner by shape and class', () => {
    const list = partners(data.coauthorship);
    for (const lang of langs) {
      const scene = slopeScene(list, lang, NARROW);
      const said = textsOf(scene.items).map((t) => t.text).join(' ');
      for (const p of list) expect(said, `${lang} ${p.iso}`).toContain(lang === 'ja' ? p.nameJa : countryName(p.iso, lang));
      const marks = itemsOf(scene.items, 'group').filter((g) => g.data?.iso);
      const jp = marks.find((g) => g.data!.iso === 'JP')!;
      const first = marks.find((g) => g.data!.iso === list.find((p) => p.after?.rank === 1)!.iso)!;
      const shape = (g: Item & { type: 'group' }) => g.children.filter((c) => c.type === 'circle' || c.type === 'rect').map((c) => `${c.type}.${c.cls}`);
      const line = (g: Item & { type: 'group' }) => g.children.find((c) => c.type === 'path' && c.cls.startsWith('slope'))!.cls;
      expect(new Set(shape(jp)).size).toBe(1);
      expect(shape(jp)[0]).not.toBe(shape(first)[0]);
      expect(line(jp)).not.toBe(line(first));
    }
  });

  it('break gridlines where they would run through a label, in every figure', () => {
    for (const f of figureSpecs(data)) {
      for (const lang of langs) {
        for (const width of widths) {
          const scene = f.chart.scene(data, f.params, lang, width);
          const boxes = textsOf(scene.items).map((t) => t.box);
          const grid = itemsOf(scene.items, 'line').filter((l) => l.cls === 'grid' && l.x1 === l.x2);
          for (const g of grid) {
            const seg = { x: g.x1 - 0.5, y: Math.min(g.y1, g.y2), width: 1, height: Math.abs(g.y2 - g.y1) };
            const hit = textsOf(scene.items).find((_, i) => boxesOverlap(seg, boxes[i]!, 0.1));
            expect(hit?.text, `${f.id} ${lang} ${width}: gridline at x=${g.x1}`).toBeUndefined();
          }
        }
      }
    }
  }, 30_000);
});
