// Every figure the site publishes, by id: what the chart components render and what
// src/pages/figures/ serves as downloads (/figures/<id>.csv, .json, .ja.svg, .en.svg). A figure's
// download exists only if its id is here, so a component refuses an id this list does not know.
import { budgetData, budgetFigure, budgetStandaloneSvg } from './budget.ts';
import { coauthorshipData, coauthorshipFigure, coauthorshipStandaloneSvg, FIGURE_ID as COAUTHORSHIP_ID } from './coauthorship.ts';
import { programOrder, type ChartData } from './data.ts';
import type { Lang } from './format.ts';
import { toCsv, type FigureData, type FigureModel } from './model.ts';
import { FIGURE_ID as SAKURA_ID, sakuraData, sakuraFigure, sakuraStandaloneSvg } from './sakura.ts';
import { FIGURE_ID as TRIAL_CALL_ID, trialCallData, trialCallFigure, trialCallStandaloneSvg } from './trial-call.ts';

export type FigureSpec =
  | { id: string; kind: 'budget'; programs: string[] }
  | { id: string; kind: 'coauthorship' }
  | { id: string; kind: 'sakura' }
  | { id: string; kind: 'trial-call' };

/**
 * Budget figures for several programs, by id. 'all' is every program in the directory that has
 * budget rows, in the directory's order. A one-program figure needs no entry: it is budget-<program>.
 */
export const BUDGET_SETS: Readonly<Record<string, readonly string[] | 'all'>> = {
  'budgets-overview': 'all',
  'budgets-main-programs': ['sicorp', 'satreps', 'aspire', 'wpi', 'sakura-science'],
};

/** Programs with budget rows, in the directory's order (rows for ids outside the directory, such as slide totals, are left out). */
export function budgetPrograms(data: ChartData): string[] {
  const withRows = new Set(data.budgets.map((r) => r.program));
  return programOrder(data).filter((id) => withRows.has(id));
}

export function figureSpecs(data: ChartData): FigureSpec[] {
  const specs: FigureSpec[] = [
    ...budgetPrograms(data).map((program) => ({ id: `budget-${program}`, kind: 'budget' as const, programs: [program] })),
    ...Object.entries(BUDGET_SETS).map(([id, set]) => ({ id, kind: 'budget' as const, programs: set === 'all' ? budgetPrograms(data) : [...set] })),
    { id: COAUTHORSHIP_ID, kind: 'coauthorship' },
    { id: SAKURA_ID, kind: 'sakura' },
    { id: TRIAL_CALL_ID, kind: 'trial-call' },
  ];
  const ids = specs.map((s) => s.id);
  const dup = ids.find((id, i) => ids.indexOf(id) !== i);
  if (dup) throw new Error(`figure id "${dup}" is used twice`);
  return specs;
}

/** The registered id for a BudgetChart's programs; with `id`, checks that it is registered for exactly those programs. */
export function budgetFigureId(data: ChartData, programs: readonly string[], id?: string): string {
  const specs = figureSpecs(data).filter((s): s is Extract<FigureSpec, { kind: 'budget' }> => s.kind === 'budget');
  const same = (s: Extract<FigureSpec, { kind: 'budget' }>) => s.programs.length === programs.length && s.programs.every((p, i) => p === programs[i]);
  if (id !== undefined) {
    const spec = specs.find((s) => s.id === id);
    if (!spec) throw new Error(`BudgetChart: figure id "${id}" is not registered; budget figure ids are budget-<program> or one of ${Object.keys(BUDGET_SETS).join(', ')} (src/lib/charts/registry.ts).`);
    if (!same(spec)) throw new Error(`BudgetChart: figure "${id}" is registered for [${spec.programs.join(', ')}], not [${programs.join(', ')}].`);
    return id;
  }
  const found = specs.find(same);
  if (!found) throw new Error(`BudgetChart: no figure is registered for programs [${programs.join(', ')}]; add the set to BUDGET_SETS in src/lib/charts/registry.ts (its downloads are served from there).`);
  return found.id;
}

export function figureModel(spec: FigureSpec, data: ChartData, lang: Lang): FigureModel {
  switch (spec.kind) {
    case 'budget':
      return budgetFigure(data, { id: spec.id, programs: spec.programs, lang });
    case 'coauthorship':
      return coauthorshipFigure(data, lang, spec.id);
    case 'sakura':
      return sakuraFigure(data, lang, spec.id);
    case 'trial-call':
      return trialCallFigure(data, lang, spec.id);
  }
}

export function figureData(spec: FigureSpec, data: ChartData): FigureData {
  switch (spec.kind) {
    case 'budget':
      return budgetData(data, { id: spec.id, programs: spec.programs });
    case 'coauthorship':
      return coauthorshipData(data);
    case 'sakura':
      return sakuraData(data);
    case 'trial-call':
      return trialCallData(data);
  }
}

export function standaloneSvg(spec: FigureSpec, data: ChartData, lang: Lang, css: string): string {
  switch (spec.kind) {
    case 'budget':
      return budgetStandaloneSvg(data, { id: spec.id, programs: spec.programs, lang }, css);
    case 'coauthorship':
      return coauthorshipStandaloneSvg(data, lang, css);
    case 'sakura':
      return sakuraStandaloneSvg(data, lang, css);
    case 'trial-call':
      return trialCallStandaloneSvg(data, lang, css);
  }
}

export interface FigureFile {
  name: string;
  contentType: string;
  body: (data: ChartData, css: string) => string;
}

/** The download files of every figure: <id>.csv, <id>.json, <id>.ja.svg, <id>.en.svg. */
export function figureFiles(data: ChartData): FigureFile[] {
  return figureSpecs(data).flatMap((spec) => [
    { name: `${spec.id}.csv`, contentType: 'text/csv; charset=utf-8', body: (d: ChartData) => { const f = figureData(spec, d); return toCsv(f.rows, f.columns); } },
    { name: `${spec.id}.json`, contentType: 'application/json', body: (d: ChartData) => `${JSON.stringify(figureData(spec, d), null, 2)}\n` },
    ...(['ja', 'en'] as const).map((lang) => ({ name: `${spec.id}.${lang}.svg`, contentType: 'image/svg+xml', body: (d: ChartData, css: string) => standaloneSvg(spec, d, lang, css) })),
  ]);
}
