// Starlight route middleware for the 404 page (dist/404.html). Hosts serve that one file for every
// missing address, under / and /en/ alike, so it speaks both languages, and it names no address of
// its own: Starlight would give it a canonical link, hreflang alternates and og:url for /404/ and
// /en/404/, which do not exist. (The language picker is left out in LanguageSelect.astro.)
import { defineRouteMiddleware } from '@astrojs/starlight/route-data';

/** The 404 page's words, one entry per language; both are shown. */
const NOT_FOUND = {
  ja: { text: 'お探しのページは見つかりませんでした。アドレスが変わったか、削除された可能性があります。', home: 'トップページへ' },
  en: { text: 'The page you were looking for was not found. It may have moved or been removed.', home: 'English home page' },
} as const;

export const isNotFoundRoute = (route: { id: string }) => route.id === '404';

export const onRequest = defineRouteMiddleware((context) => {
  const route = context.locals.starlightRoute;
  if (!isNotFoundRoute(route)) return;
  route.head = route.head.filter((h) => !(h.tag === 'link' && (h.attrs?.rel === 'canonical' || h.attrs?.rel === 'alternate')) && !(h.tag === 'meta' && h.attrs?.property === 'og:url'));
  route.entry.data.hero = {
    ...route.entry.data.hero,
    tagline: `<p lang="ja">${NOT_FOUND.ja.text}</p><p lang="en">${NOT_FOUND.en.text}</p>`,
    actions: [
      { text: NOT_FOUND.ja.home, link: '/', variant: 'primary', attrs: { lang: 'ja', hreflang: 'ja' } },
      { text: NOT_FOUND.en.home, link: '/en/', variant: 'secondary', attrs: { lang: 'en', hreflang: 'en' } },
    ],
  };
});
