/**
 * A search query in the form the pages are written in: NFKC folds full-width digits and Latin
 * letters (令和５年度, ＳＩＣＯＲＰ) and full-width punctuation to their ordinary forms, as the site's
 * text has them, so both ways of typing find the same pages. Pagefind UI applies it (processTerm)
 * before searching.
 */
export function normalizeSearchTerm(term: string): string {
  return term.normalize('NFKC');
}
