// Starlight route middleware for citation metadata in <head> (filled in by the citation work).
import { defineRouteMiddleware } from '@astrojs/starlight/route-data';

export const onRequest = defineRouteMiddleware(() => {});
