import { describe, expect, it } from 'vitest';
import { shownLines } from '../../scripts/coverage/collect.ts';
import { computeCoverage, shortfalls } from '../../scripts/coverage/compute.ts';
import { FURNITURE } from '../../scripts/coverage/furniture.ts';
import { loadPrograms } from '../../scripts/editorial/load.ts';
import { locate } from '../../scripts/pipeline/seed.ts';
import { runPipeline } from '../../scripts/pipeline/run.ts';
import { buildContent } from '../../scripts/site/content.ts';

const out = runPipeline('seeds', { name: 't', title: 't', version: '0' });
const content = buildContent(await loadPrograms(), out.seeds, out.datasets, [...out.timelineCorrections, ...out.partnerCorrections]);

/** The page that quotes the seed line holding `text`, and whether both languages' pages exist. */
function quotedOn(seed: string, text: string): string[] {
  const n = locate(out.seeds.get(seed)!, { text }).n;
  return content.passages.filter((p) => p.seed === seed && p.from <= n && n <= p.to).map((p) => p.program);
}

describe('pages for every part of the documents (issue 10, item 5)', () => {
  const subjects: [string, string, string, string[]][] = [
    ['g7-2023', '003', 'Ｇ７仙台科学技術大臣会合を開催', ["G7 Science and Technology Ministers' Meeting in Sendai"]],
    ['g7-2023', '003', 'Ｇ７教育大臣会合を開催', ["G7 Education Ministers' Meeting"]],
    ['g7-2023', '003', 'G7期間中・前後でのバイ会談', ['Bilateral meetings']],
    ['g7-2023', '003', '【機関】JST-UKRI', ['UK Research and Innovation', 'semiconductors']],
    ['g7-2023', '003', '第１５回日米科学技術協力合同高級委員会', ['Joint High-Level Committee on Science and Technology Cooperation']],
    ['committee-report-2021', '003', 'Society 5.0に向けて国際交流・協力が最大の効果を発揮するため', ['Society 5.0']],
    ['committee-report-2021', '003', '国際交流・協力の効果の最大化にあたって、上記の目的に照らして考慮すべき観点', ['Perspectives to consider']],
    ['committee-report-2021', '003', '国際交流・協力のための取組の方向性', ['Directions for action']],
    ['foreign-expectations', '004', '米国科学技術政策局(OSTP) プラバカー局長', ['Office of Science and Technology Policy']],
    ['foreign-expectations', '004', 'オランダ ダイクラーフ教育・文化・科学大臣', ['Minister of Education, Culture and Science']],
    ['foreign-expectations', '004', 'カナダ モナ・ネマ主席科学顧問', ['Chief Science Advisor']],
    ['foreign-expectations', '004', '英国研究・イノベーション機構(UKRI)オットーライン最高責任者', ['UK Research and Innovation (UKRI)']],
    ['international-joint-research-promotion', '002', '（参考）国際科学技術共同研究推進事業', ['Program for Promoting International Joint Research in Science and Technology']],
  ];
  it.each(subjects)('%s quotes "%s" (seed %s) with its English name in both languages', (page, seed, text, english) => {
    expect(quotedOn(seed, text)).toContain(page);
    for (const file of [`programs/${page}.mdx`, `en/programs/${page}.mdx`]) expect(content.docs.has(file)).toBe(true);
    const en = content.docs.get(`en/programs/${page}.mdx`)!.replace(/&#(\d+);/g, (_, c: string) => String.fromCodePoint(Number(c)));
    for (const name of english) expect(en).toContain(name);
  });

  it('the umbrella program is the parent of SICORP and SATREPS', () => {
    const en = content.docs.get('en/programs/sicorp.mdx')!;
    expect(en).toContain('/en/programs/international-joint-research-promotion/');
    expect(content.docs.get('programs/satreps.mdx')!).toContain('/programs/international-joint-research-promotion/');
  });

  it('the site meets the coverage targets on the real seeds', () => {
    const seeds = [...out.seeds.values()].map((s) => ({ id: s.id, lines: s.lines.map((l) => l.text) }));
    const report = computeCoverage(seeds, shownLines(content, out.datasets), FURNITURE);
    expect(shortfalls(report)).toEqual([]);
  });
});
