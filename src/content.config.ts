import { defineCollection } from 'astro:content';
import { z } from 'astro/zod';
import { PAGE_KINDS } from './lib/page-kinds.ts';
import { docsLoader, i18nLoader } from '@astrojs/starlight/loaders';
import { docsSchema, i18nSchema } from '@astrojs/starlight/schema';

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
  // UI string overrides, one file per language tag: src/content/i18n/ja.json, en.json.
  i18n: defineCollection({ loader: i18nLoader(), schema: i18nSchema() }),
};
