import { describe, expect, it } from 'vitest';
import { dictionaries } from '../../../src/core/dictionaries.ts';
import { createTranslator } from '../../../src/core/i18n.ts';
import { LANGS, langOfSlug, localePrefix, nameIn, slugWithoutLocale } from '../../../src/core/locales.ts';
import { absoluteUrl, citeHref, countryHref, dataHref, figureAnchor, figureDownloadHref, pageHref, programHref, sourceLineHref, topicHref } from '../../../src/core/urls.ts';

describe('core/locales', () => {
  it('puts Japanese at the root and English under /en/', () => {
    expect(LANGS[0]).toBe('ja');
    expect(localePrefix('ja')).toBe('');
    expect(localePrefix('en')).toBe('en');
    expect(langOfSlug('en/programs/sicorp')).toBe('en');
    expect(langOfSlug('programs/sicorp')).toBe('ja');
    expect(langOfSlug('entries')).toBe('ja');
    expect(slugWithoutLocale('en/programs/sicorp')).toBe('programs/sicorp');
    expect(slugWithoutLocale('en')).toBe('');
  });
});

describe('core/urls', () => {
  it('builds every kind of address in both languages, pages with a trailing slash', () => {
    expect(pageHref('', 'ja')).toBe('/');
    expect(pageHref('', 'en')).toBe('/en/');
    expect(programHref('sicorp', 'ja')).toBe('/programs/sicorp/');
    expect(programHref('sicorp', 'en')).toBe('/en/programs/sicorp/');
    expect(topicHref('budgets', 'en')).toBe('/en/topics/budgets/');
    expect(sourceLineHref('003', 195, 'ja')).toBe('/sources/003/#L195');
    expect(sourceLineHref('003', 195, 'en')).toBe('/en/sources/003/#L195');
    expect(figureAnchor('budget-sicorp')).toBe('fig-budget-sicorp');
    expect(figureDownloadHref('budget-sicorp', 'ja.svg')).toBe('/figures/budget-sicorp.ja.svg');
    expect(dataHref('budgets.csv')).toBe('/data/budgets.csv');
    expect(citeHref('', 'bib')).toBe('/cite/index.bib');
    expect(citeHref('en', 'ris')).toBe('/cite/en/index.ris');
    expect(citeHref('en/programs/sicorp', 'json')).toBe('/cite/en/programs/sicorp.json');
    expect(absoluteUrl('/en/', 'https://example.org')).toBe('https://example.org/en/');
  });
});

describe('core/locales: nameIn', () => {
  it('gives the name in the language where there is one, else the English', () => {
    expect(nameIn({ ja: '英国研究・イノベーション機構', en: 'UK Research and Innovation' }, 'ja')).toBe('英国研究・イノベーション機構');
    expect(nameIn({ ja: null, en: 'National Science Foundation' }, 'ja')).toBe('National Science Foundation');
    expect(nameIn({ ja: 'インド', en: 'India' }, 'en')).toBe('India');
  });
});

describe('core/urls: partner places', () => {
  it('gives countries by ISO code and named groups by a lowercase slug, in both languages', () => {
    expect(countryHref('IN', 'ja')).toBe('/countries/in/');
    expect(countryHref('IN', 'en')).toBe('/en/countries/in/');
    expect(countryHref('East Asia', 'en')).toBe('/en/countries/east-asia/');
    expect(countryHref('ASEAN+8', 'ja')).toBe('/countries/asean-8/');
  });
});

describe('core/i18n', () => {
  it('interpolates values and picks plural forms by Intl.PluralRules', () => {
    const t = createTranslator({ 'n.people_one': '{{count}} person', 'n.people_other': '{{count}} people', hi: 'Hello {{ name }}' }, 'en');
    expect(t('n.people', { count: 1 })).toBe('1 person');
    expect(t('n.people', { count: 3 })).toBe('3 people');
    expect(t('hi', { name: 'Ada' })).toBe('Hello Ada');
    expect(() => t('missing')).toThrow(/no "missing" in the en dictionary/);
    expect(() => t('hi')).toThrow(/needs a value for \{\{name\}\}/);
  });
  it('has every key in every language (Starlight’s own overrides aside)', () => {
    const dicts = dictionaries();
    const base = (k: string) => k.replace(/_(zero|one|two|few|many|other)$/, '').replace(/^format\.ordinal\..*/, 'format.ordinal');
    const keys = (lang: (typeof LANGS)[number]) => new Set(Object.keys(dicts.get(lang)!).filter((k) => !/^(pagefind|heading|search|expressiveCode)\./.test(k)).map(base));
    for (const lang of LANGS) for (const other of LANGS) {
      const missing = [...keys(lang)].filter((k) => !keys(other).has(k));
      expect(missing, `in ${lang}, not in ${other}`).toEqual([]);
    }
  });
});
