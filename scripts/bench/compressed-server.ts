// A static server for dist/ that compresses like a CDN: brotli or gzip by Accept-Encoding, each file
// compressed once and kept in memory, long caching for Astro's hashed /_astro/ assets. Loopback only.
// The bench measures Lighthouse against it, so that page weight is judged as a host would send it.
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import type { AddressInfo } from 'node:net';
import { extname, join, resolve, sep } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

const types: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json',
  '.csv': 'text/csv; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.webp': 'image/webp',
  '.woff2': 'font/woff2',
  '.wasm': 'application/wasm',
  '.txt': 'text/plain; charset=utf-8',
  '.xml': 'application/xml',
  '.bib': 'text/plain; charset=utf-8',
  '.ris': 'text/plain; charset=utf-8',
};
// Already compressed formats go out as they are.
const compressible = new Set(['.html', '.css', '.js', '.mjs', '.json', '.csv', '.svg', '.txt', '.xml', '.wasm', '.bib', '.ris']);

export interface CompressedServer {
  origin: string;
  close(): Promise<void>;
}

export async function serveCompressed(directory: string): Promise<CompressedServer> {
  const root = resolve(directory);
  const cache = new Map<string, Buffer>();
  const encoded = (file: string, encoding: 'br' | 'gzip', body: Buffer) => {
    const key = `${encoding}:${file}`;
    let out = cache.get(key);
    if (!out) {
      out = encoding === 'br' ? brotliCompressSync(body, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }) : gzipSync(body, { level: 9 });
      cache.set(key, out);
    }
    return out;
  };
  const find = async (pathname: string): Promise<string | null> => {
    let path: string;
    try {
      path = resolve(root, `.${decodeURIComponent(pathname)}`);
    } catch {
      return null;
    }
    if (path !== root && !path.startsWith(root + sep)) return null;
    if (pathname.endsWith('/')) path = join(path, 'index.html');
    try {
      return (await stat(path)).isFile() ? path : null;
    } catch {
      return null;
    }
  };
  const server = createServer((req, res) => {
    void (async () => {
      const { pathname } = new URL(req.url ?? '/', 'http://localhost');
      const file = await find(pathname);
      const status = file ? 200 : 404;
      const path = file ?? join(root, '404.html');
      const body = await readFile(path).catch(() => Buffer.from('Not found'));
      const ext = extname(path).toLowerCase();
      const accept = String(req.headers['accept-encoding'] ?? '');
      const encoding = !compressible.has(ext) ? null : /\bbr\b/.test(accept) ? 'br' : /\bgzip\b/.test(accept) ? 'gzip' : null;
      const out = encoding ? encoded(path, encoding, body) : body;
      res.writeHead(status, {
        'Content-Type': types[ext] ?? 'application/octet-stream',
        'Content-Length': out.byteLength,
        'Cache-Control': pathname.startsWith('/_astro/') ? 'public, max-age=31536000, immutable' : 'public, max-age=0, must-revalidate',
        Vary: 'Accept-Encoding',
        ...(encoding ? { 'Content-Encoding': encoding } : {}),
      });
      res.end(req.method === 'HEAD' ? undefined : out);
    })().catch((error: unknown) => {
      res.writeHead(500, { 'Content-Type': 'text/plain; charset=utf-8' });
      res.end(String(error));
    });
  });
  await new Promise<void>((ok, fail) => {
    server.once('error', fail);
    server.listen(0, '127.0.0.1', ok);
  });
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    close: () =>
      new Promise<void>((ok, fail) => {
        server.closeAllConnections();
        server.close((e) => (e ? fail(e) : ok()));
      }),
  };
}
