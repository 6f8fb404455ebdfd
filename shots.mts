import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { launchChromium } from './scripts/browser/chromium.ts';
import { serveDirectory } from './scripts/browser/serve.ts';
const out = '/tmp/h10a-shots'; mkdirSync(out, { recursive: true });
const server = await serveDirectory('dist');
const browser = await launchChromium();
const ids = process.argv.slice(2);
for (const id of ids) for (const lang of ['ja', 'en']) for (const [w, h] of [[1280, 800], [390, 844]]) {
  const page = await browser.newPage({ viewport: { width: w, height: h } });
  await page.goto(`${server.origin}${lang === 'en' ? '/en' : ''}/programs/${id}/`);
  await page.screenshot({ path: join(out, `${id}-${lang}-${w}.png`) });
  await page.close();
}
await browser.close(); await server.close();
