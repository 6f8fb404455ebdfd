// Generated tables (scripts/site/mdx.ts table()) are wrapped in a scroll container that a keyboard
// reaches and a screen reader names: compiled with satteri, as Astro's MDX compiles the pages.
import { mdxToHast } from 'satteri';
import { describe, expect, it } from 'vitest';
import { lang, mdxText, table } from '../../scripts/site/mdx.ts';

type HastNode = { type: string; value?: string; tagName?: string; name?: string; attributes?: { name: string; value: unknown }[]; properties?: Record<string, unknown>; children?: HastNode[] };
const find = (n: HastNode, pred: (n: HastNode) => boolean): HastNode | undefined => (pred(n) ? n : (n.children ?? []).map((c) => find(c, pred)).find(Boolean));
const textOf = (n: HastNode): string => (n.type === 'text' ? n.value! : (n.children ?? []).map(textOf).join(''));
/** An attribute of an element or of an MDX JSX element, whichever the compiler gives. */
function attr(n: HastNode, name: string): unknown {
  if (n.attributes) return n.attributes.find((a) => a.name === name)?.value;
  const camel = name.replace(/-([a-z])/g, (_, c: string) => c.toUpperCase());
  return n.properties?.[name] ?? n.properties?.[camel];
}

describe('table()', () => {
  it('wraps the table in a focusable region named by its column headings, with seed text kept as text', () => {
    const mdx = table([mdxText('<事業>'), lang('ja', '{年度}'), 'FY2020'], [[mdxText('a|b'), '1', '2']]);
    const hast = mdxToHast(mdx) as HastNode;
    const region = find(hast, (n) => (n.tagName ?? n.name) === 'div')!;
    expect(region).toBeDefined();
    expect(attr(region, 'role')).toBe('region');
    expect(String(attr(region, 'tabindex') ?? attr(region, 'tabIndex'))).toBe('0');
    expect(attr(region, 'aria-label')).toBe('<事業>, {年度}, FY2020');
    const tableNode = find(region, (n) => n.tagName === 'table');
    expect(tableNode).toBeDefined();
    expect(textOf(tableNode!)).toContain('a|b');
  });

  it('marks tables of six columns or more as wide, and takes a label where given', () => {
    const wide = table(['a', 'b', 'c', 'd', 'e', 'f'], [['1', '2', '3', '4', '5', '6']], undefined, 'Budgets');
    expect(wide).toMatch(/<div class="table-scroll" role="region" tabindex="0" aria-label="Budgets" data-wide="">/);
    expect(table(['a', 'b'], [['1', '2']])).not.toContain('data-wide');
  });
});
