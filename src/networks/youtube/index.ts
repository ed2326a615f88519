/**
 * The YouTube connector: uploads of one channel (resumable, resumed after an interruption or a restart when the
 * session store persists), custom thumbnails, statistics, comments (list, reply, hold for review, delete), through
 * the Data API v3 with a Google OAuth token refreshed before its one-hour expiry, counting Google's daily quota.
 *
 * @example
 * const youtube = createYouTubeConnector({ clientId, clientSecret });
 * const account = await youtube.connect(choice.connectInput);
 * const ref = await youtube.publish(ctx, { text: 'Description', media: [video], options: { title: 'Launch', privacy: 'unlisted' } }, publicationId);
 */
import { count } from '../account-metrics.js';
import { mediaBytes, NetworkError, type ChannelContext, type Connector, type Credentials, type PostMetrics, type PublicationContent, type PublishedRef } from '../connector.js';
import { channelAccessToken, createRefresher, needsRefresh, tokenAccount } from '../oauth2.js';
import { dailyQuotaSpent, errorFromResponse, neverReachedGoogle, YouTubeClient, YOUTUBE_API_URL, type YouTubeRequest, type YouTubeResponse } from './client.js';
import { createCommentsApi } from './comments.js';
import { channelStatusSchema, youtubeComposeOptions } from './compose.js';
import { channelListSchema, channelStatisticsSchema, parse, playlistItemsSchema, sameVideo, toMetrics, toPublishedRef, videoListSchema } from './mapping.js';
import { memoryQuotaStore, reserveYouTubeQuota, YOUTUBE_DEFAULT_QUOTA, type YouTubeOperation, type YouTubeQuotaSettings, type YouTubeQuotaStore } from './quota.js';
import { createYouTubeOAuthProvider } from './oauth.js';
import { limitsFromStored, readYouTubeOptions, theVideo, validateForYouTube, YOUTUBE_DEFAULT_LIMITS } from './rules.js';
import { waitUntilProcessed, type ProcessingOptions } from './processing.js';
import { memorySessionStore, sendBytes, setThumbnail, startSession, type UploadOptions, type UploadSessionStore } from './upload.js';

export { createYouTubeOAuthProvider, YOUTUBE_AUTHORIZE_URL, YOUTUBE_SCOPES, YOUTUBE_TOKEN_URL, type YouTubeOAuthOptions } from './oauth.js';
export {
  checkYouTubeQuota,
  memoryQuotaStore,
  msUntilPacificMidnight,
  pacificDay,
  YOUTUBE_DEFAULT_QUOTA,
  YOUTUBE_QUOTA_COSTS,
  type QuotaKey,
  type QuotaUsage,
  type YouTubeQuotaSettings,
  type YouTubeQuotaStore,
} from './quota.js';
export { readYouTubeOptions, tagsLength, validateForYouTube, YOUTUBE_DEFAULT_LIMITS } from './rules.js';
export { memorySessionStore, type UploadSession, type UploadSessionStore } from './upload.js';

export interface YouTubeConnectorOptions {
  /** Data API origin, default https://www.googleapis.com (`CHORUS_YOUTUBE_API_URL`). */
  apiUrl?: string;
  /** Token endpoint, default https://oauth2.googleapis.com/token. */
  tokenUrl?: string;
  /** The Google OAuth client: needed to refresh tokens. */
  clientId?: string;
  clientSecret?: string;
  fetch?: typeof fetch;
  timeoutMs?: number;
  upload?: UploadOptions;
  processing?: ProcessingOptions;
  /** Where upload sessions are kept between attempts (default: this process's memory). */
  sessions?: UploadSessionStore;
  quota?: Partial<YouTubeQuotaSettings>;
  /**
   * Where the day's quota spending is counted (default: this process's memory). The app gives the database's, so
   * every worker of the Google project counts against the same daily quota.
   */
  quotaStore?: YouTubeQuotaStore;
  /** The Google Cloud project the quota belongs to (default: `clientId`, which names it). */
  project?: string;
}

/** `videos.list` takes up to 50 ids (developers.google.com/youtube/v3/docs/videos/list, `id` parameter). */
const LIST_BATCH = 50;

/** Who renews this network's tokens, as messages and settings name it. */
const OAUTH_APP = { network: 'youtube', name: 'YouTube', envName: 'YOUTUBE' } as const;

export function createYouTubeConnector(options: YouTubeConnectorOptions = {}): Connector {
  const apiUrl = options.apiUrl ?? YOUTUBE_API_URL;
  const sessions = options.sessions ?? memorySessionStore();
  const quotaSettings = { ...YOUTUBE_DEFAULT_QUOTA, ...options.quota };
  const quotaStore = options.quotaStore ?? memoryQuotaStore();
  // Token-connected channels without a configured client share one counter: Chorus cannot tell their projects apart.
  const project = options.project ?? options.clientId ?? 'default';
  const clientWith = (accessToken: string) => new YouTubeClient({ apiUrl, accessToken, fetch: options.fetch, timeoutMs: options.timeoutMs });

  /**
   * Reserves the call's units in today's quota, then makes it: over the quota, the call is refused here (nothing
   * spent, Google's 403 avoided); a request that never reached Google gives its units back. When Google answers that
   * the daily quota is spent although the count says otherwise (another app of the Google project spent it), the
   * call's bucket is marked spent in the shared store, so no process calls Google again before midnight Pacific.
   *
   * This is the only quota check, at publish time, and not when a post is saved: a scheduled post goes out on a day
   * whose quota nobody knows yet (today's count says nothing about it), and a "publish now" refused here is not lost —
   * the publisher keeps the publication, notes this message and retries it at midnight Pacific, when the quota comes
   * back. A check when saving would also race with the other workers, so this refusal would be needed anyway.
   */
  const spending = async <T>(operation: YouTubeOperation, run: () => Promise<T>): Promise<T> => {
    const reservation = await reserveYouTubeQuota(quotaStore, project, operation, quotaSettings);
    if (!reservation.allowed) throw new NetworkError('rate_limited', reservation.message, { network: 'youtube', retryAfterMs: reservation.retryAfterMs });
    try {
      return await run();
    } catch (error) {
      if (neverReachedGoogle(error)) await reservation.refund();
      else if (dailyQuotaSpent(error)) await reservation.exhaust();
      throw error;
    }
  };
  const call = (client: YouTubeClient, operation: YouTubeOperation, method: string, path: string, request?: YouTubeRequest): Promise<YouTubeResponse> =>
    spending(operation, () => client.request(method, path, request));

  // Google keeps the refresh token (no rotation) unless it sends a new one; the refresher keeps the old one then.
  const refresh = createRefresher({ ...OAUTH_APP, clientId: options.clientId, clientSecret: options.clientSecret }, (refreshToken, app) =>
    createYouTubeOAuthProvider({ ...app, tokenUrl: options.tokenUrl, fetch: options.fetch, timeoutMs: options.timeoutMs }).refresh(refreshToken),
  );

  const channelClient = async (ctx: ChannelContext): Promise<YouTubeClient> =>
    clientWith(await channelAccessToken(ctx, refresh, OAUTH_APP));

  const resourceOf = (content: PublicationContent) => {
    const o = readYouTubeOptions(content);
    return {
      snippet: { title: o.title, description: content.text, ...(o.tags.length ? { tags: o.tags } : {}), ...(o.categoryId ? { categoryId: o.categoryId } : {}) },
      status: {
        privacyStatus: o.privacy,
        ...(o.publishAt ? { publishAt: o.publishAt } : {}),
        ...(o.madeForKids !== undefined ? { selfDeclaredMadeForKids: o.madeForKids } : {}),
      },
    };
  };

  /**
   * Uploads the video, resuming a saved session; returns its id. Each confirmed offset is saved as it comes; once
   * complete, the id replaces the session URI (a bearer capability no longer needed) before anything else happens.
   */
  const upload = async (client: YouTubeClient, content: PublicationContent, key: string, channelId: string): Promise<string> => {
    const video = theVideo(content.media);
    if (!video) throw new NetworkError('rejected', 'YouTube publishes videos: attach one video.', { network: 'youtube' });
    // Chunks are read from the store as they are sent: a large video is never held whole in memory.
    const bytes = mediaBytes(video);
    const progress = (sessionUri: string) => (bytesConfirmed: number) => sessions.set(key, { sessionUri, bytesConfirmed }, channelId);
    const saved = await sessions.get(key);
    let done = saved?.sessionUri ? await sendBytes(client, saved.sessionUri, bytes, options.upload, progress(saved.sessionUri)) : null;
    if (!done) {
      const sessionUri = await spending('videos.insert', () => startSession(client, resourceOf(content), video, bytes.size));
      await sessions.set(key, { sessionUri, bytesConfirmed: 0 }, channelId);
      done = await sendBytes(client, sessionUri, bytes, options.upload, progress(sessionUri));
      if (!done) throw new NetworkError('transient', 'YouTube closed the new upload session at once; Chorus will try again.', { network: 'youtube' });
    }
    await sessions.set(key, { videoId: done.id, bytesConfirmed: bytes.size }, channelId);
    return done.id;
  };

  const publish = async (ctx: ChannelContext, content: PublicationContent, key: string): Promise<PublishedRef> => {
    const client = await channelClient(ctx);
    const videoId = (await sessions.get(key))?.videoId ?? (await upload(client, content, key, ctx.channelId));
    await waitUntilProcessed(videoId, () => call(client, 'videos.list', 'GET', '/youtube/v3/videos', { query: { part: 'status', id: videoId } }), options.processing);
    const { thumbnailMediaId } = readYouTubeOptions(content);
    const thumbnail = content.media.find((m) => m.id === thumbnailMediaId && m.mimeType.startsWith('image/'));
    const session = await sessions.get(key);
    if (thumbnail && !session?.thumbnailSet) {
      // Read before the units are reserved: a missing file must not spend 50 of them.
      const image = await thumbnail.read();
      await spending('thumbnails.set', () => setThumbnail(client, videoId, thumbnail, image));
      await sessions.set(key, { ...session, thumbnailSet: true }, ctx.channelId);
    }
    return toPublishedRef(videoId);
  };

  const comments = createCommentsApi({ channelClient, call });

  return {
    network: 'youtube',

    async connect(input) {
      const accessToken = input['accessToken']?.trim();
      if (!accessToken) throw new NetworkError('rejected', 'Connect YouTube with the sign-in button (an access token is required).', { network: 'youtube' });
      const response = await spending('channels.list', () =>
        clientWith(accessToken).send('GET', '/youtube/v3/channels', { query: { mine: true, part: 'snippet,contentDetails' } }),
      );
      if (response.status === 401) {
        throw new NetworkError('auth', 'Google did not accept this access token; connect the channel again with the sign-in button.', { network: 'youtube', status: 401 });
      }
      if (response.status < 200 || response.status >= 300) throw errorFromResponse(response.status, response.headers, response.body);
      const channels = parse(channelListSchema, response.body, 'the channel').items;
      const channel = input['accountId'] ? channels.find((c) => c.id === input['accountId']) : channels[0];
      if (!channel) {
        const message = input['accountId'] ? 'This token does not belong to the YouTube channel that was chosen.' : 'This Google account has no YouTube channel.';
        throw new NetworkError('rejected', message, { network: 'youtube' });
      }
      const credentials: Credentials = { accessToken };
      const uploads = channel.contentDetails?.relatedPlaylists?.uploads;
      if (uploads) credentials['uploadsPlaylistId'] = uploads;
      const thumbs = channel.snippet.thumbnails ?? {};
      return tokenAccount(input, {
        externalId: channel.id,
        handle: channel.snippet.customUrl ?? channel.snippet.title,
        displayName: channel.snippet.title,
        avatarUrl: (thumbs['default'] ?? thumbs['medium'] ?? thumbs['high'])?.url ?? null,
        credentials,
        limits: YOUTUBE_DEFAULT_LIMITS,
      });
    },

    limits: (stored) => limitsFromStored(stored),
    validate: (content, limits) => validateForYouTube(content, limits),
    publish,
    reply: (ctx, toExternalId, content, key) => comments.reply(ctx, toExternalId, content.text, key),

    /**
     * YouTube has no idempotency key. Found, in order: the video id saved when the upload finished; the saved
     * session asked whether it completed; the 50 latest uploads of the channel with the same title and description.
     * Cannot guarantee: without a persistent session store, a video whose upload completed just before a crash is
     * found only once YouTube lists it in the uploads playlist (usually at once, not documented), and an identical
     * earlier video is taken for this one.
     */
    async findPublished(ctx, key, content) {
      const saved = await sessions.get(key);
      if (saved?.videoId) return toPublishedRef(saved.videoId);
      const client = await channelClient(ctx);
      const bytes = saved?.sessionUri ? theVideo(content.media)?.sizeBytes : undefined;
      if (saved?.sessionUri && bytes !== undefined) {
        const status = await client.send('PUT', saved.sessionUri, { bytes: new Uint8Array(0), headers: { 'content-range': `bytes */${bytes}` } });
        const id = status.status === 200 || status.status === 201 ? (status.body as { id?: unknown } | null)?.id : undefined;
        if (typeof id === 'string') {
          await sessions.set(key, { videoId: id, bytesConfirmed: bytes }, ctx.channelId);
          return toPublishedRef(id);
        }
        return null;
      }
      const playlistId = ctx.credentials['uploadsPlaylistId'] ?? ctx.externalId.replace(/^UC/, 'UU');
      const response = await call(client, 'playlistItems.list', 'GET', '/youtube/v3/playlistItems', { query: { part: 'snippet', playlistId, maxResults: 50 } });
      const { title } = readYouTubeOptions(content);
      const found = parse(playlistItemsSchema, response.body, 'the uploads').items.find((item) => sameVideo(item.snippet, title, content.text));
      return found ? toPublishedRef(found.snippet.resourceId.videoId) : null;
    },

    async delete(ctx, externalId) {
      await call(await channelClient(ctx), 'videos.delete', 'DELETE', '/youtube/v3/videos', { query: { id: externalId } });
    },

    async fetchMetrics(ctx, externalIds) {
      const client = await channelClient(ctx);
      const metrics: PostMetrics[] = [];
      for (let i = 0; i < externalIds.length; i += LIST_BATCH) {
        const ids = externalIds.slice(i, i + LIST_BATCH);
        const response = await call(client, 'videos.list', 'GET', '/youtube/v3/videos', { query: { part: 'statistics', id: ids.join(','), maxResults: LIST_BATCH } });
        const now = new Date();
        // Deleted videos are simply absent from `items`.
        metrics.push(...parse(videoListSchema, response.body, 'the videos').items.map((v) => toMetrics(v, now)));
      }
      return metrics;
    },

    /**
     * The channel's subscribers and video count from `channels.list?mine=true&part=statistics` (1 quota unit,
     * developers.google.com/youtube/v3/docs/channels#statistics). A channel that hides its subscriber count may be
     * answered without it (null). Views and impressions of the channel live in the YouTube Analytics API, another
     * API with its own scope, so they stay null.
     */
    async fetchAccountMetrics(ctx) {
      const response = await call(await channelClient(ctx), 'channels.list', 'GET', '/youtube/v3/channels', { query: { mine: true, part: 'statistics' } });
      const channel = parse(channelStatisticsSchema, response.body, 'the channel statistics').items.find((c) => c.id === ctx.externalId);
      if (!channel) throw new NetworkError('not_found', 'YouTube no longer lists this channel for the connected account. Reconnect the channel.', { network: 'youtube' });
      const stats = channel.statistics;
      return { followers: stats?.hiddenSubscriberCount ? null : count(stats?.subscriberCount), following: null, posts: count(stats?.videoCount), impressions: null, reach: null };
    },

    /** The composer's choices, with the channel's long-upload and made-for-kids status (1 quota unit). */
    async composeOptions(ctx) {
      const response = await call(await channelClient(ctx), 'channels.list', 'GET', '/youtube/v3/channels', { query: { mine: true, part: 'status' } });
      return youtubeComposeOptions(parse(channelStatusSchema, response.body, 'the channel status'), ctx.externalId);
    },

    fetchEngagement: (ctx, since) => comments.list(ctx, since),
    hideEngagement: (ctx, externalId, hidden) => comments.moderate(ctx, externalId, hidden ? 'heldForReview' : 'published'),
    deleteEngagement: (ctx, externalId) => comments.remove(ctx, externalId),

    async refreshCredentials(ctx) {
      if (!needsRefresh(ctx.credentials)) return null;
      return refresh(ctx);
    },
  };
}

export type { YouTubeOperation };
