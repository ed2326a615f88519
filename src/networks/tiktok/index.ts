/**
 * The TikTok connector: direct video and photo posts of one TikTok account through the Content Posting API (checked
 * against the creator's settings first, chunked uploads resumed, status polled to the end), video metrics, and a
 * Login Kit token refreshed before its 24-hour expiry. TikTok's API has no comments and no delete: those methods
 * say so (`rejected`, or no engagement), so the app can tell people to use the TikTok app.
 *
 * @example
 * const tiktok = createTikTokConnector({ clientId: clientKey, clientSecret });
 * const account = await tiktok.connect(choice.connectInput);
 * const ref = await tiktok.publish(ctx, { text: 'Caption', media: [video], options: { privacyLevel: 'SELF_ONLY' } }, publicationId);
 */
import { count } from '../account-metrics.js';
import { NetworkError, type ChannelContext, type Connector, type Credentials, type PostMetrics } from '../connector.js';
import { channelAccessToken, createRefresher, needsRefresh, tokenAccount } from '../oauth2.js';
import { errorFromResponse, TikTokClient, TIKTOK_API_URL } from './client.js';
import { parse, sameCaption, toCreatorInfo, toMetrics, toPublishedRef, userInfoSchema, userStatsSchema, videoListSchema } from './mapping.js';
import { createTikTokOAuthProvider, USER_FIELDS } from './oauth.js';
import { tiktokComposeOptions } from './compose.js';
import { fetchStatus, memoryTikTokSessions, publishToTikTok, type TikTokPublishOptions, type TikTokSessionStore } from './publish.js';
import { limitsFromStored, TIKTOK_DEFAULT_LIMITS, validateForTikTok, type TikTokCreatorInfo } from './rules.js';

export { createTikTokOAuthProvider, TIKTOK_AUTHORIZE_URL, TIKTOK_SCOPES, type TikTokOAuthOptions } from './oauth.js';
export { memoryTikTokSessions, type TikTokPostSession, type TikTokSessionStore } from './publish.js';
export { planChunks, TIKTOK_DEFAULT_LIMITS, validateAgainstCreator, validateForTikTok, type TikTokCreatorInfo } from './rules.js';

export interface TikTokConnectorOptions {
  /** API origin, default https://open.tiktokapis.com (`CHORUS_TIKTOK_API_URL`). */
  apiUrl?: string;
  /** The app's client key and secret: needed to refresh tokens. */
  clientId?: string;
  clientSecret?: string;
  fetch?: typeof fetch;
  timeoutMs?: number;
  publish?: TikTokPublishOptions;
  /** Where a post in progress is remembered between attempts (default: this process's memory). */
  sessions?: TikTokSessionStore;
}

/** `video/query` takes up to 20 ids (developers.tiktok.com/doc/tiktok-api-v2-video-query). */
const QUERY_BATCH = 20;
const METRIC_FIELDS = 'id,title,view_count,like_count,comment_count,share_count';
/** An identical caption among the account's videos counts as our earlier attempt only when this recent. */
const RESUME_WINDOW_MS = 24 * 3600 * 1000;
export const TIKTOK_NO_COMMENTS = "TikTok's API has no comments: answer them in the TikTok app.";

/** Who renews this network's tokens, as messages and settings name it. */
const OAUTH_APP = { network: 'tiktok', name: 'TikTok', envName: 'TIKTOK' } as const;

export function createTikTokConnector(options: TikTokConnectorOptions = {}): Connector & { creatorInfo(ctx: ChannelContext): Promise<TikTokCreatorInfo> } {
  const apiUrl = options.apiUrl ?? TIKTOK_API_URL;
  const sessions = options.sessions ?? memoryTikTokSessions();
  const publishOptions = options.publish ?? {};
  const clientWith = (accessToken: string | null) => new TikTokClient({ apiUrl, accessToken, fetch: options.fetch, timeoutMs: options.timeoutMs });
  const refresh = createRefresher(
    { ...OAUTH_APP, clientId: options.clientId, clientSecret: options.clientSecret },
    (refreshToken, app) => createTikTokOAuthProvider({ ...app, apiUrl, fetch: options.fetch, timeoutMs: options.timeoutMs }).refresh(refreshToken),
  );

  const channelClient = async (ctx: ChannelContext): Promise<TikTokClient> => clientWith(await channelAccessToken(ctx, refresh, OAUTH_APP));

  const recentVideos = async (client: TikTokClient) =>
    parse(videoListSchema, (await client.request('POST', '/v2/video/list/', { query: { fields: 'id,title,video_description,create_time,share_url' }, json: { max_count: 20 } })).body, 'the account videos').data.videos;

  const creatorInfo = async (ctx: ChannelContext): Promise<TikTokCreatorInfo> =>
    toCreatorInfo((await (await channelClient(ctx)).request('POST', '/v2/post/publish/creator_info/query/', { json: {} })).body);

  const refOf = (ids: string[] | null | undefined, publishId: string, ctx: ChannelContext) => {
    const postId = ids?.[0];
    return toPublishedRef(postId ?? publishId, ctx.credentials['username'], postId !== undefined);
  };

  return {
    network: 'tiktok',

    async connect(input) {
      const accessToken = input['accessToken']?.trim();
      if (!accessToken) throw new NetworkError('rejected', 'Connect TikTok with the sign-in button (an access token is required).', { network: 'tiktok' });
      const response = await clientWith(accessToken).send('GET', '/v2/user/info/', { query: { fields: USER_FIELDS } });
      if (response.status === 401) throw new NetworkError('auth', 'TikTok did not accept this access token; connect the account again with the sign-in button.', { network: 'tiktok', status: 401 });
      if (response.status < 200 || response.status >= 300) throw errorFromResponse(response.status, response.headers, response.body);
      const user = parse(userInfoSchema, response.body, 'the account').data.user;
      if (input['accountId'] && input['accountId'] !== user.open_id) {
        throw new NetworkError('rejected', 'This token belongs to another TikTok account than the one chosen.', { network: 'tiktok' });
      }
      const credentials: Credentials = { accessToken };
      if (input['refreshExpiresAt']) credentials['refreshExpiresAt'] = input['refreshExpiresAt'];
      if (user.username) credentials['username'] = user.username;
      return tokenAccount(input, {
        externalId: user.open_id,
        handle: user.username ? `@${user.username}` : (user.display_name ?? user.open_id),
        displayName: user.display_name || user.username || 'TikTok account',
        avatarUrl: user.avatar_url ?? null,
        credentials,
        limits: TIKTOK_DEFAULT_LIMITS,
      });
    },

    /** The creator's current settings, for the composer (audiences, interactions, maximum duration). */
    creatorInfo,
    composeOptions: async (ctx) => tiktokComposeOptions(await creatorInfo(ctx)),

    limits: (stored) => limitsFromStored(stored),
    validate: (content, limits) => validateForTikTok(content, limits),

    async publish(ctx, content, key) {
      const api = await channelClient(ctx);
      const done = await publishToTikTok({ api, upload: clientWith(null) }, content, { key, channelId: ctx.channelId }, sessions, publishOptions);
      return refOf(done.publicaly_available_post_id, done.publishId, ctx);
    },

    async reply() {
      throw new NetworkError('rejected', TIKTOK_NO_COMMENTS, { network: 'tiktok' });
    },

    /**
     * TikTok has no idempotency key. Found: the post this process (or a persistent session store) started for the
     * key, through its status; otherwise a video among the account's 20 latest with the same caption, under a day
     * old. Cannot guarantee: private ("Only me") posts and posts still in moderation are not listed by
     * `video/list`, so without the session they are not found; an identical recent caption is taken for this post.
     */
    async findPublished(ctx, key, content) {
      const client = await channelClient(ctx);
      const saved = await sessions.get(key);
      if (saved) {
        const status = await fetchStatus(client, saved.publishId);
        return status.status === 'PUBLISH_COMPLETE' ? refOf(status.publicaly_available_post_id, saved.publishId, ctx) : null;
      }
      const found = (await recentVideos(client)).find((v) => sameCaption(v, content.text) && Date.now() - (v.create_time ?? 0) * 1000 < RESUME_WINDOW_MS);
      return found ? toPublishedRef(found.id, ctx.credentials['username'], true) : null;
    },

    async delete() {
      throw new NetworkError('rejected', "TikTok's API cannot delete posts: delete it in the TikTok app.", { network: 'tiktok' });
    },

    async fetchMetrics(ctx, externalIds) {
      const client = await channelClient(ctx);
      // Ids of posts TikTok never named (private, `v_pub_…` publish ids) have no metrics.
      const ids = externalIds.filter((id) => /^[0-9]+$/.test(id));
      const metrics: PostMetrics[] = [];
      for (let i = 0; i < ids.length; i += QUERY_BATCH) {
        const response = await client.request('POST', '/v2/video/query/', { query: { fields: METRIC_FIELDS }, json: { filters: { video_ids: ids.slice(i, i + QUERY_BATCH) } } });
        const now = new Date();
        metrics.push(...parse(videoListSchema, response.body, 'the videos').data.videos.map((v) => toMetrics(v, now)));
      }
      return metrics;
    },

    /**
     * Followers, following and video count from `GET /v2/user/info/` (developers.tiktok.com/doc/tiktok-api-v2-get-user-info),
     * fields of the `user.info.stats` scope: channels connected before Chorus asked for it are refused until
     * reconnected. TikTok's Display API reports no account-level views or reach.
     */
    async fetchAccountMetrics(ctx) {
      const response = await (await channelClient(ctx)).request('GET', '/v2/user/info/', { query: { fields: 'follower_count,following_count,video_count' } });
      const user = parse(userStatsSchema, response.body, 'the account counts').data.user;
      return { followers: count(user.follower_count), following: count(user.following_count), posts: count(user.video_count), impressions: null, reach: null };
    },

    /** TikTok's API gives no comments (TIKTOK_NO_COMMENTS): nothing to fetch. */
    async fetchEngagement() {
      return [];
    },

    async refreshCredentials(ctx) {
      if (!needsRefresh(ctx.credentials)) return null;
      return refresh(ctx);
    },
  };
}
