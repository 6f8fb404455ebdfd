import type { Lang } from '../../src/core/locales.ts';
import { sourceLineHref } from '../../src/core/urls.ts';
import type { ResolvedCite, ResolvedLead } from '../pipeline/leads.ts';
import { link, pageText } from './mdx.ts';
import { words } from './words.ts';

/**
 * The resolved leads of the current build, by program id. buildContent (content.ts) sets them once
 * they have passed validation, before it writes any page; a program with no lead gets none.
 */
const leads = new Map<string, ResolvedLead>();

export function useLeads(resolved: Iterable<ResolvedLead>): void {
  leads.clear();
  for (const l of resolved) leads.set(l.program, l);
}

/**
 * A program page's lead: two to four sentences of ours, each resting on cited source lines.
 * One paragraph; each sentence is followed by superscript links to its cited lines.
 * Returns '' for a program that has no lead yet.
 */
export function programLeadMdx(programId: string, l: Lang): string {
  const lead = leads.get(programId);
  if (!lead) return '';
  const w = words(l);
  const sentences = lead.sentences.map((s) => {
    const marks = citedRanges(s.cites).map(({ seed, from, to }) => {
      const values = { seed, line: from, from, to };
      const [mark, label] = from === to ? ['lead.citeMark', 'lead.citeLabel'] : ['lead.citeMarkRange', 'lead.citeLabelRange'];
      return link(w.t(mark, values), sourceLineHref(seed, from, l), { 'aria-label': w.t(label, values), 'data-seed': seed, 'data-line': String(from), 'data-to': String(to) });
    });
    return `${pageText(l, s[l])}<sup class="lead-cite">${marks.join(w.text('lead.citeSeparator'))}</sup>`;
  });
  return `<p class="program-lead">${sentences.join(w.text('lead.sentenceSeparator'))}</p>\n`;
}

/** Lines a few apart (a slide's wrapped lines, a blank between) in one seed make one link. */
const RANGE_GAP = 2;

/**
 * A sentence's cited lines as ranges, one link each: the range holding the first cite first (the
 * sentence's main source), then the others in seed and line order.
 */
export function citedRanges(cites: readonly ResolvedCite[]): { seed: string; from: number; to: number }[] {
  const sorted = [...cites].sort((a, b) => a.seed.localeCompare(b.seed) || a.line - b.line);
  const ranges: { seed: string; from: number; to: number }[] = [];
  for (const c of sorted) {
    const last = ranges.at(-1);
    if (last && last.seed === c.seed && c.line - last.to <= RANGE_GAP) last.to = Math.max(last.to, c.line);
    else ranges.push({ seed: c.seed, from: c.line, to: c.line });
  }
  const first = cites[0];
  const main = ranges.findIndex((r) => first && r.seed === first.seed && r.from <= first.line && first.line <= r.to);
  return main > 0 ? [ranges[main]!, ...ranges.filter((_, i) => i !== main)] : ranges;
}

/** The lead as plain text in a language (for a page description or a directory entry); '' without a lead. */
export function programLeadText(programId: string, l: Lang): string {
  const lead = leads.get(programId);
  return lead ? lead.sentences.map((s) => s[l]).join(words(l).t('lead.sentenceSeparator')) : '';
}

/** The lead's first sentence as plain text: what the home pages show under a program's name; '' without a lead. */
export function programLeadSummary(programId: string, l: Lang): string {
  return leads.get(programId)?.sentences[0]?.[l] ?? '';
}
