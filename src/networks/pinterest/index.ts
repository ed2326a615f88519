/**
 * The Pinterest connector: Pins (image, carousel of 2–5 images, video with a cover) on a board of one Pinterest
 * account through API v5, Pin analytics, and the board picker. Pinterest's API has no comments on Pins, so the
 * inbox gets nothing from it and replies are refused with a clear message.
 *
 * @example
 * const pinterest = createPinterestConnector({ clientId, clientSecret });
 * const account = await pinterest.connect({ accessToken, refreshToken, expiresAt });
 * const boards = await listPinterestBoards({ accessToken: account.credentials.accessToken });
 * await pinterest.publish(ctx, { text: 'Description', media: [image], options: { boardId: boards[0].id, title: 'Title' } }, key);
 */
import { count } from '../account-metrics.js';
import { NetworkError, type ChannelContext, type Connector, type Credentials, type PostMetrics, type PublicationContent, type PublishedRef } from '../connector.js';
import { channelAccessToken, createRefresher, needsRefresh, tokenAccount } from '../oauth2.js';
import { errorFromResponse, PinterestClient, PINTEREST_API_URL } from './client.js';
import { accountCountsSchema, pageSchema, parse, pinAnalyticsSchema, pinMatches, pinSchema, toMetrics, toPublishedRef, userAccountSchema, utcDate } from './mapping.js';
import { uploadVideo, type VideoUploadOptions } from './media.js';
import { createPinterestOAuthProvider } from './oauth.js';
import { limitsFromStored, PINTEREST_DEFAULT_LIMITS, PINTEREST_MAX_TITLE, pinShape, readPinterestOptions, validateForPinterest } from './rules.js';
import { createPinterestBoard, listPinterestBoards } from './boards.js';

export { createPinterestBoard, listPinterestBoards, type BoardCallOptions, type PinterestBoardChoice } from './boards.js';
export { createPinterestOAuthProvider, PINTEREST_AUTHORIZE_URL, PINTEREST_SCOPES, type PinterestOAuthOptions } from './oauth.js';
export { PINTEREST_DEFAULT_LIMITS, readPinterestOptions, validateForPinterest } from './rules.js';

export interface PinterestConnectorOptions {
  /** API origin, default https://api.pinterest.com (`CHORUS_PINTEREST_API_URL`). */
  apiUrl?: string;
  /** The app's OAuth client: needed to refresh tokens (`CHORUS_PINTEREST_CLIENT_ID` / `_CLIENT_SECRET`). */
  clientId?: string;
  clientSecret?: string;
  fetch?: typeof fetch;
  timeoutMs?: number;
  video?: VideoUploadOptions;
}

const METRIC_TYPES = 'IMPRESSION,SAVE,PIN_CLICK,OUTBOUND_CLICK,VIDEO_MRC_VIEW';
/** "start_date cannot be more than 90 days back from today" (pins/analytics reference). */
const ANALYTICS_DAYS = 89;
/** A matching Pin older than this is the person repeating themselves, not our interrupted attempt. */
const RESUME_WINDOW_MS = 24 * 3600 * 1000;
const NO_COMMENTS =
  "Pinterest's API has no comments on Pins: Chorus cannot read or answer them. Reply from the Pinterest app instead.";

/** Who renews this network's tokens, as messages and settings name it. */
const OAUTH_APP = { network: 'pinterest', name: 'Pinterest', envName: 'PINTEREST' } as const;

export function createPinterestConnector(options: PinterestConnectorOptions = {}): Connector {
  const apiUrl = options.apiUrl ?? PINTEREST_API_URL;
  const clientWith = (accessToken: string) => new PinterestClient({ apiUrl, accessToken, fetch: options.fetch, timeoutMs: options.timeoutMs });
  const refresh = createRefresher(
    { ...OAUTH_APP, clientId: options.clientId, clientSecret: options.clientSecret },
    // The OAuth definition asks for continuous refresh, which hands out a new refresh token each time.
    (refreshToken, app) => createPinterestOAuthProvider({ ...app, apiUrl, fetch: options.fetch, timeoutMs: options.timeoutMs }).refresh(refreshToken),
  );

  /** The channel's client; renews the token first when it has expired (the scheduler normally refreshes earlier). */
  const channelToken = (ctx: ChannelContext): Promise<string> => channelAccessToken(ctx, refresh, OAUTH_APP);
  const channelClient = async (ctx: ChannelContext): Promise<PinterestClient> => clientWith(await channelToken(ctx));
  /** The board picker's calls, with the channel's (renewed) token. */
  const boardCalls = async (ctx: ChannelContext) => ({ accessToken: await channelToken(ctx), apiUrl, fetch: options.fetch, timeoutMs: options.timeoutMs });

  /** The Pin this content makes, as `POST /v5/pins` takes it (media source filled in by `publish`). */
  const pinFields = (ctx: ChannelContext, content: PublicationContent) => {
    const opts = readPinterestOptions(content.options);
    const boardId = opts.boardId ?? ctx.credentials['defaultBoardId'];
    if (!boardId) throw new NetworkError('rejected', 'Choose the Pinterest board to save this Pin to.', { network: 'pinterest' });
    const altText = opts.altText ?? content.media.find((m) => m.altText.trim())?.altText.trim();
    return {
      board_id: boardId,
      ...(opts.title ? { title: opts.title } : {}),
      description: content.text,
      ...(opts.link ? { link: opts.link } : {}),
      ...(altText ? { alt_text: altText } : {}),
      ...(opts.dominantColor ? { dominant_color: opts.dominantColor } : {}),
    };
  };

  const mediaSource = async (client: PinterestClient, content: PublicationContent): Promise<Record<string, unknown>> => {
    const shape = pinShape(content.media);
    if (!shape) {
      const message = content.media.length === 0 ? 'A Pin needs an image or a video.' : 'A Pin is one video, one image, or 2 to 5 images.';
      throw new NetworkError('rejected', message, { network: 'pinterest' });
    }
    if (shape.kind === 'image') return { source_type: 'image_url', url: shape.image.url };
    if (shape.kind === 'carousel') return { source_type: 'multiple_image_urls', items: shape.images.map((m) => ({ url: m.url })) };
    const mediaId = await uploadVideo(client, shape.video, options.video);
    // Without a cover image Pinterest takes the first frame as the cover.
    return shape.cover ? { source_type: 'video_id', media_id: mediaId, cover_image_url: shape.cover.url } : { source_type: 'video_id', media_id: mediaId, cover_image_key_frame_time: 0 };
  };

  const recentPins = async (client: PinterestClient) =>
    parse(pageSchema(pinSchema), (await client.get('/v5/pins', { query: { page_size: 100 } })).body, 'the recent Pins').items;

  return {
    network: 'pinterest',

    async connect(input) {
      const accessToken = input['accessToken']?.trim();
      if (!accessToken) throw new NetworkError('rejected', 'Connect Pinterest with the sign-in button (an access token is required).', { network: 'pinterest' });
      const response = await clientWith(accessToken).send('GET', '/v5/user_account');
      if (response.status === 401 || response.status === 403) {
        throw new NetworkError('auth', 'Pinterest did not accept this access token; connect the account again with the sign-in button.', {
          network: 'pinterest',
          status: response.status,
        });
      }
      if (response.status < 200 || response.status >= 300) throw errorFromResponse(response.status, response.headers, response.body);
      const me = parse(userAccountSchema, response.body, 'the account');
      const externalId = me.id ?? me.username;
      if (input['accountId'] && input['accountId'] !== externalId) {
        throw new NetworkError('rejected', `This token belongs to @${me.username}, not to the account that was chosen.`, { network: 'pinterest' });
      }
      const credentials: Credentials = { accessToken, username: me.username };
      // The publisher may not pass per-post options: a board chosen at connect time is the fallback.
      if (input['boardId']) credentials['defaultBoardId'] = input['boardId'];
      const handle = `@${me.username}`;
      return tokenAccount(input, { externalId, handle, displayName: me.business_name || me.username, avatarUrl: me.profile_image ?? null, credentials, limits: PINTEREST_DEFAULT_LIMITS });
    },

    limits: (stored) => limitsFromStored(stored),
    validate: (content, limits) => validateForPinterest(content, limits),

    async publish(ctx, content): Promise<PublishedRef> {
      const fields = pinFields(ctx, content);
      const client = await channelClient(ctx);
      const media_source = await mediaSource(client, content);
      const created = await client.post('/v5/pins', { json: { ...fields, media_source } });
      return toPublishedRef(parse(pinSchema, created.body, 'the new Pin').id);
    },

    async reply() {
      throw new NetworkError('rejected', NO_COMMENTS, { network: 'pinterest' });
    },

    /**
     * Pinterest takes no idempotency key. After a crash we look among the account's 100 most recent Pins for one made
     * in the last 24 hours on the same board with the same title, description and link. Cannot guarantee: a Pin
     * pushed out of the latest 100 is not found, and an identical Pin the person made by hand in that window is taken
     * as ours (media is not compared: Pinterest stores its own copy of the image).
     */
    async findPublished(ctx, _idempotencyKey, content) {
      const fields = pinFields(ctx, content);
      const client = await channelClient(ctx);
      const since = Date.now() - RESUME_WINDOW_MS;
      const expected = { boardId: fields.board_id, title: fields.title, description: fields.description, link: fields.link };
      const found = (await recentPins(client)).find(
        (pin) => pinMatches(pin, expected) && (!pin.created_at || Date.parse(pin.created_at) >= since),
      );
      return found ? toPublishedRef(found.id) : null;
    },

    async delete(ctx, externalId) {
      await (await channelClient(ctx)).request('DELETE', `/v5/pins/${encodeURIComponent(externalId)}`);
    },

    async fetchMetrics(ctx, externalIds) {
      const client = await channelClient(ctx);
      const now = new Date();
      const query = { start_date: utcDate(new Date(now.getTime() - ANALYTICS_DAYS * 86_400_000)), end_date: utcDate(now), metric_types: METRIC_TYPES };
      const metrics: PostMetrics[] = [];
      // One Pin per request: the multi-Pin endpoint is beta and not open to every app (pins/analytics reference).
      for (const id of externalIds) {
        try {
          const response = await client.get(`/v5/pins/${encodeURIComponent(id)}/analytics`, { query });
          metrics.push(toMetrics(id, parse(pinAnalyticsSchema, response.body, 'the Pin analytics'), now));
        } catch (error) {
          // A deleted Pin has no analytics; the others still count.
          if (!(error instanceof NetworkError && error.kind === 'not_found')) throw error;
        }
      }
      return metrics;
    },

    /**
     * Followers, following and Pins from `GET /v5/user_account`, and yesterday's impressions from
     * `GET /v5/user_account/analytics` (developers.pinterest.com/docs/api/v5/ user_account/get and
     * user_account/analytics; dates are UTC): only a day Pinterest reports as READY counts, today is still processing.
     * Pinterest gives no account reach per day, so reach stays null.
     */
    async fetchAccountMetrics(ctx) {
      const client = await channelClient(ctx);
      const account = parse(accountCountsSchema, (await client.get('/v5/user_account')).body, 'the account');
      const yesterday = utcDate(new Date(Date.now() - 86_400_000));
      const query = { start_date: yesterday, end_date: yesterday, metric_types: 'IMPRESSION' };
      const analytics = parse(pinAnalyticsSchema, (await client.get('/v5/user_account/analytics', { query })).body, 'the account analytics');
      const day = (analytics['all'] ?? analytics['ALL'])?.daily_metrics?.find((d) => d.date === yesterday && d.data_status === 'READY');
      return { followers: count(account.follower_count), following: count(account.following_count), posts: count(account.pin_count), impressions: count(day?.metrics?.['IMPRESSION']), reach: null };
    },

    /** The composer's board picker: every board of the account (a Pin is always saved to one). */
    async composeOptions(ctx) {
      const boards = await listPinterestBoards(await boardCalls(ctx));
      return { network: 'pinterest', boards: boards.map(({ id, name, privacy }) => ({ id, name, privacy })), canCreateBoard: true, maxTitleLength: PINTEREST_MAX_TITLE };
    },

    async createBoard(ctx, input) {
      const { id, name, privacy } = await createPinterestBoard(await boardCalls(ctx), input);
      return { id, name, privacy };
    },

    /** Pinterest's API exposes no comments or mentions on Pins: nothing to read for the inbox. */
    async fetchEngagement() {
      return [];
    },

    async refreshCredentials(ctx) {
      if (!needsRefresh(ctx.credentials)) return null;
      return refresh(ctx);
    },
  };
}
