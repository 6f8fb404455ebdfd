/**
 * The kinds of page the site has (frontmatter `pageKind`). Readers see a kind's label in the search
 * filters: `pageKind.<kind>` in src/i18n/<lang>/ui.json (country: src/i18n/<lang>/countries.json).
 */
import { translator } from '../core/i18n.ts';
import type { Lang } from '../core/locales.ts';

export const PAGE_KINDS = ['home', 'data', 'program', 'topic', 'source', 'errata', 'country'] as const;
export type PageKind = (typeof PAGE_KINDS)[number];

/** ホーム / Home, 出典資料 / Source document … */
export function pageKindLabel(kind: PageKind, lang: Lang): string {
  return translator(lang)(`pageKind.${kind}`);
}

/**
 * The search filters, by what they filter. Pagefind UI shows a filter's key as its heading and has
 * no way to translate it, so the key is the heading in the page's language (`searchFilter.*` in
 * src/i18n/<lang>/ui.json): ページの種類 / Kind of page, プログラムの区分 / Program category; and
 * 関係する国・地域 / Partner country or region (src/i18n/<lang>/countries.json), which the country
 * pages and program pages' partner lists set (scripts/site/places.ts).
 */
export type SearchFilter = 'kind' | 'category' | 'country';
export function searchFilterName(filter: SearchFilter, lang: Lang): string {
  return translator(lang)(`searchFilter.${filter}`);
}
