/**
 * The fake X's post, user, search and DM routes. Shapes and limits follow the v2 reference on docs.x.com:
 * x-api/posts/create-post, …/delete-post, …/get-posts-by-ids, …/search-recent-posts, …/hide-reply,
 * x-api/users/get-my-user, …/get-posts (user timeline), …/get-mentions, x-api/direct-messages/get-dm-events.
 * Refusals use X's bodies: RFC 7807 problems, `Invalid Request` with per-parameter messages.
 */
import { fieldSet, renderTweet, renderUser, storedText, USER_FIELDS, weightedLength, type DmEvent, type Tweet, type User } from './model.js';
import { invalidRequest } from './media.js';
import type { FakeResponse } from './server.js';
import { parseSearchQuery } from './search-query.js';

export interface PostState {
  users: Map<string, User>;
  tweets: Map<string, Tweet>;
  dms: DmEvent[];
  nextId(): string;
  shortCode(): string;
  attachError(userId: string, ids: string[]): string | null;
  markAttached(ids: string[]): void;
}

const ok = (body: unknown, status = 200): FakeResponse => ({ status, body });
export const forbidden = (detail: string): FakeResponse => ({ status: 403, body: { detail, type: 'about:blank', title: 'Forbidden', status: 403 } });
const notFound = (id: string): FakeResponse => ({
  status: 404,
  body: { title: 'Not Found Error', detail: `Could not find tweet with id: [${id}].`, type: 'https://api.twitter.com/2/problems/resource-not-found', status: 404 },
});
const ID = /^[0-9]{1,19}$/;
/** X's duplicate check window is not documented; a day covers every retry Chorus makes. */
const DUPLICATE_WINDOW_MS = 24 * 3600 * 1000;
const NON_PUBLIC_WINDOW_MS = 30 * 24 * 3600 * 1000;

function maxResults(url: URL, min: number, max: number, fallback: number): number | FakeResponse {
  const raw = url.searchParams.get('max_results');
  if (raw === null) return fallback;
  const n = Number(raw);
  return Number.isInteger(n) && n >= min && n <= max ? n : invalidRequest(`The \`max_results\` query parameter value [${raw}] is not between ${min} and ${max}`, 'max_results');
}

/** `start_time` must be RFC 3339 (`YYYY-MM-DDTHH:mm:ssZ`). */
function startTime(url: URL): Date | null | FakeResponse {
  const raw = url.searchParams.get('start_time');
  if (raw === null) return null;
  if (!/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d{3})?Z$/.test(raw)) return invalidRequest(`Invalid 'start_time':'${raw}'.`, 'start_time');
  return new Date(raw);
}

export function createPostHandlers(s: PostState) {
  const replyCount = (t: Tweet) => [...s.tweets.values()].filter((o) => o.replyTo?.tweetId === t.id).length;

  /** A page of posts with `tweet.fields`, `expansions=author_id` and `user.fields`, as the timelines answer. */
  const page = (all: Tweet[], url: URL, limit: number): FakeResponse => {
    const offset = Number(url.searchParams.get('pagination_token') ?? url.searchParams.get('next_token') ?? 0) || 0;
    const slice = all.slice(offset, offset + limit);
    const fields = fieldSet(url, 'tweet.fields');
    const body: Record<string, unknown> = {};
    if (slice.length > 0) body['data'] = slice.map((t) => renderTweet(t, fields, false, replyCount(t)));
    if (fieldSet(url, 'expansions').has('author_id') && slice.length > 0) {
      const authors = [...new Set(slice.map((t) => t.authorId))].map((id) => s.users.get(id)).filter((u): u is User => !!u);
      body['includes'] = { users: authors.map((u) => renderUser(u, fieldSet(url, 'user.fields'))) };
    }
    const meta: Record<string, unknown> = { result_count: slice.length };
    if (slice.length > 0) Object.assign(meta, { newest_id: slice[0]?.id, oldest_id: slice.at(-1)?.id });
    if (offset + limit < all.length) meta['next_token'] = String(offset + limit);
    body['meta'] = meta;
    return ok(body);
  };
  const newestFirst = (list: Tweet[]) => list.sort((a, b) => b.createdAt.getTime() - a.createdAt.getTime() || Number(b.id) - Number(a.id));

  return {
    /** `GET /2/users/me`; a `user.fields` value the User object does not have is refused as X does (400). */
    me(me: User, url: URL): FakeResponse {
      const fields = fieldSet(url, 'user.fields');
      const unknown = [...fields].filter((f) => !USER_FIELDS.has(f));
      if (unknown.length > 0) {
        return invalidRequest(`The \`user.fields\` query parameter value [${unknown[0]}] is not one of [${[...USER_FIELDS].join(',')}]`, 'user.fields');
      }
      const posts = [...s.tweets.values()].filter((t) => t.authorId === me.id).length;
      return ok({ data: renderUser(me, fields, posts) });
    },

    createTweet(me: User, body: unknown): FakeResponse {
      if (!body || typeof body !== 'object') return invalidRequest('The request body must be JSON.');
      const b = body as { text?: unknown; media?: { media_ids?: unknown }; reply?: { in_reply_to_tweet_id?: unknown }; quote_tweet_id?: unknown };
      const mediaIds = b.media?.media_ids;
      if (mediaIds !== undefined && (!Array.isArray(mediaIds) || mediaIds.length < 1 || mediaIds.length > 4 || mediaIds.some((m) => typeof m !== 'string' || !ID.test(m)))) {
        return invalidRequest('media.media_ids must hold 1 to 4 media ids.', 'media.media_ids');
      }
      const ids = (mediaIds ?? []) as string[];
      const text = typeof b.text === 'string' ? b.text : '';
      if (!text.trim() && ids.length === 0) return invalidRequest('Post text is required when no media is attached.', 'text');
      // The reference documents no body for an over-long text; this is the refusal X is reported to send (a 403
      // with the twitter-text pointer). The connector only relies on it being a 4xx with a message.
      if (weightedLength(text) > 280) return forbidden('Your Tweet text is too long. For more information on how X determines text length see https://github.com/twitter/twitter-text.');
      if (ids.length > 0 && b.quote_tweet_id !== undefined) return invalidRequest('media and quote_tweet_id are mutually exclusive.', 'quote_tweet_id');
      const replyTo = b.reply?.in_reply_to_tweet_id;
      const parent = typeof replyTo === 'string' ? s.tweets.get(replyTo) : undefined;
      if (replyTo !== undefined && !parent) return forbidden('You attempted to reply to a Tweet that is deleted or not visible to you.');
      const quote = typeof b.quote_tweet_id === 'string' ? s.tweets.get(b.quote_tweet_id) : undefined;
      if (b.quote_tweet_id !== undefined && !quote) return forbidden('You attempted to quote a Tweet that is deleted or not visible to you.');
      const attachError = ids.length > 0 ? s.attachError(me.id, ids) : null;
      if (attachError) return invalidRequest(attachError, 'media.media_ids');
      const since = Date.now() - DUPLICATE_WINDOW_MS;
      if ([...s.tweets.values()].some((t) => t.authorId === me.id && t.sourceText === text && t.createdAt.getTime() > since)) {
        return forbidden('You are not allowed to create a Tweet with duplicate content.');
      }
      s.markAttached(ids);
      const id = s.nextId();
      const tweet: Tweet = {
        id, authorId: me.id, text: storedText(text, s.shortCode, ids.length > 0), sourceText: text, createdAt: new Date(),
        conversationId: parent?.conversationId ?? id, replyTo: parent ? { tweetId: parent.id, userId: parent.authorId } : null,
        quoteOf: quote?.id ?? null, mediaKeys: ids.map((m) => `3_${m}`), hidden: false,
        metrics: { like: 0, retweet: 0, quote: 0, impression: 0, bookmark: 0, linkClicks: 0, profileClicks: 0 },
      };
      s.tweets.set(id, tweet);
      // "201 Created" with the id and text as stored.
      return ok({ data: { id, text: tweet.text } }, 201);
    },

    deleteTweet(me: User, id: string): FakeResponse {
      const tweet = s.tweets.get(id);
      // Not documented for a missing post; modelled as a resource-not-found problem.
      if (!tweet) return notFound(id);
      if (tweet.authorId !== me.id) return forbidden('You are not allowed to delete this Tweet.');
      s.tweets.delete(id);
      return ok({ data: { deleted: true } });
    },

    lookup(me: User, url: URL): FakeResponse {
      const ids = (url.searchParams.get('ids') ?? '').split(',').filter(Boolean);
      if (ids.length < 1 || ids.length > 100 || ids.some((i) => !ID.test(i))) return invalidRequest('ids must be 1 to 100 comma-separated numeric ids.', 'ids');
      const fields = fieldSet(url, 'tweet.fields');
      const data: unknown[] = [];
      const errors: unknown[] = [];
      for (const id of ids) {
        const tweet = s.tweets.get(id);
        if (!tweet) {
          errors.push({ value: id, detail: `Could not find tweet with ids: [${id}].`, title: 'Not Found Error', resource_type: 'tweet', parameter: 'ids', resource_id: id, type: 'https://api.twitter.com/2/problems/resource-not-found' });
          continue;
        }
        // non_public_metrics: only the authenticated user's own posts of the last 30 days (x-api/fundamentals/metrics).
        if (fields.has('non_public_metrics') && (tweet.authorId !== me.id || Date.now() - tweet.createdAt.getTime() > NON_PUBLIC_WINDOW_MS)) {
          errors.push({ value: id, detail: `Sorry, you are not authorized to access 'non_public_metrics' on the Tweet with ids: [${id}].`, title: 'Field Authorization Error', resource_type: 'tweet', parameter: 'non_public_metrics', resource_id: id, type: 'https://api.twitter.com/2/problems/not-authorized-for-field' });
          continue;
        }
        data.push(renderTweet(tweet, fields, fields.has('non_public_metrics'), replyCount(tweet)));
      }
      return ok({ ...(data.length > 0 ? { data } : {}), ...(errors.length > 0 ? { errors } : {}) });
    },

    userTweets(userId: string, url: URL): FakeResponse {
      if (!s.users.has(userId)) return notFound(userId);
      const limit = maxResults(url, 5, 100, 10);
      const start = startTime(url);
      if (typeof limit !== 'number') return limit;
      if (start && !(start instanceof Date)) return start;
      const exclude = fieldSet(url, 'exclude');
      const mine = [...s.tweets.values()].filter(
        (t) => t.authorId === userId && (!start || t.createdAt >= start) && !(exclude.has('replies') && t.replyTo),
      );
      return page(newestFirst(mine), url, limit);
    },

    mentions(userId: string, url: URL): FakeResponse {
      const user = s.users.get(userId);
      if (!user) return notFound(userId);
      const limit = maxResults(url, 5, 100, 10);
      const start = startTime(url);
      if (typeof limit !== 'number') return limit;
      if (start && !(start instanceof Date)) return start;
      const handle = new RegExp(`(^|[^\\w])@${user.username}\\b`, 'i');
      const found = [...s.tweets.values()].filter((t) => t.authorId !== userId && handle.test(t.sourceText) && (!start || t.createdAt >= start));
      return page(newestFirst(found), url, limit);
    },

    /** The query language as search-query.ts reads it; the reference's bounds on length, max_results and start_time. */
    searchRecent(url: URL): FakeResponse {
      const query = url.searchParams.get('query') ?? '';
      if (!query) return invalidRequest('The `query` query parameter can not be empty', 'query');
      if (query.length > 512) return invalidRequest(`There were errors processing your request: Rule length exceeds 512 characters`, 'query');
      const limit = maxResults(url, 10, 100, 10);
      const start = startTime(url);
      if (typeof limit !== 'number') return limit;
      if (start && !(start instanceof Date)) return start;
      if (start && start.getTime() < Date.now() - 7 * 24 * 3600 * 1000) {
        return invalidRequest(`Invalid 'start_time':'${url.searchParams.get('start_time')}'. 'start_time' must be on or after ${new Date(Date.now() - 7 * 24 * 3600 * 1000).toISOString()}`, 'start_time');
      }
      const matcher = parseSearchQuery(query);
      if ('error' in matcher) return invalidRequest(matcher.error, 'query');
      const found = [...s.tweets.values()].filter((t) => matcher(t, s.users.get(t.authorId)) && (!start || t.createdAt >= start));
      return page(newestFirst(found), url, limit);
    },

    dmEvents(me: User, url: URL): FakeResponse {
      const limit = maxResults(url, 1, 100, 100);
      if (typeof limit !== 'number') return limit;
      const types = fieldSet(url, 'event_types');
      if ([...types].some((t) => !['MessageCreate', 'ParticipantsJoin', 'ParticipantsLeave'].includes(t))) return invalidRequest('Unknown event_types', 'event_types');
      const fields = fieldSet(url, 'dm_event.fields');
      const mine = s.dms.filter((d) => d.senderId === me.id || d.recipientId === me.id).sort((a, b) => b.createdAt.getTime() - a.createdAt.getTime()).slice(0, limit);
      const data = mine.map((d) => ({
        id: d.id,
        event_type: 'MessageCreate',
        text: d.text,
        ...(fields.has('sender_id') ? { sender_id: d.senderId } : {}),
        ...(fields.has('created_at') ? { created_at: d.createdAt.toISOString() } : {}),
        ...(fields.has('dm_conversation_id') ? { dm_conversation_id: [d.senderId, d.recipientId].sort().join('-') } : {}),
      }));
      const senders = [...new Set(mine.map((d) => d.senderId))].map((id) => s.users.get(id)).filter((u): u is User => !!u);
      const includes = fieldSet(url, 'expansions').has('sender_id') && senders.length > 0 ? { includes: { users: senders.map((u) => renderUser(u, fieldSet(url, 'user.fields'))) } } : {};
      return ok({ ...(data.length > 0 ? { data } : {}), ...includes, meta: { result_count: data.length } });
    },

    /** Likes: `{ data: { liked } }`; liking twice or taking back a like that is not there changes nothing. */
    like(me: User, userId: string, tweetId: unknown, liked: boolean): FakeResponse {
      if (userId !== me.id) return forbidden('You are not permitted to perform this action.');
      if (typeof tweetId !== 'string' || !/^\d{1,19}$/.test(tweetId)) return invalidRequest('tweet_id must be a post id.', 'tweet_id');
      const tweet = s.tweets.get(tweetId);
      if (!tweet) return notFound(tweetId);
      const by = (tweet.likedBy ??= new Set());
      if (liked && !by.has(me.id)) {
        by.add(me.id);
        tweet.metrics.like++;
      } else if (!liked && by.delete(me.id)) tweet.metrics.like--;
      return ok({ data: { liked } });
    },

    hideReply(me: User, id: string, body: unknown): FakeResponse {
      const hidden = (body as { hidden?: unknown } | null)?.hidden;
      if (typeof hidden !== 'boolean') return invalidRequest('hidden must be true or false.', 'hidden');
      const tweet = s.tweets.get(id);
      if (!tweet) return notFound(id);
      const root = s.tweets.get(tweet.conversationId);
      // "The Tweet must belong to a conversation initiated by the authenticating user"; one's own replies can't be hidden.
      if (!tweet.replyTo || root?.authorId !== me.id || tweet.authorId === me.id) return forbidden('You are not allowed to hide this reply.');
      tweet.hidden = hidden;
      return ok({ data: { hidden } });
    },
  };
}
