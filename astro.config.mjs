// @ts-check
import { readFileSync } from 'node:fs';
import { defineConfig } from 'astro/config';
import starlight from '@astrojs/starlight';
import { LANGS, LOCALES } from './src/core/locales.ts';
import { translator } from './src/core/i18n.ts';
import securityHeaders, { CSP_CONFIG } from './src/integrations/security-headers.ts';
import { resolveSiteUrl, SITE_URL_UNSET_WARNING } from './src/lib/site-url.ts';

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

// The address the site is published at, for citations, canonical links, the sitemap and robots.txt.
// Checked here, before Astro writes anything (an invalid SITE_URL stops the build with a message
// naming it); unset, it is a reserved example domain, and the build says so.
const { url: site, fromEnv: siteFromEnv } = resolveSiteUrl();

export default defineConfig({
  site,
  // Every page's URL ends in a slash (/en/, /programs/sicorp/), as the files are written.
  trailingSlash: 'always',
  // A <meta> Content-Security-Policy on every page; src/integrations/security-headers.ts completes it
  // with Starlight's inline scripts and writes the same policy as a header in _headers.
  security: { csp: CSP_CONFIG },
  integrations: [
    {
      name: 'site-url-warning',
      hooks: {
        'astro:config:done': ({ logger }) => {
          if (!siteFromEnv) logger.warn(SITE_URL_UNSET_WARNING);
        },
      },
    },
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
      customCss: ['./src/styles/custom.css', './src/styles/glance.css'],
      routeMiddleware: ['./src/route-data.ts', './src/route-citation.ts', './src/route-not-found.ts'],
      components: {
        LanguageSelect: './src/components/LanguageSelect.astro',
        MarkdownContent: './src/components/MarkdownContent.astro',
        Footer: './src/components/Footer.astro',
        Search: './src/components/Search.astro',
      },
    }),
    // After Starlight, so that it sees the pages as Starlight and Pagefind leave them.
    securityHeaders(),
  ],
});
