/**
 * The Snapchat connector: Stories, Saved Stories and Spotlights of one Public Profile through Snap's Public Profile
 * API, with its encrypted, chunked media upload, per-post stats, and token refresh (access tokens live well under
 * an hour). Snap exposes no comments: the inbox gets nothing and replies are refused with a clear message.
 *
 * @example
 * const snapchat = createSnapchatConnector({ clientId, clientSecret });
 * const [choice] = await createSnapchatOAuthProvider({ clientId, clientSecret }).listAccounts(grant);
 * const account = await snapchat.connect(choice.connectInput);
 * await snapchat.publish(ctx, { text: 'New drop #sneakers', media: [video], options: { kind: 'spotlight' } }, key);
 */
import { NetworkError, type ChannelContext, type Connector, type Credentials, type PostMetrics, type PublicationContent } from '../connector.js';
import { channelAccessToken, createRefresher, needsRefresh, tokenAccount } from '../oauth2.js';
import { SnapClient, SNAPCHAT_API_URL } from './client.js';
import { count } from '../account-metrics.js';
import { ASSET_TYPE, COLLECTION, createdSnapSchema, fromExternalId, mediaStatusSchema, parse, postListSchema, profileUrl, statsSchema, statTotals, toMetrics, toPublishedRef } from './mapping.js';
import { mediaName, uploadMedia, type SnapUploadOptions } from './media.js';
import { createSnapchatOAuthProvider, listProfiles, SNAPCHAT_ACCOUNTS_URL } from './oauth.js';
import {
  limitsFromStored,
  readSnapOptions,
  savedStoryTitle,
  SNAP_KINDS,
  SNAP_MAX_DESCRIPTION,
  SNAP_MAX_TITLE,
  SNAP_MAX_VIDEO_SECONDS,
  SNAP_MIN_VIDEO_SECONDS,
  SNAPCHAT_DEFAULT_LIMITS,
  validateForSnapchat,
  type SnapKind,
} from './rules.js';

export { createSnapchatOAuthProvider, SNAPCHAT_AUTHORIZE_URL, SNAPCHAT_SCOPES, type SnapchatOAuthOptions } from './oauth.js';
export { readSnapOptions, SNAPCHAT_DEFAULT_LIMITS, validateForSnapchat } from './rules.js';

export interface SnapchatConnectorOptions {
  /** API origin, default https://businessapi.snapchat.com (`CHORUS_SNAPCHAT_API_URL`). */
  apiUrl?: string;
  /** Token endpoint origin, default https://accounts.snapchat.com. */
  accountsUrl?: string;
  clientId?: string;
  clientSecret?: string;
  fetch?: typeof fetch;
  timeoutMs?: number;
  upload?: SnapUploadOptions;
}

const NO_COMMENTS = "Snapchat's API has no comments or replies on Public Profile posts: Chorus cannot read or answer them. Reply in the Snapchat app.";

const profilePath = (profileId: string) => `/v1/public_profiles/${encodeURIComponent(profileId)}`;

/** Who renews this network's tokens, as messages and settings name it. */
const OAUTH_APP = { network: 'snapchat', name: 'Snapchat', envName: 'SNAPCHAT' } as const;

export function createSnapchatConnector(options: SnapchatConnectorOptions = {}): Connector {
  const apiUrl = options.apiUrl ?? SNAPCHAT_API_URL;
  const clientWith = (accessToken: string) => new SnapClient({ apiUrl, accessToken, fetch: options.fetch, timeoutMs: options.timeoutMs });
  const refresh = createRefresher(
    { ...OAUTH_APP, clientId: options.clientId, clientSecret: options.clientSecret },
    (refreshToken, app) =>
      createSnapchatOAuthProvider({ ...app, accountsUrl: options.accountsUrl ?? SNAPCHAT_ACCOUNTS_URL, fetch: options.fetch, timeoutMs: options.timeoutMs }).refresh(refreshToken),
  );

  const channelClient = async (ctx: ChannelContext): Promise<SnapClient> => clientWith(await channelAccessToken(ctx, refresh, OAUTH_APP));

  const profileOf = (ctx: ChannelContext) => ctx.credentials['profileId'] ?? ctx.externalId;

  /** Posts one uploaded media as the kind asked for; returns Snap's id of the new post. */
  const post = async (client: SnapClient, profileId: string, kind: SnapKind, mediaId: string, content: PublicationContent): Promise<string> => {
    const opts = readSnapOptions(content.options);
    const base = profilePath(profileId);
    const answer =
      kind === 'story'
        ? await client.post(`${base}/stories`, { json: { media_id: mediaId } })
        : kind === 'saved_story'
          ? await client.post(`${base}/saved_stories`, { json: { saved_stories: [{ title: savedStoryTitle(content, opts), snap_sources: [{ media_id: mediaId }] }] } })
          : await client.post(`${base}/spotlights`, {
              json: { media_id: mediaId, description: content.text, locale: opts.locale, skip_save_to_profile: !opts.saveToProfile },
            });
    const id = parse(createdSnapSchema, answer.body, `the new ${kind.replace('_', ' ')}`);
    if (!id) throw new NetworkError('transient', 'Snapchat accepted the post but did not say its id; Chorus will look for it.', { network: 'snapchat' });
    return id;
  };

  return {
    network: 'snapchat',

    async connect(input) {
      const accessToken = input['accessToken']?.trim();
      if (!accessToken) throw new NetworkError('rejected', 'Connect Snapchat with the sign-in button (an access token is required).', { network: 'snapchat' });
      let profiles;
      try {
        profiles = await listProfiles(clientWith(accessToken));
      } catch (error) {
        if (error instanceof NetworkError && error.kind === 'auth') {
          throw new NetworkError('auth', 'Snapchat did not accept this access token; connect the profile again with the sign-in button.', error.details);
        }
        throw error;
      }
      const profile = input['accountId'] ? profiles.find((p) => p.id === input['accountId']) : profiles[0];
      if (!profile) {
        const message = input['accountId'] ? 'This Snapchat login does not manage the Public Profile that was chosen.' : 'This Snapchat login manages no Public Profile.';
        throw new NetworkError('rejected', message, { network: 'snapchat' });
      }
      const credentials: Credentials = { accessToken, profileId: profile.id };
      if (profile.snap_user_name) credentials['handle'] = profile.snap_user_name;
      const logos = profile.logo_urls ?? {};
      return tokenAccount(input, {
        externalId: profile.id,
        handle: profile.snap_user_name ?? profile.display_name ?? profile.id,
        displayName: profile.display_name ?? profile.snap_user_name ?? 'Snapchat Public Profile',
        avatarUrl: logos['original_logo_url'] ?? Object.values(logos).find((v): v is string => typeof v === 'string') ?? null,
        credentials,
        limits: SNAPCHAT_DEFAULT_LIMITS,
      });
    },

    limits: (stored) => limitsFromStored(stored),
    validate: (content, limits) => validateForSnapchat(content, limits),

    async publish(ctx, content, idempotencyKey) {
      const { kind } = readSnapOptions(content.options);
      const [media, ...more] = content.media;
      if (!media || more.length > 0) throw new NetworkError('rejected', 'A Snapchat post holds exactly one image or video.', { network: 'snapchat' });
      if (kind === 'spotlight' && !media.mimeType.startsWith('video/')) throw new NetworkError('rejected', 'Spotlight takes videos only.', { network: 'snapchat' });
      const client = await channelClient(ctx);
      const profileId = profileOf(ctx);
      // The media is named after the publication, so `findPublished` can tell an interrupted attempt's post.
      const mediaId = await uploadMedia(client, profileId, media, mediaName(idempotencyKey), options.upload);
      return toPublishedRef(kind, await post(client, profileId, kind, mediaId, content), ctx.credentials['handle']);
    },

    async reply() {
      throw new NetworkError('rejected', NO_COMMENTS, { network: 'snapchat' });
    },

    /**
     * Snap takes no idempotency key, but a media object carries the `name` Chorus gives it (derived from the
     * publication's key). After a crash: ASSUMPTION, the profile's media and posts can be listed
     * (`GET …/media`, `GET …/{stories|saved_stories|spotlights}`): the post whose media has our name is the one the
     * interrupted attempt made. Cannot guarantee: a Story older than 24 hours is gone from the list (and from Snapchat),
     * and media older than its 24-hour life is no longer listed — an attempt that old is reported as never made.
     */
    async findPublished(ctx, idempotencyKey, content) {
      const { kind } = readSnapOptions(content.options);
      const client = await channelClient(ctx);
      const base = profilePath(profileOf(ctx));
      const name = mediaName(idempotencyKey);
      const media = parse(mediaStatusSchema, (await client.get(`${base}/media`)).body, 'the profile media').media.map((m) => m.media);
      const ours = new Set(media.filter((m) => m.name === name).map((m) => m.id));
      if (ours.size === 0) return null;
      const posts = parse(postListSchema, (await client.get(`${base}/${COLLECTION[kind]}`)).body, `the ${COLLECTION[kind].replace('_', ' ')}`);
      const found = posts.find((p) => (p.media_id && ours.has(p.media_id)) || (p.snap_sources ?? []).some((s) => ours.has(s.media_id)));
      return found ? toPublishedRef(kind, found.id, ctx.credentials['handle']) : null;
    },

    /** ASSUMPTION: `DELETE /v1/public_profiles/{id}/{collection}/{post id}` removes a Story, Saved Story or Spotlight. */
    async delete(ctx, externalId) {
      const ref = fromExternalId(externalId);
      if (!ref) throw new NetworkError('not_found', `${externalId} is not a Snapchat post Chorus made.`, { network: 'snapchat' });
      const client = await channelClient(ctx);
      await client.request('DELETE', `${profilePath(profileOf(ctx))}/${COLLECTION[ref.kind]}/${encodeURIComponent(ref.id)}`);
    },

    /**
     * One Profile Stats call per kind of post asked about (developers.snap.com/api/marketing-api/Public-Profile-API/Metrics):
     * `GET …/{profile_id}/stats?assetType=STORY|SAVED_STORY|SPOTLIGHT` answers every asset of that type, LIFETIME by
     * default; no `fields`, because a field the asset type lacks is refused and omitting them answers them all.
     */
    async fetchMetrics(ctx, externalIds) {
      const refs = externalIds.flatMap((externalId) => {
        const ref = fromExternalId(externalId);
        return ref ? [{ externalId, ...ref }] : [];
      });
      if (refs.length === 0) return [];
      const client = await channelClient(ctx);
      const now = new Date();
      const metrics: PostMetrics[] = [];
      for (const kind of SNAP_KINDS) {
        const ofKind = refs.filter((r) => r.kind === kind);
        if (ofKind.length === 0) continue;
        const response = await client.get(`${profilePath(profileOf(ctx))}/stats`, { query: { assetType: ASSET_TYPE[kind], granularity: 'LIFETIME' } });
        const byAsset = statTotals(parse(statsSchema, response.body, 'the profile stats'));
        // A deleted post is not among the assets any more (nor, perhaps, a Story past its 24 hours): the others count.
        for (const ref of ofKind) {
          const totals = byAsset.get(ref.id);
          if (totals) metrics.push(toMetrics(ref.externalId, totals, now));
        }
      }
      return metrics;
    },

    /**
     * The Public Profile's subscribers: Profile Stats of the PROFILE asset itself (developers.snap.com/api/marketing-api/
     * Public-Profile-API/Metrics, `assetType=PROFILE`, field SUBSCRIBERS, LIFETIME). ASSUMPTION, as for the posts'
     * stats: the field's name, the page's metrics table being past the stored copy. Snapchat reports views per Story
     * and Spotlight only, so the account's impressions and reach stay null.
     */
    async fetchAccountMetrics(ctx) {
      const profileId = profileOf(ctx);
      const query = { assetType: 'PROFILE', granularity: 'LIFETIME', fields: 'SUBSCRIBERS' };
      const response = await (await channelClient(ctx)).get(`${profilePath(profileId)}/stats`, { query });
      const totals = statTotals(parse(statsSchema, response.body, 'the profile stats')).get(profileId);
      return { followers: count(totals?.['SUBSCRIBERS']), following: null, posts: null, impressions: null, reach: null };
    },

    /** The composer's choices: Snapchat's kinds of post and their limits, the same for every Public Profile. */
    async composeOptions() {
      return {
        network: 'snapchat',
        kinds: [...SNAP_KINDS],
        maxTitleLength: SNAP_MAX_TITLE,
        maxDescriptionLength: SNAP_MAX_DESCRIPTION,
        minDurationSeconds: SNAP_MIN_VIDEO_SECONDS,
        maxDurationSeconds: SNAP_MAX_VIDEO_SECONDS,
      };
    },

    /** Snap exposes no comments, replies or mentions for Public Profile posts. */
    async fetchEngagement() {
      return [];
    },

    async refreshCredentials(ctx) {
      if (!needsRefresh(ctx.credentials)) return null;
      return refresh(ctx);
    },
  };
}

export { profileUrl };
