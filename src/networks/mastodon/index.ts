/**
 * The Mastodon connector: any server that speaks Mastodon's client API (Mastodon, snac2, GoToSocial, Pleroma...).
 * Each channel lives on its own instance, so every call goes to the channel's `serviceUrl` with its access token.
 *
 * @example
 * const mastodon = createMastodonConnector();
 * const account = await mastodon.connect({ instanceUrl: 'https://mastodon.social', accessToken });
 * const ref = await mastodon.publish(ctx, { text: 'Hello', media: [] }, publicationId);
 */
import { count } from '../account-metrics.js';
import { z } from 'zod';
import {
  metricsOfEach,
  NetworkError,
  type ChannelContext,
  type ConnectedAccount,
  type Connector,
  type EngagementItem,
  type NetworkLimits,
  type PublicationContent,
  type PublishedRef,
} from '../connector.js';
import { errorFromResponse, MastodonClient, normalizeInstanceUrl } from './client.js';
import {
  accountSchema,
  fullHandle,
  notificationSchema,
  parse,
  statusMatches,
  statusSchema,
  toEngagement,
  toMetrics,
  toPublishedRef,
} from './mapping.js';
import { uploadMedia, type UploadOptions } from './media.js';
import { searchMastodon } from './search.js';
import { fetchInstanceLimits, limitsFromStored, validateForMastodon } from './rules.js';

export { normalizeInstanceUrl } from './client.js';
export * from './oauth.js';
export { MASTODON_DEFAULT_LIMITS } from './rules.js';

export interface MastodonConnectorOptions {
  fetch?: typeof fetch;
  /** Per request (default 30 s); uploads get 2 minutes. */
  timeoutMs?: number;
  /** How media processing is awaited (tests shorten it). */
  upload?: UploadOptions;
}

/** Notification pages read per `fetchEngagement` call (40 each): older items wait for the next run. */
const MAX_NOTIFICATION_PAGES = 5;

export function createMastodonConnector(options: MastodonConnectorOptions = {}): Connector {
  const clientFor = (instanceUrl: string, accessToken: string | null): MastodonClient =>
    new MastodonClient(instanceUrl, accessToken, { fetch: options.fetch, timeoutMs: options.timeoutMs });

  const channelClient = (ctx: ChannelContext): MastodonClient => {
    const token = ctx.credentials['accessToken'];
    if (!ctx.serviceUrl || !token) {
      throw new NetworkError('auth', 'This Mastodon channel has no instance or access token saved. Reconnect it.', {
        network: 'mastodon',
      });
    }
    return clientFor(ctx.serviceUrl, token);
  };

  const postStatus = async (ctx: ChannelContext, content: PublicationContent, idempotencyKey: string): Promise<PublishedRef> => {
    const client = channelClient(ctx);
    const mediaIds: string[] = [];
    // One at a time: Mastodon rate-limits uploads separately (30 per 30 minutes) and order matters for display.
    for (const media of content.media) mediaIds.push(await uploadMedia(client, media, options.upload));
    const response = await client.post('/api/v1/statuses', {
      // Mastodon keeps the key for an hour and answers a repeat with the status it already made.
      headers: { 'Idempotency-Key': idempotencyKey },
      json: {
        status: content.text,
        ...(mediaIds.length > 0 ? { media_ids: mediaIds } : {}),
        ...(content.inReplyTo ? { in_reply_to_id: content.inReplyTo } : {}),
      },
    });
    if (isScheduledStatus(response.body)) {
      throw new NetworkError('rejected', `${client.host} scheduled the post instead of publishing it.`, { network: 'mastodon' });
    }
    return toPublishedRef(parse(statusSchema, response.body, 'the new status', client.host));
  };

  return {
    network: 'mastodon',

    async connect(input) {
      const instanceUrl = input['instanceUrl'];
      const accessToken = input['accessToken']?.trim();
      if (!instanceUrl) throw new NetworkError('rejected', 'Enter the address of your Mastodon instance.', { network: 'mastodon' });
      if (!accessToken) throw new NetworkError('rejected', 'Enter an access token.', { network: 'mastodon' });
      const client = clientFor(normalizeInstanceUrl(instanceUrl), accessToken);
      const response = await client.send('GET', '/api/v1/accounts/verify_credentials');
      // Mastodon answers 401 for a wrong token; snac2 answers 422.
      if ([401, 403, 422].includes(response.status)) {
        throw new NetworkError(
          'auth',
          `${client.host} did not accept this access token. Check that it was copied whole and has the "read write" scopes, or connect through the sign-in button instead.`,
          { network: 'mastodon', status: response.status },
        );
      }
      if (response.status === 404) {
        throw new NetworkError('rejected', `${client.host} does not look like a Mastodon-compatible server (no /api/v1 there).`, {
          network: 'mastodon',
          status: 404,
        });
      }
      if (response.status < 200 || response.status >= 300) {
        throw errorFromResponse(response.status, response.headers, response.body, client.host);
      }
      const account = parse(accountSchema, response.body, 'the account', client.host);
      const limits = await fetchInstanceLimits(client);
      const connected: ConnectedAccount = {
        externalId: account.id,
        handle: fullHandle(account.acct, client.host),
        displayName: account.display_name || account.username,
        avatarUrl: account.avatar || null,
        serviceUrl: client.instanceUrl,
        credentials: { accessToken },
        limits,
      };
      return connected;
    },

    limits(stored): NetworkLimits {
      return limitsFromStored(stored);
    },

    validate(content, limits) {
      return validateForMastodon(content, limits);
    },

    publish(ctx, content, idempotencyKey) {
      return postStatus(ctx, content, idempotencyKey);
    },

    reply(ctx, toExternalId, content, idempotencyKey) {
      return postStatus(ctx, { ...content, inReplyTo: toExternalId }, idempotencyKey);
    },

    /** The account's counts from verify_credentials (Mastodon reports no reach or impressions). */
    async fetchAccountMetrics(ctx) {
      const client = channelClient(ctx);
      const account = parse(accountSchema, (await client.get('/api/v1/accounts/verify_credentials')).body, 'the account', client.host);
      return { followers: count(account.followers_count), following: count(account.following_count), posts: count(account.statuses_count), impressions: null, reach: null };
    },

    /**
     * Re-POSTing with the same Idempotency-Key would find the status only within Mastodon's one-hour window and
     * would post again after it, so instead we look for the status among the account's 40 most recent ones
     * (one request). Limits: a status pushed further back by 40 newer ones is not found (null → the publisher may
     * post a duplicate); two identical texts cannot be told apart (the newest is returned); a status edited since,
     * or one whose text the server rewrote beyond HTML (e.g. a link shortener), does not match.
     */
    async findPublished(ctx, _idempotencyKey, content) {
      const client = channelClient(ctx);
      const response = await client.get(`/api/v1/accounts/${encodeURIComponent(ctx.externalId)}/statuses`, {
        query: { limit: 40, exclude_reblogs: true },
      });
      const statuses = parse(z.array(statusSchema), response.body, 'the account statuses', client.host);
      const found = statuses.find((status) => status.account.id === ctx.externalId && statusMatches(status, content));
      return found ? toPublishedRef(found) : null;
    },

    /**
     * After an interrupted reply: the account's status answering `parentExternalId` with this text, written since the
     * reply was, among its 40 most recent (one request; the limits of `findPublished` apply).
     */
    async findReply(ctx, lookup) {
      const client = channelClient(ctx);
      const response = await client.get(`/api/v1/accounts/${encodeURIComponent(ctx.externalId)}/statuses`, {
        query: { limit: 40, exclude_reblogs: true },
      });
      const statuses = parse(z.array(statusSchema), response.body, 'the account statuses', client.host);
      const content = { text: lookup.text, media: [], inReplyTo: lookup.parentExternalId };
      // A minute of slack for a server clock behind ours.
      const since = lookup.since.getTime() - 60_000;
      const found = statuses.find(
        (status) => status.account.id === ctx.externalId && Date.parse(status.created_at) >= since && statusMatches(status, content),
      );
      return found ? toPublishedRef(found) : null;
    },

    // Favouriting is Mastodon's like; both calls answer the status whatever its state, so doing it twice is harmless.
    async like(ctx, externalId, liked) {
      const client = channelClient(ctx);
      await client.post(`/api/v1/statuses/${encodeURIComponent(externalId)}/${liked ? 'favourite' : 'unfavourite'}`);
    },

    async delete(ctx, externalId) {
      const client = channelClient(ctx);
      await client.delete(`/api/v1/statuses/${encodeURIComponent(externalId)}`);
    },

    async fetchMetrics(ctx, externalIds) {
      const client = channelClient(ctx);
      return metricsOfEach(externalIds, async (externalId) => {
        const body = (await client.get(`/api/v1/statuses/${encodeURIComponent(externalId)}`)).body;
        const status = parse(statusSchema, body, 'a status', client.host);
        // snac2 returns a status someone reblogged wrapped in the reblog; its counts are on the inner one.
        const own = status.reblog && status.reblog.id === externalId ? { ...status.reblog, reblog: null } : status;
        return toMetrics({ ...own, id: externalId }, new Date());
      });
    },

    async fetchEngagement(ctx, since) {
      const client = channelClient(ctx);
      const items: EngagementItem[] = [];
      const seen = new Set<string>();
      let maxId: string | undefined;
      for (let page = 0; page < MAX_NOTIFICATION_PAGES; page++) {
        const response = await client.get('/api/v1/notifications', { query: { 'types[]': ['mention'], limit: 40, max_id: maxId } });
        const notifications = parse(z.array(notificationSchema), response.body, 'the notifications', client.host);
        const fresh = notifications.filter((n) => !seen.has(n.id));
        let reachedSince = false;
        for (const notification of fresh) {
          seen.add(notification.id);
          if (since && new Date(notification.created_at) <= since) {
            reachedSince = true;
            continue;
          }
          const item = toEngagement(notification, ctx.externalId, client.host);
          if (item) items.push(item);
        }
        const last = fresh.at(-1);
        // Servers that ignore max_id send the same page again: `fresh` is then empty.
        if (!last || reachedSince || notifications.length < 40) break;
        maxId = last.id;
      }
      // Oldest first. The API lists newest first; reversing keeps that order for items of the same second.
      return items.reverse().sort((a, b) => a.createdAt.getTime() - b.createdAt.getTime());
    },

    search(ctx, query, since) {
      return searchMastodon(channelClient(ctx), ctx, query, since);
    },

    async refreshCredentials() {
      // Mastodon access tokens do not expire; they are only revoked (→ NetworkError('auth') on the next call).
      return null;
    },
  };
}

/** `scheduled_at` makes Mastodon answer with a ScheduledStatus (`scheduled_at` + `params`) instead of a Status. */
function isScheduledStatus(body: unknown): boolean {
  return typeof body === 'object' && body !== null && 'scheduled_at' in body && 'params' in body;
}
