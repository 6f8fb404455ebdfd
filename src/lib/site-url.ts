// The address the site is published at (SITE_URL), checked once for the pipeline and the Astro
// build alike, before either writes anything. Citations, canonical and hreflang links, the sitemap
// and robots.txt are built from it.

/** Used when SITE_URL is unset: a reserved example domain, so that no citation points anywhere real. */
export const DEFAULT_SITE_URL = 'https://japan-sti-cooperation.example';

export interface SiteUrl {
  /** The origin with a trailing slash, e.g. https://example.org/ */
  url: string;
  /** False when SITE_URL was unset and the placeholder is used: the build should say so. */
  fromEnv: boolean;
}

export class SiteUrlError extends Error {
  override name = 'SiteUrlError';
}

/**
 * SITE_URL as an origin, or a SiteUrlError naming SITE_URL. Only an http(s) origin is accepted: the
 * site's internal links are root-absolute (/en/…, /data/…), so a path (https://host/sub/) would
 * leave every internal link pointing outside it; publish at the root of a host instead.
 */
export function resolveSiteUrl(value: string | undefined = process.env.SITE_URL): SiteUrl {
  if (value === undefined || value.trim() === '') return { url: `${DEFAULT_SITE_URL}/`, fromEnv: false };
  const fail = (why: string): never => {
    throw new SiteUrlError(`SITE_URL=${JSON.stringify(value)} ${why}. Set it to the origin the site is published at, e.g. SITE_URL=https://example.org`);
  };
  let url: URL;
  try {
    url = new URL(value.trim());
  } catch {
    return fail('is not a URL');
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') fail(`uses ${url.protocol.replace(/:$/, '')}, not http or https`);
  if (url.username || url.password) fail('carries a user name or password');
  if (url.search || url.hash) fail('has a query or fragment');
  if (url.pathname !== '/') fail(`has a path (${url.pathname}); the site's links are root-absolute, so it must be published at the root of a host (a custom domain for GitHub Pages)`);
  return { url: url.href, fromEnv: true };
}

/** The warning to print when SITE_URL is unset. */
export const SITE_URL_UNSET_WARNING = `SITE_URL is not set: canonical links, citations, the sitemap and robots.txt point at the placeholder ${DEFAULT_SITE_URL}. Set SITE_URL=https://your.host when building for publication.`;

/** For scripts run before the build writes anything: stop with the message when SITE_URL is invalid. */
export function exitOnInvalidSiteUrl(script: string): void {
  try {
    resolveSiteUrl();
  } catch (e) {
    if (!(e instanceof SiteUrlError)) throw e;
    console.error(`${script}: ${e.message}`);
    console.error(`${script}: stopped before writing anything.`);
    process.exit(1);
  }
}
