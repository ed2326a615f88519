/**
 * The fake X's data and the rules it shares with X's rendering: how a post's length is weighted, how its text is
 * stored (HTML-escaped, links rewritten to t.co), and how objects are rendered with only the fields asked for.
 * Written from the docs on purpose, not imported from the connector (nor from twitter-text), so a mistake in the
 * connector's counting is not mirrored here.
 */
import type { OrderedHash } from '../upload-bytes.js';

export interface User {
  id: string;
  username: string;
  name: string;
  /** Who follows the account and whom it follows (its post count comes from its posts); 0 unless a test sets them. */
  followers?: number;
  following?: number;
}

export interface Tweet {
  id: string;
  authorId: string;
  /** As X stores and returns it (see `storedText`). */
  text: string;
  /** As it was posted, for the duplicate check. */
  sourceText: string;
  createdAt: Date;
  conversationId: string;
  /** BCP 47 language X detected (absent: `en`), for `lang:` and the `lang` field. */
  lang?: string;
  replyTo: { tweetId: string; userId: string } | null;
  quoteOf: string | null;
  mediaKeys: string[];
  hidden: boolean;
  /** Users who liked it (`POST /2/users/:id/likes`). */
  likedBy?: Set<string>;
  metrics: { like: number; retweet: number; quote: number; impression: number; bookmark: number; linkClicks: number; profileClicks: number };
}

export interface DmEvent {
  id: string;
  senderId: string;
  recipientId: string;
  text: string;
  createdAt: Date;
}

export interface Upload {
  id: string;
  ownerId: string;
  mediaType: string;
  category: string;
  totalBytes: number;
  received: Map<number, number>;
  /** The segments' bytes hashed in index order as they arrive (see upload-bytes.ts), never kept. */
  bytes: OrderedHash;
  /** sha256 of the reassembled file once finalized; null if a segment was replaced after it was hashed. */
  sha256: string | null;
  replaced: boolean;
  finalized: boolean;
  /** STATUS polls answered `in_progress` before `succeeded` (video and GIF). */
  pollsLeft: number;
  failReason: string | null;
  altText: string | null;
  attached: boolean;
}

// A URL as X's text parser finds it: scheme, then anything up to whitespace, without trailing punctuation.
const URL_PATTERN = /https?:\/\/[^\s<>"]+[^\s<>".,;:!?)\]'’”]/g;

/**
 * docs.x.com/fundamentals/counting-characters and twitter-text config v3: text NFC-normalized; every URL counts 23;
 * an emoji sequence counts 2; other code points weigh 1 in U+0000–U+10FF, U+2000–U+200D, U+2010–U+201F,
 * U+2032–U+2037, and 2 everywhere else (CJK included).
 */
export function weightedLength(text: string): number {
  const withoutUrls = text.normalize('NFC').replace(URL_PATTERN, '\u0000'.repeat(23));
  let total = 0;
  for (const { segment } of new Intl.Segmenter('en', { granularity: 'grapheme' }).segment(withoutUrls)) {
    if (/\p{Extended_Pictographic}/u.test(segment)) {
      total += 2;
      continue;
    }
    for (const char of segment) {
      const cp = char.codePointAt(0) ?? 0;
      const light = cp <= 0x10ff || (cp >= 0x2000 && cp <= 0x200d) || (cp >= 0x2010 && cp <= 0x201f) || (cp >= 0x2032 && cp <= 0x2037);
      total += light ? 1 : 2;
    }
  }
  return total;
}

/** X returns text with `&`, `<`, `>` escaped and every link replaced by its t.co form; media adds a trailing t.co link. */
export function storedText(text: string, nextShortCode: () => string, withMedia: boolean): string {
  const escaped = text.normalize('NFC').replace(URL_PATTERN, () => `https://t.co/${nextShortCode()}`);
  const html = escaped.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
  return withMedia ? `${html} https://t.co/${nextShortCode()}`.trim() : html;
}

/** Only what `tweet.fields` asked for, as v2 does (`id` and `text` always). */
export function renderTweet(tweet: Tweet, fields: Set<string>, includeNonPublic: boolean, replyCount: number): Record<string, unknown> {
  const out: Record<string, unknown> = { id: tweet.id, text: tweet.text };
  if (fields.has('author_id')) out['author_id'] = tweet.authorId;
  if (fields.has('created_at')) out['created_at'] = tweet.createdAt.toISOString();
  if (fields.has('conversation_id')) out['conversation_id'] = tweet.conversationId;
  if (fields.has('lang')) out['lang'] = tweet.lang ?? 'en';
  if (fields.has('in_reply_to_user_id') && tweet.replyTo) out['in_reply_to_user_id'] = tweet.replyTo.userId;
  if (fields.has('referenced_tweets')) {
    const refs = [
      ...(tweet.replyTo ? [{ type: 'replied_to', id: tweet.replyTo.tweetId }] : []),
      ...(tweet.quoteOf ? [{ type: 'quoted', id: tweet.quoteOf }] : []),
    ];
    if (refs.length > 0) out['referenced_tweets'] = refs;
  }
  if (fields.has('attachments') && tweet.mediaKeys.length > 0) out['attachments'] = { media_keys: tweet.mediaKeys };
  if (fields.has('public_metrics')) {
    out['public_metrics'] = {
      retweet_count: tweet.metrics.retweet,
      reply_count: replyCount,
      like_count: tweet.metrics.like,
      quote_count: tweet.metrics.quote,
      bookmark_count: tweet.metrics.bookmark,
      impression_count: tweet.metrics.impression,
    };
  }
  if (includeNonPublic) {
    out['non_public_metrics'] = {
      impression_count: tweet.metrics.impression,
      url_link_clicks: tweet.metrics.linkClicks,
      user_profile_clicks: tweet.metrics.profileClicks,
    };
  }
  return out;
}

/** The `user.fields` values the User object documents (docs.x.com/x-api/fundamentals/data-dictionary#user). */
export const USER_FIELDS = new Set([
  'affiliation', 'confirmed_email', 'connection_status', 'created_at', 'description', 'entities', 'id', 'is_identity_verified', 'location',
  'most_recent_tweet_id', 'name', 'parody', 'pinned_tweet_id', 'profile_banner_url', 'profile_image_url', 'protected', 'public_metrics',
  'receives_your_dm', 'subscription', 'subscription_type', 'url', 'username', 'verified', 'verified_followers_count', 'verified_type', 'withheld',
]);

export function renderUser(user: User, fields: Set<string>, posts = 0): Record<string, unknown> {
  const out: Record<string, unknown> = { id: user.id, name: user.name, username: user.username };
  if (fields.has('profile_image_url')) out['profile_image_url'] = `https://pbs.twimg.com/profile_images/${user.id}/normal.jpg`;
  if (fields.has('public_metrics')) {
    out['public_metrics'] = { followers_count: user.followers ?? 0, following_count: user.following ?? 0, tweet_count: posts, listed_count: 0, like_count: 0, media_count: 0 };
  }
  return out;
}

export function fieldSet(url: URL, name: string): Set<string> {
  return new Set((url.searchParams.get(name) ?? '').split(',').filter(Boolean));
}
