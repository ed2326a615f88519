/**
 * Mastodon's JSON → Chorus types. Responses are parsed with zod so a server that speaks a slightly different dialect
 * (snac2, GoToSocial, Pleroma) fails with a clear message instead of an `undefined` deep inside the publisher.
 */
import { z } from 'zod';
import type { EngagementItem, PostMetrics, PublicationContent, PublishedRef } from '../connector.js';
import { parseAnswer } from '../parse.js';

/** Mastodon ids are strings (snowflakes); some compatible servers send numbers. */
const id = z.union([z.string(), z.number()]).transform(String);

export const accountSchema = z.object({
  id,
  username: z.string(),
  acct: z.string(),
  display_name: z.string().nullish().transform((v) => v ?? ''),
  avatar: z.string().nullish(),
  url: z.string().nullish(),
  followers_count: z.number().nullish(),
  following_count: z.number().nullish(),
  statuses_count: z.number().nullish(),
});
export type MastodonAccount = z.infer<typeof accountSchema>;

const attachmentSchema = z.object({
  id,
  type: z.string().nullish(),
  url: z.string().nullish(),
  description: z.string().nullish(),
});
export type MastodonAttachment = z.infer<typeof attachmentSchema>;

const baseStatusSchema = z.object({
  id,
  uri: z.string().nullish(),
  url: z.string().nullish(),
  created_at: z.string(),
  content: z.string().nullish().transform((v) => v ?? ''),
  /** Only on delete responses (and always on snac2): the source text. */
  text: z.string().nullish(),
  visibility: z.string().nullish(),
  language: z.string().nullish(),
  in_reply_to_id: id.nullish(),
  in_reply_to_account_id: id.nullish(),
  account: accountSchema,
  media_attachments: z.array(attachmentSchema).nullish().transform((v) => v ?? []),
  favourites_count: z.number().nullish().transform((v) => v ?? 0),
  reblogs_count: z.number().nullish().transform((v) => v ?? 0),
  replies_count: z.number().nullish().transform((v) => v ?? 0),
});

export const statusSchema = baseStatusSchema.extend({ reblog: baseStatusSchema.nullish() });
export type MastodonStatus = z.infer<typeof statusSchema>;

export const notificationSchema = z.object({
  id,
  type: z.string(),
  created_at: z.string(),
  account: accountSchema,
  status: statusSchema.nullish(),
});
export type MastodonNotification = z.infer<typeof notificationSchema>;

/** Parses a 2xx body (see ../parse.ts); `host` names the instance to the person. */
export function parse<T>(schema: z.ZodType<T>, body: unknown, what: string, host: string): T {
  return parseAnswer('mastodon', host, schema, body, what);
}

/** The status's public page; the ActivityPub `uri` when the server gives no `url`. */
export function toPublishedRef(status: MastodonStatus): PublishedRef {
  return { externalId: status.id, url: status.url ?? status.uri ?? '' };
}

/** `acct` is `user` for local accounts and `user@host` for remote ones; Chorus shows the full address. */
export function fullHandle(acct: string, instanceHost: string): string {
  return acct.includes('@') ? acct : `${acct}@${instanceHost}`;
}

export function toMetrics(status: MastodonStatus, fetchedAt: Date): PostMetrics {
  return {
    externalId: status.id,
    likes: status.favourites_count,
    reposts: status.reblogs_count,
    replies: status.replies_count,
    // Mastodon exposes neither views nor (before 4.5, and not on all servers) quote counts.
    quotes: null,
    views: null,
    fetchedAt,
  };
}

/**
 * A mention notification as inbox engagement: direct-visibility mentions are private messages, a mention that
 * answers one of our statuses is a reply, anything else is a mention.
 */
export function toEngagement(notification: MastodonNotification, ourAccountId: string, instanceHost: string): EngagementItem | null {
  const status = notification.status;
  if (notification.type !== 'mention' || !status) return null;
  const isReplyToUs = status.in_reply_to_id != null && status.in_reply_to_account_id === ourAccountId;
  const kind = status.visibility === 'direct' ? 'direct_message' : isReplyToUs ? 'reply' : 'mention';
  return {
    kind,
    externalId: status.id,
    inReplyTo: isReplyToUs ? (status.in_reply_to_id ?? null) : null,
    author: {
      externalId: notification.account.id,
      handle: fullHandle(notification.account.acct, instanceHost),
      displayName: notification.account.display_name || notification.account.username,
      avatarUrl: notification.account.avatar ?? null,
    },
    text: htmlToText(status.content).trim() || (status.text ?? ''),
    url: status.url ?? status.uri ?? null,
    createdAt: new Date(status.created_at || notification.created_at),
  };
}

const NAMED_ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ' };

export function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#[0-9]+|[a-z]+);/gi, (whole, name: string) => {
    if (name[0] === '#') {
      const code = name[1] === 'x' || name[1] === 'X' ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10);
      return Number.isFinite(code) && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
    }
    return NAMED_ENTITIES[name.toLowerCase()] ?? whole;
  });
}

/**
 * A status's HTML `content` as the text a person typed. Mastodon wraps paragraphs in `<p>`, turns line breaks into
 * `<br>`, and splits long links into `<span class="invisible">` parts: dropping the tags joins them back.
 */
export function htmlToText(html: string): string {
  const withBreaks = html
    .replace(/<br\s*\/?>/gi, '\n')
    .replace(/<\/p>\s*<p[^>]*>/gi, '\n\n')
    .replace(/<[^>]*>/g, '');
  return decodeEntities(withBreaks);
}

/** The form two texts are compared in: Unicode NFC, whitespace collapsed, `@user@host` mentions shortened. */
export function normalizeForMatch(text: string): string {
  return text
    .normalize('NFC')
    // Mastodon renders a mention of a remote account as just `@user` in the HTML.
    .replace(/(^|[^\w])@([\w.-]+)@[\w.-]+(?::\d+)?/g, '$1@$2')
    .replace(/\s+/g, ' ')
    .trim();
}

/**
 * Whether a status on the server is the one we would have made from `content`: same text (compared as plain text),
 * same number of attachments, same parent. Some servers (snac2) don't escape `<` in `content`, so the expected text is
 * also compared with anything tag-like removed, the way the server's HTML loses it.
 */
export function statusMatches(status: MastodonStatus, content: PublicationContent): boolean {
  if (status.reblog) return false;
  if (content.inReplyTo !== undefined && status.in_reply_to_id !== content.inReplyTo) return false;
  if (status.media_attachments.length !== content.media.length) return false;
  const expected = new Set([normalizeForMatch(content.text), normalizeForMatch(content.text.replace(/<[^>]*>/g, ''))]);
  const candidates = [htmlToText(status.content), status.text ?? null];
  return candidates.some((candidate) => candidate !== null && expected.has(normalizeForMatch(candidate)));
}
