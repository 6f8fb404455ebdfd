import { defineCollection } from 'astro:content';
import { z } from 'astro/zod';
import { PAGE_KINDS } from './lib/page-kinds.ts';
import { docsLoader } from '@astrojs/starlight/loaders';
import type { Loader } from 'astro/loaders';
import { readDictionary } from './core/dictionaries.ts';
import { LANGS } from './core/locales.ts';
import { docsSchema, i18nSchema } from '@astrojs/starlight/schema';

/** The dictionaries in src/i18n/ as Starlight's i18n collection, so Astro.locals.t knows our keys too. */
function dictionaryLoader(): Loader {
  return {
    name: 'dictionaries',
    load: async ({ store, parseData }) => {
      store.clear();
      for (const lang of LANGS) store.set({ id: lang, data: await parseData({ id: lang, data: readDictionary(lang) }) });
    },
  };
}

export const collections = {
  // Pages: Japanese at src/content/docs/, English under src/content/docs/en/.
  // Generated pages say what they are, for search filters and citation metadata.
  docs: defineCollection({
    loader: docsLoader(),
    schema: docsSchema({
      extend: z.object({
        pageKind: z.enum(PAGE_KINDS).optional(),
        /** A program page's category (joint-research, researchers, research-centres, policy). */
        category: z.string().optional(),
        /** The source documents (seed ids) the page draws on. */
        sources: z.array(z.string()).optional(),
        /** The datasets the page presents. */
        datasets: z.array(z.string()).optional(),
        /** Other names of the program (an earlier name, a nickname), for search. */
        aliases: z.array(z.string()).optional(),
      }),
    }),
  }),
  // Starlight's UI strings and ours: one entry per language, merged from src/i18n/<lang>/*.json.
  i18n: defineCollection({ loader: dictionaryLoader(), schema: i18nSchema() }),
};
