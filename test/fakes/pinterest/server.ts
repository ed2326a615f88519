/**
 * A small, strict Pinterest API v5 server for contract tests of the Pinterest connector: OAuth (authorize page with
 * auto-approval for browser tests, token endpoint with continuous refresh), bearer-token auth with per-route
 * scopes, per-user rate limits with `X-RateLimit-*` headers, boards, Pins, video media with an S3-style upload and
 * processing states, and Pin analytics. Built from developers.pinterest.com/docs/api/v5/ (see handlers.ts, oauth.ts).
 *
 * @example
 * const fake = await startFakePinterest();
 * const ann = fake.addUser('ann');
 * // ... createPinterestConnector({ apiUrl: fake.baseUrl }) ...
 * await fake.stop();
 */
import type { IncomingHttpHeaders, IncomingMessage, ServerResponse } from 'node:http';
import { readBody } from '../scaffold/body.js';
import { logRequest, startFakeServer, type LoggedRequest } from '../scaffold/server.js';
import { FixedWindows } from '../scaffold/windows.js';
import { activeToken, bearerOf, expireToken } from '../scaffold/tokens.js';
import { createHandlers, type Board, type Media, type Pin, type User } from './handlers.js';
import { boundaryOf, MultipartError, readMultipart } from './multipart.js';
import { authorize, issueToken, token, type OAuthApp, type OAuthState } from './oauth.js';

export interface FakeResponse {
  status: number;
  headers?: Record<string, string>;
  body?: unknown;
  /** An S3 answer (XML), instead of JSON. */
  xml?: string;
}

export interface FakePinterestOptions {
  /** Writes per user per minute (rate-limits page, Standard access `org_write`-style category: 100). */
  writeLimit?: number;
  /** Send `Retry-After` with 429s (otherwise only the `X-RateLimit-*` headers). */
  retryAfter?: boolean;
  /** GET /v5/media/{id} answers `processing` this many times after the upload. */
  videoProcessingPolls?: number;
  failProcessing?: boolean;
}

export interface FakePinterest {
  baseUrl: string;
  /** Origin of the S3-style upload bucket. */
  bucketUrl: string;
  users: Map<string, User>;
  boards: Map<string, Board>;
  pins: Map<string, Pin>;
  media: Map<string, Media>;
  tokens: OAuthState['tokens'];
  refreshTokens: OAuthState['refreshTokens'];
  requests: LoggedRequest[];
  /** A user with a token holding every scope Chorus asks for, and one board. */
  addUser(username: string, options?: { scopes?: string[] }): { id: string; token: string; boardId: string };
  addApp(app: OAuthApp): void;
  grant(userId: string, clientId: string, options?: { scopes?: string[]; continuous?: boolean }): ReturnType<typeof issueToken>;
  /** The next authorize: a user id approves as that user, 'deny' cancels. */
  decideNext(decision: string): void;
  /** Who approves when nobody decided (browser tests); null denies. */
  autoApprove(userId: string | null): void;
  expire(accessToken: string): void;
  failNext(method: string, pattern: RegExp, response: FakeResponse): void;
  stop(): Promise<void>;
}

export const CHORUS_SCOPES = ['boards:read', 'boards:write', 'pins:read', 'pins:write', 'user_accounts:read'];
const WINDOW_MS = 60_000;

/** The scopes each route requires (each endpoint's "Authorization" in the v5 reference) and its rate category. */
function routeOf(method: string, path: string): { scopes: string[]; write: boolean } | null {
  if (method === 'GET' && path === '/v5/user_account') return { scopes: ['user_accounts:read'], write: false };
  if (method === 'GET' && path === '/v5/user_account/analytics') return { scopes: ['user_accounts:read', 'pins:read'], write: false };
  if (method === 'GET' && path === '/v5/boards') return { scopes: ['boards:read'], write: false };
  if (method === 'POST' && path === '/v5/boards') return { scopes: ['boards:read', 'boards:write'], write: true };
  if (method === 'POST' && path === '/v5/pins') return { scopes: ['boards:read', 'pins:read', 'pins:write'], write: true };
  if (method === 'GET' && path === '/v5/pins') return { scopes: ['pins:read'], write: false };
  if (method === 'DELETE' && /^\/v5\/pins\/[^/]+$/.test(path)) return { scopes: ['boards:read', 'pins:read', 'pins:write'], write: true };
  if (method === 'GET' && /^\/v5\/pins\/[^/]+\/analytics$/.test(path)) return { scopes: ['boards:read', 'pins:read'], write: false };
  if (method === 'POST' && path === '/v5/media') return { scopes: ['pins:write'], write: true };
  if (method === 'GET' && /^\/v5\/media\/[^/]+$/.test(path)) return { scopes: ['pins:read'], write: false };
  return null;
}

export async function startFakePinterest(options: FakePinterestOptions = {}): Promise<FakePinterest> {
  let sequence = 549_755_813_888;
  const nextId = (): string => String(++sequence);
  const users = new Map<string, User>();
  const boards = new Map<string, Board>();
  const pins = new Map<string, Pin>();
  const media = new Map<string, Media>();
  const oauth: OAuthState = { apps: new Map(), tokens: new Map(), refreshTokens: new Map(), codes: new Map(), nextDecision: null, autoApprove: null, tokenTtlSec: 30 * 86_400 };
  const windows = new FixedWindows(WINDOW_MS);
  let bucketUrl = '';
  const handlers = createHandlers({
    users, boards, pins, media, nextId, bucketUrl: () => bucketUrl,
    videoProcessingPolls: options.videoProcessingPolls ?? 2, failProcessing: options.failProcessing ?? false,
  });

  async function handle(method: string, url: URL, headers: IncomingHttpHeaders, body: unknown): Promise<FakeResponse> {
    const path = url.pathname;
    if (method === 'GET' && path === '/oauth/') return authorize(oauth, url);
    if (method === 'POST' && path === '/v5/oauth/token') return token(oauth, headers, body);
    const route = routeOf(method, path);
    if (!route) return { status: 404, body: { code: 404, message: 'Not found.' } };
    const info = activeToken(oauth.tokens, bearerOf(headers));
    const me = info ? users.get(info.userId) : undefined;
    if (!info || !me) return { status: 401, body: { code: 2, message: 'Authentication failed.' } };
    const missing = route.scopes.filter((sc) => !info.scopes.includes(sc));
    if (missing.length > 0) return { status: 403, body: { code: 3, message: `Your application consumer type is not supported. Missing scopes: ${missing.join(', ')}.` } };

    const limit = route.write ? (options.writeLimit ?? 100) : 1000;
    const window = windows.hit(`${me.id} ${route.write ? 'write' : 'read'}`);
    const rate = {
      'x-ratelimit-limit': String(limit),
      'x-ratelimit-remaining': String(Math.max(0, limit - window.count)),
      'x-ratelimit-reset': String(Math.ceil((window.resetAt - Date.now()) / 1000)),
    };
    if (window.count > limit) {
      const retry: Record<string, string> = options.retryAfter ? { 'retry-after': rate['x-ratelimit-reset'] } : {};
      return { status: 429, headers: { ...rate, ...retry }, body: { code: 8, message: 'You have exceeded your rate limit. Try again later.' } };
    }
    const response = dispatch(method, path, url, me, body);
    return { ...response, headers: { ...rate, ...response.headers } };
  }

  function dispatch(method: string, path: string, url: URL, me: User, body: unknown): FakeResponse {
    if (path === '/v5/user_account') return handlers.userAccount(me);
    if (path === '/v5/user_account/analytics') return handlers.accountAnalytics(me, url);
    if (path === '/v5/boards') return method === 'GET' ? handlers.listBoards(me, url) : handlers.createBoard(me, body);
    if (path === '/v5/pins') return method === 'GET' ? handlers.listPins(me, url) : handlers.createPin(me, body);
    if (path === '/v5/media') return handlers.registerMedia(me, body);
    let m = /^\/v5\/pins\/([^/]+)\/analytics$/.exec(path);
    if (m?.[1]) return handlers.analytics(me, decodeURIComponent(m[1]), url);
    m = /^\/v5\/pins\/([^/]+)$/.exec(path);
    if (m?.[1]) return handlers.deletePin(me, decodeURIComponent(m[1]));
    m = /^\/v5\/media\/([^/]+)$/.exec(path);
    if (m?.[1]) return handlers.mediaStatus(me, decodeURIComponent(m[1]));
    return { status: 404, body: { code: 404, message: 'Not found.' } };
  }

  const http = await startFakeServer({
    read: readRequestBody,
    log: logRequest,
    handle: ({ method, url, headers, body }) => handle(method, url, headers, body),
    crash,
    send,
  });
  // The upload bucket is another origin, as S3 is: the connector must not send Pinterest's token there. It shares
  // the API's request log and injected failures, so a test sees and breaks both origins in one place.
  const bucket = await startFakeServer({
    read: readRequestBody,
    log: logRequest,
    handle: ({ method, url, headers, body }): FakeResponse =>
      method === 'POST' && url.pathname === '/upload-bucket/' ? handlers.s3Upload(headers, body) : { status: 404, xml: '<Error><Code>NoSuchKey</Code></Error>' },
    crash,
    send,
    requests: http.requests,
    failures: http.failures,
  });
  bucketUrl = bucket.baseUrl;

  return {
    baseUrl: http.baseUrl, bucketUrl, users, boards, pins, media, tokens: oauth.tokens, refreshTokens: oauth.refreshTokens, requests: http.requests,
    addUser(username, opts = {}) {
      const id = nextId();
      users.set(id, { id, username, businessName: username[0]?.toUpperCase() + username.slice(1) });
      const boardId = nextId();
      boards.set(boardId, { id: boardId, ownerId: id, name: 'Ideas', description: '', privacy: 'PUBLIC' });
      return { id, boardId, token: issueToken(oauth, id, null, opts.scopes ?? CHORUS_SCOPES).access_token };
    },
    addApp: (app) => void oauth.apps.set(app.clientId, app),
    grant: (userId, clientId, opts = {}) => issueToken(oauth, userId, clientId, opts.scopes ?? CHORUS_SCOPES, opts.continuous ?? true),
    decideNext: (decision) => void (oauth.nextDecision = decision),
    autoApprove: (userId) => void (oauth.autoApprove = userId),
    expire: (accessToken) => expireToken(oauth.tokens, accessToken),
    failNext: (method, pattern, response) => http.failures.add(pattern, response, { method }),
    stop: async () => {
      await Promise.all([http.stop(), bucket.stop()]);
    },
  };
}

const crash = (error: unknown): FakeResponse => ({ status: 500, body: { code: 500, message: String(error) } });

/** S3's answers are XML; Pinterest's are JSON, with no Content-Type when there is no body. */
function send(res: ServerResponse, response: FakeResponse): void {
  if (response.xml !== undefined) {
    res.writeHead(response.status, { 'content-type': 'application/xml', ...response.headers });
    return void res.end(response.xml);
  }
  const body = response.body === undefined ? '' : JSON.stringify(response.body);
  res.writeHead(response.status, { ...(body ? { 'content-type': 'application/json; charset=utf-8' } : {}), ...response.headers });
  res.end(body);
}

/**
 * JSON and form bodies are read whole; multipart (only the upload bucket takes it) streams through `readMultipart`,
 * which keeps the fields and only the size and hash of the file: the scaffold's reader would hold a whole video
 * in memory. A malformed multipart body is handed to the bucket as the `MultipartError`, which S3 refuses.
 */
async function readRequestBody(req: IncomingMessage): Promise<unknown> {
  const boundary = boundaryOf(req.headers['content-type']);
  if (boundary) {
    try {
      return await readMultipart(req, boundary);
    } catch (error) {
      if (error instanceof MultipartError) return error;
      throw error;
    }
  }
  return readBody(req);
}
