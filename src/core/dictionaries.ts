/**
 * The site's words: src/i18n/<lang>/*.json, one folder per language and one file per area, plus
 * Starlight's own UI strings in src/content/i18n/<lang>.json (where Starlight's integration reads
 * them from the file system). Each file is a flat object of keys to strings,
 * i18next-style: `{{name}}` interpolates, `key_one` / `key_other` are plural forms chosen with
 * Intl.PluralRules. The same dictionaries feed Starlight's `i18n` collection (src/content.config.ts),
 * the components (through Astro.locals.t or translator()) and the page generators.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { LANGS, type Lang } from './locales.ts';

export type Dictionary = Readonly<Record<string, string>>;

/** Where the dictionaries live. Every entry point (npm scripts, astro, vitest) runs from the repository root. */
export const DICTIONARY_DIR = join(process.cwd(), 'src', 'i18n');
export const STARLIGHT_DICTIONARY_DIR = join(process.cwd(), 'src', 'content', 'i18n');

/** One language's dictionary, merged from its files; a key defined in two files is an error. */
export function readDictionary(lang: string, dir = DICTIONARY_DIR, starlightDir = STARLIGHT_DICTIONARY_DIR): Record<string, string> {
  const folder = join(dir, lang);
  const merged: Record<string, string> = {};
  const from: Record<string, string> = {};
  const starlight = join(starlightDir, `${lang}.json`);
  const files = [...(existsSync(starlight) ? [starlight] : []), ...readdirSync(folder).filter((f) => f.endsWith('.json')).sort().map((f) => join(folder, f))];
  for (const path of files) {
    const data = JSON.parse(readFileSync(path, 'utf8')) as unknown;
    if (!data || typeof data !== 'object' || Array.isArray(data)) throw new Error(`${path}: a dictionary is an object of keys to strings`);
    for (const [key, value] of Object.entries(data)) {
      if (typeof value !== 'string') throw new Error(`${path}: "${key}" is not a string`);
      if (key in merged) throw new Error(`${path}: "${key}" is already defined in ${from[key]}`);
      merged[key] = value;
      from[key] = path;
    }
  }
  return merged;
}

let cache: Map<Lang, Dictionary> | undefined;

/** Every language's dictionary, read once. */
export function dictionaries(): ReadonlyMap<Lang, Dictionary> {
  cache ??= new Map(LANGS.map((l) => [l, readDictionary(l)]));
  return cache;
}
