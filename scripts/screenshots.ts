// npm run screenshots [-- /path/ …]: full-page PNGs of the built site (dist/) in Chromium, both
// languages, light and dark, 390 px and 1280 px, into screenshots/ (not committed). For looking at
// the site as a reader would; it asserts nothing.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { LANGS } from '../src/core/locales.ts';
import { pageHref } from '../src/core/urls.ts';
import { launchChromium } from './browser/chromium.ts';
import { serveDirectory } from './browser/serve.ts';

const repoRoot = process.cwd();
const distDir = process.env.DIST_DIR ?? join(repoRoot, 'dist');

const paths = process.argv.slice(2).length ? process.argv.slice(2) : ['/', '/data/', '/programs/sicorp/', '/sources/003/', '/sources/errata/'];
const out = join(repoRoot, 'screenshots');
mkdirSync(out, { recursive: true });
const server = await serveDirectory(distDir);
const browser = await launchChromium();
for (const path of paths) {
  for (const lang of LANGS) {
    const url = server.origin + pageHref(path, lang);
    for (const scheme of ['light', 'dark'] as const) {
      for (const width of [390, 1280]) {
        const page = await browser.newPage({ viewport: { width, height: 900 }, colorScheme: scheme });
        await page.goto(url);
        const name = `${lang}${path.replace(/\//g, '_')}${width}-${scheme}.png`.replace(/_+/g, '_');
        await page.screenshot({ path: join(out, name), fullPage: path.startsWith('/sources/0') ? false : true });
        await page.close();
      }
    }
  }
}
await browser.close();
await server.close();
console.log(`screenshots in ${out}`);
