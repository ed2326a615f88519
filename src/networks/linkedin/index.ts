/**
 * The LinkedIn connector (Community Management / Posts API). A channel is a member profile (`urn:li:person:…`) or an
 * organization page the member administers (`urn:li:organization:…`); the channel's external id is that URN.
 *
 * @example
 * const linkedin = createLinkedInConnector({ clientId, clientSecret });
 * const account = await linkedin.connect(choice.connectInput);
 * const ref = await linkedin.publish(ctx, { text: 'Hello (world)', media: [] }, publicationId);
 */
import { metricsOfEach, NetworkError, type ChannelContext, type Connector, type EngagementItem, type PostMetrics, type PublicationContent } from '../connector.js';
import { needsRefresh, refreshApp, savedAccessToken } from '../oauth2.js';
import { encodeUrn, errorFromResponse, LinkedInClient, parse, readLinkedInError, restliList, type LinkedInClientOptions } from './client.js';
import {
  aclsSchema,
  authorKind,
  commentListSchema,
  commentSchema,
  organizationSchema,
  parseCommentUrn,
  postListSchema,
  postUrl,
  shareStatisticsSchema,
  socialActionsSchema,
  toEngagement,
  toMemberMetrics,
  toOrganizationMetrics,
  toPublishedRef,
  userinfoSchema,
} from './mapping.js';
import { fetchOrganizationFigures } from './account.js';
import { uploadImage, uploadVideo, type UploadOptions } from './media.js';
import { requestToken } from './oauth.js';
import { checkAudienceSize, targetEntitiesFor } from './audience.js';
import { escapeLittleText, LINKEDIN_DEFAULT_LIMITS, limitsFromStored, TARGETING_CHOICES, validateForLinkedIn } from './rules.js';
import { linkedinTargeting } from './targeting.js';

export { LINKEDIN_VERSION } from './client.js';
export * from './oauth.js';
export { escapeLittleText, LINKEDIN_DEFAULT_LIMITS, validateForLinkedIn, type LinkedInLimits } from './rules.js';
export { LINKEDIN_COUNTRY_GEO, LINKEDIN_MIN_AUDIENCE, linkedinTargeting } from './targeting.js';

export interface LinkedInConnectorOptions extends LinkedInClientOptions {
  /** Needed to refresh tokens (the refresh grant authenticates the app). */
  clientId?: string;
  clientSecret?: string;
  /** Origin of `/oauth/v2/accessToken` (default https://www.linkedin.com). */
  tokenUrl?: string;
  upload?: UploadOptions;
}

/** Access tokens live 60 days: renew a week early so a failed attempt or a stopped server still leaves time. */
const REFRESH_MARGIN_MS = 7 * 24 * 3600 * 1000;
const SIXTY_DAYS_MS = 60 * 24 * 3600 * 1000;
/** Own posts whose comments are read per `fetchEngagement` (one request each). */
const ENGAGEMENT_POSTS = 10;

export function createLinkedInConnector(options: LinkedInConnectorOptions = {}): Connector {
  const clientFor = (token: string): LinkedInClient => new LinkedInClient(token, options);
  const channelClient = (ctx: ChannelContext): LinkedInClient => clientFor(savedAccessToken(ctx, { network: 'linkedin', name: 'LinkedIn' }));

  /**
   * `distribution` with the targeting of the audience and options, checked against the author (validate() may not
   * know it) and, for a page, against LinkedIn's minimum audience before anything is uploaded.
   */
  const distribution = async (client: LinkedInClient, author: string, content: PublicationContent): Promise<Record<string, unknown>> => {
    const entities = targetEntitiesFor(author, content);
    if (entities?.length) await checkAudienceSize(client, author, entities);
    return { feedDistribution: 'MAIN_FEED', targetEntities: entities ?? [], thirdPartyDistributionChannels: [] };
  };

  const mediaContent = async (client: LinkedInClient, author: string, content: PublicationContent): Promise<Record<string, unknown> | undefined> => {
    if (content.media.length === 0) return undefined;
    const [first] = content.media;
    if (first && first.mimeType.startsWith('video/')) return { media: { id: await uploadVideo(client, author, first, options.upload) } };
    const images: { id: string; altText: string }[] = [];
    for (const m of content.media) images.push({ id: await uploadImage(client, author, m, options.upload), altText: m.altText });
    const alt = (altText: string) => (altText.trim() ? { altText: altText.slice(0, 4086) } : {});
    if (images.length === 1 && images[0]) return { media: { id: images[0].id, ...alt(images[0].altText) } };
    return { multiImage: { images: images.map((i) => ({ id: i.id, ...alt(i.altText) })) } };
  };

  const comment = async (ctx: ChannelContext, target: string, content: PublicationContent) => {
    if (content.audience) throw new NetworkError('rejected', 'A comment is seen by everyone who sees the post it answers; LinkedIn cannot target it.', { network: 'linkedin', rule: 'targeting_reply' });
    if (content.media.length > 0) throw new NetworkError('rejected', 'Chorus sends LinkedIn comments as text only.', { network: 'linkedin' });
    const client = channelClient(ctx);
    const parent = parseCommentUrn(target);
    const postUrn = parent ? parent.thread : target;
    const body = { actor: ctx.externalId, object: postUrn, message: { text: escapeLittleText(content.text) }, ...(parent ? { parentComment: target } : {}) };
    const response = await client.request('POST', `/rest/socialActions/${encodeUrn(target)}/comments`, { json: body });
    const created = commentSchema.partial().safeParse(response.body);
    const id = (created.success ? created.data.id : undefined) ?? response.headers.get('x-restli-id') ?? '';
    const urn = (created.success ? created.data.commentUrn : undefined) ?? `urn:li:comment:(${postUrn},${id})`;
    return { externalId: urn, url: `${postUrl(postUrn)}?commentUrn=${encodeURIComponent(urn)}` };
  };

  return {
    network: 'linkedin',

    /** The composer's audience targeting choices; no request: whether the channel is a page is in its URN. */
    async composeOptions(ctx) {
      return { network: 'linkedin', audienceTargeting: authorKind(ctx.externalId) === 'organization', ...TARGETING_CHOICES };
    },

    async connect(input) {
      const accessToken = input['accessToken']?.trim();
      if (!accessToken) throw new NetworkError('rejected', 'Connect LinkedIn through the sign-in button (an access token is needed).', { network: 'linkedin' });
      const client = clientFor(accessToken);
      const me = parse(userinfoSchema, (await client.request('GET', '/v2/userinfo')).body, 'the member');
      const memberUrn = `urn:li:person:${me.sub}`;
      const accountId = input['accountId'] || memberUrn;
      let profile: { handle: string; displayName: string; avatarUrl: string | null };
      if (authorKind(accountId) === 'organization') {
        const acls = parse(aclsSchema, (await client.request('GET', '/rest/organizationAcls?q=roleAssignee&role=ADMINISTRATOR&state=APPROVED')).body, 'the page roles');
        if (!acls.elements.some((a) => a.organization === accountId && a.role === 'ADMINISTRATOR' && a.state === 'APPROVED')) {
          throw new NetworkError('auth', 'This LinkedIn member is not an administrator of that page any more. Ask a page admin to restore the role, then reconnect.', { network: 'linkedin' });
        }
        const org = parse(organizationSchema, (await client.request('GET', `/rest/organizations/${encodeUrn(accountId.split(':').pop() ?? '')}`)).body, 'the organization');
        profile = { handle: org.vanityName ?? accountId, displayName: org.localizedName ?? accountId, avatarUrl: null };
      } else if (accountId !== memberUrn) {
        throw new NetworkError('auth', 'This access token belongs to another LinkedIn member than the one chosen.', { network: 'linkedin' });
      } else {
        const name = me.name || [me.given_name, me.family_name].filter(Boolean).join(' ') || memberUrn;
        profile = { handle: name, displayName: name, avatarUrl: me.picture ?? null };
      }
      const credentials: Record<string, string> = {
        accessToken,
        // A token without a stated expiry is treated as just issued: LinkedIn access tokens live 60 days.
        expiresAt: input['expiresAt'] ?? new Date(Date.now() + SIXTY_DAYS_MS).toISOString(),
        memberUrn,
      };
      if (input['refreshToken']) credentials['refreshToken'] = input['refreshToken'];
      if (input['refreshExpiresAt']) credentials['refreshExpiresAt'] = input['refreshExpiresAt'];
      return { externalId: accountId, ...profile, serviceUrl: null, credentials, limits: { ...LINKEDIN_DEFAULT_LIMITS, linkedinAuthor: authorKind(accountId) } };
    },

    limits: (stored) => limitsFromStored(stored),
    nativeTargeting: (audience, stored) => linkedinTargeting(audience, limitsFromStored(stored).linkedinAuthor),
    validate: (content, limits) => validateForLinkedIn(content, limits),

    /**
     * LinkedIn has no idempotency key, but refuses a post identical to a recent one with 422 DUPLICATE_POST naming
     * it ("Content is a duplicate of urn:li:share:…"). A retry of the same publication is exactly that case, so the
     * named post is returned as ours. Caveat: two different publications with the same text on one account within
     * LinkedIn's duplicate window become one post (LinkedIn would refuse the second anyway); and LinkedIn has been seen
     * naming a post deleted since, whose link then leads nowhere.
     */
    async publish(ctx, content) {
      const client = channelClient(ctx);
      const author = ctx.externalId;
      const dist = await distribution(client, author, content);
      const media = await mediaContent(client, author, content);
      const response = await client.send('POST', '/rest/posts', {
        json: {
          author,
          commentary: escapeLittleText(content.text),
          visibility: 'PUBLIC',
          distribution: dist,
          ...(media ? { content: media } : {}),
          lifecycleState: 'PUBLISHED',
          isReshareDisabledByAuthor: false,
        },
      });
      if (response.status === 422 && readLinkedInError(response.body).code === 'DUPLICATE_POST') {
        const urn = /urn:li:(?:share|ugcPost):\d+/.exec(readLinkedInError(response.body).message ?? '')?.[0];
        if (urn) return toPublishedRef(urn);
      }
      if (response.status < 200 || response.status >= 300) throw errorFromResponse(response.status, response.headers, response.body);
      const urn = response.headers.get('x-restli-id');
      if (!urn) throw new NetworkError('transient', 'LinkedIn created the post but did not say its id (x-restli-id).', { network: 'linkedin' });
      return toPublishedRef(urn);
    },

    reply: (ctx, toExternalId, content) => comment(ctx, toExternalId, content),

    /**
     * Pages: the 20 latest posts of the organization (`GET /rest/posts?q=author`, needs r_organization_social),
     * matched on the escaped commentary; a post pushed back by 20 newer ones is not found. Members: listing one's own
     * posts needs r_member_social, which LinkedIn grants to few apps, so this returns null and `publish` relies on
     * LinkedIn's DUPLICATE_POST answer instead. Replies (comments) are not looked up.
     */
    async findPublished(ctx, _key, content) {
      if (authorKind(ctx.externalId) !== 'organization' || content.inReplyTo) return null;
      const client = channelClient(ctx);
      const response = await client.request('GET', `/rest/posts?author=${encodeUrn(ctx.externalId)}&q=author&count=20&sortBy=LAST_MODIFIED`);
      const expected = escapeLittleText(content.text).trim();
      const found = parse(postListSchema, response.body, 'the latest posts').elements.find((p) => (p.commentary ?? '').trim() === expected && p.lifecycleState !== 'DRAFT');
      return found ? toPublishedRef(found.id) : null;
    },

    async delete(ctx, externalId) {
      await channelClient(ctx).request('DELETE', `/rest/posts/${encodeUrn(externalId)}`);
    },

    /**
     * A page's followers and yesterday's impressions and reach (see ./account.ts). LinkedIn opens a member's follower
     * count to its partner programs only, so a member channel reports nothing (all null) without calling LinkedIn.
     */
    async fetchAccountMetrics(ctx) {
      if (authorKind(ctx.externalId) !== 'organization') return { followers: null, following: null, posts: null, impressions: null, reach: null };
      return fetchOrganizationFigures(channelClient(ctx), ctx.externalId);
    },

    async fetchMetrics(ctx, externalIds) {
      const client = channelClient(ctx);
      const fetchedAt = new Date();
      const metrics: PostMetrics[] = [];
      if (authorKind(ctx.externalId) === 'organization') {
        // One call per kind of URN: the statistics finder takes `shares=List(…)` and `ugcPosts=List(…)`.
        for (const [param, prefix] of [['shares', 'urn:li:share:'], ['ugcPosts', 'urn:li:ugcPost:']] as const) {
          const ids = externalIds.filter((id) => id.startsWith(prefix));
          if (ids.length === 0) continue;
          const response = await client.request('GET', `/rest/organizationalEntityShareStatistics?q=organizationalEntity&organizationalEntity=${encodeUrn(ctx.externalId)}&${param}=${restliList(ids)}`);
          for (const element of parse(shareStatisticsSchema, response.body, 'the share statistics').elements) {
            const id = element.share ?? element.ugcPost;
            if (id) metrics.push(toOrganizationMetrics(id, element.totalShareStatistics, fetchedAt));
          }
        }
        return metrics;
      }
      return metricsOfEach(externalIds, async (id) => {
        const response = await client.request('GET', `/rest/socialActions/${encodeUrn(id)}`);
        return toMemberMetrics(id, parse(socialActionsSchema, response.body, 'the social actions'), fetchedAt);
      });
    },

    /**
     * Comments on the page's latest posts. For a member profile there is no way to list one's own posts without the
     * restricted r_member_social permission, so members get no engagement here.
     */
    async fetchEngagement(ctx, since) {
      if (authorKind(ctx.externalId) !== 'organization') return [];
      const client = channelClient(ctx);
      const posts = parse(postListSchema, (await client.request('GET', `/rest/posts?author=${encodeUrn(ctx.externalId)}&q=author&count=${ENGAGEMENT_POSTS}&sortBy=LAST_MODIFIED`)).body, 'the latest posts').elements;
      const items: EngagementItem[] = [];
      for (const post of posts) {
        const response = await client.request('GET', `/rest/socialActions/${encodeUrn(post.id)}/comments?count=100`);
        for (const c of parse(commentListSchema, response.body, 'the comments').elements) {
          const item = toEngagement(c, post.id, ctx.externalId);
          if (item && (!since || item.createdAt > since)) items.push(item);
        }
      }
      return items.sort((a, b) => a.createdAt.getTime() - b.createdAt.getTime());
    },

    async refreshCredentials(ctx) {
      const c = ctx.credentials;
      if (!needsRefresh(c, Date.now(), REFRESH_MARGIN_MS)) return null;
      const expired = Date.parse(c['expiresAt'] ?? '') <= Date.now();
      const refreshDead = c['refreshExpiresAt'] !== undefined && Date.parse(c['refreshExpiresAt']) <= Date.now();
      const app = c['refreshToken'] && !refreshDead ? await refreshApp(options, ctx) : undefined;
      if (!c['refreshToken'] || !app || refreshDead) {
        // Nothing to refresh with: the token still works until it expires, then the person must reconnect.
        if (expired) throw new NetworkError('auth', 'LinkedIn access for this channel has expired. Reconnect the channel.', { network: 'linkedin' });
        return null;
      }
      const grant = await requestToken(
        { ...app, tokenUrl: options.tokenUrl, fetch: options.fetch, timeoutMs: options.timeoutMs },
        { grant_type: 'refresh_token', refresh_token: c['refreshToken'] },
        'LinkedIn refused to renew this channel\'s access; reconnect the channel',
      );
      const next: Record<string, string> = { ...c, accessToken: grant.accessToken, expiresAt: (grant.expiresAt ?? new Date(Date.now() + SIXTY_DAYS_MS)).toISOString() };
      if (grant.refreshToken) next['refreshToken'] = grant.refreshToken;
      if (grant.refreshExpiresAt) next['refreshExpiresAt'] = grant.refreshExpiresAt.toISOString();
      await ctx.onCredentialsChanged(next);
      return next;
    },

    /**
     * Reactions API (learn.microsoft.com/linkedin/marketing/community-management/shares/reactions-api): "Create a
     * Reaction on a Comment" as the page, `LIKE` being the thumbs-up; "Delete a Reaction" by its (actor, entity) key.
     * Liking twice or unliking what was never liked is harmless (the duplicate and the missing answers are taken as done).
     */
    async like(ctx, externalId, liked) {
      const client = channelClient(ctx);
      const actor = encodeUrn(ctx.externalId);
      try {
        if (liked) await client.request('POST', `/rest/reactions?actor=${actor}`, { json: { root: externalId, reactionType: 'LIKE' } });
        else await client.request('DELETE', `/rest/reactions/(actor:${actor},entity:${encodeUrn(externalId)})`);
      } catch (error) {
        const status = error instanceof NetworkError ? error.details.status : undefined;
        if ((liked && status === 409) || (!liked && status === 404)) return;
        throw error;
      }
    },

    async deleteEngagement(ctx, externalId) {
      const parsed = parseCommentUrn(externalId);
      if (!parsed) throw new NetworkError('rejected', `${externalId} is not a LinkedIn comment.`, { network: 'linkedin' });
      await channelClient(ctx).request('DELETE', `/rest/socialActions/${encodeUrn(parsed.thread)}/comments/${encodeURIComponent(parsed.id)}?actor=${encodeUrn(ctx.externalId)}`);
    },
  };
}
