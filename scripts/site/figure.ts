import type { Lang } from '../../src/core/locales.ts';
import { sourceLineHref } from '../../src/core/urls.ts';
import type { Source } from '../../src/schemas/datasets.ts';
import { link } from './mdx.ts';
import { words } from './words.ts';

/** A figure as a link to the line it stands on; data-* let tests check the line holds it. */
export function figure(text: string, source: Source, written: string, l: Lang): string {
  return link(text, sourceLineHref(source.seed, source.line, l), {
    class: 'figure',
    'data-seed': source.seed,
    'data-line': String(source.line),
    'data-written': written,
  });
}

/** 資料003 195行 / document 003, line 195; 資料003 12〜15行 / document 003, lines 12–15. */
export function lineRef(seed: string, from: number, to: number, l: Lang): string {
  return from === to ? words(l).t('pages.lineRef', { seed, line: from }) : words(l).t('pages.linesRef', { seed, from, to });
}

/** A citation of lines as a small link: (document 003, lines 12–15). */
export function citeLines(seed: string, from: number, to: number, l: Lang): string {
  return link(lineRef(seed, from, to, l), sourceLineHref(seed, from, l), { class: 'cite' });
}
