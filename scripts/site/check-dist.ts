/**
 * Checks of a built site before it replaces dist/: the generated pages are exactly the ones the
 * registry declares (generated/pages.json), and every internal href / src / srcset resolves to a file.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

/** Every file under `dir`, as paths relative to it with "/" separators. */
function filesUnder(dir: string): string[] {
  return (readdirSync(dir, { recursive: true, withFileTypes: true }) as import('node:fs').Dirent[])
    .filter((e) => e.isFile())
    .map((e) => relative(dir, join(e.parentPath, e.name)).split(sep).join('/'));
}

const GENERATED_KINDS = ['programs', 'sources', 'topics', 'countries'];

/** Pages under programs/, sources/, topics/ (both languages) that are not declared, declared pages that are missing, and look-alike folders. */
export function pageSetProblems(dist: string, declared: readonly string[]): string[] {
  const problems: string[] = [];
  const want = new Set(declared);
  for (const page of declared) if (!existsSync(join(dist, page, 'index.html'))) problems.push(`${page}/: declared by the registry but not built`);
  for (const lang of ['', 'en/']) {
    const base = join(dist, lang);
    if (!existsSync(base)) continue;
    for (const name of readdirSync(base)) {
      if (GENERATED_KINDS.some((k) => name !== k && name.startsWith(k))) problems.push(`${lang}${name}/: a folder the registry does not declare (a leftover staging folder published as pages?)`);
    }
    for (const kind of GENERATED_KINDS) {
      const dir = join(base, kind);
      if (!existsSync(dir)) continue;
      for (const name of readdirSync(dir)) {
        const page = `${lang}${kind}/${name}`;
        if (statSync(join(dir, name)).isDirectory() && existsSync(join(dir, name, 'index.html')) && !want.has(page)) problems.push(`${page}/: built, but the registry does not declare it`);
      }
    }
  }
  return problems;
}

const ATTR = /\s(href|src|srcset)\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'>]+))/gi;
const decodeAttr = (v: string) => v.replace(/&amp;/g, '&').replace(/&#(\d+);/g, (_, n: string) => String.fromCodePoint(Number(n))).replace(/&#x([0-9a-f]+);/gi, (_, n: string) => String.fromCodePoint(parseInt(n, 16)));

/** The internal links of every HTML file under `dist` that point at no file: "page -> href". */
export function brokenLinks(dist: string): string[] {
  const files = filesUnder(dist);
  const have = new Set(files);
  const resolves = (path: string) => {
    const p = path.replace(/^\//, '');
    if (p === '' || p.endsWith('/')) return have.has(`${p}index.html`);
    return have.has(p) || have.has(`${p}/index.html`) || have.has(`${p}.html`);
  };
  const broken: string[] = [];
  for (const file of files.filter((f) => f.endsWith('.html'))) {
    const pageUrl = `/${file.replace(/(^|\/)index\.html$/, '$1')}`;
    const html = readFileSync(join(dist, file), 'utf8');
    for (const m of html.matchAll(ATTR)) {
      const raw = decodeAttr(m[2] ?? m[3] ?? m[4] ?? '');
      const urls = m[1]!.toLowerCase() === 'srcset' ? raw.split(',').map((c) => c.trim().split(/\s+/)[0] ?? '') : [raw.trim()];
      for (const url of urls) {
        // External, in-page and scheme links (https:, mailto:, data:) are not ours to check.
        if (url === '' || url.startsWith('#') || url.startsWith('//') || /^[a-z][a-z0-9+.-]*:/i.test(url)) continue;
        let path: string;
        try {
          path = decodeURIComponent(new URL(url, `http://site${pageUrl}`).pathname);
        } catch {
          broken.push(`${file} -> ${url} (not a URL)`);
          continue;
        }
        if (!resolves(path)) broken.push(`${file} -> ${url}`);
      }
    }
  }
  return broken;
}
