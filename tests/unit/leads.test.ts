// Program leads: each sentence rests on seed lines found by text, and its English is held to its
// Japanese by jaHash; a lead that breaks either stops the build with the lead's file.
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { mdxToHast, mdxToJs } from 'satteri';
import { describe, expect, it } from 'vitest';
import { loadLeads, type Lead } from '../../scripts/editorial/lead.ts';
import { loadPrograms } from '../../scripts/editorial/load.ts';
import { jaHash } from '../../scripts/pipeline/clean.ts';
import { SeedErrors } from '../../scripts/pipeline/errors.ts';
import { resolveLead, type ResolvedLead } from '../../scripts/pipeline/leads.ts';
import { runPipeline } from '../../scripts/pipeline/run.ts';
import { buildContent } from '../../scripts/site/content.ts';
import { citedRanges, programLeadMdx, programLeadSummary, programLeadText, useLeads } from '../../scripts/site/program-lead.ts';
import { seedMap, seedOf } from './helpers.ts';

const FILE = 'scripts/editorial/leads/x.ts';
const seeds = seedMap(seedOf(['表題', '', '支援額 5百万円～1億円／年・課題', '支援期間 3年間（タイプにより異なる）', '', '事業期間 平成21年度～']));
const sentence = (ja: string, cites: Lead['sentences'][number]['cites'], en = 'English.') => ({ ja, en, cites, jaHash: jaHash([ja]) });
const good = [
  sentence('支援額は年5百万円～1億円である。', [{ seed: '900', text: '支援額 5百万円' }]),
  sentence('支援期間は3年間（タイプにより異なる）である。', [{ seed: '900', text: '支援期間' }, { seed: '900', text: '事業期間' }]),
];
const lead = (sentences: Lead['sentences']): Lead => ({ program: 'x', sentences });
const messages = (l: Lead) => resolveLead(l, seeds, FILE).errors.map((e) => e.message);

describe('resolveLead', () => {
  it('finds every cited line by its text', () => {
    const { lead: r, errors } = resolveLead(lead(good), seeds, FILE);
    expect(errors).toEqual([]);
    expect(r.sentences.map((s) => s.cites.map((c) => `${c.seed}:${c.line}`))).toEqual([['900:3'], ['900:4', '900:6']]);
    expect(r.sentences[1]!.cites[0]!.text).toBe('支援期間 3年間（タイプにより異なる）');
  });

  it('refuses a sentence with no source lines, naming the lead file', () => {
    expect(messages(lead([good[0]!, sentence('出典のない文である。', [])]))).toEqual([expect.stringMatching(/^scripts\/editorial\/leads\/x\.ts:1: lead sentence 2 of x .*cites no source lines/)]);
  });

  it('refuses a sentence whose Japanese changed since its English was written, and gives the new hash', () => {
    const changed = { ...good[0]!, ja: '支援額は年5百万円～2億円である。' };
    const [message, ...rest] = messages(lead([changed, good[1]!]));
    expect(rest).toEqual([]);
    expect(message).toMatch(/^scripts\/editorial\/leads\/x\.ts:1: lead sentence 1 of x .*the Japanese changed since the English was written/);
    expect(message).toContain(`now ${jaHash([changed.ja])}`);
  });

  it('refuses an anchor that no line holds, naming the lead file and the seed', () => {
    const [message, ...rest] = messages(lead([good[0]!, sentence('支援期間は5年である。', [{ seed: '900', text: '支援期間 5年' }])]));
    expect(rest).toEqual([]);
    expect(message).toMatch(/^scripts\/editorial\/leads\/x\.ts:1: lead sentence 2 of x .*cites a line not found: seeds\/900_test\.txt:1: no line contains "支援期間 5年"/);
  });

  it('refuses an anchor that matches several lines without nth or after', () => {
    expect(messages(lead([good[0]!, sentence('期間を定める。', [{ seed: '900', text: '期間' }])]))).toEqual([expect.stringContaining('occurs on lines 4, 6')]);
  });

  it('refuses a seed that is not there, and a lead of one sentence or of five', () => {
    expect(messages(lead([good[0]!, sentence('別の資料である。', [{ seed: '901', text: '表題' }])]))).toEqual([expect.stringContaining('cites seed 901, which is not in seeds/')]);
    expect(messages(lead([good[0]!]))).toEqual([expect.stringContaining('has 1 sentences; a lead has 2 to 4')]);
    expect(messages(lead([...good, ...good, good[0]!]))).toEqual([expect.stringContaining('has 5 sentences')]);
  });

  it('holds the English to the glossary: a term in the Japanese needs its English', () => {
    const s = sentence('国際共同研究を支援する。', [{ seed: '900', text: '表題' }], 'It supports joint research.');
    expect(messages(lead([good[0]!, s]))).toEqual([expect.stringContaining('uses 国際共同研究 (glossary: "international joint research"), but the English does not')]);
  });
});

describe('the build', () => {
  it('stops on a bad lead with its file, and writes the good ones into the pages', { timeout: 60_000 }, async () => {
    const out = runPipeline('seeds', { name: 'test', title: 'test', version: '0.0.0' });
    const programs = await loadPrograms();
    const leads = await loadLeads();
    const sicorp = leads.find((l) => l.lead.program === 'sicorp')!;
    const first = sicorp.lead.sentences[0]!;
    const broken = [
      { ...first, cites: [] },
      { ...first, ja: `${first.ja}（改）` },
    ];
    for (const s of broken) {
      const bad = { ...sicorp, lead: { ...sicorp.lead, sentences: [s, ...sicorp.lead.sentences.slice(1)] } };
      let error: unknown;
      try {
        buildContent(programs, out.seeds, out.datasets, out.timelineCorrections, leads.map((l) => (l === sicorp ? bad : l)));
      } catch (e) {
        error = e;
      }
      expect(error).toBeInstanceOf(SeedErrors);
      expect((error as Error).message).toMatch(/^scripts\/editorial\/leads\/sicorp\.ts:1: lead sentence 1 of sicorp/m);
    }
    const content = buildContent(programs, out.seeds, out.datasets, out.timelineCorrections, leads);
    for (const page of ['programs/sicorp.mdx', 'en/programs/sicorp.mdx']) {
      const mdx = content.docs.get(page)!;
      expect(mdx.indexOf('<p class="program-lead">')).toBeGreaterThan(0);
      expect(mdx.indexOf('<p class="program-lead">')).toBeLessThan(mdx.indexOf('\n## '));
    }
    const directory = JSON.parse(content.generated.get('programs.json')!) as { programs: { id: string; summary: Record<string, string> }[] }[];
    const entry = directory.flatMap((c) => c.programs).find((p) => p.id === 'stand')!;
    expect(entry.summary).toEqual({ ja: leads.find((l) => l.lead.program === 'stand')!.lead.sentences[0]!.ja, en: leads.find((l) => l.lead.program === 'stand')!.lead.sentences[0]!.en });
  });

  it('builds a program that has no lead: no lead paragraph, an empty home-page summary', { timeout: 60_000 }, async () => {
    const out = runPipeline('seeds', { name: 'test', title: 'test', version: '0.0.0' });
    const programs = await loadPrograms();
    const leads = (await loadLeads()).filter((l) => l.lead.program !== 'wpi');
    const content = buildContent(programs, out.seeds, out.datasets, out.timelineCorrections, leads);
    expect(content.docs.get('programs/wpi.mdx')).not.toContain('program-lead');
    expect(content.docs.get('programs/satreps.mdx')).toContain('program-lead');
    const directory = JSON.parse(content.generated.get('programs.json')!) as { programs: { id: string; summary: Record<string, string> }[] }[];
    expect(directory.flatMap((c) => c.programs).find((p) => p.id === 'wpi')!.summary).toEqual({ ja: '', en: '' });
  });
});

describe('the leads as written', async () => {
  const out = runPipeline('seeds', { name: 'test', title: 'test', version: '0.0.0' });
  const leads = await loadLeads();
  const programIds = readdirSync(join(import.meta.dirname, '../../scripts/editorial/programs')).filter((f) => f.endsWith('.ts')).map((f) => f.replace(/\.ts$/, ''));

  it('every program in scripts/editorial/programs has a lead', () => {
    const withLead = new Set(leads.map((l) => l.lead.program));
    expect(programIds.filter((id) => !withLead.has(id))).toEqual([]);
  });

  it.each(leads.map((l) => [l.lead.program, l] as const))('%s: every cited line is found, every jaHash is current', (_id, { lead: l, file }) => {
    expect(resolveLead(l, out.seeds, file).errors.map((e) => e.message)).toEqual([]);
  });

  // A number cannot be invented: every digit sequence of a sentence's Japanese (1,073 / 20～25 / 令和５年度) stands in its cited lines.
  it.each(leads.map((l) => [l.lead.program, l] as const))('%s: every number in the Japanese stands in the cited lines', (_id, { lead: l, file }) => {
    const { lead: r } = resolveLead(l, out.seeds, file);
    for (const s of r.sentences) {
      const cited = s.cites.map((c) => c.text.normalize('NFKC').replace(/(?<=\d),(?=\d{3})/g, '')).join('\n');
      const numbers = s.ja.normalize('NFKC').replace(/(?<=\d),(?=\d{3})/g, '').match(/\d+(?:\.\d+)?/g) ?? [];
      const missing = numbers.filter((n) => !new RegExp(`(?<![\\d.])${n.replace('.', '\\.')}(?![\\d]|\\.\\d)`).test(cited));
      expect({ sentence: s.ja, missing }).toEqual({ sentence: s.ja, missing: [] });
    }
  });

  it('each sentence is one sentence in each language', () => {
    for (const { lead: l } of leads) {
      for (const s of l.sentences) {
        expect(s.ja.match(/。/g)?.length, s.ja).toBe(1);
        expect(s.ja.endsWith('。'), s.ja).toBe(true);
        expect(/[.]$/.test(s.en), s.en).toBe(true);
        expect(/[\u3040-\u30ff\u4e00-\u9fff]/.test(s.en), s.en).toBe(false);
      }
    }
  });
});

describe('programLeadMdx', () => {
  const cite = (line: number, seed = '003') => ({ seed, line, text: '' });
  const hostile: ResolvedLead = {
    program: 'x',
    sentences: [
      { ja: 'export const x = 1; <b>{各国}</b> は *強調* しない。', en: 'import a from "b"; <script>alert(1)</script> {x} [link](x).', cites: [cite(10), cite(11), cite(40), cite(5, '000')] },
      { ja: '二文目である。', en: 'Second sentence.', cites: [cite(20)] },
    ],
  };
  const render = (mdx: string) => {
    mdxToJs(mdx, { jsxImportSource: 'astro', elementAttributeNameCase: 'html', features: { gfm: true, smartPunctuation: true } });
    type Node = { type: string; value?: string; tagName?: string; name?: string; properties?: Record<string, unknown>; attributes?: { name: string; value: unknown }[]; children?: Node[] };
    const tree = mdxToHast(mdx) as Node;
    const text = (n: Node): string => (n.type === 'text' ? n.value! : (n.children ?? []).map(text).join(''));
    const links = (n: Node): Node[] => [...(n.tagName === 'a' || n.name === 'a' ? [n] : []), ...(n.children ?? []).flatMap(links)];
    return { text: text(tree), hrefs: links(tree).map((a) => a.properties?.href ?? a.attributes?.find((x) => x.name === 'href')?.value) };
  };

  it('renders seed-like text as the same text, each sentence followed by links to its lines, the first cite first', () => {
    useLeads([hostile]);
    const ja = render(programLeadMdx('x', 'ja'));
    expect(ja.text).toBe(`${hostile.sentences[0]!.ja}003:10–11、000:5、003:40${hostile.sentences[1]!.ja}003:20`);
    expect(ja.hrefs).toEqual(['/sources/003/#L10', '/sources/000/#L5', '/sources/003/#L40', '/sources/003/#L20']);
    const en = render(programLeadMdx('x', 'en'));
    expect(en.text).toBe(`${hostile.sentences[0]!.en}003:10–11, 000:5, 003:40 ${hostile.sentences[1]!.en}003:20`);
    expect(en.hrefs[0]).toBe('/en/sources/003/#L10');
    expect(programLeadText('x', 'en')).toBe(`${hostile.sentences[0]!.en} ${hostile.sentences[1]!.en}`);
    expect(programLeadSummary('x', 'ja')).toBe(hostile.sentences[0]!.ja);
  });

  it('gives nothing for a program without a lead', () => {
    useLeads([hostile]);
    expect(programLeadMdx('y', 'ja')).toBe('');
    expect(programLeadText('y', 'en')).toBe('');
    expect(programLeadSummary('y', 'en')).toBe('');
  });

  it('joins lines a few apart in one seed into one range, and keeps the first cite’s range first', () => {
    expect(citedRanges([cite(30), cite(10), cite(12), cite(31)])).toEqual([
      { seed: '003', from: 30, to: 31 },
      { seed: '003', from: 10, to: 12 },
    ]);
    expect(citedRanges([cite(10), cite(14)])).toEqual([
      { seed: '003', from: 10, to: 10 },
      { seed: '003', from: 14, to: 14 },
    ]);
  });
});
