/**
 * The fake Mastodon's routes. Each answer follows docs.joinmastodon.org (status codes and `{"error": ...}` bodies);
 * validation messages are Mastodon's own wording.
 */
import type { IncomingHttpHeaders } from 'node:http';
import { textLength, type Account, type Attachment, type Status } from './model.js';
import type { FakeResponse } from './server.js';
import { searchRoutes } from './search.js';

export interface FakeState {
  readonly baseUrl: string;
  maxCharacters: number;
  maxMedia: number;
  imageSizeLimit: number;
  videoProcessingPolls: number;
  noV2Instance: boolean;
  accounts: Map<string, Account>;
  tokens: Map<string, { accountId: string; scopes: string[] }>;
  apps: Map<string, { clientId: string; clientSecret: string; redirectUri: string; scopes: string }>;
  codes: Map<string, { clientId: string; accountId: string }>;
  statuses: Map<string, Status>;
  scheduled: Map<string, unknown>;
  media: Map<string, Attachment & { accountId: string; pollsLeft: number; attached: boolean }>;
  idempotency: Map<string, string>;
  notifications: { id: string; type: string; createdAt: string; fromAccountId: string; statusId: string | null; forAccountId: string }[];
  nextId(): string;
  renderStatus(status: Status, withSource?: boolean): Record<string, unknown>;
  renderAccount(account: Account): Record<string, unknown>;
  renderMedia(id: string): Record<string, unknown>;
  instance(v2: boolean): Record<string, unknown>;
  createStatus(accountId: string, text: string, fields: { inReplyTo?: string; visibility?: string; mediaIds?: string[]; language?: string }): Status;
  /** Whether statuses search reaches every public post (an instance with its full-text index) or only the searcher's own. */
  fullTextSearch: boolean;
}

const ok = (body: unknown, status = 200): FakeResponse => ({ status, body });
const error = (status: number, message: string): FakeResponse => ({ status, body: { error: message } });
const notFound = (): FakeResponse => error(404, 'Record not found');
const validation = (message: string): FakeResponse => error(422, `Validation failed: ${message}`);

/** The 5-minute minimum of `scheduled_at` (ScheduledStatus::MINIMUM_OFFSET). */
const MINIMUM_SCHEDULE_OFFSET_MS = 5 * 60 * 1000;

function field(body: unknown, name: string): unknown {
  if (body instanceof FormData) return body.get(name) ?? undefined;
  return body && typeof body === 'object' ? (body as Record<string, unknown>)[name] : undefined;
}

function list(body: unknown, name: string): string[] {
  if (body instanceof FormData) return [...body.getAll(`${name}[]`), ...body.getAll(name)].map(String);
  const value = field(body, name) ?? field(body, `${name}[]`);
  if (Array.isArray(value)) return value.map(String);
  return value === undefined ? [] : [String(value)];
}

export function createHandlers(s: FakeState) {
  const authenticate = (headers: IncomingHttpHeaders, scope: 'read' | 'write'): { account: Account } | FakeResponse => {
    const match = /^Bearer (.+)$/i.exec(headers.authorization ?? '');
    const token = match?.[1] ? s.tokens.get(match[1]) : undefined;
    const account = token ? s.accounts.get(token.accountId) : undefined;
    if (!token || !account) return error(401, 'The access token is invalid');
    if (!token.scopes.includes(scope)) return error(403, 'This action is outside the authorized scopes');
    return { account };
  };

  return async function handle(method: string, url: URL, headers: IncomingHttpHeaders, body: unknown): Promise<FakeResponse> {
    const path = url.pathname;
    const route = `${method} ${path}`;

    if (route === 'GET /api/v2/instance') return s.noV2Instance ? notFound() : ok(s.instance(true));
    if (route === 'GET /api/v1/instance') return ok(s.instance(false));
    if (route === 'POST /api/v1/apps') return registerApp(body);
    if (route === 'POST /oauth/token') return token(body);

    const scope = method === 'GET' ? 'read' : 'write';
    const auth = authenticate(headers, scope);
    if ('status' in auth) return auth;
    const me = auth.account;

    if (route === 'GET /api/v1/accounts/verify_credentials') return ok(s.renderAccount(me));
    if (route === 'POST /api/v2/media' || route === 'POST /api/v1/media') return upload(me, body, path.includes('/v2/'));
    if (route === 'POST /api/v1/statuses') return postStatus(me, headers, body);
    if (route === 'GET /api/v1/notifications') return listNotifications(me, url);
    const searched = searchRoutes(s, me, method, url);
    if (searched) return searched;

    let m = /^\/api\/v1\/media\/([^/]+)$/.exec(path);
    if (m?.[1] && method === 'GET') {
      const item = s.media.get(m[1]);
      if (!item || item.accountId !== me.id) return notFound();
      if (item.pollsLeft > 0) {
        item.pollsLeft--;
        return ok(s.renderMedia(item.id), 206);
      }
      return ok(s.renderMedia(item.id));
    }
    m = /^\/api\/v1\/statuses\/([^/]+)$/.exec(path);
    if (m?.[1]) {
      const status = s.statuses.get(m[1]);
      if (!status) return notFound();
      if (method === 'GET') return ok(s.renderStatus(status));
      if (method === 'DELETE') {
        if (status.accountId !== me.id) return error(403, 'This action is not allowed');
        s.statuses.delete(status.id);
        // "Returns: Status with source text and poll or media_attachments" — for delete & redraft.
        return ok(s.renderStatus(status, true));
      }
    }
    // methods/statuses/#favourite and #unfavourite: "Returns: Status"; doing either twice changes nothing.
    m = /^\/api\/v1\/statuses\/([^/]+)\/(favourite|unfavourite)$/.exec(path);
    if (m?.[1] && method === 'POST') {
      const status = s.statuses.get(m[1]);
      if (!status) return notFound();
      const by = (status.favouritedBy ??= new Set());
      if (m[2] === 'favourite' && !by.has(me.id)) {
        by.add(me.id);
        status.favourites++;
      } else if (m[2] === 'unfavourite' && by.delete(me.id)) status.favourites--;
      return ok({ ...s.renderStatus(status), favourited: by.has(me.id) });
    }
    m = /^\/api\/v1\/accounts\/([^/]+)\/statuses$/.exec(path);
    if (m?.[1] && method === 'GET') {
      if (!s.accounts.has(m[1])) return notFound();
      // limit: "Defaults to 20 statuses. Max 40 statuses."
      const limit = Math.min(Number(url.searchParams.get('limit') ?? 20) || 20, 40);
      const mine = [...s.statuses.values()].filter((st) => st.accountId === m?.[1]).sort((a, b) => Number(b.id) - Number(a.id));
      return ok(mine.slice(0, limit).map((st) => s.renderStatus(st)));
    }
    return notFound();
  };

  function registerApp(body: unknown): FakeResponse {
    const name = field(body, 'client_name');
    const redirect = field(body, 'redirect_uris');
    const missing = [!name && "Application name can't be blank", !redirect && "Redirect URI can't be blank"].filter(Boolean);
    if (missing.length > 0) return validation(missing.join(', '));
    const app = {
      clientId: s.nextId() + 'c',
      clientSecret: s.nextId() + 's',
      redirectUri: String(redirect),
      scopes: String(field(body, 'scopes') ?? 'read'),
    };
    s.apps.set(app.clientId, app);
    return ok({ id: s.nextId(), name, redirect_uri: app.redirectUri, client_id: app.clientId, client_secret: app.clientSecret });
  }

  function token(body: unknown): FakeResponse {
    const app = s.apps.get(String(field(body, 'client_id')));
    if (!app || app.clientSecret !== field(body, 'client_secret')) {
      return { status: 401, body: { error: 'invalid_client', error_description: 'Client authentication failed due to unknown client, no client authentication included, or unsupported authentication method.' } };
    }
    if (field(body, 'grant_type') !== 'authorization_code') return { status: 400, body: { error: 'unsupported_grant_type' } };
    const code = s.codes.get(String(field(body, 'code')));
    if (!code || code.clientId !== app.clientId || field(body, 'redirect_uri') !== app.redirectUri) {
      return {
        status: 400,
        body: { error: 'invalid_grant', error_description: 'The provided authorization grant is invalid, expired, revoked, does not match the redirection URI used in the authorization request, or was issued to another client.' },
      };
    }
    s.codes.delete(String(field(body, 'code')));
    const accessToken = s.nextId() + 't';
    s.tokens.set(accessToken, { accountId: code.accountId, scopes: app.scopes.split(' ') });
    return ok({ access_token: accessToken, token_type: 'Bearer', scope: app.scopes, created_at: Math.floor(Date.now() / 1000) });
  }

  function upload(me: Account, body: unknown, v2: boolean): FakeResponse {
    const file = field(body, 'file');
    if (!(file instanceof Blob)) return validation("File can't be blank");
    const type = file.type;
    const kind = type.startsWith('image/') ? 'image' : type.startsWith('video/') ? 'video' : null;
    if (!kind || !(s.instance(true)['configuration'] as { media_attachments: { supported_mime_types: string[] } }).media_attachments.supported_mime_types.includes(type)) {
      return validation('File content type is invalid');
    }
    if (kind === 'image' && file.size > s.imageSizeLimit) return validation(`File file size must be less than ${Math.round(s.imageSizeLimit / 1024 / 1024)} MB`);
    const description = field(body, 'description');
    if (typeof description === 'string' && [...description].length > 1500) return validation('Description is too long (maximum is 1500 characters)');
    const id = s.nextId();
    // v2: images are processed synchronously (200); video asynchronously (202, url null) — v1 always waits (200).
    const pollsLeft = v2 && kind === 'video' ? s.videoProcessingPolls : 0;
    s.media.set(id, { id, type: kind, url: `${s.baseUrl}/system/media/${id}`, description: typeof description === 'string' ? description : null, accountId: me.id, pollsLeft, attached: false });
    return ok(s.renderMedia(id), pollsLeft > 0 ? 202 : 200);
  }

  function postStatus(me: Account, headers: IncomingHttpHeaders, body: unknown): FakeResponse {
    const key = headers['idempotency-key'];
    const idemKey = typeof key === 'string' ? `${me.id}:${key}` : null;
    const known = idemKey ? s.idempotency.get(idemKey) : undefined;
    if (known) {
      const status = s.statuses.get(known);
      if (status) return ok(s.renderStatus(status));
    }
    const text = String(field(body, 'status') ?? '');
    const mediaIds = list(body, 'media_ids');
    if (mediaIds.length > s.maxMedia) return validation(`Cannot attach more than ${s.maxMedia} files`);
    if (!text.trim() && mediaIds.length === 0) return validation("Text can't be blank");
    if (textLength(text) > s.maxCharacters) return validation(`Text character limit of ${s.maxCharacters} exceeded`);
    const attachments = mediaIds.map((id) => s.media.get(id));
    if (attachments.some((a) => !a || a.accountId !== me.id || a.attached)) {
      return validation(`Media with IDs ${mediaIds.join(', ')} not found or already attached to another post`);
    }
    if (attachments.some((a) => a && a.pollsLeft > 0)) return validation('Cannot attach files that have not finished processing. Try again in a moment!');
    if (attachments.some((a) => a?.type === 'video') && attachments.length > 1) return validation("Can't attach a video to a post that already contains images");
    const inReplyTo = field(body, 'in_reply_to_id');
    if (inReplyTo !== undefined && inReplyTo !== null && !s.statuses.has(String(inReplyTo))) return notFound();
    const visibility = String(field(body, 'visibility') ?? 'public');
    const scheduledAt = field(body, 'scheduled_at');
    if (scheduledAt !== undefined && scheduledAt !== null) {
      const at = Date.parse(String(scheduledAt));
      if (Number.isNaN(at) || at - Date.now() < MINIMUM_SCHEDULE_OFFSET_MS) {
        return validation('Scheduled at The scheduled date must be in the future');
      }
      const id = s.nextId();
      const scheduledStatus = {
        id,
        scheduled_at: new Date(at).toISOString(),
        params: { text, media_ids: mediaIds, visibility, in_reply_to_id: inReplyTo ?? null, idempotency: typeof key === 'string' ? key : null },
        media_attachments: mediaIds.map((m) => s.renderMedia(m)),
      };
      s.scheduled.set(id, scheduledStatus);
      return ok(scheduledStatus);
    }
    for (const a of attachments) if (a) a.attached = true;
    const language = field(body, 'language');
    const status = s.createStatus(me.id, text, { inReplyTo: inReplyTo === undefined || inReplyTo === null ? undefined : String(inReplyTo), visibility, mediaIds, ...(typeof language === 'string' ? { language } : {}) });
    if (idemKey) s.idempotency.set(idemKey, status.id);
    return ok(s.renderStatus(status));
  }

  function listNotifications(me: Account, url: URL): FakeResponse {
    const types = url.searchParams.getAll('types[]');
    const maxId = url.searchParams.get('max_id');
    // "Defaults to 40 notifications. Max 80 notifications."
    const limit = Math.min(Number(url.searchParams.get('limit') ?? 40) || 40, 80);
    const mine = s.notifications
      .filter((n) => n.forAccountId === me.id)
      .filter((n) => types.length === 0 || types.includes(n.type))
      .filter((n) => !maxId || Number(n.id) < Number(maxId))
      .sort((a, b) => Number(b.id) - Number(a.id))
      .slice(0, limit);
    return ok(
      mine.map((n) => {
        const from = s.accounts.get(n.fromAccountId);
        const status = n.statusId ? s.statuses.get(n.statusId) : undefined;
        return {
          id: n.id,
          type: n.type,
          created_at: n.createdAt,
          account: from ? s.renderAccount(from) : null,
          status: status ? s.renderStatus(status) : null,
        };
      }),
    );
  }
}
