/**
 * MDX for untrusted text. Every character MDX or Markdown could read as syntax becomes a numeric
 * character reference, so seed text renders as the same text: <各国が…>, {, }, *, _, #, |, > and
 * leading spaces included. Our own markup (links, spans) is built around escaped text, never from it.
 */
import { stringify as stringifyYaml } from 'yaml';
import { scriptRuns } from '../../src/core/script-runs.ts';

const SYNTAX = /[\\`*_{}[\]()<>#+\-.!|~&:$^"'=%@]/g;

/**
 * MDX reads a paragraph that begins with `import` or `export` as an ES module statement whatever is
 * escaped inside it; a character reference for the keyword's first letter makes it text again
 * (proved with satteri, the compiler behind Astro's MDX, in tests/unit/injection.test.ts). Every
 * occurrence is escaped, so text that ends up at the start of a line after concatenation is safe too.
 */
const ESM_KEYWORD = /\b([ie])(?=(?:mport|xport)\b)/g;

export function mdxText(text: string): string {
  return text
    .replace(/\r\n?|[\n\u2028\u2029]/g, ' ')
    .replace(SYNTAX, (c) => `&#${c.codePointAt(0)};`)
    .replace(ESM_KEYWORD, (c) => `&#${c.codePointAt(0)};`)
    .replace(/^[ \t]+/, (m) => m.replace(/ /g, '&#32;').replace(/\t/g, '&#9;'));
}

/** English text that may quote Japanese: each Japanese run becomes <span lang="ja">…</span>. */
export function mdxEnglish(text: string): string {
  return scriptRuns(text)
    .map((r, i) => (r.ja ? `<span lang="ja">${mdxText(r.text)}</span>` : i === 0 ? mdxText(r.text) : mdxText(r.text).replace(/^&#32;|^ /, ' ')))
    .join('');
}

/** Text in the page's language: English is checked for Japanese runs to mark. */
export const pageText = (l: 'ja' | 'en', text: string) => (l === 'en' ? mdxEnglish(text) : mdxText(text));

/** A double-quoted JSX attribute value: character references work there too. */
export function mdxAttr(value: string): string {
  return `"${value.replace(/[&"<>{}]/g, (c) => `&#${c.codePointAt(0)};`)}"`;
}

/** A page's frontmatter block, written by the yaml package (which quotes whatever YAML would misread). */
export function frontmatter(data: Record<string, unknown>): string {
  return `---\n${stringifyYaml(data, { lineWidth: 0 })}---`;
}

export function link(text: string, href: string, attrs: Record<string, string> = {}): string {
  const extra = Object.entries(attrs)
    .map(([k, v]) => ` ${k}=${mdxAttr(v)}`)
    .join('');
  // Link text may mix scripts on English pages (a Japanese title); Japanese runs are marked.
  return `<a href=${mdxAttr(href)}${extra}>${mdxEnglishIfMixed(text)}</a>`;
}

/** Japanese-only text stays as it is (the page marks its language); mixed text gets its runs marked. */
function mdxEnglishIfMixed(text: string): string {
  const runs = scriptRuns(text);
  return runs.some((r) => !r.ja && /[A-Za-z]/.test(r.text)) && runs.some((r) => r.ja) ? mdxEnglish(text) : mdxText(text);
}

/** Text in the other language, marked for screen readers and hyphenation: <span lang="ja">…</span>. */
export const lang = (code: 'ja' | 'en', text: string) => `<span lang="${code}">${mdxText(text)}</span>`;

/** The text of MDX we wrote (tags dropped, character references read back), for an attribute. */
const plainOf = (mdx: string) => mdx.replace(/<[^>]*>/g, '').replace(/&#(\d+);/g, (_, n: string) => String.fromCodePoint(Number(n))).replace(/\s+/g, ' ').trim();

/** A table with this many columns marks its page as table-heavy: wider on a desktop (src/styles/custom.css). */
const WIDE_TABLE_COLUMNS = 6;

/**
 * A Markdown table whose cells are already MDX (pipes inside cells are escaped by mdxText), in a
 * scroll container that a keyboard can reach and a screen reader names (by `label`, else the column
 * headings); its first column stays in view and a fade shows there is more (src/styles/custom.css).
 */
export function table(header: string[], rows: string[][], caption?: string, label = header.map(plainOf).filter(Boolean).join(', ')): string {
  const head = `| ${header.join(' | ')} |\n|${header.map(() => '---').join('|')}|`;
  const body = rows.map((r) => `| ${r.join(' | ')} |`).join('\n');
  const open = `<div class="table-scroll" role="region" tabindex="0" aria-label=${mdxAttr(label)}${header.length >= WIDE_TABLE_COLUMNS ? ' data-wide=""' : ''}>`;
  return `${caption ? `${caption}\n\n` : ''}${open}\n\n${head}\n${body}\n\n</div>\n`;
}

/** A page description: the first sentence, cut at a word boundary if long. */
export function description(text: string, l: 'ja' | 'en', max = 200): string {
  const first = (l === 'ja' ? /^.*?。/su.exec(text) : /^.*?[.!?](?=\s|$)/su.exec(text))?.[0] ?? text;
  if (first.length <= max) return first;
  const cut = first.slice(0, max);
  return `${l === 'en' ? cut.slice(0, cut.lastIndexOf(' ')) : cut}…`;
}

/** An import line for a component under src/components/, from a generated page (en/ pages sit one level deeper). */
export function importComponent(name: string, path: string, l: 'ja' | 'en'): string {
  return `import ${name} from '${l === 'ja' ? '../../../' : '../../../../'}components/${path}';`;
}
