/**
 * The fake LinkedIn's gatekeeping (version and Rest.li headers, bearer tokens, scopes), OAuth, identity and media
 * uploads. Posts, comments and statistics are in content.ts.
 */
import { createHash, randomBytes } from 'node:crypto';
import type { IncomingHttpHeaders } from 'node:http';
import { OrderedHash } from '../upload-bytes.js';
import { createContentHandlers } from './content.js';
import { restError, schemaError, type Comment, type Image, type Member, type Organization, type Post, type Token, type Video } from './model.js';
import type { FakeResponse } from './server.js';
import type { Reaction } from './reactions.js';

export interface FakeState {
  readonly baseUrl: string;
  app: { clientId: string; clientSecret: string; redirectUri: string };
  members: Map<string, Member>;
  organizations: Map<string, Organization>;
  tokens: Map<string, Token>;
  refreshTokens: Map<string, Token>;
  codes: Map<string, { memberId: string; scopes: string[]; redirectUri: string }>;
  images: Map<string, Image>;
  videos: Map<string, Video>;
  posts: Map<string, Post>;
  comments: Map<string, Comment>;
  reactions: Map<string, Reaction>;
  nextId(): string;
  activeVersions: string[];
  partSize: number;
  videoProcessingPolls: number;
}

export interface Caller {
  member: Member;
  token: Token;
  urn: string;
  /** May the caller act as `author` (itself, or a page it administers) with the scope that needs? */
  canActAs(author: string): boolean;
}

const ok = (body: unknown, status = 200, headers?: Record<string, string>): FakeResponse => ({ status, body, headers });
const DAY = 86_400_000;

/** `ACCESS_DENIED` as LinkedIn words it when a scope or page role is missing. */
export const denied = (what: string): FakeResponse => restError(403, 'ACCESS_DENIED', `Not enough permissions to access: ${what}`, { serviceErrorCode: 100 });

/** A path key must be a percent-encoded URN (Rest.li 2.0: `urn%3Ali%3Ashare%3A1`). */
export function decodeKey(raw: string): string | null {
  return raw.includes(':') || raw.includes('(') ? null : decodeURIComponent(raw);
}

export function createHandlers(s: FakeState) {
  const content = createContentHandlers(s);

  const authenticate = (headers: IncomingHttpHeaders): Caller | FakeResponse => {
    const value = /^Bearer (.+)$/.exec(headers.authorization ?? '')?.[1];
    const token = value ? s.tokens.get(value) : undefined;
    if (!token) return restError(401, 'INVALID_ACCESS_TOKEN', 'Invalid access token', { serviceErrorCode: 65600 });
    if (token.expiresAt <= Date.now()) return restError(401, 'EXPIRED_ACCESS_TOKEN', 'The token used in the request has expired', { serviceErrorCode: 65601 });
    const member = s.members.get(token.memberId) as Member;
    const urn = `urn:li:person:${member.id}`;
    return {
      member,
      token,
      urn,
      canActAs(author) {
        if (author === urn) return token.scopes.includes('w_member_social');
        const org = s.organizations.get(author.replace('urn:li:organization:', ''));
        return Boolean(org && author.startsWith('urn:li:organization:') && org.admins.has(member.id) && token.scopes.includes('w_organization_social'));
      },
    };
  };

  return function handle(method: string, rawUrl: string, headers: IncomingHttpHeaders, body: unknown): FakeResponse {
    const [path = '/', rawQuery = ''] = rawUrl.split(/\?(.*)/s);
    const query = new URLSearchParams(rawQuery);
    if (method === 'POST' && path === '/oauth/v2/accessToken') return token(headers, body);
    if (method === 'PUT' && path.startsWith('/dms-uploads/')) return upload(path, headers, body);

    if (path.startsWith('/rest/')) {
      // "All APIs require the request header Linkedin-Version … and X-Restli-Protocol-Version: 2.0.0" (posts-api).
      const version = headers['linkedin-version'];
      if (typeof version !== 'string') return restError(400, 'VERSION_MISSING', 'A version must be present. Please specify a version by adding the LinkedIn-Version header.');
      if (!s.activeVersions.includes(version.split('.')[0] ?? '')) return restError(426, 'NONEXISTENT_VERSION', `Requested version ${version} is not active`);
      if (headers['x-restli-protocol-version'] !== '2.0.0') return restError(400, 'ILLEGAL_ARGUMENT', 'This API requires the header X-Restli-Protocol-Version: 2.0.0.');
    }
    const caller = authenticate(headers);
    if ('status' in caller) return caller;

    if (method === 'GET' && path === '/v2/userinfo') {
      if (!caller.token.scopes.includes('openid') || !caller.token.scopes.includes('profile')) return denied('userinfo.GET.NO_VERSION');
      const [given, ...family] = caller.member.name.split(' ');
      return ok({ sub: caller.member.id, name: caller.member.name, given_name: given, family_name: family.join(' '), picture: `https://media.licdn.example/${caller.member.id}.jpg`, locale: { country: 'US', language: 'en' }, email_verified: true });
    }
    if (method === 'GET' && path === '/rest/organizationAcls') {
      if (!caller.token.scopes.includes('rw_organization_admin')) return denied('organizationAcls.FINDER-roleAssignee');
      if (query.get('q') !== 'roleAssignee') return restError(400, 'ILLEGAL_ARGUMENT', 'Invalid query parameters passed to request');
      const role = query.get('role');
      const elements = [...s.organizations.values()]
        .filter((o) => o.admins.has(caller.member.id) && (!role || role === 'ADMINISTRATOR') && (query.get('state') ?? 'APPROVED') === 'APPROVED')
        .map((o) => ({ roleAssignee: caller.urn, state: 'APPROVED', role: 'ADMINISTRATOR', organization: `urn:li:organization:${o.id}` }));
      return ok({ paging: { count: 10, start: 0, total: elements.length, links: [] }, elements });
    }
    const orgMatch = /^\/rest\/organizations\/(\d+)$/.exec(path);
    if (method === 'GET' && orgMatch?.[1]) {
      const org = s.organizations.get(orgMatch[1]);
      if (!org) return restError(404, 'NOT_FOUND', `Organization ${orgMatch[1]} not found`);
      return ok({ id: Number(org.id), localizedName: org.name, vanityName: org.vanityName, name: { localized: { en_US: org.name } } });
    }
    if (method === 'POST' && path === '/rest/images' && query.get('action') === 'initializeUpload') return initImage(caller, body);
    if (method === 'POST' && path === '/rest/videos' && query.get('action') === 'initializeUpload') return initVideo(caller, body);
    if (method === 'POST' && path === '/rest/videos' && query.get('action') === 'finalizeUpload') return finalizeVideo(caller, body);
    const videoMatch = /^\/rest\/videos\/([^/]+)$/.exec(path);
    if (method === 'GET' && videoMatch?.[1]) {
      const urn = decodeKey(videoMatch[1]);
      const video = urn ? s.videos.get(urn) : undefined;
      if (!video) return restError(404, 'NOT_FOUND', 'Video not found');
      if (video.status === 'PROCESSING' && video.pollsLeft-- <= 0) video.status = 'AVAILABLE';
      return ok({ id: video.urn, owner: video.owner, status: video.status });
    }
    return content(method, path, rawQuery, caller, body);
  };

  function token(headers: IncomingHttpHeaders, body: unknown): FakeResponse {
    const oauthError = (status: number, error: string, description: string): FakeResponse => ({ status, body: { error, error_description: description } });
    if (!(headers['content-type'] ?? '').startsWith('application/x-www-form-urlencoded') || !body || typeof body !== 'object') {
      return oauthError(400, 'invalid_request', 'Content-Type must be application/x-www-form-urlencoded');
    }
    const p = body as Record<string, string>;
    if (p['client_id'] !== s.app.clientId || p['client_secret'] !== s.app.clientSecret) return oauthError(401, 'invalid_client', 'Client authentication failed');
    const issue = (memberId: string, scopes: string[], refresh: string, refreshExpiresAt: number): FakeResponse => {
      const access = `AQV${randomBytes(16).toString('hex')}`;
      s.tokens.set(access, { memberId, scopes, expiresAt: Date.now() + 5_184_000_000 });
      // No `token_type` in LinkedIn's answer (…/authorization-code-flow, step 3).
      return ok({ access_token: access, expires_in: 5_184_000, refresh_token: refresh, refresh_token_expires_in: Math.floor((refreshExpiresAt - Date.now()) / 1000), scope: scopes.join(',') });
    };
    if (p['grant_type'] === 'authorization_code') {
      const code = s.codes.get(p['code'] ?? '');
      if (!code || code.redirectUri !== p['redirect_uri']) {
        return oauthError(400, 'invalid_request', 'Unable to retrieve access token: appid/redirect uri/code verifier does not match authorization code. Or authorization code expired. Or external member binding exists');
      }
      s.codes.delete(p['code'] ?? '');
      const refresh = `AQX${randomBytes(16).toString('hex')}`;
      const expiresAt = Date.now() + 365 * DAY;
      s.refreshTokens.set(refresh, { memberId: code.memberId, scopes: code.scopes, expiresAt });
      return issue(code.memberId, code.scopes, refresh, expiresAt);
    }
    if (p['grant_type'] === 'refresh_token') {
      const refresh = s.refreshTokens.get(p['refresh_token'] ?? '');
      if (!refresh || refresh.expiresAt <= Date.now()) return oauthError(400, 'invalid_request', 'The provided authorization grant or refresh token is invalid, expired or revoked.');
      // The refresh token keeps its original one-year life (…/programmatic-refresh-tokens).
      return issue(refresh.memberId, refresh.scopes, p['refresh_token'] ?? '', refresh.expiresAt);
    }
    return oauthError(400, 'unsupported_grant_type', 'The grant type is not supported');
  }

  function initImage(caller: Caller, body: unknown): FakeResponse {
    const owner = (body as { initializeUploadRequest?: { owner?: string } } | null)?.initializeUploadRequest?.owner;
    if (!owner) return schemaError(['/initializeUploadRequest/owner :: field is required but not found and has no default value']);
    if (!caller.canActAs(owner)) return denied('images.ACTION-initializeUpload');
    const key = randomBytes(8).toString('hex');
    const urn = `urn:li:image:C4E10AQ${randomBytes(6).toString('base64url')}`;
    s.images.set(urn, { urn, owner, uploaded: false, uploadKey: key });
    return ok({ value: { uploadUrlExpiresAt: Date.now() + DAY, uploadUrl: `${s.baseUrl}/dms-uploads/image/${key}`, image: urn } });
  }

  function initVideo(caller: Caller, body: unknown): FakeResponse {
    const req = (body as { initializeUploadRequest?: { owner?: string; fileSizeBytes?: number } } | null)?.initializeUploadRequest;
    const problems = [!req?.owner && '/initializeUploadRequest/owner', typeof req?.fileSizeBytes !== 'number' && '/initializeUploadRequest/fileSizeBytes']
      .filter((p): p is string => Boolean(p))
      .map((p) => `${p} :: field is required but not found and has no default value`);
    if (problems.length > 0 || !req?.owner || typeof req.fileSizeBytes !== 'number') return schemaError(problems);
    if (!caller.canActAs(req.owner)) return denied('videos.ACTION-initializeUpload');
    // Organic video: 75 KB to 500 MB (…/shares/videos-api).
    if (req.fileSizeBytes < 75 * 1024 || req.fileSizeBytes > 500 * 1024 * 1024) return restError(400, 'ILLEGAL_ARGUMENT', 'Video file size must be between 75 KB and 500 MB');
    const urn = `urn:li:video:C5F10AQ${randomBytes(6).toString('base64url')}`;
    const parts: Video['parts'] = [];
    for (let first = 0; first < req.fileSizeBytes; first += s.partSize) {
      parts.push({ key: randomBytes(8).toString('hex'), first, last: Math.min(first + s.partSize, req.fileSizeBytes) - 1, etag: null });
    }
    const video: Video = { urn, owner: req.owner, size: req.fileSizeBytes, uploadToken: '', parts, bytes: new OrderedHash(0), sha256: null, replaced: false, status: 'WAITING_UPLOAD', pollsLeft: s.videoProcessingPolls };
    s.videos.set(urn, video);
    return ok({
      value: {
        uploadUrlsExpireAt: Date.now() + DAY,
        video: urn,
        uploadInstructions: parts.map((p) => ({ uploadUrl: `${s.baseUrl}/dms-uploads/video/${p.key}`, firstByte: p.first, lastByte: p.last })),
        uploadToken: video.uploadToken,
      },
    });
  }

  function upload(path: string, headers: IncomingHttpHeaders, body: unknown): FakeResponse {
    const key = path.split('/').pop() ?? '';
    const bytes = Buffer.isBuffer(body) ? body : Buffer.alloc(0);
    if (path.startsWith('/dms-uploads/image/')) {
      const image = [...s.images.values()].find((i) => i.uploadKey === key);
      if (!image) return { status: 404 };
      if (!/^Bearer /.test(headers.authorization ?? '')) return restError(401, 'INVALID_ACCESS_TOKEN', 'Invalid access token');
      if (bytes.length === 0) return restError(400, 'ILLEGAL_ARGUMENT', 'Empty upload');
      image.uploaded = true;
      return { status: 201 };
    }
    for (const video of s.videos.values()) {
      const index = video.parts.findIndex((p) => p.key === key);
      const part = video.parts[index];
      if (!part) continue;
      if (bytes.length !== part.last - part.first + 1) return restError(400, 'ILLEGAL_ARGUMENT', `Part must be ${part.last - part.first + 1} bytes, got ${bytes.length}`);
      const etag = `/ETag/${createHash('sha1').update(bytes).digest('hex')}`;
      // A part sent again with other bytes replaces the first copy, which the fake hashed and no longer has.
      if (!video.bytes.add(index, bytes) && etag !== part.etag) video.replaced = true;
      part.etag = etag;
      return { status: 200, headers: { etag: part.etag } };
    }
    return { status: 404 };
  }

  function finalizeVideo(caller: Caller, body: unknown): FakeResponse {
    const req = (body as { finalizeUploadRequest?: { video?: string; uploadToken?: string; uploadedPartIds?: string[] } } | null)?.finalizeUploadRequest;
    const video = req?.video ? s.videos.get(req.video) : undefined;
    if (!req || !video) return schemaError(['/finalizeUploadRequest/video :: field is required but not found and has no default value']);
    if (!caller.canActAs(video.owner)) return denied('videos.ACTION-finalizeUpload');
    const expected = video.parts.map((p) => p.etag);
    if (expected.some((e) => e === null) || JSON.stringify(req.uploadedPartIds ?? []) !== JSON.stringify(expected)) {
      return restError(400, 'ILLEGAL_ARGUMENT', 'uploadedPartIds must list the ETag of every uploaded part, in order');
    }
    if ((req.uploadToken ?? '') !== video.uploadToken) return restError(400, 'ILLEGAL_ARGUMENT', 'Invalid uploadToken');
    video.status = 'PROCESSING';
    video.sha256 = video.replaced || video.bytes.bytes !== video.size ? null : video.bytes.digest();
    return { status: 200 };
  }
}
