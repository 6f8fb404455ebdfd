/**
 * The site's languages: the one list the Starlight config (astro.config.mjs), the page generators,
 * URLs, citations and dictionaries all derive from. Japanese is the root locale; every other locale
 * lives under /<prefix>/. Adding a language: an entry here, a dictionary folder src/i18n/<lang>/ and
 * its content under src/content/docs/<prefix>/.
 */
export const LOCALES = {
  root: { label: '日本語', lang: 'ja' },
  en: { label: 'English', lang: 'en' },
} as const;

type Locales = typeof LOCALES;
export type Lang = Locales[keyof Locales]['lang'];

/** The root locale's language: pages in it have no path prefix. */
export const DEFAULT_LANG: Lang = LOCALES.root.lang;

/** The language the source documents are written in: text in it is quoted as is, never translated. */
export const DOCUMENT_LANG: Lang = 'ja';

/** Every language, the root locale's first. */
export const LANGS: readonly Lang[] = Object.values(LOCALES).map((l) => l.lang);

const prefixByLang = new Map<Lang, string>(Object.entries(LOCALES).map(([key, l]) => [l.lang, key === 'root' ? '' : key]));
const langByPrefix = new Map<string, Lang>([...prefixByLang].filter(([, p]) => p).map(([l, p]) => [p, l]));

export function isLang(value: string): value is Lang {
  return prefixByLang.has(value as Lang);
}

/** The path prefix of a language: '' for the root locale, 'en' for English. */
export function localePrefix(lang: Lang): string {
  return prefixByLang.get(lang) ?? '';
}

/** The language of a route slug or path: 'en/programs/sicorp' → en; 'programs/sicorp' → ja. */
export function langOfSlug(slug: string): Lang {
  const first = slug.replace(/^\/+/, '').split('/')[0] ?? '';
  return langByPrefix.get(first) ?? DEFAULT_LANG;
}

/** A slug without its locale prefix: 'en/programs/sicorp' → 'programs/sicorp'; 'en' → ''. */
export function slugWithoutLocale(slug: string): string {
  const s = slug.replace(/^\/+/, '');
  const first = s.split('/')[0] ?? '';
  return langByPrefix.has(first) ? s.slice(first.length).replace(/^\/+/, '') : s;
}

/**
 * The BCP 47 locale each language formats with. English uses en-GB conventions: day-month dates
 * (27 April 2023) and lists without a serial comma ("A, B and C"), as the site has always written.
 */
export const INTL_LOCALE: Readonly<Record<Lang, string>> = { ja: 'ja-JP', en: 'en-GB' };

/** A name in `lang` where the record has one, else its English name (every official name has one). */
export function nameIn(names: Partial<Record<Lang, string | null>> & { en: string }, lang: Lang): string {
  return names[lang] || names.en;
}
