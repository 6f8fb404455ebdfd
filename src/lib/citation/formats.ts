// The citation files, written by citation-js from the work's CSL item: BibTeX (biblatex: @online for
// a web page, @dataset for the Data page), RIS (ELEC / DATA) and CSL-JSON. Shown in "Cite this page"
// and served at /cite/<route>.bib|.ris|.json.
import { Cite, plugins } from '@citation-js/core';
import '@citation-js/plugin-bibtex';
import '@citation-js/plugin-ris';
import type { Citation, CslItem } from './model.ts';

const bibtexConfig = plugins.config.get('@bibtex');
// Our keys (jpsti2023-programs-sicorp, cleaned of what BibTeX keys cannot hold) rather than labels
// made from the author and title, which citation-js cannot make from a Japanese name or title.
bibtexConfig.format.useIdAsLabel = true;
// Keep Japanese: the default (ASCII only) drops every character it has no LaTeX command for.
bibtexConfig.format.asciiOnly = false;

const LATEX_SPECIAL: Readonly<Record<string, string>> = {
  '\\': '\\textbackslash{}',
  // BibTeX counts every brace, escaped or not, so a literal brace must not be one.
  '{': '\\textbraceleft{}',
  '}': '\\textbraceright{}',
  '~': '\\textasciitilde{}',
  '^': '\\textasciicircum{}',
};
/** TeX's special characters escaped (&, %, $, #, _ with a backslash; the rest as commands). */
export const latexEscape = (s: string) => s.replace(/[\\&%$#_{}~^]/g, (ch) => LATEX_SPECIAL[ch] ?? `\\${ch}`);

/**
 * With asciiOnly off, citation-js 0.8 writes text fields as they are, and corporate names unescaped
 * in either mode (citation-js/citation-js#232), so a "&" would break LaTeX: the text fields are
 * escaped before it writes them. The URL stays verbatim.
 */
function latexSafe(item: CslItem): CslItem {
  return {
    ...item,
    title: latexEscape(item.title),
    author: item.author.map((a) => ({ literal: latexEscape(a.literal) })),
    ...(item['container-title'] ? { 'container-title': latexEscape(item['container-title']) } : {}),
    publisher: latexEscape(item.publisher),
    version: latexEscape(item.version),
    note: latexEscape(item.note),
  };
}

export function toBibTeX(c: Citation): string {
  if (/[{}\s]/.test(c.item.URL)) throw new Error(`${c.item.URL}: a URL BibTeX cannot hold verbatim`);
  return `${(new Cite(latexSafe(c.item)).format('biblatex') as string).trim()}\n`;
}

/**
 * RIS from citation-js's tag mapping, one tag a line. Its text output wraps values at 70 characters,
 * which readers join with a space (mid-word, mid-Japanese): the tags are taken as objects instead.
 * Its mapping keeps the version (ET) only for data and software, and a container title (T2) not
 * for web pages (Zotero's website title): a web page's are added, as the other formats carry them.
 * Its ID tag is the item id cut to 20 characters, which many pages share: it is left out (RIS makes
 * it optional; the URL identifies the page).
 */
export function toRIS(c: Citation): string {
  const [record] = new Cite(c.item).format('ris', { format: 'object' }) as Record<string, string | string[]>[];
  if (!record) throw new Error(`${c.item.URL}: citation-js wrote no RIS record`);
  const { TY, ID: _truncatedId, ...tags } = record;
  tags.ET ??= c.item.version;
  if (c.item['container-title'] !== undefined) tags.T2 ??= c.item['container-title'];
  const oneLine = (v: string) => String(v).replace(/\s*\n\s*/g, ' ');
  const lines = Object.entries(tags).flatMap(([tag, value]) => [value].flat().map((v) => `${tag}  - ${oneLine(v)}`));
  return [`TY  - ${TY}`, ...lines, 'ER  - ', ''].join('\n');
}

/** CSL-JSON as served: an array of one item. */
export function toCSLJSON(c: Citation): string {
  return `${new Cite(c.item).format('data', { format: 'text' }) as string}\n`;
}

export const CITE_FORMATS = [
  { id: 'bibtex', label: 'BibTeX', ext: 'bib', mediaType: 'application/x-bibtex; charset=utf-8', render: toBibTeX },
  { id: 'ris', label: 'RIS', ext: 'ris', mediaType: 'application/x-research-info-systems; charset=utf-8', render: toRIS },
  { id: 'csl-json', label: 'CSL-JSON', ext: 'json', mediaType: 'application/vnd.citationstyles.csl+json', render: toCSLJSON },
] as const;
