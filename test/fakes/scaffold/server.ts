/**
 * The HTTP half every strict fake shares: a server on a free 127.0.0.1 port that reads the body, logs the request
 * where tests can read it, plays injected failures, asks the network's handler for an answer and sends it. A fake's
 * own file keeps only what its network's reference says: routes, rules, error bodies, how answers are written.
 *
 * @example
 * const http = await startFakeServer({
 *   read: (req) => readBody(req),
 *   log: logRequest,
 *   handle: ({ method, url }) => (url.pathname === '/v1/me' ? { status: 200, body: { id: '1' } } : { status: 404 }),
 *   crash: (error) => ({ status: 500, body: { error: String(error) } }),
 * });
 * await fetch(`${http.baseUrl}/v1/me`); http.requests[0]?.path; // '/v1/me'
 * await http.stop();
 */
import { createServer, type IncomingHttpHeaders, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { BodyTooLarge } from './body.js';
import { FailureQueue } from './failures.js';

export interface FakeResponse {
  status: number;
  headers?: Record<string, string>;
  body?: unknown;
  /** Cut the connection instead of answering (a dropped upload). */
  destroy?: boolean;
}

/** One request as the handler and the log see it. */
export interface Incoming<B> {
  method: string;
  url: URL;
  /** The request target as sent, before URL parsing re-encodes anything (Rest.li's `List(…)` keys). */
  rawUrl: string;
  /** Path with query, as the logs show it. */
  path: string;
  headers: IncomingHttpHeaders;
  body: B;
}

export interface LoggedRequest<B = unknown> {
  method: string;
  path: string;
  headers: IncomingHttpHeaders;
  body: B;
}

/** The log entry most fakes keep: method, path with query, headers, body as read. */
export const logRequest = <B>({ method, path, headers, body }: Incoming<B>): LoggedRequest<B> => ({ method, path, headers, body });

export interface FakeServerOptions<B, E, R extends FakeResponse> {
  read(req: IncomingMessage): Promise<B>;
  /** What the request log keeps of each request. */
  log(request: Incoming<B>): E;
  handle(request: Incoming<B>): R | Promise<R>;
  /** The network's answer to a request that threw (its 500 body). */
  crash(error: unknown): R;
  /** The network's answer to a body over the reader's limit; a bare 413 without it. */
  tooLarge?(limit: number): R;
  /** How answers are written; JSON by default. */
  send?(res: ServerResponse, response: R): void;
  /** Injected failures match the pathname (default) or the path with its query. */
  failOn?: 'pathname' | 'path';
  /** Share a log and failures with another server of the same fake (an upload bucket on its own origin). */
  requests?: E[];
  failures?: FailureQueue<R>;
}

export interface FakeServer<E, R> {
  baseUrl: string;
  port: number;
  requests: E[];
  failures: FailureQueue<R>;
  stop(): Promise<void>;
}

/** JSON answers: no body stays empty; `contentType` is the network's exact header. */
export function sendJson(res: ServerResponse, response: FakeResponse, contentType = 'application/json; charset=utf-8'): void {
  const text = response.body === undefined ? '' : JSON.stringify(response.body);
  res.writeHead(response.status, { 'content-type': contentType, ...response.headers });
  res.end(text);
}

export async function startFakeServer<B, E, R extends FakeResponse>(options: FakeServerOptions<B, E, R>): Promise<FakeServer<E, R>> {
  const requests = options.requests ?? [];
  const failures = options.failures ?? new FailureQueue<R>();
  const send = options.send ?? sendJson;

  async function serve(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const rawUrl = req.url ?? '/';
    const url = new URL(rawUrl, 'http://fake');
    const method = req.method ?? 'GET';
    let body: B;
    try {
      body = await options.read(req);
    } catch (error) {
      if (!(error instanceof BodyTooLarge)) throw error;
      if (options.tooLarge) return send(res, options.tooLarge(error.limit));
      return void res.writeHead(413).end();
    }
    const request: Incoming<B> = { method, url, rawUrl, path: url.pathname + url.search, headers: req.headers, body };
    requests.push(options.log(request));
    const response = failures.take(method, options.failOn === 'path' ? request.path : url.pathname) ?? (await options.handle(request));
    if (response.destroy) return void req.socket.destroy();
    send(res, response);
  }

  const server = createServer((req, res) => {
    serve(req, res).catch((error: unknown) => send(res, options.crash(error)));
  });
  const port = await listen(server);
  return {
    baseUrl: `http://127.0.0.1:${port}`,
    port,
    requests,
    failures,
    stop: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

async function listen(server: Server): Promise<number> {
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return (server.address() as AddressInfo).port;
}
