// A tiny static server over the repository, on a random loopback port, for the built-artefact and package checks.
import { createReadStream, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, normalize, resolve } from 'node:path';

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.png': 'image/png',
  '.svg': 'image/svg+xml',
};

/**
 * Serves `root`; `headers(pathname)` may add response headers (a CSP, say); `fail(pathname)` true answers that
 * request with a 500 (a network blip); `delay(pathname)` holds the answer back that many milliseconds.
 * Resolves to { url, close }.
 */
export function serve(root, headers = () => ({}), fail = () => false, delay = () => 0) {
  const base = resolve(root);
  const server = createServer(async (req, res) => {
    const pathname = decodeURIComponent(new URL(req.url, 'http://x').pathname);
    if (fail(pathname)) return void res.writeHead(500, { 'cache-control': 'no-store' }).end('failed');
    const ms = delay(pathname);
    if (ms) await new Promise((done) => setTimeout(done, ms));
    // The browser asks every page for an icon; that is the host page's business, not the widgets'.
    if (pathname === '/favicon.ico') return void res.writeHead(204).end();
    let file = normalize(join(base, pathname));
    if (!file.startsWith(base)) return void res.writeHead(403).end();
    try {
      if (statSync(file).isDirectory()) file = join(file, 'index.html');
      statSync(file);
    } catch {
      return void res.writeHead(404).end('not found');
    }
    res.writeHead(200, {
      'content-type': TYPES[extname(file)] ?? 'application/octet-stream',
      'cache-control': 'no-store',
      ...headers(pathname),
    });
    createReadStream(file).pipe(res);
  });
  return new Promise((ok) => {
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      ok({ url: `http://127.0.0.1:${port}`, close: () => new Promise((done) => server.close(done)) });
    });
  });
}
