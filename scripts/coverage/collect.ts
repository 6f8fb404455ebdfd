// The seed lines the site shows outside the source-document pages, from what the build generates:
// the quoted passages' ranges, every /sources/<seed>/#L<n> link in a generated page other than a
// source document's (figure links in tables, citations, leads, the at-a-glance list …), and the
// source lines of every published chart figure (drawn by Astro components, so not in the pages' MDX).
import type { DatasetRows } from '../../src/schemas/datasets.ts';
import type { ChartData } from '../../src/lib/charts/data.ts';
import { figureSpecs } from '../../src/lib/charts/registry.ts';
import type { SiteContent } from '../site/content.ts';
import { addLineLinks, addRange } from './compute.ts';

/** Pages whose lines do not count: the source documents themselves. */
const SOURCE_PAGE = /^(?:[a-z]{2}\/)?sources\/\d{3}\.mdx$/;

export type Shown = Map<string, Set<number>>;

export function shownLines(content: Pick<SiteContent, 'docs' | 'passages' | 'generated'>, datasets: DatasetRows): Shown {
  const shown: Shown = new Map();
  for (const p of content.passages) addRange(shown, p.seed, p.from, p.to);
  for (const [path, page] of content.docs) if (!SOURCE_PAGE.test(path)) addLineLinks(shown, page);
  const directory = content.generated.get('programs.json');
  if (!directory) throw new Error('the site content has no programs.json');
  const data: ChartData = {
    budgets: datasets.budgets,
    sakura: datasets['sakura-science'],
    coauthorship: datasets.coauthorship,
    trialCall: datasets['aspire-trial-call'],
    facts: datasets['program-facts'],
    seeds: datasets.seeds,
    // Our own output, validated by the schema the site reads it with when the site is built.
    programs: JSON.parse(directory) as ChartData['programs'],
  };
  for (const f of figureSpecs(data)) for (const s of f.chart.sources(data, f.params)) addRange(shown, s.seed, s.line, s.line);
  return shown;
}
