/**
 * A small, strict TikTok API v2 server for contract tests of the TikTok connector: Login Kit OAuth, user info with
 * per-field scopes, the Content Posting API (creator info, video and photo init, chunked upload, status) with the
 * documented per-token limits (6 init requests, 20 creator_info, 30 status fetches per minute), unaudited apps
 * limited to private posts, PULL_FROM_URL only from verified prefixes, and video query/list for metrics.
 *
 * @example
 * const fake = await startFakeTikTok();
 * const ann = fake.addCreator('ann');
 */
import { randomBytes } from 'node:crypto';
import type { IncomingHttpHeaders, ServerResponse } from 'node:http';
import { parseBody, readRaw } from '../scaffold/body.js';
import { startFakeServer, type LoggedRequest } from '../scaffold/server.js';
import { activeToken, bearerOf, expireToken } from '../scaffold/tokens.js';
import { createHandlers, type Deps } from './handlers.js';
import { fail, type App, type Creator, type FakeResponse, type Post } from './model.js';
import { authorize, issueToken, token, type OAuthState } from './oauth.js';

export interface FakeTikTok {
  baseUrl: string;
  app: App;
  creators: Map<string, Creator>;
  posts: Map<string, Post>;
  tokens: OAuthState['tokens'];
  requests: LoggedRequest[];
  addCreator(username: string, settings?: Partial<Creator> & { scopes?: string[] }): { id: string; token: string };
  grant(openId: string): ReturnType<typeof issueToken>;
  decideNext(decision: string): void;
  autoApprove(openId: string | null): void;
  expire(accessToken: string): void;
  /** Cuts the connection during a chunk, after `skip` chunks went through. */
  interruptChunk(skip?: number): void;
  failProcessing(reason: string | null): void;
  failNext(method: string, pattern: RegExp, response: FakeResponse): void;
  stop(): Promise<void>;
}

export const ALL_SCOPES = ['user.info.basic', 'user.info.profile', 'user.info.stats', 'video.publish', 'video.upload', 'video.list'];

/** Scopes and per-minute limit of each route (each endpoint's reference page: "Scope", "Restriction"). */
const ROUTES: Record<string, { scopes: string[]; perMinute?: number }> = {
  'POST /v2/post/publish/creator_info/query/': { scopes: ['video.publish'], perMinute: 20 },
  'POST /v2/post/publish/video/init/': { scopes: ['video.publish'], perMinute: 6 },
  'POST /v2/post/publish/content/init/': { scopes: ['video.publish'], perMinute: 6 },
  'POST /v2/post/publish/status/fetch/': { scopes: ['video.publish'], perMinute: 30 },
  'POST /v2/video/query/': { scopes: ['video.list'] },
  'POST /v2/video/list/': { scopes: ['video.list'] },
  'GET /v2/user/info/': { scopes: ['user.info.basic'] },
};
/** user/info fields beyond user.info.basic (developers.tiktok.com/doc/tiktok-api-scopes). */
const FIELD_SCOPES: Record<string, string> = {
  username: 'user.info.profile',
  bio_description: 'user.info.profile',
  is_verified: 'user.info.profile',
  profile_deep_link: 'user.info.profile',
  follower_count: 'user.info.stats',
  following_count: 'user.info.stats',
  likes_count: 'user.info.stats',
  video_count: 'user.info.stats',
};
const USER_INFO_FIELDS = new Set(['open_id', 'union_id', 'avatar_url', 'avatar_url_100', 'avatar_large_url', 'display_name', ...Object.keys(FIELD_SCOPES)]);

export async function startFakeTikTok(options: { audited?: boolean; processingPolls?: number } = {}): Promise<FakeTikTok> {
  let baseUrl = '';
  const app: App = { clientKey: 'awchorus', clientSecret: 'tiktok-secret', redirectUris: ['https://chorus.example/oauth/tiktok/callback'], audited: options.audited ?? true, verifiedPrefixes: ['https://media.chorus.example/'] };
  const creators = new Map<string, Creator>();
  const posts = new Map<string, Post>();
  const oauth: OAuthState = { apps: new Map([[app.clientKey, app]]), tokens: new Map(), refreshTokens: new Map(), codes: new Map(), nextDecision: null, autoApprove: null };
  let postSeq = 7_300_000_000_000_000_000n;
  let failReason: string | null = null;
  const deps: Deps = { posts, baseUrl: () => baseUrl, processingPolls: options.processingPolls ?? 2, failReason: () => failReason, interrupt: { armed: false, skip: 0 }, nextPostId: () => String(++postSeq) };
  const api = createHandlers(deps);

  function handle(method: string, url: URL, headers: IncomingHttpHeaders, body: unknown, raw: Buffer): FakeResponse {
    const path = url.pathname;
    if (method === 'GET' && path === '/v2/auth/authorize/') return authorize(oauth, url);
    if (method === 'POST' && path === '/v2/oauth/token/') return token(oauth, body);
    if (method === 'PUT' && path === '/upload/') return api.upload(url, headers, raw);
    const route = ROUTES[`${method} ${path}`];
    if (!route) return fail(404, 'not_found', 'Not found.');
    const info = activeToken(oauth.tokens, bearerOf(headers));
    const me = info ? creators.get(info.openId) : undefined;
    if (!info || !me) return fail(401, 'access_token_invalid', 'The access token is invalid or not found in the request.');
    const fields = path === '/v2/user/info/' ? (url.searchParams.get('fields') ?? '').split(',').filter(Boolean) : [];
    const needed = [...route.scopes, ...fields.flatMap((f) => (FIELD_SCOPES[f] ? [FIELD_SCOPES[f]] : []))];
    if (needed.some((sc) => !info.scopes.includes(sc))) return fail(401, 'scope_not_authorized', 'The user did not authorize the scope required for completing this request.');
    if (route.perMinute) {
      const key = `${method} ${path}`;
      const recent = (info.calls.get(key) ?? []).filter((t) => t > Date.now() - 60_000);
      if (recent.length >= route.perMinute) return fail(429, 'rate_limit_exceeded', 'The API rate limit was exceeded. Please try again later.');
      info.calls.set(key, [...recent, Date.now()]);
    }
    if (path === '/v2/user/info/') {
      if (fields.length === 0) return fail(400, 'invalid_params', 'fields is required.');
      const unknown = fields.find((f) => !USER_INFO_FIELDS.has(f));
      if (unknown) return fail(400, 'invalid_params', `Invalid field: ${unknown}.`);
      const videos = [...deps.posts.values()].filter((p) => p.openId === me.openId && p.status === 'PUBLISH_COMPLETE').length;
      const all: Record<string, unknown> = {
        open_id: me.openId,
        union_id: me.unionId,
        avatar_url: `https://p16.tiktokcdn.com/${me.openId}.jpeg`,
        display_name: me.displayName,
        username: me.username,
        follower_count: me.followers ?? 0,
        following_count: me.following ?? 0,
        likes_count: 0,
        video_count: videos,
      };
      return { status: 200, body: { data: { user: Object.fromEntries(fields.filter((f) => f in all).map((f) => [f, all[f]])) }, error: { code: 'ok', message: '', log_id: 'x' } } };
    }
    if (path === '/v2/post/publish/creator_info/query/') return api.creatorInfo(me);
    if (path === '/v2/post/publish/video/init/') return api.videoInit(app, me, body);
    if (path === '/v2/post/publish/content/init/') return api.photoInit(app, me, body);
    if (path === '/v2/post/publish/status/fetch/') return api.status(me, body);
    if (path === '/v2/video/query/') return api.videoQuery(me, url, body);
    return api.videoList(me, url, body);
  }

  const http = await startFakeServer({
    read: async (req) => {
      const raw = await readRaw(req);
      // Only JSON and form bodies are parsed; upload chunks stay bytes (and out of the log).
      const parsed = await parseBody(raw, req.headers['content-type'], { multipart: false, other: 'buffer' });
      return { raw, parsed: Buffer.isBuffer(parsed) ? null : parsed };
    },
    log: ({ method, path, headers, body }): LoggedRequest => ({ method, path, headers, body: body.parsed }),
    handle: ({ method, url, headers, body }) => handle(method, url, headers, body.parsed, body.raw),
    crash: (error): FakeResponse => ({ status: 500, body: { data: {}, error: { code: 'internal_error', message: String(error), log_id: 'x' } } }),
    send,
  });
  baseUrl = http.baseUrl;

  return {
    baseUrl,
    app,
    creators,
    posts,
    tokens: oauth.tokens,
    requests: http.requests,
    addCreator(username, settings = {}) {
      const { scopes, ...rest } = settings;
      const openId = `-000${randomBytes(12).toString('hex')}`;
      creators.set(openId, {
        openId, unionId: `u${randomBytes(8).toString('hex')}`, username, displayName: username[0]?.toUpperCase() + username.slice(1),
        privacyLevelOptions: ['PUBLIC_TO_EVERYONE', 'MUTUAL_FOLLOW_FRIENDS', 'SELF_ONLY'], commentDisabled: false, duetDisabled: false, stitchDisabled: false,
        maxVideoPostDurationSec: 600, dailyPostCap: 15, postsToday: 0, ...rest,
      });
      return { id: openId, token: issueToken(oauth, openId, null, scopes ?? ALL_SCOPES).access_token };
    },
    grant: (openId) => issueToken(oauth, openId, app.clientKey, ALL_SCOPES),
    decideNext: (decision) => void (oauth.nextDecision = decision),
    autoApprove: (openId) => void (oauth.autoApprove = openId),
    expire: (accessToken) => expireToken(oauth.tokens, accessToken),
    interruptChunk: (skip = 0) => void Object.assign(deps.interrupt, { armed: true, skip }),
    failProcessing: (reason) => void (failReason = reason),
    failNext: (method, pattern, response) => http.failures.add(pattern, response, { method }),
    stop: http.stop,
  };
}

function send(res: ServerResponse, response: FakeResponse): void {
  // int64 ids go out as bare JSON numbers, as TikTok writes them.
  const text = response.body === undefined ? '' : typeof response.body === 'string' ? response.body : JSON.stringify(response.body).replace(/"__INT64__(\d+)"/g, '$1');
  res.writeHead(response.status, { 'content-type': typeof response.body === 'string' ? 'text/plain' : 'application/json; charset=UTF-8', ...response.headers });
  res.end(text);
}
