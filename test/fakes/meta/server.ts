/**
 * A strict fake of Meta's Graph API serving both Facebook Pages and Instagram professional accounts, for contract
 * tests of the connectors. It checks the version prefix, the token (Bearer header or `access_token`),
 * `appsecret_proof` (https://developers.facebook.com/docs/graph-api/securing-requests), required parameters and
 * limits, answers with Graph's error bodies, and sends `X-App-Usage` (and `X-Business-Use-Case-Usage` for Page
 * tokens) on every answer (https://developers.facebook.com/docs/graph-api/overview/rate-limiting).
 *
 * @example
 * const fake = await startFakeMeta();
 * const { page } = fake.addPageWithOwner('Acme Bakery', { instagram: 'acmebakery' });
 * // ... connectors with { apiUrl: fake.baseUrl, appSecret: fake.appSecret } ...
 * await fake.stop();
 */
import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { readFields } from '../scaffold/body.js';
import { logRequest, sendJson, startFakeServer, type LoggedRequest } from '../scaffold/server.js';
import { FailureQueue } from '../scaffold/failures.js';
import { createFacebookHandlers } from './facebook-handlers.js';
import { createInstagramHandlers } from './instagram-handlers.js';
import {
  graphError,
  ok,
  unknownObject,
  type Comment,
  type FakeResponse,
  type GraphObjects,
  type HostedFile,
  type IgUser,
  type Page,
  type Token,
} from './model.js';

export interface FakeMetaState extends GraphObjects {
  readonly baseUrl: string;
  appId: string;
  appSecret: string;
  requireProof: boolean;
  tokens: Map<string, Token>;
  codes: Map<string, { userId: string; redirectUri: string; used: boolean }>;
  files: Map<string, HostedFile>;
  /** IN_PROGRESS answers before a video container is FINISHED. */
  videoPolls: number;
  publishingQuota: number;
  /** When set, the next video container ends in ERROR with this reason. */
  nextContainerError: string | null;
  nextId(): string;
  issueToken(token: Omit<Token, 'longLived'> & { longLived?: boolean }): string;
}

export interface Caller {
  token: string;
  kind: 'user' | 'page';
  subjectId: string;
  /** Whether the token's person granted this permission. */
  granted(permission: string): boolean;
}

export interface FakeMeta {
  baseUrl: string;
  appId: string;
  appSecret: string;
  state: FakeMetaState;
  /** Every request: method, path with query, headers, parsed form body. */
  requests: LoggedRequest<Record<string, string>>[];
  addUser(name: string): { id: string; token: string };
  /** A Page owned by a new user, optionally with a linked Instagram professional account. */
  addPageWithOwner(name: string, options?: { instagram?: string; permissions?: string[] }): { owner: { id: string; token: string }; page: Page; ig: IgUser | null };
  /** A file Graph can fetch at the returned URL. */
  hostFile(name: string, file: HostedFile): string;
  /** The browser half of the login dialog: the person approved; returns the `code` of the redirect. */
  approve(userId: string, redirectUri: string): string;
  /** Someone else comments on a post, video, media or comment. */
  comment(input: { on: string; fromId: string; fromName: string; message: string; at?: number }): Comment;
  expireToken(token: string): void;
  /** Usage reported in `X-App-Usage` (percentages). */
  appUsage: Record<string, number>;
  /** When set, sent as `X-Business-Use-Case-Usage`. */
  businessUsage: unknown;
  /** The next request whose path matches gets this answer instead. */
  failNext(pattern: RegExp, response: FakeResponse): void;
  /**
   * The next matching request is throttled as Graph does: code 4 (app), 17 (user), 32 (Page), 613, or 80001+
   * (Business Use Case, with `estimated_time_to_regain_access` in `X-Business-Use-Case-Usage` for `objectId`).
   */
  throttleNext(pattern: RegExp, options: { code: number; status?: number; objectId?: string; regainMinutes?: number; retryAfterSeconds?: number }): void;
  stop(): Promise<void>;
}

const VERSION = /^\/(v\d+\.\d+)(\/.*)$/;

export async function startFakeMeta(options: { requireProof?: boolean; videoPolls?: number; publishingQuota?: number } = {}): Promise<FakeMeta> {
  let sequence = 17_841_400_000_000;
  let baseUrl = '';
  const requests: FakeMeta['requests'] = [];
  const failures = new FailureQueue<FakeResponse>();
  const state: FakeMetaState = {
    get baseUrl() {
      return baseUrl;
    },
    appId: '1234567890',
    appSecret: randomBytes(16).toString('hex'),
    requireProof: options.requireProof ?? true,
    users: new Map(),
    pages: new Map(),
    igUsers: new Map(),
    tokens: new Map(),
    codes: new Map(),
    posts: new Map(),
    photos: new Map(),
    videos: new Map(),
    comments: new Map(),
    containers: new Map(),
    media: new Map(),
    files: new Map(),
    videoPolls: options.videoPolls ?? 2,
    publishingQuota: options.publishingQuota ?? 50,
    nextContainerError: null,
    nextId: () => String(++sequence),
    issueToken(token) {
      const value = `EAA${randomBytes(24).toString('base64url')}`;
      state.tokens.set(value, { longLived: false, ...token });
      return value;
    },
  };
  const fake: FakeMeta = {
    baseUrl: '',
    appId: state.appId,
    appSecret: state.appSecret,
    state,
    requests,
    appUsage: { call_count: 4, total_cputime: 2, total_time: 3 },
    businessUsage: null,
    addUser(name) {
      const id = state.nextId();
      state.users.set(id, { id, name });
      // A long-lived user token: about 60 days.
      const token = state.issueToken({ kind: 'user', subjectId: id, expiresAt: Date.now() + 60 * 86_400_000, longLived: true });
      return { id, token };
    },
    addPageWithOwner(name, opts = {}) {
      const owner = fake.addUser(`${name} admin`);
      const id = state.nextId();
      // A Page token carries the permissions its user granted.
      const token = state.issueToken({ kind: 'page', subjectId: id, expiresAt: null, permissions: opts.permissions });
      const ownerToken = state.tokens.get(owner.token);
      if (ownerToken && opts.permissions) ownerToken.permissions = opts.permissions;
      const username = name.toLowerCase().replace(/[^a-z0-9]+/g, '');
      const page: Page = { id, name, username, token, ownerIds: [owner.id], igUserId: null };
      state.pages.set(id, page);
      let ig: IgUser | null = null;
      if (opts.instagram) {
        ig = { id: state.nextId(), username: opts.instagram, name, pageId: id, publishedAt: [] };
        state.igUsers.set(ig.id, ig);
        page.igUserId = ig.id;
      }
      return { owner, page, ig };
    },
    hostFile(name, file) {
      state.files.set(name, file);
      return `${baseUrl}/files/${encodeURIComponent(name)}`;
    },
    approve(userId, redirectUri) {
      const code = `AQ${randomBytes(16).toString('base64url')}`;
      state.codes.set(code, { userId, redirectUri, used: false });
      return code;
    },
    comment({ on, fromId, fromName, message, at }) {
      const comment: Comment = { id: `${on}_${state.nextId()}`, objectId: on, fromId, fromName, message, createdTime: at ?? Date.now(), hidden: false };
      state.comments.set(comment.id, comment);
      return comment;
    },
    expireToken(token) {
      const t = state.tokens.get(token);
      if (t) t.expiresAt = Date.now() - 1000;
    },
    failNext: (pattern, response) => failures.add(pattern, response),
    throttleNext(pattern, { code, status = 400, objectId, regainMinutes, retryAfterSeconds }) {
      const messages: Record<number, string> = {
        4: '(#4) Application request limit reached',
        17: '(#17) User request limit reached',
        32: '(#32) Page request limit reached',
        613: '(#613) Calls to this api have exceeded the rate limit.',
      };
      const headers: Record<string, string> = {};
      if (code === 4) headers['x-app-usage'] = JSON.stringify({ call_count: 100, total_cputime: 40, total_time: 60 });
      if (objectId) {
        const type = code === 80002 ? 'instagram' : 'pages';
        headers['x-business-use-case-usage'] = JSON.stringify({
          [objectId]: [{ type, call_count: 100, total_cputime: 30, total_time: 40, estimated_time_to_regain_access: regainMinutes ?? 0 }],
        });
      }
      if (retryAfterSeconds !== undefined) headers['retry-after'] = String(retryAfterSeconds);
      const message = messages[code] ?? `(#${code}) There have been too many calls from this account. Wait a bit and try again.`;
      failures.add(pattern, { ...graphError(code, message, { status }), headers });
    },
    stop: () => http.stop(),
  };

  const facebook = createFacebookHandlers(state);
  const instagram = createInstagramHandlers(state);

  /** Graph's token checks, in its order: present, known, not expired, then the proof. */
  const authenticate = (headers: IncomingMessage['headers'], url: URL, body: Record<string, string>): Caller | FakeResponse => {
    const bearer = /^(?:Bearer|OAuth) (.+)$/i.exec(headers.authorization ?? '')?.[1];
    const token = bearer ?? url.searchParams.get('access_token') ?? body['access_token'];
    if (!token) return graphError(104, 'An access token is required to request this resource.');
    const known = state.tokens.get(token);
    if (!known) return graphError(190, 'Invalid OAuth access token - Cannot parse access token');
    if (known.expiresAt !== null && known.expiresAt < Date.now()) {
      return graphError(190, `Error validating access token: Session has expired on ${new Date(known.expiresAt).toUTCString()}.`, { subcode: 463 });
    }
    const proof = url.searchParams.get('appsecret_proof') ?? body['appsecret_proof'];
    if (proof) {
      const expected = Buffer.from(createHmac('sha256', state.appSecret).update(token).digest('hex'));
      const given = Buffer.from(proof);
      if (given.length !== expected.length || !timingSafeEqual(given, expected)) {
        return graphError(100, 'Invalid appsecret_proof provided in the API argument', { type: 'GraphMethodException' });
      }
    } else if (state.requireProof) {
      return graphError(100, 'API calls from the server require an appsecret_proof argument', { type: 'GraphMethodException' });
    }
    return { token, kind: known.kind, subjectId: known.subjectId, granted: (p) => known.permissions?.includes(p) ?? true };
  };

  const route = async (method: string, url: URL, headers: IncomingMessage['headers'], body: Record<string, string>): Promise<FakeResponse> => {
    const match = VERSION.exec(url.pathname);
    if (!match?.[2]) return graphError(2500, 'Unknown path components: a version prefix such as /v26.0 is required', { status: 400 });
    const path = match[2];
    const params = new URLSearchParams(url.search);
    for (const [k, v] of Object.entries(body)) params.set(k, v);
    if (method === 'GET' && path === '/oauth/access_token') return facebook.token(params);
    const caller = authenticate(headers, url, body);
    if ('status' in caller) return caller;
    return (await facebook.handle(method, path, params, caller)) ?? (await instagram.handle(method, path, params, caller)) ?? unknownObject(path.split('/')[1] ?? '', method.toLowerCase());
  };

  const http = await startFakeServer({
    // Graph reads every parameter as a string; a JSON value that is not one is passed on as its JSON text.
    read: (req) => readFields(req, (v) => JSON.stringify(v)),
    log: logRequest,
    handle: ({ method, url, headers, body }) => (url.pathname.startsWith('/files/') ? { status: 404 } : route(method, url, headers, body)),
    crash: (error) => graphError(2, `An unexpected error has occurred: ${String(error)}`, { status: 500, transient: true }),
    send: (res, response) => send(res, response, fake),
    requests,
    failures,
  });
  baseUrl = http.baseUrl;
  fake.baseUrl = baseUrl;
  return fake;
}

/** Every Graph answer reports the app's usage (and the business use case's, when set). */
function send(res: ServerResponse, response: FakeResponse, fake: FakeMeta): void {
  const headers: Record<string, string> = {
    'x-app-usage': JSON.stringify(fake.appUsage),
    'x-fb-trace-id': randomBytes(6).toString('base64url'),
    ...(fake.businessUsage ? { 'x-business-use-case-usage': JSON.stringify(fake.businessUsage) } : {}),
    ...response.headers,
  };
  sendJson(res, { ...response, headers }, 'application/json; charset=UTF-8');
}

export { ok };
