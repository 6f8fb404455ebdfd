// Words every chart uses, from the dictionaries (src/i18n/<lang>/charts.json): source lines,
// counts of people and proposals, qualified amounts, and the separators each language writes.
import { formatNumber } from '../../core/format.ts';
import { translator, type Translate } from '../../core/i18n.ts';
import { DOCUMENT_LANG, type Lang } from '../../core/locales.ts';

export type { Translate };

/** The language of the seed documents: names and notes in it are quoted as they are, and glossed on pages in other languages. */
export { DOCUMENT_LANG };

/** The chart words of a language: t('charts.…', values). */
export function chartWords(lang: Lang): Translate {
  return translator(lang);
}

/** Source-line citation text: 195行 / line 195. */
export function lineLabel(line: number, lang: Lang): string {
  return translator(lang)('charts.source.line', { line });
}

/** A source line in words: 資料003 195行 / doc. 003, line 195. */
export function citeLabel(source: { seed: string; line: number }, lang: Lang): string {
  return translator(lang)('charts.source.cite', { seed: source.seed, line: source.line });
}

/** Source lines after a mark's words, for its tooltip: （資料003 195行、資料004 12行） / (doc. 003, line 195; doc. 004, line 12). */
export function citeList(sources: readonly { seed: string; line: number }[], lang: Lang): string {
  const t = translator(lang);
  return t('charts.source.list', { list: sources.map((s) => citeLabel(s, lang)).join(t('charts.sep.item')) });
}

/** 19,298人 / 19,298 people */
export function people(n: number, lang: Lang): string {
  return translator(lang)('charts.people', { count: n, n: formatNumber(n, lang) });
}

/** 43件 / 43 proposals */
export function proposals(n: number, lang: Lang): string {
  return translator(lang)('charts.proposals', { count: n, n: formatNumber(n, lang) });
}

/** 約2,900 / about 2,900; 最大100 / up to 100: the qualifier the document gives, kept. */
export function qualified(n: number, qualifier: string | null, lang: Lang): string {
  const text = formatNumber(n, lang);
  if (qualifier === 'about') return translator(lang)('charts.qualifier.about', { n: text });
  if (qualifier === 'up-to') return translator(lang)('charts.qualifier.upTo', { n: text });
  return text;
}
