// The CSP post-processing of built pages (src/integrations/security-headers.ts), on crafted pages.
import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { completePagePolicy, headersFile, inlineScripts, parsePolicy, scriptHash, serializePolicy } from '../../src/integrations/security-headers.ts';

const sha = (s: string) => `'sha256-${createHash('sha256').update(s).digest('base64')}'`;
const theme = "\n\twindow.theme = 'dark';\n";
const page = (extra = '') =>
  `<!DOCTYPE html><html><head><meta charset="utf-8"/><title>t</title><script>${theme}</script>` +
  `<script type="application/ld+json">{"@type":"WebPage"}</script><script type="module" src="/_astro/a.js"></script>${extra}` +
  `<meta http-equiv="content-security-policy" content="default-src 'self'; script-src 'self' 'sha256-astro='; style-src 'self'"></head><body><style>p{color:red}</style></body></html>`;

describe('completePagePolicy', () => {
  it("adds the hash of each executed inline script and style, not of data blocks or external scripts", () => {
    const { policy } = completePagePolicy(page(), 'index.html');
    expect([...policy.get('script-src')!]).toEqual(["'self'", "'sha256-astro='", sha(theme)]);
    expect([...policy.get('style-src')!]).toEqual(["'self'", sha('p{color:red}')]);
    expect(inlineScripts(page())).toEqual([theme]);
  });

  it('moves the <meta> policy right after <meta charset>, ahead of every script', () => {
    const { html } = completePagePolicy(page(), 'index.html');
    expect(html.indexOf('http-equiv="content-security-policy"')).toBeGreaterThan(html.indexOf('charset'));
    expect(html.indexOf('http-equiv="content-security-policy"')).toBeLessThan(html.indexOf('<script'));
    expect(html.match(/content-security-policy/g)).toHaveLength(1);
    // Running it again changes nothing.
    expect(completePagePolicy(html, 'index.html').html).toBe(html);
  });

  it('refuses a page without a policy, or one allowing inline scripts', () => {
    expect(() => completePagePolicy('<html><head></head></html>', 'x.html')).toThrow(/x\.html: no Content-Security-Policy <meta>/);
    expect(() => completePagePolicy(page().replace("script-src 'self'", "script-src 'self' 'unsafe-inline'"), 'y.html')).toThrow(/y\.html: script-src allows 'unsafe-inline'/);
  });
});

describe('headersFile', () => {
  it("sends the union of the pages' policies with frame-ancestors, and caches hashed assets", () => {
    const a = parsePolicy("default-src 'self'; script-src 'self' 'sha256-a='");
    const b = parsePolicy("default-src 'self'; script-src 'self' 'sha256-b='");
    const text = headersFile([a, b]);
    const csp = /^ {2}Content-Security-Policy: (.*)$/m.exec(text)?.[1] ?? '';
    expect(csp).toBe("default-src 'self'; script-src 'self' 'sha256-a=' 'sha256-b='; frame-ancestors 'none'");
    expect(text).toMatch(/^\/\*\n/m);
    expect(text).toContain('  X-Content-Type-Options: nosniff\n');
    expect(text).toContain('/_astro/*\n  Cache-Control: public, max-age=31536000, immutable\n');
    expect(serializePolicy(parsePolicy(csp))).toBe(csp);
    expect(scriptHash('')).toBe("'sha256-47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU='");
  });
});
