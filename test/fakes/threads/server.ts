/**
 * A small, strict Threads API server (graph.threads.net) for contract tests, built from Meta's Threads documentation:
 * developers.facebook.com/docs/threads/{posts, reference/publishing, troubleshooting, overview, insights,
 * reply-management, reference/reply-management, posts/delete-posts, get-started/get-access-tokens-and-permissions,
 * get-started/long-lived-tokens} and the Graph error format (developers.facebook.com/docs/graph-api/guides/error-handling).
 * It refuses what Threads refuses, with Graph-style error bodies.
 *
 * @example
 * const fake = await startFakeThreads();
 * const { id, token } = fake.addUser('ann');
 * // ... connector with { apiUrl: fake.baseUrl } ...
 * await fake.stop();
 */
import { randomBytes } from 'node:crypto';
import { THREADS_SCOPES } from '../../../src/networks/threads/oauth.js';
import { readFields } from '../scaffold/body.js';
import { logRequest, sendJson, startFakeServer, type FakeResponse, type LoggedRequest } from '../scaffold/server.js';
import { createHandlers, type Container, type Post, type Token, type User } from './handlers.js';

export type { FakeResponse };

export interface FakeThreadsOptions {
  /** Status checks answered IN_PROGRESS before a video container is FINISHED. */
  videoProcessingPolls?: number;
  /** Posts per 24 hours (`config.quota_total`, 250 on Threads). */
  quotaTotal?: number;
}

export interface FakeThreads {
  baseUrl: string;
  app: { clientId: string; clientSecret: string; redirectUri: string };
  addUser(username: string, scopes?: string[]): { id: string; token: string };
  /** The accounts, by id (tests set a user's `followers` and `profileViews`). */
  users: Map<string, User>;
  /** The browser half of OAuth: validates the authorize URL and returns the redirect Threads would send. */
  authorize(authorizeUrl: string, userId: string, decision?: 'allow' | 'deny'): string;
  /** Someone else replies to a post (or to a reply). */
  reply(input: { from: string; to: string; text: string }): Post;
  posts: Map<string, Post>;
  containers: Map<string, Container>;
  tokens: Map<string, Token>;
  /** Pretends the account already used this many posts of its 24-hour quota. */
  useQuota(userId: string, posts: number): void;
  requests: LoggedRequest<Record<string, string>>[];
  failNext(pattern: RegExp, response: FakeResponse): void;
  stop(): Promise<void>;
}

export async function startFakeThreads(options: FakeThreadsOptions = {}): Promise<FakeThreads> {
  const users = new Map<string, User>();
  const tokens = new Map<string, Token>();
  const codes = new Map<string, { userId: string; scopes: string[]; redirectUri: string }>();
  const containers = new Map<string, Container>();
  const posts = new Map<string, Post>();
  const extraUsage = new Map<string, number>();
  const app = { clientId: '990602627938098', clientSecret: 'a1b2C3D4', redirectUri: 'https://chorus.example/oauth/threads/callback' };
  let sequence = 17_890_000_000;
  const nextId = (): string => String(++sequence);

  const handlers = createHandlers({
    app,
    users,
    tokens,
    codes,
    containers,
    posts,
    extraUsage,
    deletes: new Map<string, number[]>(),
    nextId,
    quotaTotal: options.quotaTotal ?? 250,
    videoProcessingPolls: options.videoProcessingPolls ?? 2,
  });

  // Graph takes parameters as a form body (the docs' `curl -d`/`-F`); JSON bodies are accepted too.
  const http = await startFakeServer({
    read: (req) => readFields(req),
    log: logRequest,
    handle: ({ method, url, headers, body }) => handlers(method, url, headers, body),
    crash: (error): FakeResponse => ({ status: 500, body: { error: { message: String(error), type: 'OAuthException', code: 2 } } }),
    send: (res, response) => sendJson(res, response, 'application/json; charset=UTF-8'),
  });

  return {
    baseUrl: http.baseUrl,
    app,
    posts,
    users,
    containers,
    tokens,
    requests: http.requests,
    // By default the person granted what Chorus's consent screen asks; each route still checks its own permission.
    addUser(username, scopes = THREADS_SCOPES) {
      const id = nextId();
      users.set(id, { id, username, name: username[0]?.toUpperCase() + username.slice(1) });
      const token = `THAA${randomBytes(12).toString('hex')}`;
      const now = Date.now();
      tokens.set(token, { userId: id, scopes, longLived: true, issuedAt: now, expiresAt: now + 60 * 86_400_000 });
      return { id, token };
    },
    authorize(authorizeUrl, userId, decision = 'allow') {
      const url = new URL(authorizeUrl);
      const p = url.searchParams;
      // "All parameters except state are required" (…/get-access-tokens-and-permissions).
      for (const name of ['client_id', 'redirect_uri', 'scope', 'response_type']) if (!p.get(name)) throw new Error(`authorize: missing ${name}`);
      if (url.pathname !== '/oauth/authorize') throw new Error(`authorize: wrong path ${url.pathname}`);
      if (p.get('client_id') !== app.clientId) throw new Error('authorize: unknown client_id');
      if (p.get('response_type') !== 'code') throw new Error('authorize: response_type must be code');
      const redirect = new URL(p.get('redirect_uri') ?? '');
      const state = p.get('state');
      if (state) redirect.searchParams.set('state', state);
      if (decision === 'deny') {
        redirect.searchParams.set('error', 'access_denied');
        redirect.searchParams.set('error_reason', 'user_denied');
        redirect.searchParams.set('error_description', 'Permissions error');
        return redirect.toString();
      }
      const code = `AQ${randomBytes(16).toString('hex')}`;
      codes.set(code, { userId, scopes: (p.get('scope') ?? '').split(','), redirectUri: p.get('redirect_uri') ?? '' });
      redirect.searchParams.set('code', code);
      // Threads appends `#_` to the redirect URI.
      return `${redirect.toString()}#_`;
    },
    reply({ from, to, text }) {
      const parent = posts.get(to);
      const user = users.get(from);
      if (!parent || !user) throw new Error('reply: unknown post or user');
      const post: Post = {
        id: nextId(),
        userId: from,
        text,
        mediaType: 'TEXT_POST',
        timestamp: new Date().toISOString().replace(/\.\d{3}Z$/, '+0000'),
        replyToId: to,
        rootId: parent.rootId ?? parent.id,
        hidden: false,
        children: [],
        counters: { views: 0, likes: 0, reposts: 0, quotes: 0, shares: 0 },
      };
      posts.set(post.id, post);
      return post;
    },
    useQuota(userId, n) {
      extraUsage.set(userId, n);
    },
    failNext: (pattern, response) => http.failures.add(pattern, response),
    stop: http.stop,
  };
}
