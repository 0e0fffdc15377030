/**
 * A web server on 127.0.0.1 for the commands that open pages in a browser (eval, eval:offstory,
 * bench, start): a free port, nothing reachable from another machine, and an answer only for
 * what the command's handler serves.
 */
import { createServer } from 'node:http';

/**
 * @typedef {import('node:http').IncomingMessage} Request
 * @typedef {import('node:http').ServerResponse} Response
 */

/**
 * A running loopback server.
 * @typedef {object} LoopbackServer
 * @property {string} origin Its origin, such as `http://127.0.0.1:43121`.
 * @property {number} port Its port.
 * @property {() => Promise<void>} close Stops it.
 */

/**
 * Starts `handler` on a free port of 127.0.0.1.
 * @param {(request: Request, response: Response) => void} handler
 * @returns {Promise<LoopbackServer>}
 */
export async function startLoopbackServer(handler) {
  const server = createServer(handler);
  await new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(undefined)));
  const address = server.address();
  if (address === null || typeof address === 'string') throw new Error('the loopback server has no port');
  return {
    origin: `http://127.0.0.1:${address.port}`,
    port: address.port,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

/**
 * The path a request asks for, decoded, without the leading slash.
 * @param {Request} request
 */
export function requestedPath(request) {
  return decodeURIComponent(new URL(request.url ?? '/', 'http://localhost').pathname.slice(1));
}

/**
 * Answers `response` with status 200, the content type and headers given, and `body`.
 * @param {Response} response
 * @param {string} type
 * @param {string | Buffer} body
 * @param {Record<string, string>} [headers]
 */
export function send(response, type, body, headers = {}) {
  response.writeHead(200, { 'content-type': type, ...headers });
  response.end(body);
}

/**
 * Answers 404 with an empty body.
 * @param {Response} response
 */
export function notFound(response) {
  response.writeHead(404);
  response.end();
}
