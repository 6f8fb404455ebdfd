// @ts-check
import { defineConfig } from 'astro/config';
import starlight from '@astrojs/starlight';

/**
 * The sidebar, one group per section of the site. Each group's label is Japanese (the root
 * locale) with its English in `translations`; links given by slug take their label from the
 * page's own `sidebar.label` or `title` in each language. Sections added later follow the same
 * shape, e.g.
 *   { label: 'プログラム', translations: { en: 'Programs' }, items: [{ autogenerate: { directory: 'programs' } }] }
 * which lists src/content/docs/programs/ (and src/content/docs/en/programs/ in English).
 */
const sidebar = [
  {
    label: 'このサイトについて',
    translations: { en: 'About this site' },
    items: [{ slug: 'index' }, { slug: 'data' }],
  },
];

export default defineConfig({
  integrations: [
    // Starlight adds @astrojs/mdx itself when it is not configured here.
    starlight({
      title: { ja: '日本の国際科学技術協力', en: "Japan's International S&T Cooperation" },
      defaultLocale: 'root',
      // Starlight configures Astro's i18n routing from this; Astro's own `i18n` must stay unset.
      locales: {
        root: { label: '日本語', lang: 'ja' },
        en: { label: 'English', lang: 'en' },
      },
      sidebar,
      customCss: ['./src/styles/custom.css'],
    }),
  ],
});
