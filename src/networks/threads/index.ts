/**
 * The Threads connector (Meta's Threads API). One channel is one Threads profile; its long-lived token (60 days) is
 * renewed a week before it expires.
 *
 * @example
 * const threads = createThreadsConnector();
 * const account = await threads.connect({ accessToken, expiresAt });
 * const ref = await threads.publish(ctx, { text: 'Hello', media: [] }, publicationId);
 */
import { z } from 'zod';
import { metricsOfEach, NetworkError, type ChannelContext, type Connector, type EngagementItem, type PublicationContent, type PublishedRef } from '../connector.js';
import { count } from '../account-metrics.js';
import { needsRefresh, savedAccessToken } from '../oauth2.js';
import { errorFromResponse, parse, ThreadsClient, type ThreadsClientOptions } from './client.js';
import {
  INSIGHT_METRICS,
  insightsSchema,
  profileSchema,
  successSchema,
  threadListSchema,
  threadMatches,
  threadSchema,
  toEngagement,
  toMetrics,
  toPublishedRef,
} from './mapping.js';
import { LONG_LIVED_TOKEN_MS, refreshLongLived } from './oauth.js';
import { publishThread, type PollOptions } from './publish.js';
import { limitsFromStored, THREADS_DEFAULT_LIMITS, validateForThreads } from './rules.js';

export { THREADS_API_VERSION } from './client.js';
export * from './oauth.js';
export { THREADS_DEFAULT_LIMITS, threadsTextLength, validateForThreads } from './rules.js';

export interface ThreadsConnectorOptions extends ThreadsClientOptions {
  /** How container processing is awaited (tests shorten it). */
  poll?: PollOptions;
}

/**
 * Renew a week early: a refresh needs the token alive, and a week leaves room for a failed attempt or a stopped
 * server, where the shared 10-minute margin (sized for 2-hour X tokens) would not.
 */
const REFRESH_MARGIN_MS = 7 * 24 * 3600 * 1000;
/** Own posts whose replies are read per `fetchEngagement` (one request each). */
const ENGAGEMENT_POSTS = 10;
const REPLY_FIELDS = 'id,text,username,timestamp,permalink,replied_to,root_post,is_reply_owned_by_me,hide_status,profile_picture_url';
const LIST_FIELDS = 'id,text,timestamp,permalink,media_type,replied_to';

const THREADS = { network: 'threads', name: 'Threads' } as const;

/** User insights: each metric with either a `total_value` (followers_count) or daily `values`. */
const userInsightsSchema = z.object({
  data: z.array(z.object({ name: z.string(), total_value: z.object({ value: z.unknown() }).partial().nullish() })),
});

export function createThreadsConnector(options: ThreadsConnectorOptions = {}): Connector {
  const clientFor = (token: string): ThreadsClient => new ThreadsClient(token, options);
  const channelClient = (ctx: ChannelContext): ThreadsClient => clientFor(savedAccessToken(ctx, THREADS));

  const publish = async (ctx: ChannelContext, content: PublicationContent): Promise<PublishedRef> => {
    const client = channelClient(ctx);
    const mediaId = await publishThread(client, ctx.externalId, content, options.poll);
    // The publish answer has only the id; the permalink is one more read. Its failure must not fail a made post.
    try {
      const body = await client.request('GET', `/${encodeURIComponent(mediaId)}`, { query: { fields: 'id,permalink' } });
      return toPublishedRef(parse(threadSchema, body, 'the new post'));
    } catch {
      return { externalId: mediaId, url: '' };
    }
  };

  return {
    network: 'threads',

    async connect(input) {
      const accessToken = input['accessToken']?.trim();
      if (!accessToken) throw new NetworkError('rejected', 'Enter a Threads access token, or connect through the sign-in button.', { network: 'threads' });
      const response = await clientFor(accessToken).send('GET', '/me', { query: { fields: 'id,username,name,threads_profile_picture_url' } });
      if (response.status < 200 || response.status >= 300) {
        const error = errorFromResponse(response.status, response.headers, response.body);
        if (error.kind === 'rejected' || error.kind === 'not_found') {
          throw new NetworkError('auth', `Threads did not accept this access token (${error.message}).`, { network: 'threads', status: response.status });
        }
        throw error;
      }
      const profile = parse(profileSchema, response.body, 'the profile');
      if (input['accountId'] && input['accountId'] !== profile.id) {
        throw new NetworkError('auth', 'This access token belongs to another Threads profile than the one chosen.', { network: 'threads' });
      }
      // A token pasted by hand carries no expiry: treat it as a long-lived token issued now. If it is older, the first
      // call after its real expiry fails with `auth` and the channel asks to be reconnected.
      const expiresAt = input['expiresAt'] ?? new Date(Date.now() + LONG_LIVED_TOKEN_MS).toISOString();
      return {
        externalId: profile.id,
        handle: `@${profile.username}`,
        displayName: profile.name || profile.username,
        avatarUrl: profile.threads_profile_picture_url ?? null,
        serviceUrl: null,
        credentials: { accessToken, expiresAt },
        limits: { ...THREADS_DEFAULT_LIMITS },
      };
    },

    limits: (stored) => limitsFromStored(stored),
    validate: (content, limits) => validateForThreads(content, limits),

    publish: (ctx, content) => publish(ctx, content),
    reply: (ctx, toExternalId, content) => publish(ctx, { ...content, inReplyTo: toExternalId }),

    /**
     * Threads has no idempotency key. After a crash we look for the post among the profile's 25 latest posts (or
     * replies, for a reply), matching text, media type and parent. Limits: a post pushed back by 25 newer ones is not
     * found; two identical posts can't be told apart (the newest is returned). A container created but never
     * published is not a post: it expires after 24 hours and the retry makes a new one.
     */
    async findPublished(ctx, _key, content) {
      const client = channelClient(ctx);
      const edge = content.inReplyTo ? 'replies' : 'threads';
      const body = await client.request('GET', `/${encodeURIComponent(ctx.externalId)}/${edge}`, { query: { fields: LIST_FIELDS, limit: 25 } });
      const found = parse(threadListSchema, body, 'the latest posts').data.find((t) => threadMatches(t, content));
      return found ? toPublishedRef(found) : null;
    },

    async delete(ctx, externalId) {
      // developers.facebook.com/docs/threads/posts/delete-posts: `{ success, deleted_id }`, 100 deletes a day.
      const body = await channelClient(ctx).request('DELETE', `/${encodeURIComponent(externalId)}`);
      if (!parse(successSchema, body, 'the deletion').success) {
        throw new NetworkError('rejected', 'Threads did not delete the post.', { network: 'threads' });
      }
    },

    async fetchMetrics(ctx, externalIds) {
      const client = channelClient(ctx);
      return metricsOfEach(externalIds, async (externalId) => {
        const body = await client.request('GET', `/${encodeURIComponent(externalId)}/insights`, { query: { metric: INSIGHT_METRICS } });
        return toMetrics(externalId, parse(insightsSchema, body, 'the insights'), new Date());
      });
    },

    /**
     * The follower count from the user insights (`GET /{user-id}/threads_insights?metric=followers_count`,
     * developers.facebook.com/documentation/threads/insights): the profile node itself has none. The user-level
     * `views` counts views of the profile, not of the posts, so it is not the account's impressions and stays out;
     * Threads reports no account reach either. Needs `threads_manage_insights`.
     */
    async fetchAccountMetrics(ctx) {
      const client = channelClient(ctx);
      const body = await client.request('GET', `/${encodeURIComponent(ctx.externalId)}/threads_insights`, { query: { metric: 'followers_count' } });
      const followers = parse(userInsightsSchema, body, 'the account insights').data.find((m) => m.name === 'followers_count');
      return { followers: count(followers?.total_value?.value), following: null, posts: null, impressions: null, reach: null };
    },

    /** Replies (nested ones too, via `/conversation`) under our latest posts, oldest first. */
    async fetchEngagement(ctx, since) {
      const client = channelClient(ctx);
      const posts = parse(
        threadListSchema,
        await client.request('GET', `/${encodeURIComponent(ctx.externalId)}/threads`, { query: { fields: 'id,timestamp', limit: ENGAGEMENT_POSTS } }),
        'the latest posts',
      ).data;
      const items: EngagementItem[] = [];
      for (const post of posts) {
        let body: unknown;
        try {
          body = await client.request('GET', `/${encodeURIComponent(post.id)}/conversation`, { query: { fields: REPLY_FIELDS, reverse: false } });
        } catch (error) {
          if (error instanceof NetworkError && error.kind === 'not_found') continue;
          throw error;
        }
        for (const reply of parse(z.object({ data: z.array(threadSchema) }), body, 'the conversation').data) {
          const item = toEngagement(reply, post.id);
          if (item && (!since || item.createdAt > since)) items.push(item);
        }
      }
      return items.sort((a, b) => a.createdAt.getTime() - b.createdAt.getTime());
    },

    async refreshCredentials(ctx) {
      if (!needsRefresh(ctx.credentials, Date.now(), REFRESH_MARGIN_MS)) return null;
      const refreshed = await refreshLongLived(new ThreadsClient(null, options), savedAccessToken(ctx, THREADS));
      const next = { ...ctx.credentials, accessToken: refreshed.accessToken, expiresAt: refreshed.expiresAt.toISOString() };
      await ctx.onCredentialsChanged(next);
      return next;
    },

    async hideEngagement(ctx, externalId, hidden) {
      // developers.facebook.com/docs/threads/reply-management#hide-replies: top-level replies only; nested ones follow.
      const body = await channelClient(ctx).request('POST', `/${encodeURIComponent(externalId)}/manage_reply`, { form: { hide: hidden } });
      if (!parse(successSchema, body, 'the hide answer').success) {
        throw new NetworkError('rejected', 'Threads did not change the reply.', { network: 'threads' });
      }
    },

    async deleteEngagement(ctx, externalId) {
      // Only our own replies can be deleted (DELETE works on posts the user made); others' replies can be hidden.
      const body = await channelClient(ctx).request('DELETE', `/${encodeURIComponent(externalId)}`);
      parse(successSchema, body, 'the deletion');
    },
  };
}
