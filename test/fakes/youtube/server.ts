/**
 * A small, strict YouTube Data API v3 + Google OAuth server for contract tests of the YouTube connector: bearer
 * tokens it issued (1 hour), per-method scopes, the project's daily quota in units (developers.google.com/youtube/v3/
 * determine_quota_cost: 10,000 units, a separate bucket of 100 `videos.insert`, every request charged, even invalid),
 * resumable uploads with interruption, processing over several polls, thumbnails, comments and moderation.
 *
 * @example
 * const fake = await startFakeYouTube();
 * const ann = fake.addChannel('Ann');
 * // ... createYouTubeConnector({ apiUrl: fake.baseUrl, tokenUrl: `${fake.baseUrl}/token` }) ...
 */
import { randomBytes } from 'node:crypto';
import type { IncomingHttpHeaders, ServerResponse } from 'node:http';
import { readRaw } from '../scaffold/body.js';
import { startFakeServer } from '../scaffold/server.js';
import { activeToken, bearerOf, expireToken } from '../scaffold/tokens.js';
import { createHandlers } from './handlers.js';
import { googleError, SCOPE, type Channel, type Comment, type FakeResponse, type UploadSession, type Video } from './model.js';
import { authorize, issueToken, token, type OAuthApp, type OAuthState } from './oauth.js';
import { createUploadHandlers, type UploadDeps } from './upload.js';

export interface FakeYouTubeOptions {
  dailyUnits?: number;
  dailyUploads?: number;
  /** `videos.list?part=status` answers `uploaded` this many times before `processed`. */
  processingPolls?: number;
}

export interface FakeYouTube {
  baseUrl: string;
  channels: Map<string, Channel>;
  videos: Map<string, Video>;
  comments: Map<string, Comment>;
  sessions: Map<string, UploadSession>;
  tokens: OAuthState['tokens'];
  requests: { method: string; path: string; headers: IncomingHttpHeaders; bytes: number }[];
  quota: { units: number; uploads: number };
  addChannel(title: string, options?: { verified?: boolean; scopes?: string[] }): { id: string; token: string };
  addApp(app: OAuthApp): void;
  grant(channelId: string, clientId: string): ReturnType<typeof issueToken>;
  decideNext(decision: string): void;
  autoApprove(channelId: string | null): void;
  comment(videoId: string, authorChannelId: string, text: string, options?: { parentId?: string; at?: Date }): Comment;
  expire(accessToken: string): void;
  /** The next chunk PUT keeps `keepBytes` of its bytes and the connection is cut. */
  interruptNextChunk(keepBytes: number): void;
  failProcessing(reason: string | null): void;
  /** The next request whose method and path match (after `skip` of them) gets this answer instead. */
  failNext(method: string, pattern: RegExp, response: FakeResponse, skip?: number): void;
  stop(): Promise<void>;
}

export const ALL_SCOPES = [SCOPE.upload, SCOPE.forceSsl, SCOPE.readonly];

type Op = { cost: number; bucket: 'units' | 'uploads'; scopes: string[] };
const read = [SCOPE.readonly, SCOPE.forceSsl, SCOPE.manage];
const write = [SCOPE.forceSsl, SCOPE.manage];

/** Quota cost and accepted scopes of each route (the "Authorization" section of each method's page). */
function operationOf(method: string, path: string): Op | null {
  if (method === 'POST' && path === '/upload/youtube/v3/videos') return { cost: 1, bucket: 'uploads', scopes: [SCOPE.upload, ...write] };
  if (method === 'POST' && path === '/upload/youtube/v3/thumbnails/set') return { cost: 50, bucket: 'units', scopes: [SCOPE.upload, ...write] };
  if (method === 'GET' && ['/youtube/v3/channels', '/youtube/v3/videos', '/youtube/v3/playlistItems', '/youtube/v3/commentThreads'].includes(path)) return { cost: 1, bucket: 'units', scopes: read };
  if (method === 'DELETE' && path === '/youtube/v3/videos') return { cost: 50, bucket: 'units', scopes: write };
  if (method === 'POST' && ['/youtube/v3/commentThreads', '/youtube/v3/comments', '/youtube/v3/comments/setModerationStatus'].includes(path)) return { cost: 50, bucket: 'units', scopes: write };
  if (method === 'DELETE' && path === '/youtube/v3/comments') return { cost: 50, bucket: 'units', scopes: write };
  return null;
}

export async function startFakeYouTube(options: FakeYouTubeOptions = {}): Promise<FakeYouTube> {
  const channels = new Map<string, Channel>();
  const videos = new Map<string, Video>();
  const comments = new Map<string, Comment>();
  const sessions = new Map<string, UploadSession>();
  const oauth: OAuthState = { apps: new Map(), tokens: new Map(), refreshTokens: new Map(), codes: new Map(), nextDecision: null, autoApprove: null, tokenTtlSec: 3599 };
  const quota = { units: 0, uploads: 0 };
  let baseUrl = '';
  const uploadDeps: UploadDeps = { sessions, videos, baseUrl: () => baseUrl, processingPolls: options.processingPolls ?? 2, failProcessing: null, interrupt: null };
  const uploads = createUploadHandlers(uploadDeps);
  const api = createHandlers({ channels, videos, comments, failProcessing: () => uploadDeps.failProcessing });

  const unauthorized = googleError(401, 'authError', 'Request had invalid authentication credentials. Expected OAuth 2 access token, login cookie or other valid authentication credential.', 'global');

  function handle(method: string, url: URL, headers: IncomingHttpHeaders, raw: Buffer): FakeResponse {
    const path = url.pathname;
    if (method === 'GET' && path === '/o/oauth2/v2/auth') return authorize(oauth, url);
    if (method === 'POST' && path === '/token') return token(oauth, parseBody(headers, raw));
    // The session URI is the capability for the bytes (it carries the upload id); Google accepts the PUTs with it.
    if (method === 'PUT' && path === '/upload/youtube/v3/videos') return uploads.put(url, headers, raw);
    const op = operationOf(method, path);
    if (!op) return googleError(404, 'notFound', 'Not Found', 'global');

    const info = activeToken(oauth.tokens, bearerOf(headers));
    const me = info ? channels.get(info.channelId) : undefined;
    if (!info || !me) return unauthorized;
    // Every authenticated request is charged, invalid ones included.
    const limit = op.bucket === 'uploads' ? (options.dailyUploads ?? 100) : (options.dailyUnits ?? 10_000);
    if (quota[op.bucket] + op.cost > limit) {
      return googleError(403, 'quotaExceeded', 'The request cannot be completed because you have exceeded your <a href="/youtube/v3/getting-started#quota">quota</a>.', 'youtube.quota');
    }
    quota[op.bucket] += op.cost;
    if (!op.scopes.some((sc) => info.scopes.includes(sc))) return googleError(403, 'insufficientPermissions', 'Request had insufficient authentication scopes.', 'global');

    const body = parseBody(headers, raw);
    if (path === '/upload/youtube/v3/videos') return uploads.start(me, url, headers, body);
    if (path === '/upload/youtube/v3/thumbnails/set') return uploads.thumbnail(me, url, headers, raw);
    if (path === '/youtube/v3/channels') return api.channelsList(me, url);
    if (path === '/youtube/v3/videos') return method === 'GET' ? api.videosList(url) : api.videosDelete(me, url);
    if (path === '/youtube/v3/playlistItems') return api.playlistItemsList(url);
    if (path === '/youtube/v3/commentThreads') return method === 'GET' ? api.commentThreadsList(url) : api.commentThreadsInsert(me, url, body);
    if (path === '/youtube/v3/comments/setModerationStatus') return api.setModerationStatus(me, url);
    if (path === '/youtube/v3/comments') return method === 'POST' ? api.commentsInsert(me, url, body) : api.commentsDelete(me, url);
    return googleError(404, 'notFound', 'Not Found', 'global');
  }

  const http = await startFakeServer({
    // Bodies stay bytes until the route is known: upload chunks are never parsed, and the log keeps only their size.
    read: (req) => readRaw(req),
    log: ({ method, path, headers, body }): FakeYouTube['requests'][number] => ({ method, path, headers, bytes: body.length }),
    handle: ({ method, url, headers, body }) => handle(method, url, headers, body),
    crash: (error) => googleError(500, 'backendError', String(error), 'global'),
    send,
  });
  baseUrl = http.baseUrl;

  return {
    baseUrl,
    channels,
    videos,
    comments,
    sessions,
    tokens: oauth.tokens,
    requests: http.requests,
    quota,
    addChannel(title, opts = {}) {
      const id = `UC${randomBytes(16).toString('base64url').slice(0, 22)}`;
      channels.set(id, { id, title, customUrl: `@${title.toLowerCase().replace(/\W+/g, '')}`, verified: opts.verified ?? true });
      return { id, token: issueToken(oauth, id, null, opts.scopes ?? ALL_SCOPES, false).access_token };
    },
    addApp: (app) => void oauth.apps.set(app.clientId, app),
    grant: (channelId, clientId) => issueToken(oauth, channelId, clientId, ALL_SCOPES, true),
    decideNext: (decision) => void (oauth.nextDecision = decision),
    autoApprove: (channelId) => void (oauth.autoApprove = channelId),
    comment(videoId, authorChannelId, text, opts = {}) {
      const c: Comment = {
        id: opts.parentId ? `${opts.parentId}.${randomBytes(6).toString('base64url')}` : `Ug${randomBytes(12).toString('base64url')}`,
        videoId,
        parentId: opts.parentId ?? null,
        authorChannelId,
        authorName: channels.get(authorChannelId)?.title ?? 'Someone',
        text,
        publishedAt: opts.at ?? new Date(),
        moderationStatus: 'published',
      };
      comments.set(c.id, c);
      return c;
    },
    expire: (accessToken) => expireToken(oauth.tokens, accessToken),
    interruptNextChunk: (keepBytes) => void (uploadDeps.interrupt = { keepBytes }),
    failProcessing: (reason) => void (uploadDeps.failProcessing = reason),
    failNext: (method, pattern, response, skip = 0) => http.failures.add(pattern, response, { method, skip }),
    stop: http.stop,
  };
}

function parseBody(headers: IncomingHttpHeaders, raw: Buffer): unknown {
  if (raw.length === 0) return null;
  const type = headers['content-type'] ?? '';
  if (type.startsWith('application/json')) return JSON.parse(raw.toString('utf8')) as unknown;
  if (type.startsWith('application/x-www-form-urlencoded')) return new URLSearchParams(raw.toString('utf8'));
  return raw;
}

function send(res: ServerResponse, response: FakeResponse): void {
  const body = response.body === undefined ? '' : typeof response.body === 'string' ? response.body : JSON.stringify(response.body);
  res.writeHead(response.status, { 'content-type': typeof response.body === 'string' ? 'text/html; charset=utf-8' : 'application/json; charset=UTF-8', ...response.headers });
  res.end(body);
}
