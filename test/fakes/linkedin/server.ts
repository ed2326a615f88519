/**
 * A small, strict LinkedIn API server for contract tests, built from LinkedIn's documentation on learn.microsoft.com:
 * linkedin/marketing/versioning, shared/api-guide/concepts/{protocol-version, rate-limits, error-handling},
 * shared/authentication/{authorization-code-flow, programmatic-refresh-tokens}, marketing/community-management/shares/
 * {posts-api, images-api, videos-api, little-text-format, comments-api, network-update-social-actions},
 * community-management/organizations/{organization-access-control-by-role, organization-lookup-api, share-statistics}.
 * It checks the version and Rest.li headers on every `/rest` call, bearer tokens it issued, scopes and page roles,
 * required fields and limits, and answers with LinkedIn's error bodies.
 *
 * @example
 * const fake = await startFakeLinkedIn();
 * const ann = fake.addMember('Ann Lee');
 * // ... connector with { apiUrl: fake.baseUrl, tokenUrl: fake.baseUrl } ...
 */
import { randomBytes } from 'node:crypto';
import type { ServerResponse } from 'node:http';
import { readBody } from '../scaffold/body.js';
import { startFakeServer, type FakeResponse, type LoggedRequest } from '../scaffold/server.js';
import { createHandlers } from './handlers.js';
import type { Comment, Followers, Image, Member, Organization, Post, Token, Video } from './model.js';
import type { Reaction } from './reactions.js';

export type { FakeResponse };

export interface FakeLinkedInOptions {
  /** Versions served; anything else is 426 NONEXISTENT_VERSION. */
  activeVersions?: string[];
  /** Bytes per video upload part (LinkedIn: 4 MB). */
  partSize?: number;
  /** Status checks answered PROCESSING after finalizeUpload before a video is AVAILABLE. */
  videoProcessingPolls?: number;
}

export const ALL_SCOPES = ['openid', 'profile', 'w_member_social', 'r_organization_social', 'w_organization_social', 'rw_organization_admin'];

export type FakeRequest = LoggedRequest;

export interface FakeLinkedIn {
  baseUrl: string;
  app: { clientId: string; clientSecret: string; redirectUri: string };
  addMember(name: string, scopes?: string[]): { id: string; urn: string; token: string };
  addOrganization(name: string, vanityName: string, admins: string[], followers?: Followers): { id: string; urn: string };
  /** The browser half of OAuth: validates the authorize URL, returns the redirect LinkedIn would send. */
  authorize(authorizeUrl: string, memberId: string, decision?: 'allow' | 'cancel'): string;
  /** Someone comments on a post. */
  comment(input: { actor: string; postUrn: string; text: string }): Comment;
  /** Pages by numeric id (tests set a page's `followerCount` and `daily` figures). */
  organizations: Map<string, Organization>;
  posts: Map<string, Post>;
  comments: Map<string, Comment>;
  reactions: Map<string, Reaction>;
  tokens: Map<string, Token>;
  refreshTokens: Map<string, Token>;
  videos: Map<string, Video>;
  requests: FakeRequest[];
  failNext(pattern: RegExp, response: FakeResponse): void;
  stop(): Promise<void>;
}

export async function startFakeLinkedIn(options: FakeLinkedInOptions = {}): Promise<FakeLinkedIn> {
  const members = new Map<string, Member>();
  const organizations = new Map<string, Organization>();
  const tokens = new Map<string, Token>();
  const refreshTokens = new Map<string, Token>();
  const codes = new Map<string, { memberId: string; scopes: string[]; redirectUri: string }>();
  const images = new Map<string, Image>();
  const videos = new Map<string, Video>();
  const posts = new Map<string, Post>();
  const comments = new Map<string, Comment>();
  const reactions = new Map<string, Reaction>();
  const app = { clientId: '86abcdefgh1234', clientSecret: 'WPL_AP1.secret', redirectUri: 'https://chorus.example/oauth/linkedin/callback' };
  let sequence = 7_100_000_000_000_000_000n;
  const nextId = (): string => String(++sequence);
  let baseUrl = '';

  const handle = createHandlers({
    get baseUrl() {
      return baseUrl;
    },
    app,
    members,
    organizations,
    tokens,
    refreshTokens,
    codes,
    images,
    videos,
    posts,
    comments,
    reactions,
    nextId,
    activeVersions: options.activeVersions ?? ['202510', '202511', '202512', '202601', '202602', '202603', '202604', '202605', '202606', '202607', '202608', '202609', '202610', '202611'],
    partSize: options.partSize ?? 4 * 1024 * 1024,
    videoProcessingPolls: options.videoProcessingPolls ?? 1,
  });

  const http = await startFakeServer({
    // Upload PUTs keep their bytes (multipart included); malformed JSON reaches the handlers, which refuse it.
    read: (req) => readBody(req, { form: 'record', multipart: false, other: 'buffer', badJson: () => ({ unparseable: true }) }),
    // Uploaded bytes are logged by size only: a 500 MB video's parts would otherwise stay in memory.
    log: ({ method, rawUrl, headers, body }): FakeRequest => ({ method, path: rawUrl, headers, body: Buffer.isBuffer(body) ? { uploadedBytes: body.length } : body }),
    handle: ({ method, rawUrl, headers, body }) => handle(method, rawUrl, headers, body),
    crash: (error): FakeResponse => ({ status: 500, body: { status: 500, message: String(error) } }),
    send,
  });
  baseUrl = http.baseUrl;

  return {
    baseUrl,
    app,
    organizations,
    posts,
    comments,
    reactions,
    tokens,
    refreshTokens,
    videos,
    requests: http.requests,
    addMember(name, scopes = ALL_SCOPES) {
      const id = randomBytes(5).toString('base64url');
      members.set(id, { id, name });
      const token = `AQV${randomBytes(16).toString('hex')}`;
      tokens.set(token, { memberId: id, scopes, expiresAt: Date.now() + 5_184_000_000 });
      return { id, urn: `urn:li:person:${id}`, token };
    },
    addOrganization(name, vanityName, admins, followers) {
      const id = String(2_414_000 + organizations.size + 1);
      organizations.set(id, { id, name, vanityName, admins: new Set(admins), ...(followers ? { followers } : {}) });
      return { id, urn: `urn:li:organization:${id}` };
    },
    authorize(authorizeUrl, memberId, decision = 'allow') {
      const url = new URL(authorizeUrl);
      const p = url.searchParams;
      if (url.pathname !== '/oauth/v2/authorization') throw new Error(`authorize: wrong path ${url.pathname}`);
      for (const name of ['response_type', 'client_id', 'redirect_uri', 'state', 'scope']) if (!p.get(name)) throw new Error(`authorize: missing ${name}`);
      if (p.get('response_type') !== 'code' || p.get('client_id') !== app.clientId) throw new Error('authorize: bad response_type or client_id');
      const scopes = (p.get('scope') ?? '').split(' ');
      if (scopes.some((s) => !ALL_SCOPES.includes(s))) throw new Error(`authorize: unknown scope in ${p.get('scope')}`);
      const redirect = new URL(p.get('redirect_uri') ?? '');
      redirect.searchParams.set('state', p.get('state') ?? '');
      if (decision === 'cancel') {
        redirect.searchParams.set('error', 'user_cancelled_authorize');
        redirect.searchParams.set('error_description', 'The user cancelled the authorization');
        return redirect.toString();
      }
      const code = `AQT${randomBytes(16).toString('hex')}`;
      codes.set(code, { memberId, scopes, redirectUri: p.get('redirect_uri') ?? '' });
      redirect.searchParams.set('code', code);
      return redirect.toString();
    },
    comment({ actor, postUrn, text }) {
      const c: Comment = { id: nextId(), postUrn, actor, text, parentComment: null, created: Date.now() };
      comments.set(c.id, c);
      return c;
    },
    failNext: (pattern, response) => http.failures.add(pattern, response),
    stop: http.stop,
  };
}

function send(res: ServerResponse, response: FakeResponse): void {
  const body = response.body === undefined ? '' : JSON.stringify(response.body);
  res.writeHead(response.status, { ...(body ? { 'content-type': 'application/json' } : {}), ...response.headers });
  res.end(body);
}
