// SITE_URL: an http(s) origin or a clear refusal naming SITE_URL, checked before anything is written.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DEFAULT_SITE_URL, resolveSiteUrl, SiteUrlError } from '../../src/lib/site-url.ts';

describe('resolveSiteUrl', () => {
  it('falls back to the placeholder, and says it did, when SITE_URL is unset or empty', () => {
    expect(resolveSiteUrl(undefined)).toEqual({ url: `${DEFAULT_SITE_URL}/`, fromEnv: false });
    expect(resolveSiteUrl('  ')).toEqual({ url: `${DEFAULT_SITE_URL}/`, fromEnv: false });
  });

  it('accepts an http(s) origin, with or without the trailing slash', () => {
    expect(resolveSiteUrl('https://sti.example.org')).toEqual({ url: 'https://sti.example.org/', fromEnv: true });
    expect(resolveSiteUrl('http://localhost:8080/')).toEqual({ url: 'http://localhost:8080/', fromEnv: true });
    expect(resolveSiteUrl('HTTPS://Sti.Example.ORG/').url).toBe('https://sti.example.org/');
  });

  it.each([
    ['not a url', /SITE_URL="not a url" is not a URL/],
    ['ftp://host/', /SITE_URL="ftp:\/\/host\/" uses ftp/],
    ['https://host/sub/', /SITE_URL="https:\/\/host\/sub\/" has a path \(\/sub\/\)/],
    ['https://host/sub', /has a path \(\/sub\)/],
    ['https://host/?q=1', /has a query or fragment/],
    ['https://user:pw@host/', /user name or password/],
  ])('refuses %j with a message naming SITE_URL', (value, message) => {
    expect(() => resolveSiteUrl(value)).toThrow(SiteUrlError);
    expect(() => resolveSiteUrl(value)).toThrow(message);
  });
});

describe('npm run data with a bad SITE_URL', () => {
  it('stops with the message before writing any output', () => {
    const out = mkdtempSync(join(tmpdir(), 'site-url-'));
    const docs = mkdtempSync(join(tmpdir(), 'site-url-docs-'));
    const run = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/build-data.ts'], {
      env: { ...process.env, SITE_URL: 'https://host/sub/', OUT_DIR: out, DOCS_DIR: docs },
      encoding: 'utf8',
    });
    expect(run.status).toBe(1);
    expect(run.stderr).toContain('SITE_URL="https://host/sub/" has a path');
    expect(readdirSync(out)).toEqual([]);
    expect(readdirSync(docs)).toEqual([]);
  }, 60_000);
});
