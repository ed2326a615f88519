/**
 * A small, strict X API v2 server for contract tests of the X connector: OAuth 2.0 with PKCE and rotating refresh
 * tokens, posts, chunked media upload with processing, lookups with metrics, timelines, recent search, DM events,
 * hide replies, bearer-token auth with per-route scopes, and per-user rate limits with X's `x-rate-limit-*` headers.
 * Built from docs.x.com (see each handler file); it refuses what X refuses, with X's error bodies.
 *
 * @example
 * const fake = await startFakeX();
 * const ann = fake.addUser('ann');
 * // ... createXConnector({ apiUrl: fake.baseUrl }) ...
 * await fake.stop();
 */
import { randomBytes } from 'node:crypto';
import type { IncomingHttpHeaders } from 'node:http';
import { readBody, withoutFileBytes } from '../scaffold/body.js';
import { logRequest, startFakeServer, type FakeResponse, type LoggedRequest } from '../scaffold/server.js';
import { FixedWindows } from '../scaffold/windows.js';
import { activeToken, bearerOf, expireToken } from '../scaffold/tokens.js';
import { createPostHandlers, forbidden } from './handlers.js';
import { createMediaHandlers } from './media.js';
import type { DmEvent, Tweet, Upload, User } from './model.js';
import { authorize, issueToken, token, type OAuthApp, type OAuthState } from './oauth.js';

export type { FakeResponse };

export interface FakeXOptions {
  /** Per-user requests per 15 minutes on POST /2/tweets (docs: 100). */
  postLimit?: number;
  /** STATUS polls answered pending/in_progress before a video or GIF is ready. */
  videoProcessingPolls?: number;
  /** Processing of every video/GIF ends in `failed`. */
  failProcessing?: boolean;
}

export interface FakeX {
  baseUrl: string;
  users: Map<string, User>;
  tweets: Map<string, Tweet>;
  uploads: Map<string, Upload>;
  dms: DmEvent[];
  tokens: OAuthState['tokens'];
  refreshTokens: OAuthState['refreshTokens'];
  requests: LoggedRequest[];
  /** A user with a token holding every scope Chorus asks for (no refresh token: not issued to an app). */
  addUser(username: string, options?: { scopes?: string[] }): { id: string; token: string };
  addApp(app: OAuthApp): void;
  /** Tokens as the token endpoint would issue them to `clientId` (with a refresh token when offline.access). */
  grant(userId: string, clientId: string, scopes?: string[]): ReturnType<typeof issueToken>;
  /** The person's answer on the next authorize page: a user id approves as that user, 'deny' cancels. */
  decideNext(decision: string | 'deny'): void;
  /** Someone posts (not through the API checks): a mention, a reply, a quote. */
  post(authorId: string, text: string, options?: { replyTo?: string; quoteOf?: string; createdAt?: Date; lang?: string }): Tweet;
  dm(from: string, to: string, text: string): DmEvent;
  expire(accessToken: string): void;
  /** The next request whose method and path match (after `skip` of them) gets this answer instead. */
  failNext(method: string, pattern: RegExp, response: FakeResponse, skip?: number): void;
  stop(): Promise<void>;
}

export const CHORUS_SCOPES = ['tweet.read', 'tweet.write', 'users.read', 'offline.access', 'media.write', 'dm.read', 'dm.write', 'tweet.moderate.write', 'like.write'];
const WINDOW_MS = 15 * 60 * 1000;

/** Per-user limits per 15 minutes, docs.x.com/x-api/fundamentals/rate-limits, and the scopes each route requires. */
function routeOf(method: string, path: string): { key: string; limit: number; scopes: string[] } | null {
  const read = ['tweet.read', 'users.read'];
  if (method === 'GET' && path === '/2/users/me') return { key: 'GET /2/users/me', limit: 75, scopes: read };
  if (method === 'POST' && path === '/2/tweets') return { key: 'POST /2/tweets', limit: 100, scopes: [...read, 'tweet.write'] };
  if (method === 'DELETE' && /^\/2\/tweets\/[^/]+$/.test(path)) return { key: 'DELETE /2/tweets/:id', limit: 50, scopes: [...read, 'tweet.write'] };
  if (method === 'GET' && path === '/2/tweets') return { key: 'GET /2/tweets', limit: 5000, scopes: read };
  if (method === 'GET' && /^\/2\/users\/[^/]+\/tweets$/.test(path)) return { key: 'GET /2/users/:id/tweets', limit: 900, scopes: read };
  if (method === 'GET' && /^\/2\/users\/[^/]+\/mentions$/.test(path)) return { key: 'GET /2/users/:id/mentions', limit: 300, scopes: read };
  if (method === 'GET' && path === '/2/tweets/search/recent') return { key: 'GET /2/tweets/search/recent', limit: 300, scopes: read };
  if (method === 'GET' && path === '/2/dm_events') return { key: 'GET /2/dm_events', limit: 300, scopes: [...read, 'dm.read'] };
  if (method === 'PUT' && /^\/2\/tweets\/[^/]+\/hidden$/.test(path)) return { key: 'PUT /2/tweets/:id/hidden', limit: 50, scopes: [...read, 'tweet.moderate.write'] };
  // Likes: 1,000 per 24 hours per user; 50 per 15 minutes for each of POST and DELETE.
  if (method === 'POST' && /^\/2\/users\/[^/]+\/likes$/.test(path)) return { key: 'POST /2/users/:id/likes', limit: 50, scopes: [...read, 'like.write'] };
  if (method === 'DELETE' && /^\/2\/users\/[^/]+\/likes\/[^/]+$/.test(path)) return { key: 'DELETE /2/users/:id/likes/:tweet_id', limit: 50, scopes: [...read, 'like.write'] };
  if (path.startsWith('/2/media/')) return { key: `${method} /2/media`, limit: 1875, scopes: ['media.write'] };
  return null;
}

export async function startFakeX(options: FakeXOptions = {}): Promise<FakeX> {
  let sequence = 1_860_000_000_000_000_000n;
  const nextId = (): string => String(++sequence);
  const users = new Map<string, User>();
  const tweets = new Map<string, Tweet>();
  const uploads = new Map<string, Upload>();
  const dms: DmEvent[] = [];
  const oauth: OAuthState = { apps: new Map(), tokens: new Map(), refreshTokens: new Map(), codes: new Map(), nextDecision: null, tokenTtlSec: 7200 };
  const windows = new FixedWindows(WINDOW_MS);

  const media = createMediaHandlers({ uploads, nextId, videoProcessingPolls: options.videoProcessingPolls ?? 2, failProcessing: options.failProcessing ?? false });
  const posts = createPostHandlers({
    users,
    tweets,
    dms,
    nextId,
    shortCode: () => randomBytes(5).toString('hex'),
    attachError: media.attachError,
    markAttached: (ids) => {
      for (const id of ids) {
        const upload = uploads.get(id);
        if (upload) upload.attached = true;
      }
    },
  });

  const unauthorized: FakeResponse = { status: 401, body: { title: 'Unauthorized', type: 'about:blank', status: 401, detail: 'Unauthorized' } };

  async function handle(method: string, url: URL, headers: IncomingHttpHeaders, body: unknown): Promise<FakeResponse> {
    const path = url.pathname;
    if (method === 'GET' && path === '/i/oauth2/authorize') return authorize(oauth, url);
    if (method === 'POST' && path === '/2/oauth2/token') return token(oauth, headers, body);
    const route = routeOf(method, path);
    if (!route) return { status: 404, body: { title: 'Not Found', type: 'about:blank', status: 404, detail: 'Not Found' } };

    const info = activeToken(oauth.tokens, bearerOf(headers));
    const me = info ? users.get(info.userId) : undefined;
    if (!info || !me) return unauthorized;
    const missing = route.scopes.filter((sc) => !info.scopes.includes(sc));
    if (missing.length > 0) return forbidden(`Missing OAuth 2.0 scope: ${missing.join(', ')}.`);

    const limit = route.key === 'POST /2/tweets' ? (options.postLimit ?? route.limit) : route.limit;
    const window = windows.hit(`${me.id} ${route.key}`);
    const rateHeaders = {
      'x-rate-limit-limit': String(limit),
      'x-rate-limit-remaining': String(Math.max(0, limit - window.count)),
      'x-rate-limit-reset': String(Math.ceil(window.resetAt / 1000)),
    };
    if (window.count > limit) return { status: 429, headers: rateHeaders, body: { title: 'Too Many Requests', detail: 'Too Many Requests', type: 'about:blank', status: 429 } };
    const response = await dispatch(method, path, url, me, body);
    return { ...response, headers: { ...rateHeaders, ...response.headers } };
  }

  function dispatch(method: string, path: string, url: URL, me: User, body: unknown): FakeResponse | Promise<FakeResponse> {
    if (path === '/2/users/me') return posts.me(me, url);
    if (method === 'POST' && path === '/2/tweets') return posts.createTweet(me, body);
    if (method === 'GET' && path === '/2/tweets') return posts.lookup(me, url);
    if (path === '/2/tweets/search/recent') return posts.searchRecent(url);
    if (path === '/2/dm_events') return posts.dmEvents(me, url);
    if (method === 'POST' && path === '/2/media/upload/initialize') return media.initialize(me.id, body);
    if (method === 'GET' && path === '/2/media/upload') return media.status(me.id, url);
    if (method === 'POST' && path === '/2/media/metadata') return media.metadata(me.id, body);
    let m = /^\/2\/media\/upload\/([^/]+)\/(append|finalize)$/.exec(path);
    if (m?.[1] && method === 'POST') return m[2] === 'append' ? media.append(me.id, m[1], body) : media.finalize(me.id, m[1]);
    m = /^\/2\/tweets\/([^/]+)\/hidden$/.exec(path);
    if (m?.[1]) return posts.hideReply(me, m[1], body);
    m = /^\/2\/tweets\/([^/]+)$/.exec(path);
    if (m?.[1] && method === 'DELETE') return posts.deleteTweet(me, m[1]);
    m = /^\/2\/users\/([^/]+)\/likes(?:\/([^/]+))?$/.exec(path);
    if (m?.[1]) return posts.like(me, m[1], method === 'POST' ? (body as { tweet_id?: unknown } | null)?.tweet_id : m[2], method === 'POST');
    m = /^\/2\/users\/([^/]+)\/(tweets|mentions)$/.exec(path);
    if (m?.[1]) return m[2] === 'tweets' ? posts.userTweets(m[1], url) : posts.mentions(m[1], url);
    return { status: 404, body: { title: 'Not Found', type: 'about:blank', status: 404, detail: 'Not Found' } };
  }

  const http = await startFakeServer({
    read: (req) => readBody(req),
    // The log keeps a file's size, not its bytes: a 512 MB video in segments would otherwise stay in memory.
    log: (request) => ({ ...logRequest(request), body: withoutFileBytes(request.body) }),
    handle: ({ method, url, headers, body }) => handle(method, url, headers, body),
    crash: (error): FakeResponse => ({ status: 500, body: { title: 'Internal Error', detail: String(error) } }),
  });

  return {
    baseUrl: http.baseUrl,
    users,
    tweets,
    uploads,
    dms,
    tokens: oauth.tokens,
    refreshTokens: oauth.refreshTokens,
    requests: http.requests,
    addUser(username, opts = {}) {
      const id = nextId();
      users.set(id, { id, username, name: username[0]?.toUpperCase() + username.slice(1) });
      return { id, token: issueToken(oauth, id, null, opts.scopes ?? CHORUS_SCOPES).access_token };
    },
    addApp: (app) => void oauth.apps.set(app.clientId, app),
    grant: (userId, clientId, scopes = CHORUS_SCOPES) => issueToken(oauth, userId, clientId, scopes),
    decideNext: (decision) => void (oauth.nextDecision = decision),
    post(authorId, text, opts = {}) {
      const id = nextId();
      const parent = opts.replyTo ? tweets.get(opts.replyTo) : undefined;
      const tweet: Tweet = {
        id, authorId, text, sourceText: text, createdAt: opts.createdAt ?? new Date(), conversationId: parent?.conversationId ?? id, ...(opts.lang ? { lang: opts.lang } : {}),
        replyTo: parent ? { tweetId: parent.id, userId: parent.authorId } : null, quoteOf: opts.quoteOf ?? null, mediaKeys: [], hidden: false,
        metrics: { like: 0, retweet: 0, quote: 0, impression: 0, bookmark: 0, linkClicks: 0, profileClicks: 0 },
      };
      tweets.set(id, tweet);
      return tweet;
    },
    dm(from, to, text) {
      const event: DmEvent = { id: nextId(), senderId: from, recipientId: to, text, createdAt: new Date() };
      dms.push(event);
      return event;
    },
    expire: (accessToken) => expireToken(oauth.tokens, accessToken),
    failNext: (method, pattern, response, skip = 0) => http.failures.add(pattern, response, { method, skip }),
    stop: http.stop,
  };
}
