/**
 * Pure helpers for X's Account Activity webhooks (docs.x.com/x-api/account-activity/introduction and
 * …/webhooks/securing-webhooks): answering the CRC challenge, checking the `x-twitter-webhooks-signature` of each
 * delivery, and turning `tweet_create_events` / `direct_message_events` into inbox items. No HTTP here: the route
 * that receives webhooks calls these.
 *
 * @example
 * // GET /webhooks/x?crc_token=…
 * reply.send({ response_token: crcResponse(query.crc_token, consumerSecret) });
 * // POST /webhooks/x
 * if (!verifySignature(rawBody, headers['x-twitter-webhooks-signature'], consumerSecret)) return reply.code(401).send();
 * const { forUserId, items } = parseAccountActivity(JSON.parse(rawBody));
 */
import { createHmac, timingSafeEqual } from 'node:crypto';
import { z } from 'zod';
import type { EngagementItem, EngagementKind } from '../connector.js';
import { postUrl } from './mapping.js';

function hmac(data: string | Buffer, consumerSecret: string): string {
  return `sha256=${createHmac('sha256', consumerSecret).update(data).digest('base64')}`;
}

/** The CRC answer: `sha256=` + base64 HMAC-SHA256 of `crc_token`, keyed with the app's consumer secret. */
export function crcResponse(crcToken: string, consumerSecret: string): string {
  return hmac(crcToken, consumerSecret);
}

/**
 * Whether a delivery really comes from X: its `x-twitter-webhooks-signature` header is `sha256=` + base64 HMAC-SHA256
 * of the raw body (the bytes as received, before any JSON parsing), compared in constant time.
 */
export function verifySignature(rawBody: string | Buffer, signatureHeader: string | string[] | undefined, consumerSecret: string): boolean {
  const header = Array.isArray(signatureHeader) ? signatureHeader[0] : signatureHeader;
  if (!header || !consumerSecret) return false;
  const expected = Buffer.from(hmac(rawBody, consumerSecret));
  const given = Buffer.from(header.trim());
  return given.length === expected.length && timingSafeEqual(given, expected);
}

const idString = z.union([z.string(), z.number()]).transform(String);

/** Account Activity delivers v1.1 user and Tweet objects (`id_str`, `screen_name`, `created_at` as RFC 2822-ish). */
const v1UserSchema = z.object({
  id_str: idString,
  screen_name: z.string(),
  name: z.string().nullish(),
  profile_image_url_https: z.string().nullish(),
});
const v1TweetSchema = z.object({
  id_str: idString,
  created_at: z.string(),
  text: z.string().nullish(),
  full_text: z.string().nullish(),
  extended_tweet: z.object({ full_text: z.string() }).nullish(),
  user: v1UserSchema,
  in_reply_to_status_id_str: idString.nullish(),
  in_reply_to_user_id_str: idString.nullish(),
  quoted_status_id_str: idString.nullish(),
  quoted_status: z.object({ user: z.object({ id_str: idString }) }).nullish(),
  retweeted_status: z.unknown().optional(),
});
const dmEventSchema = z.object({
  type: z.string(),
  id: idString,
  created_timestamp: idString,
  message_create: z
    .object({
      sender_id: idString,
      message_data: z.object({ text: z.string().nullish() }).nullish(),
    })
    .nullish(),
});
const payloadSchema = z.object({
  for_user_id: idString.nullish(),
  tweet_create_events: z.array(z.unknown()).nullish(),
  direct_message_events: z.array(z.unknown()).nullish(),
  users: z.record(z.string(), z.unknown()).nullish(),
});

/**
 * The inbox items of one delivery, for the account `for_user_id`. Our own posts and DMs, and reposts, are left
 * out; an event that does not parse is skipped rather than failing the whole delivery (X retries failed ones).
 */
export function parseAccountActivity(payload: unknown): { forUserId: string | null; items: EngagementItem[] } {
  const parsed = payloadSchema.safeParse(payload);
  if (!parsed.success) return { forUserId: null, items: [] };
  const forUserId = parsed.data.for_user_id ?? null;
  const items: EngagementItem[] = [];

  for (const raw of parsed.data.tweet_create_events ?? []) {
    const result = v1TweetSchema.safeParse(raw);
    if (!result.success) continue;
    const tweet = result.data;
    if (tweet.user.id_str === forUserId || tweet.retweeted_status !== undefined) continue;
    let kind: EngagementKind = 'mention';
    let inReplyTo: string | null = null;
    if (tweet.in_reply_to_status_id_str && tweet.in_reply_to_user_id_str === forUserId) {
      kind = 'reply';
      inReplyTo = tweet.in_reply_to_status_id_str;
    } else if (tweet.quoted_status_id_str && tweet.quoted_status?.user.id_str === forUserId) {
      kind = 'quote';
      inReplyTo = tweet.quoted_status_id_str;
    }
    items.push({
      kind,
      externalId: tweet.id_str,
      inReplyTo,
      author: {
        externalId: tweet.user.id_str,
        handle: `@${tweet.user.screen_name}`,
        displayName: tweet.user.name || tweet.user.screen_name,
        avatarUrl: tweet.user.profile_image_url_https ?? null,
      },
      text: tweet.extended_tweet?.full_text ?? tweet.full_text ?? tweet.text ?? '',
      url: postUrl(tweet.id_str, tweet.user.screen_name),
      createdAt: new Date(Date.parse(tweet.created_at) || Date.now()),
    });
  }

  const users = parsed.data.users ?? {};
  for (const raw of parsed.data.direct_message_events ?? []) {
    const result = dmEventSchema.safeParse(raw);
    if (!result.success || result.data.type !== 'message_create' || !result.data.message_create) continue;
    const event = result.data;
    const senderId = event.message_create?.sender_id ?? '';
    if (senderId === forUserId) continue;
    const sender = v1UserSchema.partial({ id_str: true }).safeParse(users[senderId]);
    items.push({
      kind: 'direct_message',
      externalId: event.id,
      inReplyTo: null,
      author: {
        externalId: senderId,
        handle: sender.success ? `@${sender.data.screen_name}` : '',
        displayName: sender.success ? sender.data.name || sender.data.screen_name : '',
        avatarUrl: sender.success ? (sender.data.profile_image_url_https ?? null) : null,
      },
      text: event.message_create?.message_data?.text ?? '',
      url: null,
      createdAt: new Date(Number(event.created_timestamp) || Date.now()),
    });
  }
  return { forUserId, items };
}
