/**
 * Every generated page is compiled here, before anything is written, with the compiler Astro's MDX
 * integration uses (satteri's mdxToJs, through @astrojs/markdown-satteri), so a page that would break
 * the site build stops the pipeline instead, and is reported at the seed line whose text stands
 * where the compiler stopped. A page may hold no module statement but the component imports we write:
 * seed text that became one would vanish from the page silently.
 */
import { mdxToJs, mdxToMdast } from 'satteri';
import { SeedError } from '../pipeline/errors.ts';
import type { Seed } from '../pipeline/seed.ts';
import { normalizeForMatch } from '../pipeline/text.ts';

/**
 * The module statements our generators write: imports from the project by relative path
 * (`import Name from '../../../components/….astro';`, `import { a, b } from '../…';`).
 */
const OUR_ESM = /^import (?:[A-Za-z_$][\w$]*|\{[\w$\s,]+\}) from '\.\.?\/[\w/.-]+';$/;

interface Problem {
  line: number;
  column: number;
  detail: string;
}

/** Compile one page as Astro would; its problems, by line and column of the page. */
export function pageProblems(mdx: string): Problem[] {
  try {
    mdxToJs(mdx, { jsxImportSource: 'astro', elementAttributeNameCase: 'html', features: { gfm: true, smartPunctuation: true } });
  } catch (e) {
    const message = (e as Error).message;
    const at = /^(\d+):(\d+):\s*/.exec(message);
    return [{ line: at ? Number(at[1]) : 1, column: at ? Number(at[2]) : 1, detail: `MDX does not compile: ${at ? message.slice(at[0].length) : message}` }];
  }
  const tree = mdxToMdast(mdx) as { children: { type: string; value?: string; position?: { start: { line: number; column: number } } }[] };
  return tree.children
    .filter((n) => n.type === 'mdxjsEsm' && !OUR_ESM.test((n.value ?? '').trim()))
    .map((n) => ({ line: n.position?.start.line ?? 1, column: n.position?.start.column ?? 1, detail: `text would become an MDX module statement and vanish from the page: "${(n.value ?? '').trim().slice(0, 80)}"` }));
}

/** A line of MDX as the text a reader sees, each character with its column in the line (0-based). */
function visibleText(line: string): { text: string; at: number[] } {
  let text = '';
  const at: number[] = [];
  for (const m of line.matchAll(/<[^>]*>|&#(\d+);|&#x([0-9a-f]+);|[\s\S]/giu)) {
    if (m[0].startsWith('<') && m[0].length > 1) continue;
    const c = m[1] ? String.fromCodePoint(Number(m[1])) : m[2] ? String.fromCodePoint(parseInt(m[2], 16)) : m[0];
    if (/\s/u.test(c)) continue;
    text += c;
    at.push(m.index!);
  }
  return { text, at };
}

const squeeze = (s: string) => normalizeForMatch(s).replace(/\s+/gu, '');

/**
 * The seed line whose text stands at a position of a generated page: the longest stretch of the
 * page's visible text around the position that occurs in exactly one seed line. Passages are
 * cleaned (joined, spaces dropped), so the search is on text without white space.
 */
export function seedLineAt(mdxLine: string, column: number, seeds: ReadonlyMap<string, Seed>): { seed: Seed; line: number } | undefined {
  const { text, at } = visibleText(mdxLine);
  if (!text) return undefined;
  let pos = at.findIndex((i) => i >= column - 1);
  if (pos < 0) pos = text.length - 1;
  const lines = [...seeds.values()].flatMap((seed) => seed.lines.map((l) => ({ seed, line: l.n, text: squeeze(l.text) })));
  for (const n of [32, 24, 16, 12, 8, 6, 4]) {
    for (const start of [pos, pos - n + 1, pos - Math.floor(n / 2)]) {
      const s = Math.max(0, Math.min(start, text.length - n));
      const window = squeeze(text.slice(s, s + n));
      if (window.length < Math.min(n, 4)) continue;
      const hits = lines.filter((l) => l.text.includes(window));
      if (hits.length >= 1 && new Set(hits.map((h) => `${h.seed.id}:${h.line}`)).size === 1) return { seed: hits[0]!.seed, line: hits[0]!.line };
    }
  }
  return undefined;
}

/**
 * Compile every page; a problem is reported at the seed's file:line when seed text stands there,
 * else at the generated page's own path:line:column (then the fault is in our generators).
 */
export function checkPages(docs: ReadonlyMap<string, string>, seeds: ReadonlyMap<string, Seed>, docsLabel = 'src/content/docs'): SeedError[] {
  const errors: SeedError[] = [];
  for (const [page, mdx] of docs) {
    for (const p of pageProblems(mdx)) {
      const where = `${docsLabel}/${page}:${p.line}:${p.column}`;
      const hit = seedLineAt(mdx.split('\n')[p.line - 1] ?? '', p.column, seeds);
      errors.push(hit ? new SeedError(hit.seed.path, hit.line, `${p.detail} (in the generated ${where})`) : new SeedError(`${docsLabel}/${page}`, p.line, `column ${p.column}: ${p.detail}`));
    }
  }
  return errors;
}
