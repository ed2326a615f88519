/**
 * The X connector: posts (with media, replies, quotes and threads), metrics, the inbox and reply moderation of one
 * X account, through the v2 API with an OAuth 2.0 user token that it refreshes when it nears its 2-hour expiry.
 *
 * @example
 * const x = createXConnector({ clientId, clientSecret });
 * const [choice] = await createXOAuthProvider({ clientId, clientSecret }).listAccounts(grant);
 * const account = await x.connect(choice.connectInput);
 * const ref = await x.publish(ctx, { text: 'Hello', media: [], options: { thread: ['and more'] } }, publicationId);
 */
import { count } from '../account-metrics.js';
import { NetworkError, type ChannelContext, type Connector, type Credentials, type PostMetrics, type PublicationContent, type PublishedRef } from '../connector.js';
import { channelAccessToken, createRefresher, needsRefresh, tokenAccount } from '../oauth2.js';
import { errorFromResponse, isDuplicateContent, XClient, X_API_URL } from './client.js';
import { fetchXEngagement } from './engagement.js';
import { searchX } from './search.js';
import { createdTweetSchema, meMetricsSchema, meSchema, parse, toMetrics, toPublishedRef, tweetListSchema, tweetMatches, type XTweet } from './mapping.js';
import { uploadMedia, type UploadOptions } from './media.js';
import { createXOAuthProvider } from './oauth.js';
import { limitsFromStored, readXOptions, validateForX, X_DEFAULT_LIMITS } from './rules.js';

export { createXOAuthProvider, readXCallback, X_AUTHORIZE_URL, X_SCOPES, type XOAuthOptions } from './oauth.js';
export { X_DEFAULT_LIMITS, validateForX, weightedLength } from './rules.js';
export { crcResponse, parseAccountActivity, verifySignature } from './webhooks.js';

export interface XConnectorOptions {
  /** API origin, default https://api.x.com (`CHORUS_X_API_URL`). */
  apiUrl?: string;
  /** The app's OAuth 2.0 client: needed to refresh tokens (`CHORUS_X_CLIENT_ID` / `_CLIENT_SECRET`). */
  clientId?: string;
  clientSecret?: string;
  fetch?: typeof fetch;
  /** Per request (default 30 s); uploads get 2 minutes per chunk. */
  timeoutMs?: number;
  upload?: UploadOptions;
}

/** `GET /2/tweets?ids=` takes up to 100 ids (docs.x.com/x-api/posts/get-posts-by-ids). */
const LOOKUP_BATCH = 100;
/**
 * A thread's first post found on X is taken as our own earlier attempt only when it is this recent; an older
 * identical post is the person repeating themselves.
 */
const RESUME_WINDOW_MS = 24 * 3600 * 1000;
const LOOKUP_FIELDS = 'created_at,referenced_tweets,attachments,conversation_id';

/** Who renews this network's tokens, as messages and settings name it. */
const OAUTH_APP = { network: 'x', name: 'X', envName: 'X' } as const;

export function createXConnector(options: XConnectorOptions = {}): Connector {
  const apiUrl = options.apiUrl ?? X_API_URL;
  const clientWith = (accessToken: string): XClient => new XClient({ apiUrl, accessToken, fetch: options.fetch, timeoutMs: options.timeoutMs });
  const refresh = createRefresher(
    { ...OAUTH_APP, clientId: options.clientId, clientSecret: options.clientSecret },
    (refreshToken, app) => createXOAuthProvider({ ...app, apiUrl, fetch: options.fetch, timeoutMs: options.timeoutMs }).refresh(refreshToken),
  );

  /** The channel's client; renews the token first when it has expired (the scheduler normally refreshes earlier). */
  const channelClient = async (ctx: ChannelContext): Promise<XClient> => clientWith(await channelAccessToken(ctx, refresh, OAUTH_APP));

  const createTweet = async (client: XClient, body: Record<string, unknown>): Promise<string> => {
    const response = await client.post('/2/tweets', { json: body });
    return parse(createdTweetSchema, response.body, 'the new post').data.id;
  };

  /** The account's most recent posts (up to 100, replies included), newest first. */
  const recentPosts = async (client: XClient, userId: string): Promise<XTweet[]> => {
    const response = await client.get(`/2/users/${encodeURIComponent(userId)}/tweets`, {
      query: { max_results: 100, exclude: 'retweets', 'tweet.fields': LOOKUP_FIELDS },
    });
    return parse(tweetListSchema, response.body, 'the account posts').data;
  };

  /** Posts `body`; a duplicate-content refusal is answered with our identical reply to `inReplyTo`, if it exists. */
  const postFollowUp = async (ctx: ChannelContext, client: XClient, text: string, inReplyTo: string): Promise<string> => {
    try {
      return await createTweet(client, { text, reply: { in_reply_to_tweet_id: inReplyTo } });
    } catch (error) {
      if (!isDuplicateContent(error)) throw error;
      const earlier = (await recentPosts(client, ctx.externalId)).find((t) => tweetMatches(t, text, inReplyTo));
      if (!earlier) throw error;
      return earlier.id;
    }
  };

  /**
   * Publishes the post, then each `options.thread` text as a reply to the one before. A retry after a failure
   * mid-thread (429, 5xx, crash) resumes instead of starting a second thread: the first post is looked up before
   * posting (an identical one of ours under a day old is taken as this publication's — its media are not uploaded
   * again), and follow-ups X refuses as duplicate content are matched to our identical reply. A single post is
   * never looked up here: X's duplicate refusal stands, and after a crash `findPublished` recognises it.
   */
  const publishPost = async (ctx: ChannelContext, content: PublicationContent): Promise<PublishedRef> => {
    const client = await channelClient(ctx);
    const { thread, quoteTweetId } = readXOptions(content.options);
    let head: string | undefined;
    if (thread.length > 0) {
      const earlier = (await recentPosts(client, ctx.externalId)).find((t) => tweetMatches(t, content.text, content.inReplyTo));
      if (earlier && Date.now() - Date.parse(earlier.created_at ?? '') < RESUME_WINDOW_MS) head = earlier.id;
    }
    if (!head) {
      const mediaIds: string[] = [];
      // One at a time and in order: the order of media ids is the order X shows them.
      for (const media of content.media) mediaIds.push(await uploadMedia(client, media, options.upload));
      head = await createTweet(client, {
        text: content.text,
        ...(mediaIds.length > 0 ? { media: { media_ids: mediaIds } } : {}),
        ...(content.inReplyTo ? { reply: { in_reply_to_tweet_id: content.inReplyTo } } : {}),
        ...(quoteTweetId ? { quote_tweet_id: quoteTweetId } : {}),
      });
    }
    let previous = head;
    for (const text of thread) previous = await postFollowUp(ctx, client, text, previous);
    return toPublishedRef(head, ctx.credentials['username']);
  };

  return {
    network: 'x',

    async connect(input) {
      const accessToken = input['accessToken']?.trim();
      if (!accessToken) throw new NetworkError('rejected', 'Connect X with the sign-in button (an access token is required).', { network: 'x' });
      const response = await clientWith(accessToken).send('GET', '/2/users/me', { query: { 'user.fields': 'profile_image_url,username,name' } });
      if (response.status === 401 || response.status === 403) {
        throw new NetworkError('auth', 'X did not accept this access token; connect the account again with the sign-in button.', {
          network: 'x',
          status: response.status,
        });
      }
      if (response.status < 200 || response.status >= 300) throw errorFromResponse(response.status, response.headers, response.body);
      const me = parse(meSchema, response.body, 'the account').data;
      if (input['accountId'] && input['accountId'] !== me.id) {
        throw new NetworkError('rejected', `This token belongs to @${me.username}, not to the account that was chosen.`, { network: 'x' });
      }
      const credentials: Credentials = { accessToken, username: me.username };
      const handle = `@${me.username}`;
      return tokenAccount(input, { externalId: me.id, handle, displayName: me.name || me.username, avatarUrl: me.profile_image_url ?? null, credentials, limits: X_DEFAULT_LIMITS });
    },

    limits: (stored) => limitsFromStored(stored),
    validate: (content, limits) => validateForX(content, limits),
    publish: (ctx, content) => publishPost(ctx, content),
    reply: (ctx, toExternalId, content) => publishPost(ctx, { ...content, inReplyTo: toExternalId }),

    /**
     * X has no idempotency key, so after a crash we look for the post among the account's 100 most recent posts
     * (one request): same text (URLs compared as "a link", since X rewrites them to t.co) and same parent.
     * Cannot guarantee: a post pushed out of the latest 100 is not found (→ the publisher may post again, and X will
     * refuse it as duplicate content if it is recent); of two identical texts the newest is returned; for a thread
     * only the first post is checked — a retry through `publish` resumes the missing follow-ups.
     */
    async findPublished(ctx, _idempotencyKey, content) {
      const client = await channelClient(ctx);
      const found = (await recentPosts(client, ctx.externalId)).find((t) => tweetMatches(t, content.text, content.inReplyTo));
      return found ? toPublishedRef(found.id, ctx.credentials['username']) : null;
    },

    async delete(ctx, externalId) {
      await deletePost(await channelClient(ctx), externalId);
    },

    async deleteEngagement(ctx, externalId) {
      // X only lets an account delete its own posts: this removes our own reply; others' replies can be hidden.
      await deletePost(await channelClient(ctx), externalId);
    },

    async hideEngagement(ctx, externalId, hidden) {
      const client = await channelClient(ctx);
      await client.request('PUT', `/2/tweets/${encodeURIComponent(externalId)}/hidden`, { json: { hidden } });
    },

    // docs.x.com "Likes": POST /2/users/:id/likes {tweet_id} and DELETE /2/users/:id/likes/:tweet_id, as the account.
    async like(ctx, externalId, liked) {
      const client = await channelClient(ctx);
      const likes = `/2/users/${encodeURIComponent(ctx.externalId)}/likes`;
      if (liked) await client.request('POST', likes, { json: { tweet_id: externalId } });
      else await client.request('DELETE', `${likes}/${encodeURIComponent(externalId)}`);
    },

    async fetchMetrics(ctx, externalIds) {
      const client = await channelClient(ctx);
      const metrics: PostMetrics[] = [];
      for (let i = 0; i < externalIds.length; i += LOOKUP_BATCH) {
        metrics.push(...(await metricsBatch(client, externalIds.slice(i, i + LOOKUP_BATCH))));
      }
      return metrics;
    },

    /**
     * The account's `public_metrics` from `GET /2/users/me` (docs.x.com/x-api/users/lookup/integrate, the User object
     * of docs.x.com/x-api/fundamentals/data-dictionary): followers, following and posts. X reports impressions per
     * post only, never for the account as a whole, so those stay null.
     */
    async fetchAccountMetrics(ctx) {
      const client = await channelClient(ctx);
      const me = parse(meMetricsSchema, (await client.get('/2/users/me', { query: { 'user.fields': 'public_metrics' } })).body, 'the account').data;
      const m = me.public_metrics;
      return { followers: count(m?.followers_count), following: count(m?.following_count), posts: count(m?.tweet_count), impressions: null, reach: null };
    },

    async fetchEngagement(ctx, since) {
      return fetchXEngagement(await channelClient(ctx), ctx.externalId, since);
    },

    async search(ctx, query, since) {
      return searchX(await channelClient(ctx), ctx.externalId, query, since);
    },

    async refreshCredentials(ctx) {
      if (!needsRefresh(ctx.credentials)) return null;
      return refresh(ctx);
    },
  };
}

async function deletePost(client: XClient, externalId: string): Promise<void> {
  const response = await client.request('DELETE', `/2/tweets/${encodeURIComponent(externalId)}`);
  const deleted = (response.body as { data?: { deleted?: unknown } } | null)?.data?.deleted;
  if (deleted === false) throw new NetworkError('not_found', `X has no post ${externalId} to delete.`, { network: 'x' });
}

/**
 * One lookup of up to 100 posts. `non_public_metrics` (link clicks, exact impressions) exists only for the
 * account's own posts of the last 30 days (docs.x.com/x-api/fundamentals/metrics): posts X refuses it for are asked
 * again with public metrics only. Deleted posts are left out.
 */
async function metricsBatch(client: XClient, ids: string[]): Promise<PostMetrics[]> {
  const lookup = async (batch: string[], fields: string) =>
    parse(tweetListSchema, (await client.get('/2/tweets', { query: { ids: batch.join(','), 'tweet.fields': fields } })).body, 'the posts');
  const now = new Date();
  const full = await lookup(ids, 'public_metrics,non_public_metrics');
  const refused = full.errors
    .filter((e) => !/resource-not-found/.test(e.type ?? '') && (e.resource_id ?? e.value))
    .map((e) => e.resource_id ?? e.value ?? '')
    .filter((id) => ids.includes(id) && !full.data.some((t) => t.id === id));
  const retried = refused.length > 0 ? (await lookup([...new Set(refused)], 'public_metrics')).data : [];
  return [...full.data, ...retried].map((tweet) => toMetrics(tweet, now));
}
