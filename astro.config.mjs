// @ts-check
import { readFileSync } from 'node:fs';
import { defineConfig } from 'astro/config';
import starlight from '@astrojs/starlight';
import { LANGS, LOCALES } from './src/core/locales.ts';
import { translator } from './src/core/i18n.ts';

/**
 * The sidebar: "About this site", one group per program category, and the source documents. The
 * pipeline writes it (generated/sidebar.json) from the program registry, with each group's label in
 * Japanese and its English in `translations`; links by slug take each page's own sidebar label.
 */
function readSidebar() {
  const url = new URL('./generated/sidebar.json', import.meta.url);
  try {
    return JSON.parse(readFileSync(url, 'utf8'));
  } catch (error) {
    throw new Error(`generated/sidebar.json could not be read (${/** @type {Error} */ (error).message}): run \`npm run data\` before building the site.`);
  }
}

// The address the site is published at, for citations and canonical links. Set SITE_URL when
// deploying; the default is a reserved example domain so that no citation points anywhere real.
const site = process.env.SITE_URL ?? 'https://japan-sti-cooperation.example';

export default defineConfig({
  site,
  integrations: [
    // Starlight adds @astrojs/mdx itself when it is not configured here.
    starlight({
      title: Object.fromEntries(LANGS.map((lang) => [lang, translator(lang)('site.title')])),
      defaultLocale: 'root',
      // Starlight configures Astro's i18n routing from this; Astro's own `i18n` must stay unset.
      locales: LOCALES,
      sidebar: readSidebar(),
      // Search ranking in the browser (Starlight's defaults otherwise). Matches in these metadata
      // fields raise a page: its title (Pagefind's default, 5), `names` (its titles in both
      // languages, split into words) and `acronym`, which src/components/MarkdownContent.astro
      // writes. Measured by tests/browser/search.test.ts.
      pagefind: { ranking: { metaWeights: { title: 5, names: 3, acronym: 10 } } },
      customCss: ['./src/styles/custom.css'],
      routeMiddleware: ['./src/route-data.ts', './src/route-citation.ts'],
      components: {
        LanguageSelect: './src/components/LanguageSelect.astro',
        MarkdownContent: './src/components/MarkdownContent.astro',
        Footer: './src/components/Footer.astro',
      },
    }),
  ],
});
