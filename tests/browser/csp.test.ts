// The Content-Security-Policy, as a reader's browser applies it: dist/_headers served as a host
// would (scripts/browser/serve.ts) plus each page's <meta> policy. Every kind of page in both
// languages and the 404 page load, search runs (Pagefind's WebAssembly and worker) and the theme
// switches without a single CSP violation; an injected inline script is blocked.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { inlineScripts, inlineStyles, parsePolicy, scriptHash } from '../../src/integrations/security-headers.ts';
import { builtPages, distDir, htmlOf, useBuiltSite, type SitePage } from './site.ts';
import { headersFor, parseHeadersFile } from '../../scripts/browser/serve.ts';
import { LANGS } from '../../src/core/locales.ts';
import { PAGE_KINDS } from '../../src/lib/page-kinds.ts';

function listPages(): SitePage[] {
  try {
    return builtPages();
  } catch {
    return []; // no build: site.ready() fails each test with the reason
  }
}
const pages = listPages();
const site = useBuiltSite(() => {
  builtPages();
});

/** One page of each kind in each language, and a missing page under each language. */
function samplePaths(): string[] {
  const seen = new Set<string>();
  const out: string[] = [];
  for (const p of pages) {
    if (seen.has(`${p.lang}:${p.kind}`)) continue;
    seen.add(`${p.lang}:${p.kind}`);
    out.push(p.path);
  }
  return [...out, '/no-such-page/', '/en/no-such-page/'];
}
const sampled = samplePaths();

/** A page whose CSP violations (events and console errors) are recorded from the first byte. */
async function watchedPage(colorScheme: 'light' | 'dark' = 'light'): Promise<{ page: Page; violations: () => Promise<string[]> }> {
  const page = await site.browser.newPage({ colorScheme, viewport: { width: 1280, height: 900 } });
  const fromConsole: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error' && /content security policy/i.test(m.text())) fromConsole.push(`console: ${m.text()}`);
  });
  page.on('pageerror', (e) => fromConsole.push(`page error: ${e.message}`));
  await page.addInitScript(() => {
    const w = window as unknown as { __csp: string[] };
    w.__csp = [];
    document.addEventListener('securitypolicyviolation', (e) => w.__csp.push(`${e.effectiveDirective} blocked ${e.blockedURI || 'inline'} (${e.sourceFile}:${e.lineNumber}) ${e.sample}`));
  });
  return {
    page,
    violations: async () => [...(await page.evaluate(() => (window as unknown as { __csp: string[] }).__csp)), ...fromConsole],
  };
}

describe('Content-Security-Policy', () => {
  it('is strict, and sent as a header with the other security headers', async () => {
    site.ready();
    const rules = parseHeadersFile(readFileSync(join(distDir, '_headers'), 'utf8'));
    const policy = parsePolicy(headersFor(rules, '/')['Content-Security-Policy'] ?? '');
    expect([...(policy.get('script-src') ?? [])].filter((s) => !s.startsWith("'sha256-"))).toEqual(["'self'", "'wasm-unsafe-eval'"]);
    expect([...(policy.get('object-src') ?? [])]).toEqual(["'none'"]);
    expect([...(policy.get('base-uri') ?? [])]).toEqual(["'self'"]);
    expect([...(policy.get('frame-ancestors') ?? [])]).toEqual(["'none'"]);
    expect(policy.get('style-src')?.has("'unsafe-inline'")).toBe(false);

    const response = await fetch(`${site.server.origin}/en/`);
    expect(response.headers.get('content-security-policy')).toBe(headersFor(rules, '/')['Content-Security-Policy']);
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(response.headers.get('referrer-policy')).toBeTruthy();
    expect(response.headers.get('permissions-policy')).toBeTruthy();
    const asset = readFileSync(join(distDir, 'index.html'), 'utf8').match(/\/_astro\/[^"]+\.css/)?.[0];
    expect(asset, 'a hashed stylesheet under /_astro/').toBeTruthy();
    expect((await fetch(site.server.origin + asset)).headers.get('cache-control')).toContain('immutable');
    expect((await fetch(`${site.server.origin}/pagefind/pagefind-entry.json`)).headers.get('cache-control')).toBeNull();
  });

  it("allows every inline script and style of every page by hash, in the page's <meta> and in the header", () => {
    site.ready();
    const header = parsePolicy(headersFor(parseHeadersFile(readFileSync(join(distDir, '_headers'), 'utf8')), '/')['Content-Security-Policy'] ?? '');
    const missing: string[] = [];
    for (const { path } of [...pages, { path: '/404.html' }]) {
      const html = path.endsWith('.html') ? readFileSync(join(distDir, path), 'utf8') : htmlOf(path);
      const meta = /<meta http-equiv="content-security-policy" content="([^"]*)">/.exec(html);
      if (!meta || html.indexOf(meta[0]) > html.indexOf('<script')) {
        missing.push(`${path}: no <meta> policy before the first script`);
        continue;
      }
      const own = parsePolicy(meta[1]!.replaceAll('&#39;', "'"));
      for (const s of inlineScripts(html)) {
        if (!own.get('script-src')?.has(scriptHash(s))) missing.push(`${path}: meta lacks ${scriptHash(s)}`);
        if (!header.get('script-src')?.has(scriptHash(s))) missing.push(`${path}: header lacks ${scriptHash(s)}`);
      }
      for (const s of inlineStyles(html)) {
        if (!own.get('style-src')?.has(scriptHash(s))) missing.push(`${path}: meta lacks style ${scriptHash(s)}`);
        if (!header.get('style-src')?.has(scriptHash(s))) missing.push(`${path}: header lacks style ${scriptHash(s)}`);
      }
    }
    expect(pages.length).toBeGreaterThan(40);
    expect(missing).toEqual([]);
  });

  it('puts the policy in the 404 page too', () => {
    site.ready();
    expect(readFileSync(join(distDir, '404.html'), 'utf8')).toContain('<meta http-equiv="content-security-policy"');
  });

  it('samples every kind of page in both languages', () => {
    site.ready();
    expect(new Set(pages.map((p) => `${p.lang}:${p.kind}`)).size).toBe(PAGE_KINDS.length * LANGS.length);
    expect(sampled).toHaveLength(PAGE_KINDS.length * LANGS.length + 2);
  });

  it.each(sampled.map((path, i) => [path, i % 2 ? 'dark' : 'light'] as const))('blocks nothing on %s (%s theme)', async (path, colorScheme) => {
    site.ready();
    const { page, violations } = await watchedPage(colorScheme);
    const response = await page.goto(site.server.origin + path, { waitUntil: 'load' });
    expect(response?.headers()['content-security-policy'], path).toBeTruthy();
    // Starlight's scripts ran: the search button is enabled by its custom element.
    await page.waitForSelector('button[data-open-modal]:not([disabled])', { state: 'attached', timeout: 60_000 });
    const found = await violations();
    await page.close();
    expect(found).toEqual([]);
  }, 120_000);

  it.each([
    ['/', 'さくらサイエンス', '/programs/sakura-science/'],
    ['/en/', 'SATREPS', '/en/programs/satreps/'],
  ] as const)('lets search (Pagefind) and the theme switch work on %s', async (home, query, expected) => {
    site.ready();
    const { page, violations } = await watchedPage();
    await page.goto(site.server.origin + home, { waitUntil: 'load' });
    await page.click('button[data-open-modal]:not([disabled])');
    await page.fill('#starlight__search input', query);
    await page.waitForSelector(`#starlight__search .pagefind-ui__result-link[href^="${expected}"]`, { state: 'attached', timeout: 90_000 });
    await page.keyboard.press('Escape');
    for (const theme of ['dark', 'light'] as const) {
      await page.selectOption('starlight-theme-select select', theme);
      expect(await page.evaluate(() => document.documentElement.dataset.theme), `${home} ${theme}`).toBe(theme);
    }
    const found = await violations();
    await page.close();
    expect(found).toEqual([]);
  }, 180_000);

  it('blocks an injected inline script and reports it (the check above can fail)', async () => {
    site.ready();
    const { page, violations } = await watchedPage();
    await page.goto(`${site.server.origin}/`, { waitUntil: 'load' });
    const ran = await page.evaluate(async () => {
      const s = document.createElement('script');
      s.textContent = 'window.__injected = true;';
      document.head.append(s);
      await new Promise((r) => setTimeout(r, 100));
      return (window as unknown as { __injected?: boolean }).__injected === true;
    });
    expect(ran).toBe(false);
    expect((await violations()).some((v) => v.includes('script-src'))).toBe(true);
    await page.close();
  }, 60_000);
});
