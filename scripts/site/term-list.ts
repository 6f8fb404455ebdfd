import type { Lang } from '../../src/core/locales.ts';
import { words } from './words.ts';

/** A glossary entry: the Japanese term, its English (MDX, already escaped) and notes, each a line. */
export interface TermEntry {
  id?: string;
  /** The Japanese term; absent for a name that has none (an agency known only by its own name). */
  ja?: string;
  en: string;
  notes: string[];
}

/** Glossary entries as a definition list, one term per line, so that narrow columns never split a word. */
export function termList(entries: readonly TermEntry[], l: Lang): string {
  const w = words(l);
  const entry = (e: TermEntry) =>
    `<div class="term"${e.id ? ` id=${JSON.stringify(e.id)}` : ''}><dt>${e.ja ? `${w.foreign('ja', e.ja)}${w.t('topic.glossary.between')}` : ''}${e.en}</dt>${e.notes.filter(Boolean).map((n) => `<dd>${n}</dd>`).join('')}</div>`;
  return `<dl class="glossary-terms">${entries.map(entry).join('')}</dl>\n`;
}
