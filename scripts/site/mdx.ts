/**
 * MDX for untrusted text. Every character MDX or Markdown could read as syntax becomes a numeric
 * character reference, so seed text renders as the same text: <各国が…>, {, }, *, _, #, |, > and
 * leading spaces included. Our own markup (links, spans) is built around escaped text, never from it.
 */
const SYNTAX = /[\\`*_{}[\]()<>#+\-.!|~&:$^"'=%@]/g;

export function mdxText(text: string): string {
  return text
    .replace(/\r?\n/g, ' ')
    .replace(SYNTAX, (c) => `&#${c.codePointAt(0)};`)
    .replace(/^[ \t]+/, (m) => m.replace(/ /g, '&#32;').replace(/\t/g, '&#9;'));
}

/** A double-quoted JSX attribute value: character references work there too. */
export function mdxAttr(value: string): string {
  return `"${value.replace(/[&"<>{}]/g, (c) => `&#${c.codePointAt(0)};`)}"`;
}

/** A YAML scalar for frontmatter: JSON strings are valid YAML. */
export const yamlString = (s: string) => JSON.stringify(s);

export function link(text: string, href: string, attrs: Record<string, string> = {}): string {
  const extra = Object.entries(attrs)
    .map(([k, v]) => ` ${k}=${mdxAttr(v)}`)
    .join('');
  return `<a href=${mdxAttr(href)}${extra}>${mdxText(text)}</a>`;
}

/** Text in the other language, marked for screen readers and hyphenation: <span lang="ja">…</span>. */
export const lang = (code: 'ja' | 'en', text: string) => `<span lang="${code}">${mdxText(text)}</span>`;

/** A Markdown table whose cells are already MDX. Pipes inside cells are escaped by mdxText. */
export function table(header: string[], rows: string[][], caption?: string): string {
  const head = `| ${header.join(' | ')} |\n|${header.map(() => '---').join('|')}|`;
  const body = rows.map((r) => `| ${r.join(' | ')} |`).join('\n');
  return `${caption ? `${caption}\n\n` : ''}${head}\n${body}\n`;
}
