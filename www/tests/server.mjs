// A tiny static file server for the browser tests and `make demo`.
//
// Why not `python3 -m http.server` or an npm server: the tests need to start
// and stop it from Node, on a free port, bound to loopback only, and with
// `application/wasm` for .wasm (without it WebAssembly.instantiateStreaming
// refuses the response and wasm-bindgen falls back to a slower path with a
// console warning). Nothing here is meant for a real deployment.
//
// Use as a module:  const server = await startServer({ root });  ...  await server.close();
// Or directly:      node www/tests/server.mjs [root=www] [port=8000]

import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { createServer } from 'node:http';
import { extname, join, resolve, sep } from 'node:path';
import { pipeline } from 'node:stream/promises';
import { fileURLToPath, pathToFileURL } from 'node:url';

/** The www/ directory, whatever the current directory is. */
export const WWW_ROOT = fileURLToPath(new URL('..', import.meta.url));

/** @type {Readonly<Record<string, string>>} */
const MIME_TYPES = Object.freeze({
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.wasm': 'application/wasm',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.txt': 'text/plain; charset=utf-8',
  '.csv': 'text/csv',
  '.xlsx': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  '.eml': 'message/rfc822',
});

/**
 * @typedef {object} StaticServer
 * @property {string} origin  e.g. `http://127.0.0.1:40123`, no trailing slash
 * @property {number} port
 * @property {() => Promise<void>} close
 */

/**
 * Serves the files under `root` on `host`. Port 0 (the default) picks a free
 * port, so parallel test runs never collide.
 *
 * @param {{ root?: string, host?: string, port?: number, log?: (line: string) => void }} [options]
 * @returns {Promise<StaticServer>}
 */
export async function startServer({ root = WWW_ROOT, host = '127.0.0.1', port = 0, log } = {}) {
  const base = resolve(root);
  const server = createServer((request, response) => {
    serve(base, request, response).catch((/** @type {unknown} */ error) => {
      if (!response.headersSent) response.writeHead(500).end();
      else response.destroy();
      log?.(`500 ${request.url}: ${String(error)}`);
    });
    response.on('finish', () => log?.(`${response.statusCode} ${request.method} ${request.url}`));
  });
  await new Promise((done, fail) => {
    server.once('error', fail);
    server.listen(port, host, () => done(undefined));
  });
  const address = server.address();
  if (address === null || typeof address === 'string') throw new Error('server has no TCP address');
  return {
    origin: `http://${host}:${address.port}`,
    port: address.port,
    close: () =>
      new Promise((done, fail) => {
        // Keep-alive connections would otherwise hold close() open for seconds.
        server.closeAllConnections();
        server.close((error) => (error ? fail(error) : done()));
      }),
  };
}

/**
 * @param {string} base  absolute root directory
 * @param {import('node:http').IncomingMessage} request
 * @param {import('node:http').ServerResponse} response
 */
async function serve(base, request, response) {
  if (request.method !== 'GET' && request.method !== 'HEAD') {
    response.writeHead(405, { Allow: 'GET, HEAD' }).end();
    return;
  }
  const file = await resolveFile(base, request.url ?? '/');
  if (file === null) {
    response.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8' }).end('not found\n');
    return;
  }
  response.writeHead(200, {
    'Content-Type': MIME_TYPES[extname(file.path).toLowerCase()] ?? 'application/octet-stream',
    'Content-Length': file.size,
    // Tests rebuild www/pkg between runs; a cached old .wasm would hide that.
    'Cache-Control': 'no-store',
    'X-Content-Type-Options': 'nosniff',
  });
  if (request.method === 'HEAD') {
    response.end();
    return;
  }
  await pipeline(createReadStream(file.path), response);
}

/**
 * Maps a request path to a file under `base`, or null. A directory serves its
 * index.html. Paths that would leave `base` (`..`, encoded or not) are refused.
 *
 * @param {string} base
 * @param {string} url
 * @returns {Promise<{ path: string, size: number } | null>}
 */
async function resolveFile(base, url) {
  let pathname;
  try {
    pathname = decodeURIComponent(new URL(url, 'http://localhost').pathname);
  } catch {
    return null; // malformed percent-encoding
  }
  if (pathname.includes('\0')) return null;
  let path = resolve(join(base, pathname));
  if (path !== base && !path.startsWith(base + sep)) return null;
  try {
    let info = await stat(path);
    if (info.isDirectory()) {
      path = join(path, 'index.html');
      info = await stat(path);
    }
    return info.isFile() ? { path, size: info.size } : null;
  } catch {
    return null;
  }
}

// Run directly: serve a directory until Ctrl-C (for `make demo`).
if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  const root = process.argv[2] ?? WWW_ROOT;
  const port = Number(process.argv[3] ?? 8000);
  const server = await startServer({ root, port });
  console.log(`serving ${resolve(root)} at ${server.origin}/ (Ctrl-C stops)`);
  process.once('SIGINT', () => void server.close().then(() => process.exit(0)));
  process.once('SIGTERM', () => void server.close().then(() => process.exit(0)));
}
