import { defineCollection } from 'astro:content';
import { docsLoader, i18nLoader } from '@astrojs/starlight/loaders';
import { docsSchema, i18nSchema } from '@astrojs/starlight/schema';

export const collections = {
  // Pages: Japanese at src/content/docs/, English under src/content/docs/en/.
  docs: defineCollection({ loader: docsLoader(), schema: docsSchema() }),
  // UI string overrides, one file per language tag: src/content/i18n/ja.json, en.json.
  i18n: defineCollection({ loader: i18nLoader(), schema: i18nSchema() }),
};
