/**
 * Meta webhooks: the GET handshake, the payload signature, and Page feed / Instagram comments / Messenger and
 * Instagram messaging events read as inbox engagement. Pure functions; the route that receives the POST keeps the raw
 * body (the signature covers the exact bytes) and decides which channel an entry's `id` belongs to.
 * https://developers.facebook.com/docs/graph-api/webhooks/getting-started
 *
 * @example
 * const challenge = metaVerificationChallenge(request.query, settings.verifyToken); // GET: answer it as text, or 403
 * if (!verifyMetaSignature(rawBody, request.headers['x-hub-signature-256'], appSecret)) return reply.code(401).send();
 * for (const event of parseMetaWebhook(JSON.parse(rawBody))) inbox.add(event.accountId, event.item);
 */
import { createHmac, timingSafeEqual } from 'node:crypto';
import { z } from 'zod';
import type { EngagementItem } from '../connector.js';

/**
 * True when `X-Hub-Signature-256` (`sha256=<hex>`) is the HMAC-SHA256 of the raw body keyed with the app secret.
 * Compared in constant time so the signature can't be guessed byte by byte.
 */
export function verifyMetaSignature(rawBody: string | Buffer, header: string | string[] | null | undefined, appSecret: string): boolean {
  const value = Array.isArray(header) ? header[0] : header;
  if (!value || !appSecret) return false;
  const match = /^sha256=([0-9a-f]{64})$/i.exec(value.trim());
  if (!match?.[1]) return false;
  const expected = createHmac('sha256', appSecret).update(rawBody).digest();
  const given = Buffer.from(match[1], 'hex');
  return given.length === expected.length && timingSafeEqual(given, expected);
}

/**
 * The verify token of a Meta app Chorus did not get from the server's settings (a workspace's own): derived from the
 * app's secret, so Chorus can show it to the workspace's owners and recognise it in the handshake without storing
 * another secret, and nobody without the app secret can predict it. It travels in a URL, so it is not the secret.
 */
export function metaVerifyTokenFor(appSecret: string): string {
  return createHmac('sha256', appSecret).update('chorus meta webhook verify token').digest('base64url').slice(0, 32);
}

/** Constant-time comparison of two verify tokens. */
export function sameVerifyToken(given: string, expected: string): boolean {
  const a = Buffer.from(given);
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
}

type QueryLike = URLSearchParams | Record<string, string | string[] | undefined>;

function first(query: QueryLike, name: string): string | undefined {
  if (query instanceof URLSearchParams) return query.get(name) ?? undefined;
  const value = query[name];
  return Array.isArray(value) ? value[0] : value;
}

/**
 * The GET verification request: when `hub.mode=subscribe` and `hub.verify_token` is ours, returns `hub.challenge`
 * (to be echoed as the response body with 200); null otherwise (answer 403).
 */
export function metaVerificationChallenge(query: QueryLike, verifyToken: string): string | null {
  if (!verifyToken || first(query, 'hub.mode') !== 'subscribe') return null;
  const token = Buffer.from(first(query, 'hub.verify_token') ?? '');
  const expected = Buffer.from(verifyToken);
  if (token.length !== expected.length || !timingSafeEqual(token, expected)) return null;
  return first(query, 'hub.challenge') ?? null;
}

const id = z.union([z.string(), z.number()]).transform(String);

const feedValueSchema = z.object({
  item: z.string(),
  verb: z.string(),
  comment_id: id.optional(),
  post_id: id.optional(),
  parent_id: id.optional(),
  message: z.string().optional(),
  created_time: z.number().optional(),
  from: z.object({ id, name: z.string().optional() }).optional(),
});

const instagramCommentSchema = z.object({
  id,
  text: z.string().optional(),
  parent_id: id.optional(),
  from: z.object({ id, username: z.string().optional() }).optional(),
  media: z.object({ id, media_product_type: z.string().optional() }).optional(),
});

const messagingSchema = z.object({
  sender: z.object({ id }),
  recipient: z.object({ id }),
  timestamp: z.number(),
  message: z.object({ mid: z.string(), text: z.string().optional(), is_echo: z.boolean().optional() }).optional(),
});

const payloadSchema = z.object({
  object: z.string(),
  entry: z.array(
    z.object({
      id,
      time: z.number().optional(),
      changes: z.array(z.object({ field: z.string(), value: z.unknown() })).optional(),
      messaging: z.array(z.unknown()).optional(),
    }),
  ),
});

export interface MetaWebhookEvent {
  network: 'facebook' | 'instagram';
  /** The Page id or Instagram account id the event is for (`entry[].id`): find the channel with it. */
  accountId: string;
  item: EngagementItem;
}

/** Graph sends seconds in `created_time` and `entry.time`, milliseconds in messaging `timestamp`. */
const fromSeconds = (seconds: number | undefined): Date => (seconds ? new Date(seconds * 1000) : new Date());

function feedEvent(accountId: string, value: unknown): EngagementItem | null {
  const parsed = feedValueSchema.safeParse(value);
  if (!parsed.success) return null;
  const v = parsed.data;
  // Our own comments and posts come back as events too; they are not engagement.
  if (v.verb !== 'add' || !v.from || v.from.id === accountId) return null;
  const author = { externalId: v.from.id, handle: v.from.name ?? v.from.id, displayName: v.from.name ?? '', avatarUrl: null };
  if (v.item === 'comment' && v.comment_id) {
    return {
      kind: 'reply',
      externalId: v.comment_id,
      inReplyTo: v.post_id ?? null,
      author,
      text: v.message ?? '',
      url: `https://www.facebook.com/${v.comment_id}`,
      createdAt: fromSeconds(v.created_time),
    };
  }
  if ((v.item === 'post' || v.item === 'status') && v.post_id) {
    // Someone else posting on the Page: it names the Page, like a mention.
    return {
      kind: 'mention',
      externalId: v.post_id,
      inReplyTo: null,
      author,
      text: v.message ?? '',
      url: `https://www.facebook.com/${v.post_id}`,
      createdAt: fromSeconds(v.created_time),
    };
  }
  return null;
}

function instagramCommentEvent(accountId: string, value: unknown, time: number | undefined): EngagementItem | null {
  const parsed = instagramCommentSchema.safeParse(value);
  if (!parsed.success || !parsed.data.from || parsed.data.from.id === accountId) return null;
  const c = parsed.data;
  const username = c.from?.username ?? c.from?.id ?? '';
  return {
    kind: 'reply',
    externalId: c.id,
    inReplyTo: c.media?.id ?? null,
    author: { externalId: c.from?.id ?? '', handle: username, displayName: username, avatarUrl: null },
    text: c.text ?? '',
    url: null,
    createdAt: fromSeconds(time),
  };
}

function messagingEvent(accountId: string, value: unknown): EngagementItem | null {
  const parsed = messagingSchema.safeParse(value);
  if (!parsed.success || !parsed.data.message) return null;
  const m = parsed.data;
  // Echoes are the messages the Page or account itself sent.
  if (m.message?.is_echo || m.sender.id === accountId) return null;
  return {
    kind: 'direct_message',
    externalId: m.message?.mid ?? '',
    inReplyTo: null,
    author: { externalId: m.sender.id, handle: m.sender.id, displayName: '', avatarUrl: null },
    text: m.message?.text ?? '',
    url: null,
    createdAt: new Date(m.timestamp),
  };
}

/**
 * Reads a webhook POST body. Handles `object: "page"` (field `feed`: comments and visitor posts; `messaging`) and
 * `object: "instagram"` (field `comments`, `live_comments`; `messaging`). Instagram `mentions` events carry only ids and
 * are left to `fetchEngagement`. Anything unknown or malformed is skipped, never thrown: Meta retries a webhook
 * that fails, and a payload we can't read would fail forever.
 */
export function parseMetaWebhook(payload: unknown): MetaWebhookEvent[] {
  const parsed = payloadSchema.safeParse(payload);
  if (!parsed.success) return [];
  const network = parsed.data.object === 'instagram' ? 'instagram' : parsed.data.object === 'page' ? 'facebook' : null;
  if (!network) return [];
  const events: MetaWebhookEvent[] = [];
  for (const entry of parsed.data.entry) {
    for (const change of entry.changes ?? []) {
      let item: EngagementItem | null = null;
      if (network === 'facebook' && change.field === 'feed') item = feedEvent(entry.id, change.value);
      if (network === 'instagram' && (change.field === 'comments' || change.field === 'live_comments')) {
        item = instagramCommentEvent(entry.id, change.value, entry.time);
      }
      if (item) events.push({ network, accountId: entry.id, item });
    }
    for (const message of entry.messaging ?? []) {
      const item = messagingEvent(entry.id, message);
      if (item) events.push({ network, accountId: entry.id, item });
    }
  }
  return events;
}

/** The engagement items of a payload, without the account they belong to. */
export function engagementFromWebhook(payload: unknown): EngagementItem[] {
  return parseMetaWebhook(payload).map((event) => event.item);
}
