// The defects a line-by-line read found on the topic pages and in the cleaning of quoted text
// (issue 10, item 6), each checked as a property of the data and the generated pages, on the real
// seeds, and where it helps on crafted input.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { glossary, termId } from '../../scripts/editorial/glossary.ts';
import { loadPrograms } from '../../scripts/editorial/load.ts';
import { tierExamples } from '../../scripts/editorial/topics.ts';
import { totalDefinitions } from '../../scripts/editorial/totals.ts';
import { CLEANING_RULES, cleanParagraphs } from '../../scripts/pipeline/clean.ts';
import { findEventDates } from '../../scripts/pipeline/event-dates.ts';
import { readSeedDir, runPipeline } from '../../scripts/pipeline/run.ts';
import { normalizeForMatch } from '../../scripts/pipeline/text.ts';
import { buildContent } from '../../scripts/site/content.ts';
import { pageText } from '../../scripts/site/mdx.ts';
import { averagedPeriods, eventWhen, overviewPrograms, writtenUnit } from '../../scripts/site/topic-pages.ts';
import { budgetDisagreements } from '../../src/core/budgets.ts';
import { formatDate } from '../../src/core/format.ts';
import { LANGS } from '../../src/core/locales.ts';

const out = runPipeline('seeds', { name: 't', title: 't', version: '0' });
const { seeds } = readSeedDir('seeds');
const programs = await loadPrograms();
const content = buildContent(programs, seeds, out.datasets, out.timelineCorrections);
const page = (path: string) => content.docs.get(path)!;
const pagePath = (path: string, l: string) => (l === 'ja' ? path : `en/${path}`);
/** A generated page's text as a reader reads it: character references decoded, tags dropped. */
const readerText = (mdx: string) =>
  mdx
    .replace(/^---\n[\s\S]*?\n---\n/, '')
    .replace(/^import .*$/gm, '')
    .replace(/&#(\d+);/g, (_, c: string) => String.fromCodePoint(Number(c)))
    .replace(/<[^>]+>/g, '');
/** The rows of the Markdown tables under a heading of a generated page, as cells of MDX. */
const tableRows = (mdx: string) =>
  mdx
    .split('\n')
    .filter((l) => l.startsWith('| ') && !/^\|---/.test(l))
    .map((l) => l.slice(2, -2).split(' | '));

describe('timeline: dates with spans', () => {
  it('reads the end of a span written as one date', () => {
    const spans = (t: string, y?: number) => findEventDates(t, y).map((d) => [d.iso, d.end ?? null]);
    expect(spans('27-29日 HFSPハイレベル・サイエンスサミット', 2023)).toEqual([]);
    expect(spans('6月27-29日 HFSP', 2023)).toEqual([['2023-06-27', '2023-06-29']]);
    expect(spans('9月 9・10日 G20首脳サミット', 2023)).toEqual([['2023-09-09', '2023-09-10']]);
    expect(spans('SICORP日米共同公募を2014年6～9月に実施。')).toEqual([['2014-06', '2014-09']]);
    expect(spans('5月12日(金)~14日(日)の3日間', 2023)).toEqual([['2023-05-12', '2023-05-14']]);
    // Two dates are two dates, not a span of one: the end is named by the event (endNth).
    expect(spans('令和4年9月20日~11月30日')).toEqual([['2022-09-20', null], ['2022-11-30', null]]);
    expect(spans('2017年6月20日')).toEqual([['2017-06-20', null]]);
  });
  const rows = out.datasets.timeline;
  it('gives every event whose written date is a span an end after its start', () => {
    const span = /\d\s*[-・~]\s*\d+\s*[日月]|日\s*(?:\([^)]*\))?\s*~\s*\d+\s*日/u;
    const spanned = rows.filter((r) => span.test(normalizeForMatch(r.ja)) || span.test(normalizeForMatch(r.dateText)));
    expect(spanned.length).toBeGreaterThanOrEqual(10);
    for (const r of spanned) {
      expect(r.dateEnd, r.id).not.toBeNull();
      expect(r.dateEnd! > r.date, r.id).toBe(true);
    }
  });
  it('shows the whole span on the page, in both languages', () => {
    for (const l of LANGS) {
      const text = page(pagePath('topics/timeline.mdx', l));
      for (const r of rows.filter((x) => x.dateEnd)) {
        const when = eventWhen(r, l);
        expect(when, r.id).not.toBe(formatDate(r.date, l));
        // The date that links to the event's source line is the whole span.
        const figures = [...text.matchAll(new RegExp(`data-seed="${r.source.seed}" data-line="${r.source.line}"[^>]*>([^<]*)</a>`, 'g'))].map((m) => readerText(m[1]!));
        expect(figures, r.id).toContain(when);
      }
    }
    expect(eventWhen(rows.find((r) => r.id === 'hfsp-summit')!, 'ja')).toBe('2023年6月27日～29日');
    expect(eventWhen(rows.find((r) => r.id === 'sicorp-us-call')!, 'en')).toMatch(/^June\s?–\s?September 2014$/);
  });
  it('states every status the same way: as of the reporting document, named with the date the catalogue gives it', () => {
    const catalogue = JSON.parse(readFileSync('seeds/catalogue.json', 'utf8')) as { seeds: { id: string; date: string }[] };
    const dates = new Map(catalogue.seeds.map((s) => [s.id, s.date]));
    for (const r of rows) expect(r.asOf, r.id).toBe(dates.get(r.source.seed));
    for (const l of LANGS) {
      const body = tableRows(page(pagePath('topics/timeline.mdx', l)));
      expect(body.length).toBe(rows.length + new Set(rows.map((r) => r.date.slice(0, 4))).size); // a header row per year
      const cells = body.filter((c) => c[3]!.includes('/sources/'));
      expect(cells.length).toBe(rows.length);
      for (const [i, r] of rows.entries()) {
        const status = readerText(cells[i]![3]!);
        expect(cells[i]![3], r.id).toContain(`/sources/${r.source.seed}/`);
        expect(status, r.id).toContain(formatDate(r.asOf, l));
      }
    }
  });
  it('files an event that names SICORP under SICORP or one of its parts', () => {
    const sicorpFamily = new Set(['sicorp', ...programs.filter((p) => p.program.parent === 'sicorp').map((p) => p.program.id)]);
    const naming = rows.filter((r) => /SICORP/.test(r.ja));
    expect(naming.length).toBeGreaterThanOrEqual(4);
    for (const r of naming) expect(sicorpFamily.has(r.program ?? ''), `${r.id} is filed under ${r.program}`).toBe(true);
  });
});

describe('co-authorship table', () => {
  const rows = out.datasets.coauthorship;
  it('computes the change in share as the difference of the two shares, signed, in percentage points', () => {
    for (const l of LANGS) {
      const body = tableRows(page(pagePath('topics/coauthorship.mdx', l))).slice(1);
      expect(body.length).toBe(new Set(rows.map((r) => r.partnerIso)).size);
      for (const cells of body) {
        const [from, to] = [cells[1]!, cells[2]!].map((c) => Number(/data-written="([\d.]+)%"/.exec(c)![1]));
        const change = readerText(cells[3]!);
        const m = /^([+-]?)(\d+\.\d)\s*(.+)$/.exec(change);
        expect(m, change).not.toBeNull();
        const value = Number(`${m![1]}${m![2]}`);
        expect(value, change).toBeCloseTo(to! - from!, 5);
        if (value !== 0) expect(m![1], change).toBe(value > 0 ? '+' : '-');
        expect(m![3]).toBe(l === 'ja' ? 'ポイント' : 'percentage points');
        // The rank column says up where the rank number fell, down where it rose.
        const [rankFrom, rankTo] = [cells[1]!, cells[2]!].map((c) => Number(/(\d+)/.exec(readerText(c).split(/[(（]/)[1]!)![1]));
        const rank = readerText(cells[4]!);
        const word = rankTo! < rankFrom! ? (l === 'ja' ? '上昇' : 'up') : rankTo! > rankFrom! ? (l === 'ja' ? '低下' : 'down') : l === 'ja' ? 'のまま' : 'unchanged';
        expect(rank).toContain(word);
      }
    }
  });
  it('calls shares averages only for the period the document says so', () => {
    const note = rows[0]!.countingMethod;
    expect(averagedPeriods(note)).toEqual(['2015-2017']);
    expect(averagedPeriods('(整数カウント法により分析。)')).toEqual([]);
    for (const l of LANGS) {
      const [header] = tableRows(page(pagePath('topics/coauthorship.mdx', l)));
      expect(header![1]).not.toMatch(/average|平均/);
      expect(header![2]).toMatch(/average|平均/);
      const text = readerText(page(pagePath('topics/coauthorship.mdx', l)));
      expect(text).not.toMatch(/three-year averages/);
    }
  });
});

describe('Sakura Science tables', () => {
  it('list fiscal years in order, whatever order the documents give them in', () => {
    for (const l of LANGS) {
      const mdx = page(pagePath('topics/sakura-science-results.mdx', l));
      const years = mdx
        .split(/\n## /)
        .slice(1)
        .map((section) => tableRows(section).slice(1).map((c) => Number(/(\d{4})/.exec(readerText(c[0]!))?.[1])))
        .filter((ys) => ys.length > 0);
      expect(years.length).toBeGreaterThanOrEqual(2);
      for (const ys of years) expect(ys).toEqual([...ys].sort((a, b) => a - b));
    }
  });
});

describe('tiers', () => {
  it('name each example as the cited line does, and the whole fund where the line names a fund', () => {
    const content003 = seeds.get('003')!;
    const byId = new Map(programs.map((p) => [p.program.id, p.program]));
    for (const t of tierExamples.filter((x) => x.program)) {
      const line = content003.lines.find((x) => x.norm.includes(normalizeForMatch(t.at.text)))!;
      const p = byId.get(t.program!)!;
      const names = t.named ? [t.named.ja] : [p.name.ja, p.acronym ?? ''].filter(Boolean);
      expect(names.some((n) => line.norm.includes(normalizeForMatch(n))), `${t.program}: ${line.text}`).toBe(true);
    }
    for (const l of LANGS) {
      const text = readerText(page(pagePath('topics/tiers.mdx', l)));
      expect(text).toContain(tierExamples.find((t) => t.named)!.named![l]);
    }
  });
});

describe('budgets headline', () => {
  const rows = out.datasets.budgets;
  const totals = new Set(totalDefinitions.map((d) => d.total));
  it('charts programs, not budget items that total them', () => {
    for (const l of LANGS) {
      const chart = /<BudgetChart [^>]*programs=\{(\[[^\]]*\])\}[^>]*id="budgets-overview"/.exec(page(pagePath('topics/budgets.mdx', l)));
      const charted = JSON.parse(chart![1]!) as string[];
      expect(charted.length).toBeGreaterThan(5);
      for (const id of charted) expect(totals.has(id), id).toBe(false);
    }
    expect(overviewPrograms(['sicorp', 'global-young-researchers'])).toEqual(['sicorp']);
  });
  it('names every part wherever it states a total', () => {
    const byId = new Map(programs.map((p) => [p.program.id, p.program]));
    for (const l of LANGS) {
      const paragraphs = page(pagePath('topics/budgets.mdx', l)).split('\n\n');
      for (const d of totalDefinitions) {
        const stated = rows.filter((r) => r.program === d.total).map((r) => `data-line="${r.source.line}" data-written="${r.amountText}"`);
        const leads = paragraphs.filter((p) => !p.startsWith('|') && !p.startsWith('- ') && stated.some((s) => p.includes(s)));
        expect(leads.length, d.total).toBeGreaterThan(0);
        for (const lead of leads) for (const part of d.parts) expect(lead, `${d.total}: ${part}`).toContain(`programs/${byId.get(part)!.id}/`);
      }
    }
  });
  it('gives the exact figure first where a document also rounds it', () => {
    const disagreements = budgetDisagreements(rows).filter((vs) => new Set(vs.flatMap((v) => v.rows.map((r) => writtenUnit(r.amountText)))).size > 1);
    expect(disagreements.length).toBeGreaterThan(0);
    for (const l of LANGS) {
      const mdx = page(pagePath('topics/budgets.mdx', l));
      for (const vs of disagreements) {
        const all = vs.flatMap((v) => v.rows);
        const exact = all.filter((r) => writtenUnit(r.amountText) === 1);
        const rounded = all.filter((r) => writtenUnit(r.amountText) > 1);
        // In every paragraph or list item that gives both, the exact one comes first.
        for (const block of mdx.split('\n').filter((b) => exact.some((r) => b.includes(`data-written="${r.amountText}"`)) && rounded.some((r) => b.includes(`data-written="${r.amountText}"`)))) {
          const first = (rs: typeof all) => Math.min(...rs.map((r) => block.indexOf(`data-written="${r.amountText}"`)).filter((i) => i >= 0));
          expect(first(exact), block.slice(0, 120)).toBeLessThan(first(rounded));
        }
      }
      // The headline's largest figure, ASPIRE's supplementary budget, is the one printed to the million.
      const lead = mdx.split('\n\n').find((p) => p.includes('data-written="50,050百万円"') && !p.startsWith('- '));
      expect(lead).toBeDefined();
      expect(lead!.indexOf('data-written="50,050百万円"')).toBeLessThan(lead!.indexOf('data-written="501億円"'));
    }
  });
});

describe('cleaning of quoted text', () => {
  const full = '1課題の計3課題を採択した。第1フェーズ支援（5年間：平成28（2016）～2020年度）終了後、ハブ機能を整備し、共同研究成果の社会実';
  it('joins a word a page break cut, and only there', () => {
    expect(cleanParagraphs([full, '', '装を実現し得る1課題に絞り込み、第2フェーズ支援に移行する計画。'])).toHaveLength(1);
    expect(cleanParagraphs([full, '', '装を実現し得る1課題に絞り込み'])[0]).toContain('社会実装');
    // A short line (a heading, a label) ending in a kanji is its own paragraph.
    expect(cleanParagraphs(['支援内容', '', '支援分野 内閣府主導の下で設定した先端分野'])).toHaveLength(2);
    // A bullet or a bracketed label after the break starts a paragraph of its own.
    expect(cleanParagraphs([full, '', '【対応】 次の段落'])).toHaveLength(2);
  });
  it('drops private-use glyphs and a list mark left after a label', () => {
    expect(cleanParagraphs(['\u{F075}ASEAN地域：採択した。', '\u{F075}インド：採択した。'])).toEqual(['ASEAN地域：採択した。', 'インド：採択した。']);
    expect(cleanParagraphs(['【対応】 • 大学学部・大学院段階から推進。'])).toEqual(['【対応】大学学部・大学院段階から推進。']);
  });
  it('leaves no private-use character on any generated page, and the split words whole', () => {
    const privateUse = /[\u{E000}-\u{F8FF}]/u;
    for (const [path, mdx] of content.docs) expect(privateUse.test(mdx), path).toBe(false);
    const seedText = [...seeds.values()].flatMap((s) => s.lines.map((x) => x.text)).join('\n');
    expect(privateUse.test(seedText)).toBe(true); // the documents do hold them
    // 社会実|装 (000:295–297) and 収容|定員 (003:1222–1224), on every page that quotes those lines.
    const quoting = [...content.docs].filter(([, mdx]) => /社会実|収容/.test(mdx));
    expect(quoting.length).toBeGreaterThanOrEqual(3);
    for (const [path, mdx] of quoting) {
      const text = readerText(mdx);
      expect(text, path).not.toMatch(/社会実\s*\n/);
      expect(text, path).not.toMatch(/収容\s*\n/);
    }
    expect(readerText(page('programs/sicorp-research-hubs.mdx'))).toContain('社会実装を実現');
    expect(readerText(page('programs/joint-degrees.mdx'))).toContain('収容定員');
  });
  it('lists every cleaning rule on the errata page, in both languages', () => {
    for (const l of LANGS) {
      const errata = page(pagePath('sources/errata.mdx', l));
      expect(CLEANING_RULES[l].length).toBe(CLEANING_RULES.ja.length);
      for (const rule of CLEANING_RULES[l]) expect(errata).toContain(`- ${pageText(l, rule)}`);
    }
    // The rules that touch particular lines say where: every such line, and no other.
    const en = page('en/sources/errata.mdx').split('\n');
    const ruleLine = (words: RegExp) => en.find((x) => x.startsWith('- ') && words.test(readerText(x)))!;
    const linked = (line: string) => [...line.matchAll(/href="\/en\/sources\/(\d+)\/#L(\d+)"/g)].map((m) => `${m[1]}:${m[2]}`);
    expect(linked(ruleLine(/word split by a page break/))).toEqual(['000:295', '003:1222']);
    expect(linked(ruleLine(/private-use/))).toEqual(['000:291', '000:294', '000:298']);
    expect(linked(ruleLine(/list mark left after a leading label/))).toEqual(['003:164']);
    expect(CLEANING_RULES.en.join(' ')).toMatch(/private-use/);
    expect(CLEANING_RULES.en.join(' ')).toMatch(/word split by a page break/);
  });
});

describe('no words about our build on public pages', () => {
  // Our build is no reader's business; what it does for them is ("checked against its source line").
  // "build" as an ordinary verb (build networks, build time-limited structures) is the documents' own.
  const ours = /ビルド|パイプライン|\bpipeline\b|\b(?:the|our|site's) build\b|\bat build\b/i;
  it('in the generated pages', () => {
    for (const [path, mdx] of content.docs) expect(readerText(mdx), path).not.toMatch(ours);
  });
  it('in the words of the dictionaries and the written pages', () => {
    for (const dir of readdirSync('src/i18n')) {
      for (const file of readdirSync(join('src/i18n', dir))) {
        const dict = JSON.parse(readFileSync(join('src/i18n', dir, file), 'utf8')) as Record<string, string>;
        for (const [key, value] of Object.entries(dict)) expect(value, `${dir}/${file} ${key}`).not.toMatch(ours);
      }
    }
    for (const file of ['index.mdx', 'data.mdx', 'en/index.mdx', 'en/data.mdx']) {
      expect(readerText(readFileSync(join('src/content/docs', file), 'utf8')), file).not.toMatch(ours);
    }
  });
});

describe('glossary', () => {
  it('gives its notes in the page language', () => {
    const noted = glossary.filter((t) => t.note);
    expect(noted.length).toBeGreaterThanOrEqual(5);
    const ja = readerText(page('topics/glossary.mdx'));
    const en = readerText(page('en/topics/glossary.mdx'));
    for (const t of noted) {
      expect(t.note!.ja).toMatch(/[\p{Script=Hiragana}]/u);
      expect(ja, t.ja).toContain(t.note!.ja);
      expect(ja, t.ja).not.toContain(t.note!.en);
      expect(en, t.ja).toContain(t.note!.en);
    }
  });
  it('sets each term on a line of its own, not in table columns that split words', () => {
    for (const l of LANGS) {
      const mdx = page(pagePath('topics/glossary.mdx', l));
      expect(tableRows(mdx)).toEqual([]);
      for (const t of glossary) expect(mdx).toMatch(new RegExp(`<div class="term" id="${termId(t)}"><dt>`));
    }
  });
});
