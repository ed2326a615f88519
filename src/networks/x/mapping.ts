/**
 * X API v2 JSON → Chorus types. Every response is parsed with zod: a shape we do not recognise is a clear error, not
 * an `undefined` deep inside the publisher. Field names follow docs.x.com/x-api/fundamentals/data-dictionary.
 */
import { z } from 'zod';
import type { EngagementItem, EngagementKind, PostMetrics, PublishedRef } from '../connector.js';
import { parseAnswer } from '../parse.js';

const id = z.string().regex(/^[0-9]{1,19}$/);

export const userSchema = z.object({
  id,
  username: z.string(),
  name: z.string().nullish().transform((v) => v ?? ''),
  profile_image_url: z.string().nullish(),
});
export type XUser = z.infer<typeof userSchema>;

const count = z.number().int().nonnegative().nullish().transform((v) => v ?? null);

export const tweetSchema = z.object({
  id,
  text: z.string(),
  author_id: id.nullish(),
  created_at: z.string().nullish(),
  conversation_id: id.nullish(),
  lang: z.string().nullish(),
  in_reply_to_user_id: id.nullish(),
  referenced_tweets: z
    .array(z.object({ type: z.string(), id }))
    .nullish()
    .transform((v) => v ?? []),
  attachments: z.object({ media_keys: z.array(z.string()).nullish() }).nullish(),
  public_metrics: z
    .object({
      like_count: count,
      retweet_count: count,
      reply_count: count,
      quote_count: count,
      impression_count: count,
      bookmark_count: count,
    })
    .nullish(),
  non_public_metrics: z.object({ impression_count: count, url_link_clicks: count, user_profile_clicks: count }).nullish(),
});
export type XTweet = z.infer<typeof tweetSchema>;

/** Partial errors of a lookup (`{value, detail, title, type, resource_id}`): the ids X could not return. */
const lookupErrorSchema = z.object({
  resource_id: z.string().nullish(),
  value: z.string().nullish(),
  title: z.string().nullish(),
  detail: z.string().nullish(),
  type: z.string().nullish(),
});

export const tweetListSchema = z.object({
  data: z.array(tweetSchema).nullish().transform((v) => v ?? []),
  includes: z.object({ users: z.array(userSchema).nullish() }).nullish(),
  errors: z.array(lookupErrorSchema).nullish().transform((v) => v ?? []),
  meta: z.object({ next_token: z.string().nullish(), result_count: z.number().nullish() }).nullish(),
});
export type XTweetList = z.infer<typeof tweetListSchema>;

export const createdTweetSchema = z.object({ data: z.object({ id, text: z.string() }) });
export const meSchema = z.object({ data: userSchema });

/** `GET /2/users/me?user.fields=public_metrics`: the account's counts, each optional in case X leaves one out. */
export const meMetricsSchema = z.object({
  data: z.object({
    id,
    public_metrics: z
      .object({ followers_count: z.number().nullish(), following_count: z.number().nullish(), tweet_count: z.number().nullish() })
      .passthrough()
      .nullish(),
  }),
});

export const dmEventSchema = z.object({
  id,
  event_type: z.string(),
  text: z.string().nullish(),
  sender_id: id.nullish(),
  created_at: z.string().nullish(),
  dm_conversation_id: z.string().nullish(),
});
export const dmListSchema = z.object({
  data: z.array(dmEventSchema).nullish().transform((v) => v ?? []),
  includes: z.object({ users: z.array(userSchema).nullish() }).nullish(),
  meta: z.object({ next_token: z.string().nullish() }).nullish(),
});
export type XDmEvent = z.infer<typeof dmEventSchema>;

/** Parses a 2xx body (see ../parse.ts). */
export function parse<T>(schema: z.ZodType<T>, body: unknown, what: string): T {
  return parseAnswer('x', 'X', schema, body, what);
}

/** x.com resolves `/i/web/status/:id` for any author, so a ref needs no username. */
export function postUrl(tweetId: string, username?: string): string {
  return username ? `https://x.com/${username}/status/${tweetId}` : `https://x.com/i/web/status/${tweetId}`;
}

export function toPublishedRef(tweetId: string, username?: string): PublishedRef {
  return { externalId: tweetId, url: postUrl(tweetId, username) };
}

/**
 * Metrics of one post. `impression_count` and `bookmark_count` are public now; `non_public_metrics` (own posts, less
 * than 30 days old) adds link clicks and is preferred for impressions when present.
 */
export function toMetrics(tweet: XTweet, fetchedAt: Date): PostMetrics {
  const pub = tweet.public_metrics;
  const priv = tweet.non_public_metrics;
  const impressions = priv?.impression_count ?? pub?.impression_count ?? null;
  return {
    externalId: tweet.id,
    likes: pub?.like_count ?? 0,
    reposts: pub?.retweet_count ?? 0,
    replies: pub?.reply_count ?? 0,
    quotes: pub?.quote_count ?? null,
    views: impressions,
    impressions,
    reach: null,
    saves: pub?.bookmark_count ?? null,
    linkClicks: priv?.url_link_clicks ?? null,
    fetchedAt,
  };
}

function author(user: XUser | undefined, fallbackId: string | null | undefined): EngagementItem['author'] {
  return {
    externalId: user?.id ?? fallbackId ?? '',
    handle: user ? `@${user.username}` : '',
    displayName: user?.name || user?.username || '',
    avatarUrl: user?.profile_image_url ?? null,
  };
}

/**
 * A post by someone else as inbox engagement: a reply when it answers one of our posts (`ourPostIds`, or any post
 * by us when `in_reply_to_user_id` is ours), a quote when it quotes one of ours, a mention otherwise.
 */
export function tweetToEngagement(tweet: XTweet, users: Map<string, XUser>, ourUserId: string, ourPostIds: Set<string>): EngagementItem {
  const repliedTo = tweet.referenced_tweets.find((r) => r.type === 'replied_to')?.id ?? null;
  const quoted = tweet.referenced_tweets.find((r) => r.type === 'quoted')?.id ?? null;
  let kind: EngagementKind = 'mention';
  let inReplyTo: string | null = null;
  if (repliedTo && (ourPostIds.has(repliedTo) || tweet.in_reply_to_user_id === ourUserId)) {
    kind = 'reply';
    inReplyTo = repliedTo;
  } else if (quoted && ourPostIds.has(quoted)) {
    kind = 'quote';
    inReplyTo = quoted;
  }
  const user = tweet.author_id ? users.get(tweet.author_id) : undefined;
  return {
    kind,
    externalId: tweet.id,
    inReplyTo,
    author: author(user, tweet.author_id),
    text: tweet.text,
    url: postUrl(tweet.id, user?.username),
    createdAt: new Date(tweet.created_at ?? Date.now()),
  };
}

export function dmToEngagement(event: XDmEvent, users: Map<string, XUser>): EngagementItem {
  const user = event.sender_id ? users.get(event.sender_id) : undefined;
  return {
    kind: 'direct_message',
    externalId: event.id,
    inReplyTo: null,
    author: author(user, event.sender_id),
    text: event.text ?? '',
    url: null,
    createdAt: new Date(event.created_at ?? Date.now()),
  };
}

export function usersById(list: { includes?: { users?: XUser[] | null } | null }): Map<string, XUser> {
  return new Map((list.includes?.users ?? []).map((u) => [u.id, u]));
}

/**
 * The form two texts are compared in. X stores the text with `&`, `<` and `>` HTML-escaped, rewrites every URL to
 * a t.co link, and normalizes to NFC (docs.x.com/fundamentals/counting-characters), so URLs are blanked on both
 * sides and whitespace collapsed.
 */
export function normalizeForMatch(text: string): string {
  return text
    .normalize('NFC')
    .replace(/&amp;/g, '&')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/https?:\/\/\S+/g, '<url>')
    .replace(/\s+/g, ' ')
    .trim();
}

/**
 * Whether a post on X is the one we would have made: same text (as compared above), same parent when replying.
 * A post with media carries a trailing t.co link to the media in its `text`, which is dropped before comparing.
 */
export function tweetMatches(tweet: XTweet, text: string, inReplyTo?: string): boolean {
  if (inReplyTo !== undefined && !tweet.referenced_tweets.some((r) => r.type === 'replied_to' && r.id === inReplyTo)) return false;
  const expected = normalizeForMatch(text);
  const actual = normalizeForMatch(tweet.text);
  if (actual === expected) return true;
  return (tweet.attachments?.media_keys?.length ?? 0) > 0 && actual.replace(/\s*<url>$/, '') === expected;
}
