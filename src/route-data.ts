// Starlight route middleware. A page missing in English is served from the Japanese one with a
// notice; such a fallback page must not enter the English search index. (The pipeline writes every
// page in both languages, so this guards against a hand-written page without its translation.)
import { defineRouteMiddleware } from '@astrojs/starlight/route-data';

export const onRequest = defineRouteMiddleware((context) => {
  const route = context.locals.starlightRoute;
  if (route.isFallback) route.entry.data.pagefind = false;
});
