/**
 * A small, strict fake of Snap's Public Profile API and accounts server, for contract tests of the Snapchat
 * connector: OAuth (authorize with auto-approval for browser tests, token endpoint with rotating refresh tokens),
 * bearer-token auth with the `snapchat-profile-api` scope, profile access by ownership or organization, a
 * per-token per-second rate limit, the encrypted multipart media upload with processing states, posts and stats.
 * One server answers both origins (configure `apiUrl` and `accountsUrl` to its `baseUrl`).
 *
 * @example
 * const fake = await startFakeSnapchat();
 * const ann = fake.addUser('ann');
 * // ... createSnapchatConnector({ apiUrl: fake.baseUrl, accountsUrl: fake.baseUrl }) ...
 * await fake.stop();
 */
import { randomUUID } from 'node:crypto';
import type { IncomingHttpHeaders } from 'node:http';
import { readBody, withoutFileBytes } from '../scaffold/body.js';
import { logRequest, startFakeServer, type FakeResponse, type LoggedRequest } from '../scaffold/server.js';
import { FixedWindows } from '../scaffold/windows.js';
import { activeToken, bearerOf, expireToken } from '../scaffold/tokens.js';
import { COLLECTIONS, createHandlers, snapError, type Media, type Post, type Profile } from './handlers.js';
import { authorize, issueToken, token, type OAuthApp, type OAuthState } from './oauth.js';

export type { FakeResponse };

export interface FakeSnapchatOptions {
  /** Requests per second per token: the Marketing API's 10 (developers.snap.com/api/marketing-api/Ads-API/rate-limits). */
  perSecond?: number;
  /** Requests per second across all tokens: the app-level cap, twice the per-token one (20 and 10 on the same page). */
  appPerSecond?: number;
  /** Status polls answered PROCESSING after FINALIZE. */
  videoProcessingPolls?: number;
}

export interface FakeSnapchat {
  baseUrl: string;
  profiles: Map<string, Profile>;
  media: Map<string, Media>;
  posts: Map<string, Post>;
  refreshTokens: OAuthState['refreshTokens'];
  requests: LoggedRequest[];
  /** A Snapchat login with its own Public Profile and a token holding `snapchat-profile-api`. */
  addUser(handle: string, options?: { scopes?: string[]; withProfile?: boolean }): { id: string; token: string; profileId: string };
  /** An organization with members and a Public Profile of its own. */
  addOrganization(name: string, memberIds: string[]): { id: string; profileId: string };
  addApp(app: OAuthApp): void;
  grant(userId: string, clientId: string): ReturnType<typeof issueToken>;
  decideNext(decision: string): void;
  autoApprove(userId: string | null): void;
  expire(accessToken: string): void;
  failNext(method: string, pattern: RegExp, response: FakeResponse): void;
  stop(): Promise<void>;
}

export async function startFakeSnapchat(options: FakeSnapchatOptions = {}): Promise<FakeSnapchat> {
  const profiles = new Map<string, Profile>();
  const media = new Map<string, Media>();
  const posts = new Map<string, Post>();
  const orgMembers = new Map<string, { name: string; members: Set<string> }>();
  const oauth: OAuthState = { apps: new Map(), tokens: new Map(), refreshTokens: new Map(), codes: new Map(), nextDecision: null, autoApprove: null, tokenTtlSec: 1800 };
  // Both limits are per second.
  const windows = new FixedWindows(1000);
  const h = createHandlers({ profiles, media, posts, orgMembers, videoProcessingPolls: options.videoProcessingPolls ?? 2 });

  /** Whether this login may act for the profile: its own, or one of an organization it belongs to. */
  const manages = (userId: string, p: Profile) => p.ownerId === userId || (p.orgId !== null && (orgMembers.get(p.orgId)?.members.has(userId) ?? false));

  async function handle(method: string, url: URL, headers: IncomingHttpHeaders, body: unknown): Promise<FakeResponse> {
    const path = url.pathname;
    if (method === 'GET' && path === '/login/oauth2/authorize') return authorize(oauth, url);
    if (method === 'POST' && path === '/login/oauth2/access_token') return token(oauth, headers['content-type'], body);
    if (!path.startsWith('/v1/')) return snapError(404, 'NOT_FOUND', 'Not found');
    const bearer = bearerOf(headers);
    const info = activeToken(oauth.tokens, bearer);
    if (!bearer || !info) return snapError(401, 'UNAUTHORIZED', 'The access token is invalid or has expired');
    if (!info.scopes.includes('snapchat-profile-api')) return snapError(403, 'AUTHORIZATION_PERMISSION_DENIED', 'The token lacks the snapchat-profile-api scope');
    if (windows.hit(`token ${bearer}`).count > (options.perSecond ?? 10)) return snapError(429, 'RATE_LIMITED', 'Too many requests');
    if (windows.hit('app').count > (options.appPerSecond ?? 2 * (options.perSecond ?? 10))) return snapError(429, 'RATE_LIMITED', 'Too many requests for this app');
    return dispatch(method, path, url, info.userId, body);
  }

  async function dispatch(method: string, path: string, url: URL, userId: string, body: unknown): Promise<FakeResponse> {
    if (method === 'GET' && path === '/v1/public_profiles/my_profile') {
      const own = [...profiles.values()].find((p) => p.ownerId === userId);
      return own ? h.profile(own) : snapError(404, 'NOT_FOUND', 'This user has no Public Profile');
    }
    if (method === 'GET' && path === '/v1/me/organizations') return h.organizations(userId);
    let m = /^\/v1\/organizations\/([^/]+)\/public_profiles$/.exec(path);
    if (m?.[1] && method === 'GET') {
      if (!orgMembers.get(m[1])?.members.has(userId)) return snapError(403, 'AUTHORIZATION_PERMISSION_DENIED', 'Not a member of this organization');
      return h.profiles([...profiles.values()].filter((p) => p.orgId === m?.[1]));
    }
    m = /^\/v1\/public_profiles\/([^/]+)(\/.*)?$/.exec(path);
    const profile = m?.[1] ? profiles.get(m[1]) : undefined;
    if (!m?.[1] || !profile) return snapError(404, 'NOT_FOUND', 'No such Public Profile');
    if (!manages(userId, profile)) return snapError(403, 'AUTHORIZATION_PERMISSION_DENIED', 'You do not manage this Public Profile');
    const rest = m[2] ?? '';
    const pid = profile.id;
    if (rest === '' && method === 'GET') return h.profile(profile);
    if (rest === '/stats' && method === 'GET') return h.stats(profile, url);
    if (rest === '/media') return method === 'POST' ? h.createMedia(pid, body) : h.listMedia(pid);
    let r = /^\/media\/([^/]+)\/multipart-upload-v2$/.exec(rest);
    if (r?.[1] && method === 'POST') return h.upload(pid, r[1], url, body);
    r = /^\/media\/([^/]+)$/.exec(rest);
    if (r?.[1] && method === 'GET') return h.mediaStatus(media.get(r[1]), pid);
    r = /^\/(stories|saved_stories|spotlights)(?:\/([^/]+))?$/.exec(rest);
    const collection = r?.[1] as keyof typeof COLLECTIONS | undefined;
    if (r && collection) {
      if (!r[2] && method === 'POST') return collection === 'stories' ? h.story(pid, body) : collection === 'saved_stories' ? h.savedStory(pid, body) : h.spotlight(pid, body);
      if (!r[2] && method === 'GET') return h.list(pid, collection);
      if (r[2] && method === 'DELETE') return h.remove(pid, collection, r[2]);
    }
    return snapError(404, 'NOT_FOUND', 'Not found');
  }

  const http = await startFakeServer({
    read: (req) => readBody(req),
    // The log keeps a part's size, not its bytes: up to 35 parts of 32 MB would otherwise stay in memory.
    log: (request) => ({ ...logRequest(request), body: withoutFileBytes(request.body) }),
    handle: ({ method, url, headers, body }) => handle(method, url, headers, body),
    crash: (error) => snapError(500, 'INTERNAL', String(error)),
    failOn: 'path',
  });

  return {
    baseUrl: http.baseUrl, profiles, media, posts, refreshTokens: oauth.refreshTokens, requests: http.requests,
    addUser(handle, opts = {}) {
      const id = randomUUID();
      const profileId = randomUUID();
      if (opts.withProfile !== false) profiles.set(profileId, { id: profileId, ownerId: id, orgId: null, displayName: handle[0]?.toUpperCase() + handle.slice(1), handle });
      return { id, profileId, token: issueToken(oauth, id, null, opts.scopes ?? ['snapchat-profile-api']).access_token };
    },
    addOrganization(name, memberIds) {
      const id = randomUUID();
      const profileId = randomUUID();
      orgMembers.set(id, { name, members: new Set(memberIds) });
      profiles.set(profileId, { id: profileId, ownerId: null, orgId: id, displayName: name, handle: name.toLowerCase().replace(/\W/g, '') });
      return { id, profileId };
    },
    addApp: (app) => void oauth.apps.set(app.clientId, app),
    grant: (userId, clientId) => issueToken(oauth, userId, clientId, ['snapchat-profile-api']),
    decideNext: (decision) => void (oauth.nextDecision = decision),
    autoApprove: (userId) => void (oauth.autoApprove = userId),
    expire: (accessToken) => expireToken(oauth.tokens, accessToken),
    failNext: (method, pattern, response) => http.failures.add(pattern, response, { method }),
    stop: http.stop,
  };
}
