// The charts: geometry helpers on known inputs (bars in proportion, points where the scale puts them,
// ticks and labels in each language, separate scales for the outlier, labels that never overlap),
// each figure's words and numbers computed from the data, and the rendered <figure> (through Astro's
// container) agreeing with the data in its marks, description, table and downloads.
// The data are made fresh from seeds/ into a temporary directory, so this needs no prior build.
import { execFileSync } from 'node:child_process';
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { csvParse } from 'd3-dsv';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { toCsv } from '../../src/core/csv.ts';
import { fiscalYearLabel, fiscalYearRange, formatDate as documentDate, millionYen, millionYenLong, ordinal as rank } from '../../src/core/format.ts';
import { figureAnchor as anchorOf } from '../../src/core/urls.ts';
import { budgetFigureId, budgetMarks, budgetPanels, budgetScene, budgetTitle, panelRows, scaleContrast } from '../../src/lib/charts/budget/index.ts';
import { NARROW as BUDGET_NARROW, WIDE as BUDGET_WIDE, type Chart } from '../../src/lib/charts/chart.ts';
import { coauthorshipTitle, FIGURE_ID as COAUTHORSHIP_ID, originGloss, partners, slopeScene } from '../../src/lib/charts/coauthorship/index.ts';
import { loadChartData, type ChartData } from '../../src/lib/charts/data.ts';
import { plain, type FigureModel } from '../../src/lib/charts/model.ts';
import { CHARTS, figureData, figureFiles, figureModel, figureModelById, figureSpecs } from '../../src/lib/charts/registry.ts';
import { cumulativeStatement, FIGURE_ID as SAKURA_ID, sakuraRows } from '../../src/lib/charts/sakura/index.ts';
import { barPanel, itemsOf, textsOf, type BarRow, type Item } from '../../src/lib/charts/svg.ts';
import { overlappingPairs, spreadLabels, textWidth, wrapText } from '../../src/lib/charts/text.ts';
import { summary, FIGURE_ID as TRIAL_CALL_ID, trialCallScene } from '../../src/lib/charts/trial-call/index.ts';
import { people } from '../../src/lib/charts/words.ts';
import { tempDir } from './helpers.ts';

const repo = join(import.meta.dirname, '..', '..');
let data: ChartData;
let dir: string | undefined;

beforeAll(() => {
  // `npm run data` into a scratch directory: the same files the site reads, without touching generated/.
  dir = tempDir('charts');
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
const coauthorshipFigure = (d: ChartData, lang: (typeof langs)[number]) => figureModelById(d, COAUTHORSHIP_ID, lang);
const sakuraFigure = (d: ChartData, lang: (typeof langs)[number]) => figureModelById(d, SAKURA_ID, lang);
const trialCallFigure = (d: ChartData, lang: (typeof langs)[number]) => figureModelById(d, TRIAL_CALL_ID, lang);
const widths = [BUDGET_WIDE, BUDGET_NARROW];

/** No two text boxes overlap, and every text stays inside the chart. */
function expectClearText(items: readonly Item[], width: number, height: number, what: string) {
  const texts = textsOf(items);
  const pairs = overlappingPairs(texts.map((t) => t.box));
  expect(
    pairs.map(([a, b]) => `"${texts[a]!.text}" × "${texts[b]!.text}"`),
    what,
  ).toEqual([]);
  for (const t of texts) {
    expect(t.box.x, `${what}: "${t.text}" starts left of the chart`).toBeGreaterThanOrEqual(-0.5);
    expect(t.box.x + t.box.width, `${what}: "${t.text}" runs past the right edge`).toBeLessThanOrEqual(width + 0.5);
    expect(t.box.y, `${what}: "${t.text}" above the top`).toBeGreaterThanOrEqual(-0.5);
    expect(t.box.y + t.box.height, `${what}: "${t.text}" below the bottom`).toBeLessThanOrEqual(height + 0.5);
  }
}

describe('text helpers', () => {
  it('estimate Japanese wider than Latin, and wrap within the width', () => {
    expect(textWidth('日本', 13)).toBe(26);
    expect(textWidth('Japan', 13)).toBeLessThan(textWidth('日本語テキスト', 13));
    for (const s of ['各パネルは独自の目盛り（いずれも0から、上端を各パネルに記載）。', 'Each panel has its own scale, from zero; its top is stated in the panel.']) {
      const lines = wrapText(s, 150, 13);
      expect(lines.length).toBeGreaterThan(1);
      for (const l of lines) expect(textWidth(l, 13)).toBeLessThanOrEqual(150);
      expect(lines.join(/[a-z]/.test(s) ? ' ' : '')).toBe(s);
    }
  });

  it('spread labels apart without reordering them, and leave clear ones where they are', () => {
    expect(spreadLabels([{ target: 10, size: 5 }, { target: 30, size: 5 }])).toEqual([10, 30]);
    // Two labels on one point move apart symmetrically.
    expect(spreadLabels([{ target: 50, size: 10 }, { target: 50, size: 10 }], { gap: 0 })).toEqual([45, 55]);
    // A seeded generator: 500 random sets of labels, none may overlap afterwards.
    let x = 20261122;
    const next = () => (x = (x * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
    for (let k = 0; k < 500; k++) {
      const n = 2 + Math.floor(next() * 10);
      const labels = Array.from({ length: n }, () => ({ target: Math.round(next() * 200), size: 10 + Math.round(next() * 10) }));
      const room = labels.reduce((s, l) => s + l.size + 2, 0) <= 300;
      const centres = spreadLabels(labels, room ? { gap: 2, min: 0, max: 300 } : { gap: 2 });
      const order = labels.map((l, i) => ({ ...l, c: centres[i]!, i })).sort((a, b) => a.target - b.target || a.i - b.i);
      for (let i = 1; i < order.length; i++) {
        const a = order[i - 1]!;
        const b = order[i]!;
        expect(b.c - b.size / 2 - (a.c + a.size / 2), `set ${k}`).toBeGreaterThanOrEqual(2 - 1e-6);
      }
      if (room) for (const o of order) expect(o.c - o.size / 2).toBeGreaterThanOrEqual(-1e-6), expect(o.c + o.size / 2).toBeLessThanOrEqual(300 + 1e-6);
    }
  });
});

describe('labels in each language', () => {
  it('write fiscal years as 令和5年度 and FY2023', () => {
    expect(fiscalYearLabel(2023, 'ja')).toBe('令和5年度');
    expect(fiscalYearLabel(2019, 'ja')).toBe('令和元年度');
    expect(fiscalYearLabel(2014, 'ja')).toBe('平成26年度');
    expect(fiscalYearLabel(2023, 'en')).toBe('FY2023');
    expect(fiscalYearRange(2014, 2017, 'ja')).toBe('平成26〜29年度');
    expect(fiscalYearRange(2014, 2017, 'en')).toBe('FY2014–FY2017');
  });
  it('write amounts in 百万円 and 億円, or ¥ million; people as 人 or people; ranks as 5位 or 5th', () => {
    expect(millionYen(1073, 'ja')).toBe('1,073百万円');
    expect(millionYen(1073, 'en')).toBe('¥1,073 million');
    expect(millionYenLong(50_100, 'ja')).toBe('50,100百万円（501億円）');
    expect(millionYenLong(1073, 'ja')).toBe('1,073百万円');
    expect(millionYenLong(44_000, 'ja')).toBe('44,000百万円（440億円）');
    expect(millionYenLong(44_000, 'en')).toBe('¥44,000 million');
    expect(people(19_298, 'ja')).toBe('19,298人');
    expect(people(19_298, 'en')).toBe('19,298 people');
    expect([1, 2, 3, 4, 11, 12, 13, 21, 22].map((n) => rank(n, 'en'))).toEqual(['1st', '2nd', '3rd', '4th', '11th', '12th', '13th', '21st', '22nd']);
    expect(rank(5, 'ja')).toBe('5位');
  });
  it('write document dates in the page language', () => {
    expect(documentDate('2023-06', 'ja')).toBe('2023年6月');
    expect(documentDate('2023-06', 'en')).toBe('June 2023');
    expect(documentDate('2023-04-27', 'ja')).toBe('2023年4月27日');
    expect(documentDate('2023-04-27', 'en')).toBe('27 April 2023');
    expect(documentDate('2020', 'ja')).toBe('2020年');
  });
});

describe('bar panels', () => {
  const rows = (values: (number | null)[]): BarRow[] => values.map((v, i) => ({ key: `r${i}`, group: `G${i}`, label: '', value: v, valueLabel: v === null ? 'no figure' : String(v), barCls: 'bar' }));

  it('draw each bar in proportion to its value, from a common start, with its label after it', () => {
    const panel = barPanel({ x: 0, y: 0, width: 300, rows: rows([10, 20, 40]), tickLabel: String, lang: 'en' });
    const [a, b, c] = panel.rows;
    expect(a!.barX).toBe(b!.barX);
    expect(b!.barWidth / a!.barWidth).toBeCloseTo(2, 6);
    expect(c!.barWidth / a!.barWidth).toBeCloseTo(4, 6);
    expect(c!.barWidth).toBeCloseTo(((panel.barEnd - panel.barStart) * 40) / panel.domainMax, 6);
    const rects = itemsOf(panel.items, 'rect');
    expect(rects.map((r) => r.data?.value)).toEqual([10, 20, 40]);
    const labels = textsOf(panel.items).filter((t) => ['10', '20', '40'].includes(t.text) && t.y < panel.height - 20);
    for (const [i, l] of labels.entries()) expect(l.x).toBeGreaterThanOrEqual(Math.round(panel.rows[i]!.barX + panel.rows[i]!.barWidth));
    expectClearText(panel.items, 300, panel.height, 'panel');
  });

  it('say where a year has no figure instead of drawing a bar', () => {
    const panel = barPanel({ x: 0, y: 0, width: 300, rows: rows([10, null, 30]), tickLabel: String, lang: 'en' });
    expect(itemsOf(panel.items, 'rect')).toHaveLength(2);
    expect(textsOf(panel.items).map((t) => t.text)).toContain('no figure');
  });

  it('label ticks with the numbers of a nice scale that fit without touching', () => {
    const panel = barPanel({ x: 0, y: 0, width: 340, rows: rows([958, 1160]), tickLabel: (v) => v.toLocaleString('en-US'), lang: 'en' });
    expect(panel.domainMax).toBe(1200);
    const tickTexts = textsOf(panel.items).filter((t) => t.anchor === 'middle').map((t) => t.text);
    expect(tickTexts).toEqual(panel.ticks.map((t) => t.toLocaleString('en-US')));
    expect(tickTexts[0]).toBe('0');
  });

  it('put group labels on lines of their own when a column of them would leave the bars too little room', () => {
    const long: BarRow[] = [
      { key: 'a', group: 'United Kingdom', label: 'Public research institution', value: 6, valueLabel: '6', barCls: 'bar' },
      { key: 'b', group: null, label: 'Private and other', value: 2, valueLabel: '2', barCls: 'bar' },
    ];
    const narrow = barPanel({ x: 0, y: 0, width: 300, rows: long, tickLabel: String, lang: 'en' });
    const wide = barPanel({ x: 0, y: 0, width: 600, rows: long, tickLabel: String, lang: 'en' });
    const groupLabel = (p: typeof narrow) => textsOf(p.items).find((t) => t.text === 'United Kingdom')!;
    const rowLabel = (p: typeof narrow) => textsOf(p.items).find((t) => t.text === 'Public research institution')!;
    expect(groupLabel(narrow).y).toBeLessThan(rowLabel(narrow).y);
    expect(groupLabel(wide).y).toBe(rowLabel(wide).y);
    expectClearText(narrow.items, 300, narrow.height, 'narrow');
  });
});

describe('the budget chart', () => {
  it('keeps one mark per amount stated, and flags where documents disagree', () => {
    const aspire = budgetMarks(data.budgets.filter((r) => r.program === 'aspire' && r.kind === 'supplementary'));
    // JST's share: the same amount in the second supplementary round (003) and with no round stated
    // (004): two statements, as the program pages' tables count them (src/core/budgets.ts), neither disputed.
    const jst = aspire.filter((m) => m.agency === 'JST');
    expect(jst).toHaveLength(2);
    expect(jst.map((m) => m.amount)).toEqual([44_000, 44_000]);
    expect(jst.map((m) => m.supplementaryRound)).toEqual([2, null]);
    expect(jst.every((m) => !m.disagrees && m.showRound)).toBe(true);
    expect(jst.map((m) => m.rows.map((r) => `${r.source.seed}:${r.source.line}`))).toEqual([['003:270', '003:342'], ['004:128']]);
    const total = aspire.filter((m) => m.agency === null);
    expect(total.map((m) => m.amount)).toEqual([50_050, 50_100]);
    expect(total.every((m) => m.disagrees)).toBe(true);
    expect(total.map((m) => m.rows[0]!.source.line)).toEqual([268, 341]);
    expect(aspire.filter((m) => m.agency === 'AMED').map((m) => m.amount)).toEqual([6050, 6100]);
  });

  it('gives each panel its own scale, so the supplementary outlier does not flatten the rest', () => {
    const panels = budgetPanels(data, ['aspire', 'overseas-challenge']);
    const scene = budgetScene(panels, data, 'en', BUDGET_WIDE);
    const [regular, supplementary, small] = scene.panels;
    expect(regular!.domainMax).toBe(100);
    expect(supplementary!.domainMax).toBeGreaterThanOrEqual(50_100);
    expect(small!.domainMax).toBeLessThan(1000);
    // The ¥100 million bar fills its panel; on the supplementary scale it would be under 2 px.
    const room = regular!.barEnd - regular!.barStart;
    expect(regular!.rows.every((r) => r.barWidth > 0.9 * room)).toBe(true);
    expect((100 / supplementary!.domainMax) * (supplementary!.barEnd - supplementary!.barStart)).toBeLessThan(2);
    // ¥265 million, the smallest regular budget of all, still draws a long bar in its own panel.
    expect(Math.min(...small!.rows.map((r) => r.barWidth))).toBeGreaterThan(0.5 * (small!.barEnd - small!.barStart));
    const contrast = scaleContrast(panels)!;
    // The bars drawn: 50,050百万円 (003:268) is ASPIRE's FY2022 bar, 501億円 (003:341) a tick on it.
    expect([contrast.largest.amount, contrast.smallest.amount, contrast.ratio]).toEqual([50_050, 100, 501]);
    // The chart says so, with the numbers.
    const said = textsOf(scene.items).map((t) => t.text).join(' ');
    expect(said).toContain('501');
    expect(said).toContain('own scale');
  });

  it('states each panel’s scale in the panel, in the page’s units', () => {
    const panels = budgetPanels(data, ['sicorp', 'wpi']);
    const ja = textsOf(budgetScene(panels, data, 'ja', BUDGET_NARROW).items).map((t) => t.text);
    const en = textsOf(budgetScene(panels, data, 'en', BUDGET_NARROW).items).map((t) => t.text);
    expect(ja).toContain('目盛り 0〜1,200百万円（このパネル独自）');
    expect(ja).toContain('令和5年度');
    expect(en).toContain('Scale ¥0–1,200 million (this panel only)');
    expect(en).toContain('FY2023');
    expect(en).toContain('1,000');
  });

  it('lists every fiscal year in a panel’s span, saying where there is no figure', () => {
    const [sicorp] = budgetPanels(data, ['sicorp']);
    const rows = panelRows(sicorp!, 'ja');
    expect(rows.filter((r) => r.group).map((r) => r.group)).toEqual(['平成30年度', '令和元年度', '令和2年度', '令和3年度', '令和4年度', '令和5年度']);
    expect(rows.find((r) => r.group === '令和元年度')!.value).toBeNull();
  });

  it('computes its title from the data', () => {
    expect(budgetTitle(budgetPanels(data, ['sicorp']), 'ja')).toBe('SICORPの予算は令和5年度当初予算額1,073百万円、前年度は1,160百万円');
    expect(budgetTitle(budgetPanels(data, ['sicorp']), 'en')).toBe('Budget of SICORP: ¥1,073 million in FY2023 (initial budget), after ¥1,160 million in FY2022');
    const changed = { ...data, budgets: data.budgets.map((r) => (r.program === 'sicorp' && r.fiscalYear === 2023 && r.agency === null ? { ...r, amountMillionYen: 2000 } : r)) };
    expect(budgetTitle(budgetPanels(changed, ['sicorp']), 'en')).toContain('¥2,000 million in FY2023');
  });

  it('needs a registered id for a set of programs, and names one-program figures itself', () => {
    expect(budgetFigureId(data, ['sicorp'])).toBe('budget-sicorp');
    expect(budgetFigureId(data, ['sicorp', 'satreps', 'aspire', 'wpi', 'sakura-science'])).toBe('budgets-main-programs');
    expect(() => budgetFigureId(data, ['wpi', 'sicorp'])).toThrow(/BUDGET_SETS/);
    expect(() => budgetFigureId(data, ['sicorp'], 'budgets-main-programs')).toThrow(/registered for/);
    expect(() => budgetFigureId(data, ['joint-degrees'])).toThrow();
  });
});

describe('the co-authorship chart', () => {
  it('puts each point where the scale puts its share, and keeps labels apart', () => {
    for (const lang of langs) {
      for (const width of widths) {
        const scene = slopeScene(partners(data.coauthorship), lang, width);
        for (const p of scene.points) expect(p.y, `${p.iso} ${p.period}`).toBe(scene.scale(p.share));
        // Higher shares sit higher.
        const right = scene.points.filter((p) => p.period === '2015-2017').sort((a, b) => b.share - a.share);
        for (let i = 1; i < right.length; i++) expect(right[i]!.y).toBeGreaterThan(right[i - 1]!.y);
        expectClearText(scene.items, width, scene.height, `${lang} ${width}`);
      }
    }
  });

  it('computes its title’s ranks from the data', () => {
    const list = partners(data.coauthorship);
    expect(coauthorshipTitle(list, 'ja')).toBe('米国の国際共著相手として、日本は5位から8位に後退、中国は4位から1位に上昇（2005〜2007年→2015〜2017年）');
    expect(coauthorshipTitle(list, 'en')).toBe('As a co-author of US papers, Japan fell from 5th to 8th while China rose from 4th to 1st (2005–2007 to 2015–2017)');
    // Different ranks in the data, a different title: nothing is written in by hand.
    const swapped = data.coauthorship.map((r) => (r.partnerIso === 'JP' && r.period === '2015-2017' ? { ...r, rank: 3 } : r.partnerIso === 'CN' && r.period === '2015-2017' ? { ...r, rank: 2 } : r.partnerIso === 'GB' && r.period === '2015-2017' ? { ...r, rank: 1 } : r));
    expect(coauthorshipTitle(partners(swapped), 'en')).toBe('As a co-author of US papers, Japan rose from 5th to 3rd while United Kingdom stayed 1st (2005–2007 to 2015–2017)');
  });

  it('reads the counting method and the origin from the data', () => {
    const ja = coauthorshipFigure(data, 'ja').note.map(plain).join('\n');
    const en = coauthorshipFigure(data, 'en').note.map(plain).join('\n');
    expect(ja).toContain('整数カウント法により分析');
    expect(ja).toContain('科学研究のベンチマーク2019');
    expect(en).toContain('integer counting');
    expect(originGloss(data.coauthorship[0]!.origin, 'en')).toBe('NISTEP’s Benchmarking Scientific Research 2019 (Research Material No. 284, August 2019), as processed by MEXT');
    // The Japanese it quotes is marked as Japanese.
    const enNote = coauthorshipFigure(data, 'en').note.flat();
    for (const run of enNote) if (typeof run === 'string') expect(run).not.toMatch(/[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/u);
  });
});

describe('the Sakura Science chart', () => {
  it('shows planned years apart from actual ones, and the stated cumulative total', () => {
    const rows = sakuraRows(data.sakura, 'en');
    expect(rows.find((r) => r.group === 'FY2017')!.barCls).toBe('bar k-solid');
    expect(rows.find((r) => r.group === 'FY2023')!.barCls).toBe('bar k-hatch');
    expect(rows.find((r) => r.group === 'FY2023')!.valueLabel).toBe('about 2,900 planned');
    expect(rows.find((r) => r.group === 'FY2014')!.secondLine).toBe('from 14 countries and regions');
    expect(rows.find((r) => r.group === 'FY2020')!.value).toBeNull();
    expect(cumulativeStatement(data.sakura, 'ja')).toEqual(['平成26〜29年度の累計 19,298人（資料の記載）（各年度の棒の合計と一致）']);
    expect(cumulativeStatement(data.sakura, 'en')).toEqual(['Cumulative FY2014–FY2017: 19,298 people, as the document states (the yearly bars add up to it)']);
  });
});

describe('the trial-call chart', () => {
  it('adds up to the call’s totals and overlays adoptions on proposals by field', () => {
    const s = summary(data.trialCall);
    expect([s.proposals, s.adoptions, s.topCountry.countryIso]).toEqual([43, 7, 'US']);
    const scene = trialCallScene(data.trialCall, 'en', 600);
    const fields = scene.panels[1]!;
    expect(fields.rows.every((r) => r.overlayWidth === null || r.overlayWidth <= r.barWidth)).toBe(true);
    // Wide: one scale for all three panels.
    expect(new Set(scene.panels.map((p) => `${p.barStart}-${p.barEnd}-${p.domainMax}`)).size).toBe(1);
  });
});

describe('every figure', () => {
  it('lays out both variants in both languages with no overlapping or escaping text', () => {
    for (const spec of figureSpecs(data)) {
      for (const lang of langs) {
        for (const width of widths) {
          const scene = spec.chart.scene(data, spec.params, lang, width);
          expectClearText(scene.items, width, scene.height, `${spec.id} ${lang} ${width}`);
          // Text no smaller than 12 px when the narrow layout fills a 358 px column (a 390 px phone).
          if (width === BUDGET_NARROW) for (const t of textsOf(scene.items)) expect(t.size * (358 / width)).toBeGreaterThanOrEqual(12);
        }
      }
    }
  }, 30_000);

  it('has downloads whose rows are the rows it plots, with their sources', () => {
    for (const spec of figureSpecs(data)) {
      const d = figureData(spec, data);
      const files = figureFiles(data).filter((f) => f.name.startsWith(`${spec.id}.`));
      expect(files.map((f) => f.name).sort()).toEqual([`${spec.id}.csv`, `${spec.id}.en.svg`, `${spec.id}.ja.svg`, `${spec.id}.json`]);
      const csv = csvParse(files.find((f) => f.name.endsWith('.csv'))!.body(data, ''));
      expect(csv.length).toBe(d.rows.length);
      expect(csv.columns).toEqual(d.columns);
      for (const row of csv) expect(row.sourcePage).toMatch(/^\/sources\/\d{3}\/#L\d+$/);
      const json = JSON.parse(files.find((f) => f.name.endsWith('.json'))!.body(data, '')) as typeof d;
      expect(json.rows).toEqual(d.rows);
      const svg = files.find((f) => f.name.endsWith('.en.svg'))!.body(data, '.chart-svg{}');
      expect(svg).toMatch(/^<\?xml[^>]+>\n<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg"/);
      expect(svg).toContain('<style>');
      expect(svg).toContain(' lang="en"');
    }
  });

  it('writes CSV fields that need it in quotes', () => {
    // LF line ends, as the dataset CSVs (one writer: src/core/csv.ts).
    expect(toCsv([{ a: 'x,y', b: 'say "hi"', c: null, d: 3 }], ['a', 'b', 'c', 'd'])).toBe('a,b,c,d\n"x,y","say ""hi""",,3\n');
  });
});

// ---- The rendered figure ------------------------------------------------------------------------

/** Astro components compile through Astro's Vite plugins: load the container and the component in a Vite server made from the project's config. */
let server: import('vite').ViteDevServer | undefined;
let render: (model: FigureModel) => Promise<string>;

beforeAll(async () => {
  const { getViteConfig } = await import('astro/config');
  const { createServer } = await import('vite');
  const config = await (getViteConfig({ server: { middlewareMode: true }, appType: 'custom', logLevel: 'error' }) as unknown as (env: { mode: string; command: string }) => Promise<import('vite').InlineConfig>)({ mode: 'test', command: 'serve' });
  server = await createServer({ ...config, configFile: false });
  const { experimental_AstroContainer } = (await server.ssrLoadModule('astro/container')) as typeof import('astro/container');
  const { default: ChartFigure } = await server.ssrLoadModule('/src/components/charts/ChartFigure.astro');
  const container = await experimental_AstroContainer.create();
  render = (model) => container.renderToString(ChartFigure, { props: { model } });
}, 120_000);
afterAll(async () => {
  await server?.close();
});

const decode = (s: string) => s.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&#x27;/g, "'").replace(/&amp;/g, '&');
const textOf = (html: string) => decode(html.replace(/<[^>]+>/g, ''));

describe('the rendered figure', () => {
  it('agrees with the data: marks, description and table', async () => {
    const models: [string, FigureModel, number[]][] = [];
    for (const lang of langs) {
      const budget = figureModelById(data, 'budgets-main-programs', lang);
      const budgetRows = data.budgets.filter((r) => ['sicorp', 'satreps', 'aspire', 'wpi', 'sakura-science'].includes(r.program));
      models.push([`budget ${lang}`, budget, budgetRows.map((r) => r.amountMillionYen)]);
      models.push([`coauthorship ${lang}`, coauthorshipFigure(data, lang), data.coauthorship.map((r) => r.sharePercent)]);
      const sakura = data.sakura;
      models.push([`sakura ${lang}`, sakuraFigure(data, lang), sakura.map((r) => r.people)]);
      models.push([`trial call ${lang}`, trialCallFigure(data, lang), data.trialCall.map((r) => r.count)]);
    }
    for (const [what, model, values] of models) {
      const html = await render(model);
      const anchor = anchorOf(model.id);
      expect(html, what).toContain(`<figure class="chart-figure`);
      expect(html, what).toMatch(new RegExp(`<figure[^>]+id="${anchor}"`));
      expect(html, what).toContain(`href="#${anchor}"`);
      // The heading says the title.
      const heading = new RegExp(`<h3[^>]*id="${anchor}-heading"[^>]*>(.*?)</h3>`).exec(html);
      expect(textOf(heading![1]!), what).toBe(plain(model.title));
      // Two SVG layouts, each an image named by its own title and description.
      const svgs = [...html.matchAll(/<svg[^>]*>/g)].map((m) => m[0]);
      expect(svgs, what).toHaveLength(2);
      for (const svg of svgs) {
        expect(svg).toContain('role="img"');
        const ids = /aria-labelledby="([^"]+)"/.exec(svg)![1]!.split(' ');
        expect(ids).toHaveLength(2);
        for (const id of ids) expect(html).toContain(`id="${id}"`);
        const desc = new RegExp(`<desc id="${ids[1]}">(.*?)</desc>`).exec(html)![1]!;
        expect(decode(desc)).toBe(model.description);
      }
      // Every plotted number is in the description and in the table, as the page writes numbers.
      const table = /<table[^>]*>(.*?)<\/table>/s.exec(html)![1]!;
      const tableText = textOf(table);
      for (const v of values) {
        const written = v.toLocaleString('en-US', { maximumFractionDigits: 1 });
        expect(tableText, `${what}: ${v} in the table`).toContain(written);
        if (!what.startsWith('coauthorship')) expect(model.description, `${what}: ${v} in the description`).toContain(written);
        else expect(model.description).toContain(`${v.toFixed(1)}%`);
      }
      // One table row per row of data behind the figure (the cumulative Sakura row included).
      const bodyRows = [...table.matchAll(/<tr[\s>]/g)].length - 1;
      expect(bodyRows, what).toBe(model.table.rows.length);
      // Every mark links to its source and says what it is, for the tooltip.
      for (const svg of [model.svg.wide, model.svg.narrow]) {
        const links = [...svg.matchAll(/<a href="([^"]+)" tabindex="-1" data-tip="([^"]+)">/g)];
        expect(links.length, what).toBe([...svg.matchAll(/class="mark[ "]/g)].length);
        for (const [, href] of links) expect(href).toMatch(model.lang === 'ja' ? /^\/sources\/\d{3}\/#L\d+$/ : /^\/en\/sources\/\d{3}\/#L\d+$/);
      }
      // Marks carry the values they draw; each matches a value in the data.
      const drawn = [...model.svg.wide.matchAll(/<rect[^>]*data-value="([\d.]+)"/g)].map((m) => Number(m[1]));
      for (const d of drawn) expect(values, `${what}: a bar of ${d}`).toContain(d);
      // Sources and as-of date, with the lines cited.
      for (const s of model.sources) for (const l of s.lines) expect(html).toContain(`href="${l.href}"`);
      expect(html).toContain(`datetime="${model.asOf.date}"`);
      // Downloads.
      for (const href of [model.downloads.csv, model.downloads.json, model.downloads.svg.ja, model.downloads.svg.en]) expect(html).toContain(`href="${href}"`);
      // English figures keep Japanese inside lang="ja".
      if (model.lang === 'en') {
        const outside = html.replace(/<(span|td)[^>]*lang="ja"[^>]*>.*?<\/\1>/gs, '').replace(/<[^>]+>/g, ' ');
        expect(outside, what).not.toMatch(/[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/u);
      }
    }
  }, 60_000);

  it('describes budgets with every mark, and its table has a row per statement in the sources', async () => {
    const model = figureModelById(data, 'budget-aspire', 'ja');
    expect(model.description).toContain('補正予算 50,050百万円（資料により異なる）');
    expect(model.description).toContain('補正予算 50,100百万円（資料により異なる）');
    expect(model.table.rows).toHaveLength(data.budgets.filter((r) => r.program === 'aspire').length);
    const html = await render(model);
    expect(html).toContain('href="/sources/003/#L268"');
    expect(html).toContain('href="/sources/003/#L341"');
  });
});

describe('the chart registry', () => {
  // A chart is a `Chart` and one line in CHARTS: here a minimal one, passed in as that line would add it.
  const tiny: Chart<{ n: number }> = {
    name: 'tiny',
    figures: () => [{ id: 'tiny-three', params: { n: 3 } }],
    scene: (_d, { n }, lang, width) => ({ width, height: 20, items: [{ type: 'group', cls: 'mark', href: `/x/${lang}`, tip: `n=${n}`, children: [{ type: 'rect', x: 0, y: 0, width: n, height: 10, cls: 'bar', data: { value: n } }] }] }),
    words: (_d, { n }, lang) => ({ title: `${lang} ${n}`, description: `desc ${n}`, note: [[`note ${n}`]], table: { caption: 'c', columns: [{ label: 'n', numeric: true }], rows: [[{ text: [String(n)], numeric: true }]] } }),
    sources: (d) => [d.sakura[0]!.source],
    rows: (_d, { id, params }) => ({ dataset: '/data/tiny.json', columns: ['figure', 'n', 'formula'], rows: [{ figure: id, n: params.n, formula: '=1+1' }] }),
  };

  it('serves every registered chart’s figures, and a new chart’s as soon as it is listed', () => {
    const ids = figureSpecs(data).map((f) => f.id);
    expect(ids).toContain('budgets-overview');
    expect(ids).toContain(COAUTHORSHIP_ID);
    expect(ids).not.toContain('tiny-three');
    const charts = [...CHARTS, tiny];
    const files = figureFiles(data, charts).filter((f) => f.name.startsWith('tiny-three.'));
    expect(files.map((f) => f.name).sort()).toEqual(['tiny-three.csv', 'tiny-three.en.svg', 'tiny-three.ja.svg', 'tiny-three.json']);
    // Downloads go through the one CSV writer: LF line ends, formula-like text neutralised.
    expect(files.find((f) => f.name.endsWith('.csv'))!.body(data, '')).toBe("figure,n,formula\ntiny-three,3,'=1+1\n");
    const model = figureModel(figureSpecs(data, charts).find((f) => f.id === 'tiny-three')!, data, 'en');
    expect(model.title).toEqual(['en 3']);
    expect(model.svg.wide).toContain('data-value="3"');
    expect(model.downloads).toEqual({ csv: '/figures/tiny-three.csv', json: '/figures/tiny-three.json', svg: { ja: '/figures/tiny-three.ja.svg', en: '/figures/tiny-three.en.svg' } });
  });

  it('refuses a figure id used twice', () => {
    expect(() => figureSpecs(data, [...CHARTS, tiny, tiny])).toThrow(/"tiny-three" is used twice/);
  });
});
