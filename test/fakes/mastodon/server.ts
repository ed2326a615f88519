/**
 * A small, strict Mastodon API server for contract tests of what snac2 does not implement: Idempotency-Key,
 * DELETE returning the status, `scheduled_at`, asynchronous media processing, rate-limit headers. Built from
 * docs.joinmastodon.org (methods/statuses, methods/media, methods/apps, methods/oauth, methods/notifications,
 * api/rate-limits) and refuses what Mastodon refuses, with Mastodon's error bodies (`{"error": "..."}`).
 *
 * @example
 * const fake = await startFakeMastodon();
 * const { token } = fake.addAccount('ann');
 * // ... connector against fake.baseUrl ...
 * await fake.stop();
 */
import { randomBytes } from 'node:crypto';
import { readBody } from '../scaffold/body.js';
import { logRequest, startFakeServer, type FakeResponse, type LoggedRequest } from '../scaffold/server.js';
import { createHandlers } from './handlers.js';
import { renderContent, textLength, type Account, type Attachment, type Status } from './model.js';

export interface FakeMastodonOptions {
  maxCharacters?: number;
  maxMediaAttachments?: number;
  imageSizeLimit?: number;
  /** Serve only /api/v1/instance, like Mastodon < 4.0. */
  noV2Instance?: boolean;
  /** Polls of GET /api/v1/media/:id answered 206 before a video is ready. */
  videoProcessingPolls?: number;
  /** Statuses search reaches every public post, as on an instance running its full-text index (default: off). */
  fullTextSearch?: boolean;
}

export type { FakeResponse };

interface Token {
  accountId: string;
  scopes: string[];
}

interface App {
  clientId: string;
  clientSecret: string;
  redirectUri: string;
  scopes: string;
}

interface Notification {
  id: string;
  type: string;
  createdAt: string;
  fromAccountId: string;
  statusId: string | null;
  forAccountId: string;
}

export interface FakeMastodon {
  baseUrl: string;
  host: string;
  addAccount(username: string, scopes?: string): { id: string; token: string };
  /** The browser half of OAuth: the person approved `clientId`; returns the code the redirect would carry. */
  approve(clientId: string, accountId: string): string;
  /** Another account posts (a mention, reply or DM) and the mentioned account gets a notification. */
  mention(input: { from: string; to: string; text: string; inReplyTo?: string; visibility?: string }): Status;
  notifyFavourite(from: string, statusId: string): void;
  statuses: Map<string, Status>;
  scheduled: Map<string, unknown>;
  /** Every request seen: method, path with query, headers and parsed body. */
  requests: LoggedRequest[];
  /** The next request to a path matching `pattern` gets this answer instead. */
  failNext(pattern: RegExp, response: FakeResponse): void;
  stop(): Promise<void>;
}

const MB = 1024 * 1024;

export async function startFakeMastodon(options: FakeMastodonOptions = {}): Promise<FakeMastodon> {
  const maxCharacters = options.maxCharacters ?? 500;
  const maxMedia = options.maxMediaAttachments ?? 4;
  const imageSizeLimit = options.imageSizeLimit ?? 16 * MB;
  const accounts = new Map<string, Account>();
  const tokens = new Map<string, Token>();
  const apps = new Map<string, App>();
  const codes = new Map<string, { clientId: string; accountId: string }>();
  const statuses = new Map<string, Status>();
  const scheduled = new Map<string, unknown>();
  const media = new Map<string, Attachment & { accountId: string; pollsLeft: number; attached: boolean }>();
  const idempotency = new Map<string, string>();
  const notifications: Notification[] = [];
  let sequence = 100_000;
  const nextId = (): string => String(++sequence);
  let baseUrl = '';
  let host = '';

  const renderStatus = (status: Status, withSource = false): Record<string, unknown> => {
    const account = accounts.get(status.accountId);
    return {
      id: status.id,
      uri: `${baseUrl}/users/${account?.username}/statuses/${status.id}`,
      url: `${baseUrl}/@${account?.username}/${status.id}`,
      created_at: status.createdAt,
      content: renderContent(status.text),
      // Mastodon returns the source text only when deleting (for "delete & redraft").
      text: withSource ? status.text : null,
      visibility: status.visibility,
      in_reply_to_id: status.inReplyToId,
      in_reply_to_account_id: status.inReplyToId ? (statuses.get(status.inReplyToId)?.accountId ?? null) : null,
      account: account ? renderAccount(account) : null,
      media_attachments: status.mediaIds.map((id) => renderMedia(id)),
      favourites_count: status.favourites,
      reblogs_count: status.reblogs,
      replies_count: [...statuses.values()].filter((s) => s.inReplyToId === status.id).length,
      reblog: null,
      language: status.language ?? null,
    };
  };
  const renderAccount = (a: Account): Record<string, unknown> => ({
    id: a.id,
    username: a.username,
    acct: a.username,
    display_name: a.displayName,
    avatar: `${baseUrl}/avatars/${a.id}.png`,
    url: `${baseUrl}/@${a.username}`,
  });
  const renderMedia = (id: string): Record<string, unknown> => {
    const m = media.get(id);
    return { id, type: m?.type, url: m && m.pollsLeft <= 0 ? m.url : null, description: m?.description ?? null };
  };
  const instance = (v2: boolean): Record<string, unknown> => ({
    ...(v2 ? { domain: host } : { uri: host }),
    title: 'Fake Mastodon',
    version: '4.3.0',
    configuration: {
      statuses: { max_characters: maxCharacters, max_media_attachments: maxMedia, characters_reserved_per_url: 23 },
      media_attachments: {
        supported_mime_types: ['image/jpeg', 'image/png', 'image/gif', 'image/webp', 'video/mp4', 'video/webm', 'audio/mpeg'],
        image_size_limit: imageSizeLimit,
        video_size_limit: 99 * MB,
      },
    },
  });

  const createStatus = (accountId: string, text: string, fields: { inReplyTo?: string; visibility?: string; mediaIds?: string[]; language?: string }): Status => {
    const status: Status = {
      id: nextId(),
      accountId,
      text,
      createdAt: new Date().toISOString(),
      visibility: fields.visibility ?? 'public',
      inReplyToId: fields.inReplyTo ?? null,
      mediaIds: fields.mediaIds ?? [],
      favourites: 0,
      reblogs: 0,
      language: fields.language ?? null,
    };
    statuses.set(status.id, status);
    return status;
  };

  const handlers = createHandlers({
    get baseUrl() {
      return baseUrl;
    },
    maxCharacters,
    maxMedia,
    imageSizeLimit,
    videoProcessingPolls: options.videoProcessingPolls ?? 2,
    noV2Instance: options.noV2Instance ?? false,
    accounts,
    tokens,
    apps,
    codes,
    statuses,
    scheduled,
    media,
    idempotency,
    notifications,
    nextId,
    renderStatus,
    renderAccount,
    renderMedia,
    instance,
    createStatus,
    fullTextSearch: options.fullTextSearch ?? false,
  });

  const http = await startFakeServer({
    read: (req) => readBody(req, { form: 'record' }),
    log: logRequest,
    handle: ({ method, url, headers, body }) => handlers(method, url, headers, body),
    crash: (error): FakeResponse => ({ status: 500, body: { error: String(error) } }),
  });
  host = `127.0.0.1:${http.port}`;
  baseUrl = `http://${host}`;

  return {
    baseUrl,
    host,
    statuses,
    scheduled,
    requests: http.requests,
    addAccount(username, scopes = 'read write') {
      const id = nextId();
      accounts.set(id, { id, username, displayName: username[0]?.toUpperCase() + username.slice(1) });
      const token = randomBytes(16).toString('hex');
      tokens.set(token, { accountId: id, scopes: scopes.split(' ') });
      return { id, token };
    },
    approve(clientId, accountId) {
      const code = randomBytes(8).toString('hex');
      codes.set(code, { clientId, accountId });
      return code;
    },
    mention({ from, to, text, inReplyTo, visibility }) {
      const status = createStatus(from, text, { inReplyTo, visibility });
      notifications.push({ id: nextId(), type: 'mention', createdAt: status.createdAt, fromAccountId: from, statusId: status.id, forAccountId: to });
      return status;
    },
    notifyFavourite(from, statusId) {
      const status = statuses.get(statusId);
      if (!status) throw new Error(`no status ${statusId}`);
      status.favourites++;
      notifications.push({ id: nextId(), type: 'favourite', createdAt: new Date().toISOString(), fromAccountId: from, statusId, forAccountId: status.accountId });
    },
    failNext: (pattern, response) => http.failures.add(pattern, response),
    stop: http.stop,
  };
}

export { textLength };
