/**
 * A tiny static file server for the bench page: the repository root on 127.0.0.1, on a free port. It runs in the
 * bench process itself, so stopping it is `close()`, never a kill by name. Extra routes map URL paths to files
 * outside the root (an alternative bundle given with `--bundle`).
 */
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { createServer } from 'node:http';
import { extname, join, normalize, resolve, sep } from 'node:path';

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
};

/**
 * @param {string} root directory served at `/`
 * @param {Record<string, string>} [routes] URL path → absolute file path
 * @returns {Promise<{ origin: string, port: number, close: () => Promise<void> }>}
 */
export async function startServer(root, routes = {}) {
  const base = resolve(root);
  const server = createServer(async (req, res) => {
    try {
      const url = new URL(req.url ?? '/', 'http://127.0.0.1');
      let path = decodeURIComponent(url.pathname);
      let file = routes[path];
      if (!file) {
        if (path.endsWith('/')) path += 'index.html';
        file = normalize(join(base, path));
        if (file !== base && !file.startsWith(base + sep)) {
          res.writeHead(403).end('forbidden');
          return;
        }
      }
      const info = await stat(file);
      if (!info.isFile()) throw new Error('not a file');
      res.writeHead(200, {
        'content-type': TYPES[extname(file)] ?? 'application/octet-stream',
        'content-length': info.size,
        'cache-control': 'no-store',
        // Cross-origin isolated: performance.now() at 5 µs instead of 100 µs resolution.
        'cross-origin-opener-policy': 'same-origin',
        'cross-origin-embedder-policy': 'require-corp',
        'cross-origin-resource-policy': 'same-origin',
      });
      createReadStream(file).pipe(res);
    } catch {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
    }
  });
  await new Promise((ok, fail) => {
    server.once('error', fail);
    server.listen(0, '127.0.0.1', ok);
  });
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return {
    origin: `http://127.0.0.1:${port}`,
    port,
    close: () =>
      new Promise((ok) => {
        server.closeAllConnections?.();
        server.close(() => ok());
      }),
  };
}
