import { DEFAULT_LANG, LANGS, localePrefix, type Lang } from '../../src/core/locales.ts';
import type { DatasetRows, ProgramFactRow, SeedRecord } from '../../src/schemas/datasets.ts';
import { missingTerms } from '../editorial/glossary.ts';
import type { LoadedProgram } from '../editorial/load.ts';
import { Category, type Correction, type ProgramParsed } from '../editorial/schema.ts';
import type { AppliedCorrection } from '../pipeline/clean.ts';
import { SeedError, SeedErrors } from '../pipeline/errors.ts';
import { resolvePassage, type ResolvedPassage } from '../pipeline/passages.ts';
import type { Seed } from '../pipeline/seed.ts';
import { programPage, type PageContext } from './program-page.ts';
import { topicPage, type TopicContext } from './topic-pages.ts';
import { tierExamples, topics } from '../editorial/topics.ts';
import { Passage } from '../editorial/schema.ts';
import { locate } from '../pipeline/seed.ts';
import { errataPage, sourcePage } from './source-pages.ts';
import { countryIndexData, countryPages } from './country-pages.ts';
import { inEveryLang } from './words.ts';
import type { LoadedLead } from '../editorial/lead.ts';
import { resolveLead } from '../pipeline/leads.ts';
import { programLeadSummary, useLeads } from './program-lead.ts';

/** Dataset programs shown on topic pages rather than a program page of their own. */
export const TOPIC_ONLY_PROGRAMS = new Set(['international-joint-research-total']);

/** A generated page's file under src/content/docs/: the root language's at the top, others under their prefix. */
const pagePath = (file: string, l: Lang) => [localePrefix(l), file].filter(Boolean).join('/');

export interface SiteContent {
  /** Relative to src/content/docs/. */
  docs: Map<string, string>;
  /** Relative to generated/. */
  generated: Map<string, string>;
  passages: ResolvedPassage[];
  corrections: AppliedCorrection[];
}

const json = (v: unknown) => `${JSON.stringify(v, null, 2)}\n`;

/** A Starlight sidebar group label: the root language's words, with the others as translations. */
const sidebarLabel = (key: string) => {
  const words = inEveryLang(key);
  return { label: words[DEFAULT_LANG], translations: Object.fromEntries(LANGS.filter((l) => l !== DEFAULT_LANG).map((l) => [l, words[l]])) };
};

function mergeCorrections(programs: LoadedProgram[]): Correction[] {
  const seen = new Map<string, Correction>();
  for (const { program, file } of programs) {
    for (const c of program.corrections) {
      const key = `${c.seed}|${JSON.stringify(c.at)}|${c.asWritten}`;
      const prior = seen.get(key);
      if (prior && prior.corrected !== c.corrected) throw new Error(`${file}: the correction of "${c.asWritten}" in seed ${c.seed} disagrees with another program's ("${prior.corrected}" vs "${c.corrected}")`);
      seen.set(key, c);
    }
  }
  return [...seen.values()];
}

/** Which page shows a fact: the page that claims its scheme, or else its program's page. */
function factPages(programs: ProgramParsed[]) {
  const bySchemePrefix: [string, string][] = programs.flatMap((p) => (p.dataSchemes ?? []).map((s) => [s, p.id] as [string, string]));
  const owners = (fact: ProgramFactRow): string[] => {
    const claimed = bySchemePrefix.filter(([s]) => fact.scheme?.startsWith(s)).map(([, id]) => id);
    if (claimed.length) return claimed;
    return programs.filter((p) => !p.dataSchemes && (p.dataPrograms ?? [p.id]).includes(fact.program)).map((p) => p.id);
  };
  return owners;
}

export function buildContent(loaded: LoadedProgram[], seeds: ReadonlyMap<string, Seed>, datasets: DatasetRows, timelineCorrections: AppliedCorrection[] = [], leads: LoadedLead[] = []): SiteContent {
  const errors: SeedError[] = [];
  const programs = loaded.map((l) => l.program);
  const byId = new Map(programs.map((p) => [p.id, p]));
  if (byId.size !== programs.length) throw new Error('two program files share an id');
  for (const { program: p, file } of loaded) {
    for (const r of [...p.related, ...(p.parent ? [p.parent] : []), ...(p.forerunnerOf ? [p.forerunnerOf] : [])]) if (!byId.has(r)) errors.push(new SeedError(file, 1, `${p.id} names "${r}", which is no program`));
    if (p.parent && p.parent === p.forerunnerOf) errors.push(new SeedError(file, 1, `${p.id} cannot be both part and forerunner of ${p.parent}`));
  }

  const corrections = mergeCorrections(loaded);
  const passages: ResolvedPassage[] = [];
  for (const { program, file } of loaded) {
    const ids = new Set<string>();
    for (const p of program.passages) {
      if (ids.has(p.id)) errors.push(new SeedError(file, 1, `${program.id} has two passages called ${p.id}`));
      ids.add(p.id);
      try {
        const r = resolvePassage(program, p, seeds, corrections, file);
        const missing = missingTerms(r.ja.join('\n'), r.en.join('\n'));
        if (missing.length) {
          errors.push(new SeedError(file, 1, `passage ${r.key}: the Japanese uses ${missing.map((t) => `${t.ja} (glossary: "${t.en}")`).join(', ')}, but the English does not`));
        }
        passages.push(r);
      } catch (e) {
        if (e instanceof SeedError) errors.push(e);
        else throw e;
      }
    }
  }
  const topicPassages = new Map<string, ResolvedPassage[]>();
  for (const t of topics) {
    const resolved: ResolvedPassage[] = [];
    for (const raw of t.passages) {
      try {
        const r = resolvePassage({ id: `topic-${t.id}` }, Passage.parse(raw), seeds, corrections, 'scripts/editorial/topics.ts');
        const missing = missingTerms(r.ja.join('\n'), r.en.join('\n'));
        if (missing.length) errors.push(new SeedError('scripts/editorial/topics.ts', 1, `passage ${r.key}: the Japanese uses ${missing.map((m) => `${m.ja} (glossary: "${m.en}")`).join(', ')}, but the English does not`));
        resolved.push(r);
      } catch (e) {
        if (e instanceof SeedError) errors.push(e);
        else throw e;
      }
    }
    topicPassages.set(t.id, resolved);
  }
  const tiers = tierExamples.flatMap((example) => {
    try {
      return [{ example, line: locate(seeds.get(example.at.seed)!, example.at).n }];
    } catch (e) {
      if (e instanceof SeedError) errors.push(e);
      else throw e;
      return [];
    }
  });

  // Every correction must be used by some passage, or it corrects nothing on the site.
  const appliedCorrections = [...passages, ...[...topicPassages.values()].flat()].flatMap((p) => p.corrections).concat(timelineCorrections);
  const uniqueApplied = [...new Map(appliedCorrections.map((c) => [`${c.seed}:${c.line}:${c.asWritten}`, c])).values()];
  for (const c of corrections) {
    if (!uniqueApplied.some((a) => a.seed === c.seed && a.asWritten === c.asWritten)) errors.push(new SeedError(`seeds/${c.seed}`, 1, `the correction of "${c.asWritten}" applies to no quoted passage`));
  }

  // Every figure lands on a page (or a topic page).
  const owners = factPages(programs);
  for (const f of datasets['program-facts']) {
    if (owners(f).length === 0 && !TOPIC_ONLY_PROGRAMS.has(f.program)) errors.push(new SeedError(`seeds/${f.source.seed}`, f.source.line, `program fact ${f.id} belongs to no program page (program "${f.program}")`));
  }
  const budgetPages = (program: string) => programs.filter((p) => (p.dataPrograms ?? [p.id]).includes(program) && !p.dataSchemes);
  for (const b of datasets.budgets) {
    if (budgetPages(b.program).length === 0 && !TOPIC_ONLY_PROGRAMS.has(b.program)) errors.push(new SeedError(`seeds/${b.source.seed}`, b.source.line, `budget ${b.id} belongs to no program page (program "${b.program}")`));
  }
  // Leads (scripts/editorial/leads/): every sentence's lines found, its English held to its Japanese.
  const resolvedLeads = leads.map(({ lead, file }) => {
    if (!byId.has(lead.program)) errors.push(new SeedError(file, 1, `a lead for "${lead.program}", which is no program`));
    const r = resolveLead(lead, seeds, file);
    errors.push(...r.errors);
    return r.lead;
  });
  if (errors.length) throw new SeedErrors(errors);
  useLeads(resolvedLeads);

  const seedRecords = new Map<string, SeedRecord>(datasets.seeds.map((s) => [s.id, s]));
  const ctx: PageContext = { programs: byId, seeds: seedRecords };
  const docs = new Map<string, string>();
  for (const p of programs) {
    const data = {
      program: p,
      passages: passages.filter((x) => x.program === p.id),
      budgets: p.dataSchemes ? [] : datasets.budgets.filter((b) => (p.dataPrograms ?? [p.id]).includes(b.program)),
      allBudgets: datasets.budgets,
      facts: datasets['program-facts'].filter((f) => owners(f).includes(p.id)),
      partners: datasets.partners.filter((r) => r.program === p.id),
    };
    for (const l of LANGS) docs.set(pagePath(`programs/${p.id}.mdx`, l), programPage(data, ctx, l));
  }
  for (const rec of seedRecords.values()) {
    for (const l of LANGS) docs.set(pagePath(`sources/${rec.id}.mdx`, l), sourcePage(rec, l));
  }
  const withBudgets = new Set(datasets.budgets.map((b) => b.program));
  const budgetChartPrograms = Category.options
    .flatMap((c) => programs.filter((p) => p.category === c).sort((a, b) => a.order - b.order))
    .map((p) => p.id)
    .filter((id) => withBudgets.has(id));
  for (const t of topics) {
    const tctx: TopicContext = { topic: t, passages: topicPassages.get(t.id)!, datasets, programs: byId, seeds, seedRecords, tiers, budgetChartPrograms };
    for (const l of LANGS) docs.set(pagePath(`topics/${t.id}.mdx`, l), topicPage(tctx, l));
  }
  for (const l of LANGS) docs.set(pagePath('sources/errata.mdx', l), errataPage(uniqueApplied, seedRecords, l, seeds));
  for (const [file, mdx] of countryPages({ datasets, programs: byId, seedRecords })) docs.set(file, mdx);

  const generated = new Map<string, string>();
  for (const seed of seeds.values()) {
    generated.set(`sources/${seed.id}.json`, json(seed.lines.map((l) => l.text)));
  }
  const directory = Category.options.map((c) => ({
    category: c,
    label: inEveryLang(`pages.category.${c}`),
    programs: programs
      .filter((p) => p.category === c)
      .sort((a, b) => a.order - b.order)
      .map((p) => ({
        id: p.id,
        name: p.name,
        acronym: p.acronym ?? null,
        parent: p.parent ?? null,
        summary: Object.fromEntries(LANGS.map((l) => [l, programLeadSummary(p.id, l)])),
      })),
  }));
  generated.set('programs.json', json(directory));
  generated.set('countries.json', json(countryIndexData(datasets.partners)));
  generated.set('topics.json', json([...topics].sort((a, b) => a.order - b.order).map((t) => ({ id: t.id, title: t.title, intro: t.intro }))));
  const sidebar = [
    { ...sidebarLabel('pages.sidebar.about'), items: [{ slug: 'index' }, { slug: 'data' }] },
    { ...sidebarLabel('pages.sidebar.topics'), items: [...[...topics].sort((a, b) => a.order - b.order).map((t) => ({ slug: `topics/${t.id}` })), { slug: 'countries' }] },
    ...directory.map((c) => ({ ...sidebarLabel(`pages.category.${c.category}`), items: c.programs.map((p) => ({ slug: `programs/${p.id}` })) })),
    { ...sidebarLabel('pages.sidebar.sources'), items: [...[...seedRecords.keys()].map((id) => ({ slug: `sources/${id}` })), { slug: 'sources/errata' }] },
  ];
  generated.set('sidebar.json', json(sidebar));
  return { docs, generated, passages: [...passages, ...[...topicPassages.values()].flat()], corrections: uniqueApplied };
}
