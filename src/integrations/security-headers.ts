// The site's Content-Security-Policy and the other headers a static host should send.
//
// Astro's `security.csp` (configured from CSP_CONFIG in astro.config.mjs) writes a <meta> policy into
// every page with the hashes of Astro's own scripts and styles. Starlight's `is:inline` scripts
// (theme, search shortcut, sidebar) are not hashed by it, so after the build this integration reads
// every page, hashes each inline script it actually contains, adds any missing hash to the page's
// <meta> policy (and the same for inline styles Astro missed), and writes `_headers` (Netlify / Cloudflare Pages format) whose policy is the
// union of the pages' policies plus what only a header can carry (frame-ancestors). The header and
// the meta both apply where the host sends `_headers`; elsewhere (GitHub Pages) the meta alone does.
import { createHash } from 'node:crypto';
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration, AstroUserConfig } from 'astro';

type CspConfig = Exclude<NonNullable<NonNullable<AstroUserConfig['security']>['csp']>, boolean>;

/** Directives other than script-src / style-src, shared by the meta and the header. */
const DIRECTIVES: NonNullable<CspConfig['directives']> = [
  "default-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
  // Starlight's icons and our charts are inline SVG; data: covers CSS-embedded images.
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  // Pagefind runs its search in a worker loaded from /pagefind/.
  "worker-src 'self'",
  "manifest-src 'self'",
  "frame-src 'none'",
];

/**
 * `security.csp` for astro.config.mjs. Scripts: 'self' and hashes only, never 'unsafe-inline'.
 * 'wasm-unsafe-eval' is for Pagefind's WebAssembly search, which every page loads from its search
 * dialog (it allows compiling WebAssembly, not eval of JavaScript).
 * Styles: Starlight writes custom properties in style attributes (style="--depth:1",
 * "--sl-icon-size:…") on every page and Pagefind's UI sets element styles, so style *attributes*
 * need 'unsafe-inline' (style-src-attr). <style> elements and stylesheets stay limited to 'self'
 * and Astro's hashes: an attribute cannot load anything or use selectors, which is what style
 * injection attacks rely on.
 */
export const CSP_CONFIG: CspConfig = {
  algorithm: 'SHA-256',
  directives: DIRECTIVES,
  scriptDirective: { resources: ["'self'", "'wasm-unsafe-eval'"] },
  styleDirective: { resources: ["'self'", { resource: "'unsafe-inline'", kind: 'attribute' }] },
};

/** Only a header can carry these (browsers ignore them in a <meta> policy). */
const HEADER_ONLY_DIRECTIVES = ["frame-ancestors 'none'"];

/** Sent with every response. */
const COMMON_HEADERS: ReadonlyArray<[string, string]> = [
  ['X-Content-Type-Options', 'nosniff'],
  ['Referrer-Policy', 'strict-origin-when-cross-origin'],
  ['X-Frame-Options', 'DENY'],
  ['Permissions-Policy', 'accelerometer=(), camera=(), geolocation=(), gyroscope=(), magnetometer=(), microphone=(), payment=(), usb=(), interest-cohort=()'],
];

/** Files whose names carry a content hash: cached for a year. Pagefind's entry files are not hashed. */
const IMMUTABLE_PATHS = ['/_astro/*', '/pagefind/fragment/*', '/pagefind/index/*', '/pagefind/filter/*'];

export type Policy = Map<string, Set<string>>;

export function parsePolicy(text: string): Policy {
  const policy: Policy = new Map();
  for (const part of text.split(';')) {
    const [name, ...sources] = part.trim().split(/\s+/);
    if (!name) continue;
    const set = policy.get(name.toLowerCase()) ?? new Set<string>();
    for (const s of sources) set.add(s);
    policy.set(name.toLowerCase(), set);
  }
  return policy;
}

export function serializePolicy(policy: Policy): string {
  return [...policy].map(([name, sources]) => [name, ...sources].join(' ')).join('; ');
}

/** The CSP source expression of an inline script's or style's text. */
export function scriptHash(text: string): string {
  return `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;
}

/** The texts of a page's inline <style> elements. */
export function inlineStyles(html: string): string[] {
  return [...html.matchAll(/<style\b[^>]*>([\s\S]*?)<\/style>/gi)].map((m) => m[1] ?? '');
}

const META_RE = /<meta\s+http-equiv="content-security-policy"\s+content="([^"]*)"\s*\/?>/i;
const INLINE_SCRIPT_RE = /<script\b([^>]*)>([\s\S]*?)<\/script>/gi;

/** The texts of a page's inline scripts that the browser executes (not JSON-LD or other data blocks). */
export function inlineScripts(html: string): string[] {
  const out: string[] = [];
  for (const [, attrs = '', body = ''] of html.matchAll(INLINE_SCRIPT_RE)) {
    if (/\bsrc\s*=/i.test(attrs)) continue;
    const type = /\btype\s*=\s*"([^"]*)"/i.exec(attrs)?.[1]?.trim().toLowerCase();
    if (type && type !== 'module' && type !== 'text/javascript' && type !== 'application/javascript') continue;
    out.push(body);
  }
  return out;
}

const decodeAttr = (s: string) => s.replaceAll('&#39;', "'").replaceAll('&quot;', '"').replaceAll('&amp;', '&');
const encodeAttr = (s: string) => s.replaceAll('&', '&amp;').replaceAll('"', '&quot;');

/**
 * A page with every inline script's hash in its <meta> policy, and that policy. Throws when the
 * page has no <meta> policy (security.csp off, or a page Astro did not render).
 */
export function completePagePolicy(html: string, file: string): { html: string; policy: Policy } {
  const meta = META_RE.exec(html);
  if (!meta) throw new Error(`${file}: no Content-Security-Policy <meta> (is security.csp on in astro.config.mjs?)`);
  const policy = parsePolicy(decodeAttr(meta[1]!));
  const scriptSrc = policy.get('script-src') ?? new Set<string>();
  for (const text of inlineScripts(html)) scriptSrc.add(scriptHash(text));
  policy.set('script-src', scriptSrc);
  // Astro hashes most of its inline <style>s but misses some (a component's style inside MDX).
  const styleSrc = policy.get('style-src') ?? new Set<string>();
  for (const text of inlineStyles(html)) styleSrc.add(scriptHash(text));
  policy.set('style-src', styleSrc);
  if (scriptSrc.has("'unsafe-inline'")) throw new Error(`${file}: script-src allows 'unsafe-inline'`);
  // A <meta> policy covers only what follows it, and Astro writes it at the end of <head>, after
  // Starlight's theme script: move it up, right after <meta charset> (which must stay first).
  const tag = `<meta http-equiv="content-security-policy" content="${encodeAttr(serializePolicy(policy))}">`;
  const without = html.replace(meta[0], '');
  const anchor = /<meta charset="[^"]*"\s*\/?>/i.exec(without) ?? /<head>/i.exec(without);
  if (!anchor) throw new Error(`${file}: no <head> to put the Content-Security-Policy <meta> in`);
  const at = anchor.index + anchor[0].length;
  const out = without.slice(0, at) + tag + without.slice(at);
  if (out.indexOf(tag) > out.search(/<script\b/i)) throw new Error(`${file}: a script comes before the Content-Security-Policy <meta>, which would not cover it`);
  return { html: out, policy };
}

/** `_headers` (Netlify / Cloudflare Pages): one policy for every path, the union of the pages'. */
export function headersFile(pagePolicies: readonly Policy[]): string {
  const union: Policy = new Map();
  for (const p of pagePolicies) for (const [name, sources] of p) union.set(name, new Set([...(union.get(name) ?? []), ...sources]));
  for (const [name, sources] of parsePolicy(HEADER_ONLY_DIRECTIVES.join(';'))) union.set(name, sources);
  const lines = ['# Written by src/integrations/security-headers.ts after each build: do not edit.', '/*', `  Content-Security-Policy: ${serializePolicy(union)}`, ...COMMON_HEADERS.map(([k, v]) => `  ${k}: ${v}`)];
  for (const path of IMMUTABLE_PATHS) lines.push(path, '  Cache-Control: public, max-age=31536000, immutable');
  return `${lines.join('\n')}\n`;
}

async function htmlFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries.filter((e) => e.isFile() && e.name.endsWith('.html')).map((e) => join(e.parentPath, e.name));
}

export default function securityHeaders(): AstroIntegration {
  return {
    name: 'security-headers',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const root = fileURLToPath(dir);
        const policies: Policy[] = [];
        for (const file of await htmlFiles(root)) {
          const html = await readFile(file, 'utf8');
          const page = completePagePolicy(html, file.slice(root.length));
          policies.push(page.policy);
          if (page.html !== html) await writeFile(file, page.html);
        }
        await writeFile(join(root, '_headers'), headersFile(policies));
        logger.info(`Content-Security-Policy completed on ${policies.length} pages; _headers written`);
      },
    },
  };
}
