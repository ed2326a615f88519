/**
 * The Bluesky connector: posts, replies, metrics and the inbox of one account, through its PDS, with an app password.
 *
 * @example
 *   const bluesky = createBlueskyConnector({ service: process.env.CHORUS_BLUESKY_SERVICE ?? 'https://bsky.social' });
 *   const account = await bluesky.connect({ identifier: 'alice.bsky.social', appPassword: 'xxxx-xxxx-xxxx-xxxx' });
 */
import { count } from '../account-metrics.js';
import { Agent } from '@atproto/api';
import type {
  ChannelContext,
  ConnectedAccount,
  Connector,
  Credentials,
  EngagementItem,
  PostMetrics,
  PublicationContent,
  PublishedRef,
} from '../connector.js';
import { NetworkError } from '../connector.js';
import { guardedFetch } from '../safe-fetch.js';
import { BlueskyClient, toNetworkError, type BlueskyClientOptions } from './client.js';
import { ENGAGEMENT_REASON_NAMES, engagementFromNotification, metricsFromPostView } from './mapping.js';
import { createPost, deletePost, findPost, likePost } from './posts.js';
import { recordKeyFor } from './record-key.js';
import { searchBluesky } from './search.js';
import { blueskyLimits, validateBluesky } from './rules.js';

export { recordKeyFor } from './record-key.js';
export { BLUESKY_LIMITS, blueskyLimits, validateBluesky } from './rules.js';

export interface BlueskyConnectorOptions {
  /** The login service: `CHORUS_BLUESKY_SERVICE`, by default https://bsky.social. An account may bring its own. */
  service: string;
  /**
   * An AppView to read public data from directly (profiles, post counts). Without it those reads go through the
   * account's PDS, which forwards `app.bsky.*` calls to the AppView it is configured with.
   */
  appView?: string;
  fetch?: typeof fetch;
}

/** getPosts takes at most 25 URIs (`app.bsky.feed.getPosts#uris`, maxLength 25). */
const GET_POSTS_BATCH = 25;
/** Notifications pages: 100 per page (the lexicon's maximum), and a bound so a first sync stays short. */
const NOTIFICATIONS_PAGE = 100;
const MAX_NOTIFICATION_PAGES = 10;

export function createBlueskyConnector(options: BlueskyConnectorOptions): Connector {
  const service = new URL(options.service).origin;
  // The configured service and AppView are the operator's; a PDS a person typed, or one a DID document names, is not.
  const trustedOrigins = [service, options.appView];
  const fetchImpl = options.fetch ?? guardedFetch({ trustedOrigins });
  const clientOptions = (ctx: ChannelContext): BlueskyClientOptions => ({ service, pdsUrl: ctx.serviceUrl, fetch: fetchImpl });
  const publicReader = (fallback: Agent): Agent => (options.appView ? new Agent({ service: options.appView, fetch: fetchImpl }) : fallback);

  /** Runs `fn` with a resumed session; saves refreshed tokens afterwards, whatever the outcome. */
  async function withClient<T>(ctx: ChannelContext, fn: (client: BlueskyClient) => Promise<T>): Promise<T> {
    const client = BlueskyClient.resume(clientOptions(ctx), ctx.credentials);
    try {
      return await fn(client);
    } finally {
      if (client.changed) await ctx.onCredentialsChanged(client.credentials);
    }
  }

  return {
    network: 'bluesky',

    async connect(input: Record<string, string>): Promise<ConnectedAccount> {
      const identifier = (input['identifier'] ?? '').trim().replace(/^@/, '');
      const appPassword = (input['appPassword'] ?? '').trim();
      if (!identifier || !appPassword) {
        throw new NetworkError('auth', 'Enter your Bluesky handle and an app password.', { network: 'bluesky' });
      }
      const loginService = input['service'] ? new URL(input['service']).origin : service;
      const client = await BlueskyClient.login({ service: loginService, fetch: fetchImpl }, identifier, appPassword);
      let displayName = client.handle;
      let avatarUrl: string | null = null;
      try {
        // The profile lives in the AppView; an account on a PDS without one still connects.
        const res = await publicReader(client.agent).app.bsky.actor.getProfile({ actor: client.did });
        displayName = res.data.displayName || client.handle;
        avatarUrl = res.data.avatar ?? null;
      } catch {
        // keep the handle as the display name
      }
      return {
        externalId: client.did,
        handle: client.handle,
        displayName,
        avatarUrl,
        serviceUrl: client.pdsUrl,
        credentials: { ...client.credentials, service: loginService },
        limits: blueskyLimits(),
      };
    },

    limits: (stored) => blueskyLimits(stored),

    validate: (content, limits) => validateBluesky(content, limits),

    // Bluesky shows a link's card only when the post embeds it (clients build it from the page, the protocol does not).
    linkCards: true,

    publish: (ctx, content, idempotencyKey) => withClient(ctx, (client) => createPost(client, content, idempotencyKey)),

    reply: (ctx, toExternalId, content, idempotencyKey) =>
      withClient(ctx, (client) => createPost(client, content, idempotencyKey, toExternalId)),

    findPublished: (ctx, idempotencyKey, _content: PublicationContent): Promise<PublishedRef | null> =>
      withClient(ctx, (client) => findPost(client, recordKeyFor(idempotencyKey))),

    // A reply is written under the record key of its idempotency key, like a post: looking it up is one read.
    findReply: (ctx, lookup) => withClient(ctx, (client) => findPost(client, recordKeyFor(lookup.idempotencyKey))),

    like: (ctx, externalId, liked) => withClient(ctx, (client) => likePost(client, externalId, liked)),

    // The profile's counts (app.bsky.actor.defs#profileViewDetailed) come from the AppView; Bluesky reports no reach.
    fetchAccountMetrics: (ctx) =>
      withClient(ctx, async (client) => {
        const res = await client.call('reading the profile', (agent) => publicReader(agent).app.bsky.actor.getProfile({ actor: client.did }));
        return { followers: count(res.data.followersCount), following: count(res.data.followsCount), posts: count(res.data.postsCount), impressions: null, reach: null };
      }),

    delete: (ctx, externalId) => withClient(ctx, (client) => deletePost(client, externalId)),

    fetchMetrics: (ctx, externalIds) =>
      withClient(ctx, async (client): Promise<PostMetrics[]> => {
        const metrics: PostMetrics[] = [];
        for (let i = 0; i < externalIds.length; i += GET_POSTS_BATCH) {
          const uris = externalIds.slice(i, i + GET_POSTS_BATCH);
          const res = await client.call('reading post counts', (agent) =>
            publicReader(agent).app.bsky.feed.getPosts({ uris }),
          );
          const fetchedAt = new Date();
          // Deleted posts are simply absent from the answer.
          for (const post of res.data.posts) metrics.push(metricsFromPostView(post, fetchedAt));
        }
        return metrics;
      }),

    // Replies, mentions and quotes from the notifications. Direct messages live in a separate service (chat.bsky,
    // reached through the PDS with a proxy header) that self-hosted setups and the local test network do not run,
    // so they are not read here.
    fetchEngagement: (ctx, since) =>
      withClient(ctx, async (client): Promise<EngagementItem[]> => {
        const items: EngagementItem[] = [];
        let cursor: string | undefined;
        for (let page = 0; page < MAX_NOTIFICATION_PAGES; page++) {
          const res = await client.call('reading notifications', (agent) =>
            agent.app.bsky.notification.listNotifications({
              limit: NOTIFICATIONS_PAGE,
              reasons: ENGAGEMENT_REASON_NAMES,
              ...(cursor ? { cursor } : {}),
            }),
          );
          let reachedSince = false;
          // Newest first, by the time the AppView indexed them.
          for (const n of res.data.notifications) {
            if (since && Date.parse(n.indexedAt) <= since.getTime()) {
              reachedSince = true;
              continue;
            }
            const item = engagementFromNotification(n);
            if (item) items.push(item);
          }
          cursor = res.data.cursor;
          if (reachedSince || !cursor || res.data.notifications.length === 0) break;
        }
        return items;
      }),

    search: (ctx, query, since) =>
      withClient(ctx, (client) =>
        searchBluesky(
          async (params) => (await client.call('searching posts', (agent) => publicReader(agent).app.bsky.feed.searchPosts(params))).data,
          ctx.externalId,
          query,
          since,
        ),
      ),

    async refreshCredentials(ctx: ChannelContext): Promise<Credentials | null> {
      const client = BlueskyClient.resume(clientOptions(ctx), ctx.credentials);
      try {
        await client.refresh();
      } catch (err) {
        throw toNetworkError(err, 'refreshing the session');
      }
      return client.credentials;
    },
  };
}
