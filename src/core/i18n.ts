/**
 * t(key, values) for a language, over the dictionaries in src/i18n/: the same conventions as
 * Starlight's i18next (`{{name}}` interpolation, `_one`/`_other` plural keys picked by `count`),
 * so a key reads the same through Astro.locals.t and here. Values are inserted as they are: escaping
 * is the caller's job (Astro escapes expressions; generators pass text through scripts/site/mdx.ts).
 */
import { dictionaries, type Dictionary } from './dictionaries.ts';
import { INTL_LOCALE, type Lang } from './locales.ts';

export type Values = Readonly<Record<string, string | number>>;
export type Translate = (key: string, values?: Values) => string;

export function createTranslator(dictionary: Dictionary, lang: Lang): Translate {
  const plural = new Intl.PluralRules(INTL_LOCALE[lang]);
  return (key, values = {}) => {
    const count = values.count;
    const candidates = typeof count === 'number' ? [`${key}_${plural.select(count)}`, `${key}_other`, key] : [key];
    const found = candidates.find((k) => k in dictionary);
    if (found === undefined) throw new Error(`no "${key}" in the ${lang} dictionary (src/i18n/${lang}/)`);
    return dictionary[found]!.replace(/\{\{\s*(\w+)\s*\}\}/g, (_, name: string) => {
      const v = values[name];
      if (v === undefined) throw new Error(`"${key}" (${lang}) needs a value for {{${name}}}`);
      return String(v);
    });
  };
}

const translators = new Map<Lang, Translate>();

/** The translator for a language, over src/i18n/<lang>/. */
export function translator(lang: Lang): Translate {
  let t = translators.get(lang);
  if (!t) {
    const dict = dictionaries().get(lang);
    if (!dict) throw new Error(`no dictionary for "${lang}"`);
    t = createTranslator(dict, lang);
    translators.set(lang, t);
  }
  return t;
}
