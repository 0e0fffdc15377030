/**
 * A static file server on 127.0.0.1 for e2e fixture pages. A fixture `name.html` may come with
 * `name.html.headers.json` (an object of response headers), which is how CSP pages are served.
 * Routes registered with `route()` serve generated pages (large documents) without files.
 */
import { createServer, type Server } from 'node:http';
import { existsSync, readFileSync } from 'node:fs';
import { extname, join, normalize } from 'node:path';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.xhtml': 'application/xhtml+xml; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.txt': 'text/plain; charset=utf-8',
};

/** A running fixture server. */
export interface FixtureServer {
  /** The origin, such as `http://127.0.0.1:43121`. */
  readonly origin: string;
  /** The URL of a fixture file or route. */
  url(path: string): string;
  /** Serves generated content at `path`. */
  route(path: string, body: () => { type: string; body: string | Buffer; headers?: Record<string, string> }): void;
  /** Stops the server. */
  close(): Promise<void>;
}

/** Starts a server over `dir` on a free port of 127.0.0.1. */
export async function startFixtureServer(dir: string): Promise<FixtureServer> {
  const routes = new Map<string, () => { type: string; body: string | Buffer; headers?: Record<string, string> }>();
  const server: Server = createServer((request, response) => {
    const path = decodeURIComponent(new URL(request.url ?? '/', 'http://localhost').pathname);
    const route = routes.get(path);
    if (route) {
      const { type, body, headers } = route();
      response.writeHead(200, { 'content-type': type, 'cache-control': 'no-store', ...headers });
      response.end(body);
      return;
    }
    const file = normalize(join(dir, path));
    if (!file.startsWith(dir) || !existsSync(file)) {
      response.writeHead(404, { 'content-type': 'text/plain' });
      response.end('not found');
      return;
    }
    const headersFile = `${file}.headers.json`;
    const extra = existsSync(headersFile) ? (JSON.parse(readFileSync(headersFile, 'utf8')) as Record<string, string>) : {};
    response.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream', 'cache-control': 'no-store', ...extra });
    response.end(readFileSync(file));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  if (address === null || typeof address === 'string') throw new Error('fixture server has no port');
  const origin = `http://127.0.0.1:${address.port}`;
  return {
    origin,
    url: (path) => `${origin}/${path.replace(/^\//, '')}`,
    route: (path, body) => routes.set(path.startsWith('/') ? path : `/${path}`, body),
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
