/**
 * The generators' words: dictionary entries (src/i18n/<lang>/programs.json, topics.json,
 * sources.json) turned into MDX. A dictionary sentence is text, escaped like seed text; a template
 * around MDX fragments (links, figures) escapes its own words and inserts the fragments as they are.
 */
import { translator, type Values } from '../../src/core/i18n.ts';
import { DOCUMENT_LANG, LANGS, type Lang } from '../../src/core/locales.ts';
import { lang as inLang, pageText } from './mdx.ts';

/** The documents' language: pages in it quote them as they are; pages in others translate and give the original. */
export const SOURCE_LANG: Lang = DOCUMENT_LANG;

/** A dictionary entry in every language ({ ja: …, en: … }): for generated data and glossing a term with its translation. */
export const inEveryLang = (key: string, values?: Values) => Object.fromEntries(LANGS.map((l) => [l, translator(l)(key, values)])) as Record<Lang, string>;

const slot = /\u{E000}(\w+)\u{E001}/u;

export interface Words {
  /** The plain text of an entry. */
  t: (key: string, values?: Values) => string;
  /** An entry as MDX text. */
  text: (key: string, values?: Values) => string;
  /** An entry whose {{slots}} take MDX fragments; `plain` values (counts, numbers) are words of the entry. */
  mdx: (key: string, fragments: Readonly<Record<string, string>>, plain?: Values) => string;
  /** Text in a given language: as page text in the page's language, else marked with its language. */
  foreign: (lang: Lang, text: string) => string;
  /** Text we hold in each language: in a translation, followed by the original, marked as such; once where they are the same. */
  glossed: (texts: Readonly<Record<Lang, string>>) => string;
}

const cache = new Map<Lang, Words>();

export function words(l: Lang): Words {
  let w = cache.get(l);
  if (w) return w;
  const t = translator(l);
  const text = (key: string, values?: Values) => pageText(l, t(key, values));
  const mdx = (key: string, fragments: Readonly<Record<string, string>>, plain: Values = {}) => {
    const marked = Object.fromEntries(Object.keys(fragments).map((k) => [k, `\u{E000}${k}\u{E001}`]));
    // split() with a capturing group alternates literal text and slot names.
    return t(key, { ...plain, ...marked })
      .split(slot)
      .map((part, i) => (i % 2 === 1 ? fragments[part]! : pageText(l, part)))
      .join('');
  };
  const glossed = (texts: Readonly<Record<Lang, string>>) =>
    l === SOURCE_LANG || texts[l] === texts[SOURCE_LANG] ? pageText(l, texts[l]) : mdx('pages.glossed', { text: pageText(l, texts[l]), original: inLang(SOURCE_LANG, texts[SOURCE_LANG]) });
  const foreign = (other: Lang, s: string) => (other === l ? pageText(l, s) : inLang(other, s));
  w = { t, text, mdx, foreign, glossed };
  cache.set(l, w);
  return w;
}
