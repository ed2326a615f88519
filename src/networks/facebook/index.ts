/**
 * The Facebook Page connector: publishes as a Page with the Page's own access token, reads post metrics and the
 * comments under the Page's posts, replies, hides and deletes comments. All calls go through Meta's Graph API.
 *
 * @example
 * const facebook = createFacebookConnector({ appSecret, appId });
 * const account = await facebook.connect({ accessToken: pageToken, accountId: pageId });
 * const ref = await facebook.publish(ctx, { text: 'Fresh bread at 7', media: [] }, publicationId);
 */
import { z } from 'zod';
import {
  metricsOfEach,
  NetworkError,
  type ChannelContext,
  type Connector,
  type EngagementItem,
  type NativeTargeting,
  type PublicationContent,
  type Violation,
} from '../connector.js';
import { channelGraph, connectInput, metaChannelActions, sameText, type MetaConnectorOptions } from '../meta/channel.js';
import { insightsOrNone, listOf, parseGraph } from '../meta/graph.js';
import { createMetaOAuthProvider, type MetaOAuthOptions } from '../meta/oauth.js';
import type { OAuthProvider } from '../oauth2.js';
import {
  commentSchema,
  commentToEngagement,
  insightSchema,
  objectUrl,
  pageHandle,
  pageSchema,
  postCountsSchema,
  postSchema,
  toFacebookMetrics,
  videoSchema,
} from './mapping.js';
import { fetchPageFigures } from './account.js';
import { commentOn, publishToPage } from './publish.js';
import { FACEBOOK_DEFAULT_LIMITS, facebookLimitsFromStored, validateForFacebook } from './rules.js';
import { facebookTargeting, replyTargetingViolation } from './targeting.js';

export { FACEBOOK_DEFAULT_LIMITS, validateForFacebook } from './rules.js';
export { FACEBOOK_MAX_COUNTRIES, facebookTargeting } from './targeting.js';

export type FacebookConnectorOptions = MetaConnectorOptions;

/** Recent posts searched by `findPublished` and read for comments by `fetchEngagement` (one page of Graph's list). */
const RECENT_POSTS = 25;
/** Comments read per post and run; older ones wait for the next run. */
const COMMENTS_PER_POST = 100;
/**
 * Post insights Chorus reads (https://developers.facebook.com/docs/graph-api/reference/page-post/insights/): media
 * views (Chorus's impressions), unique viewers (its reach) and clicks. `post_impressions` was replaced by
 * `post_media_view` (Pages API changelog, Nov 15, 2025: https://developers.facebook.com/docs/pages-api/changelog/) and
 * `post_impressions_unique` by `post_total_media_view_unique`
 * (https://developers.facebook.com/docs/platforminsights/page/deprecated-metrics); Graph answers an invalid-metric
 * error for the old names on every version, which would cost the whole insights call.
 */
const POST_INSIGHTS = ['post_media_view', 'post_total_media_view_unique', 'post_clicks'];

export function createFacebookOAuthProvider(options: Omit<MetaOAuthOptions, 'network'>): OAuthProvider {
  return createMetaOAuthProvider({ ...options, network: 'facebook' });
}

const refused = (violations: Violation[]): NetworkError =>
  new NetworkError('rejected', violations.map((v) => v.message).join(' '), { network: 'facebook', rule: violations[0]?.rule });

/** The targeting of a publication's audience, null without one; throws when Facebook could not target it. */
function audienceOf(content: PublicationContent): NativeTargeting | null {
  if (!content.audience) return null;
  if (content.inReplyTo !== undefined) throw refused([replyTargetingViolation()]);
  const targeting = facebookTargeting(content.audience);
  if (targeting.violations.length > 0) throw refused(targeting.violations);
  return targeting;
}

export function createFacebookConnector(options: FacebookConnectorOptions = {}): Connector {
  const graphs = channelGraph('facebook', options);
  const pageOf = (ctx: ChannelContext): string => encodeURIComponent(ctx.externalId);

  return {
    network: 'facebook',

    /**
     * Accepts a Page token (optionally with `accountId`), or a user token with the Page's id in `accountId`: Graph
     * then returns the Page's own token in `access_token`, which is what the channel keeps.
     */
    async connect(input) {
      const { accessToken, accountId, expiresAt, proof } = connectInput(input, 'facebook');
      const graph = graphs.forToken(accessToken, proof);
      let page: z.infer<typeof pageSchema>;
      if (accountId) {
        const response = await graph.get(`/${encodeURIComponent(accountId)}`, { fields: 'id,name,picture,access_token,link' });
        page = parseGraph(pageSchema, response.body, 'the Page', 'facebook');
      } else {
        // `category` exists on Pages only: with a user token Graph refuses the field, which says "not a Page token".
        try {
          page = parseGraph(pageSchema, (await graph.get('/me', { fields: 'id,name,picture,link,category' })).body, 'the Page', 'facebook');
        } catch (error) {
          if (error instanceof NetworkError && error.kind === 'rejected' && /nonexisting field \(category\)/i.test(error.message)) {
            throw new NetworkError('rejected', 'This is a personal access token, not a Page token. Paste a Page access token, or give the Page id as well.', {
              network: 'facebook',
            });
          }
          throw error;
        }
      }
      const pageToken = page.access_token ?? accessToken;
      return {
        externalId: page.id,
        handle: pageHandle(page),
        displayName: page.name || page.id,
        avatarUrl: page.picture?.data?.url ?? null,
        serviceUrl: null,
        // Only a token pasted with an expiry keeps it: Page tokens from a long-lived user token never expire.
        credentials: { accessToken: pageToken, ...(expiresAt && pageToken === accessToken ? { expiresAt } : {}) },
        limits: { ...FACEBOOK_DEFAULT_LIMITS },
      };
    },

    limits(stored) {
      return facebookLimitsFromStored(stored);
    },

    validate(content, limits) {
      return validateForFacebook(content, limits);
    },

    nativeTargeting(audience) {
      return facebookTargeting(audience);
    },

    /** With an audience, the post carries its targeting; an audience Facebook refuses fails before any call. */
    async publish(ctx, content) {
      const targeting = audienceOf(content);
      const graph = await graphs.forChannel(ctx);
      return content.inReplyTo ? commentOn(graph, content.inReplyTo, content) : publishToPage(graph, ctx.externalId, content, targeting);
    },

    async reply(ctx, toExternalId, content) {
      if (content.audience) throw refused([replyTargetingViolation()]);
      return commentOn(await graphs.forChannel(ctx), toExternalId, content);
    },

    /**
     * Graph has no idempotency key, so after an interrupted attempt Chorus looks for the post among the Page's 25
     * most recent posts (or videos, for a video; or the comments of the parent, for a reply) with the same text.
     * Guarantees: a post made by the attempt is found while it is among those 25 and its text was not edited.
     * Cannot: tell two posts of identical text apart (the newest is returned), or find a post without text (null →
     * the publisher may post again). Unpublished photos uploaded before a crash are never shown, so are harmless.
     */
    async findPublished(ctx, _key, content) {
      const graph = await graphs.forChannel(ctx);
      if (!content.text.trim()) return null;
      if (content.inReplyTo) {
        const response = await graph.get(`/${encodeURIComponent(content.inReplyTo)}/comments`, {
          fields: 'id,message,created_time,from',
          filter: 'stream',
          order: 'reverse_chronological',
          limit: COMMENTS_PER_POST,
        });
        const comments = parseGraph(listOf(commentSchema), response.body, 'the comments', 'facebook').data;
        const found = comments.find((c) => c.from?.id === ctx.externalId && sameText(c.message, content.text));
        return found ? { externalId: found.id, url: objectUrl(found.id) } : null;
      }
      if (content.media.some((m) => m.mimeType.startsWith('video/'))) {
        const response = await graph.get(`/${pageOf(ctx)}/videos`, { fields: 'id,description,created_time,permalink_url', limit: RECENT_POSTS });
        const videos = parseGraph(listOf(videoSchema), response.body, 'the Page videos', 'facebook').data;
        const found = videos.find((v) => sameText(v.description, content.text));
        return found ? { externalId: found.id, url: `https://www.facebook.com/${ctx.externalId}/videos/${found.id}` } : null;
      }
      const response = await graph.get(`/${pageOf(ctx)}/posts`, { fields: 'id,message,created_time,permalink_url', limit: RECENT_POSTS });
      const posts = parseGraph(listOf(postSchema), response.body, 'the Page posts', 'facebook').data;
      const found = posts.find((p) => sameText(p.message, content.text));
      return found ? { externalId: found.id, url: found.permalink_url ?? objectUrl(found.id) } : null;
    },

    async delete(ctx, externalId) {
      await (await graphs.forChannel(ctx)).delete(`/${encodeURIComponent(externalId)}`);
    },

    async fetchMetrics(ctx, externalIds) {
      const graph = await graphs.forChannel(ctx);
      // A deleted post has no metrics any more (metricsOfEach leaves it out); the others still do.
      return metricsOfEach(externalIds, async (externalId) => {
        const isVideo = !externalId.includes('_');
        const fields = `reactions.summary(total_count).limit(0),comments.summary(total_count).limit(0)${isVideo ? '' : ',shares'}`;
        const counts = parseGraph(postCountsSchema, (await graph.get(`/${encodeURIComponent(externalId)}`, { fields })).body, 'the post counts', 'facebook');
        return toFacebookMetrics(counts, await insightsOrNone(graph, externalId, POST_INSIGHTS, insightSchema), externalId, new Date());
      });
    },

    /** The Page's followers and yesterday's views and reach (see ./account.ts for the fields and their sources). */
    async fetchAccountMetrics(ctx) {
      return fetchPageFigures(await graphs.forChannel(ctx), ctx.externalId);
    },

    /**
     * Comments and replies under the Page's 25 most recent posts, newer than `since`, oldest first. `filter=stream`
     * returns replies to comments too. Comments on older posts and Messenger conversations arrive through webhooks
     * (see `parseMetaWebhook` in ../meta).
     */
    async fetchEngagement(ctx, since) {
      const graph = await graphs.forChannel(ctx);
      const posts = parseGraph(
        listOf(postSchema),
        (await graph.get(`/${pageOf(ctx)}/posts`, { fields: 'id,created_time', limit: RECENT_POSTS })).body,
        'the Page posts',
        'facebook',
      ).data;
      const items: EngagementItem[] = [];
      for (const post of posts) {
        const response = await graph.get(`/${encodeURIComponent(post.id)}/comments`, {
          fields: 'id,message,created_time,permalink_url,from{id,name,picture},parent{id}',
          filter: 'stream',
          order: 'reverse_chronological',
          limit: COMMENTS_PER_POST,
        });
        // Newest first from Graph; reversed so comments of the same second (Graph's precision) keep their order.
        const comments = parseGraph(listOf(commentSchema), response.body, 'the comments', 'facebook').data.reverse();
        for (const comment of comments) {
          if (since && new Date(comment.created_time) <= since) continue;
          const item = commentToEngagement(comment, post.id, ctx.externalId);
          if (item) items.push(item);
        }
      }
      return items.sort((a, b) => a.createdAt.getTime() - b.createdAt.getTime());
    },

    ...metaChannelActions('facebook', graphs, options, 'is_hidden'),

    // Graph API "Object Likes": POST /{object-id}/likes likes a comment or post as the Page; DELETE takes it back.
    async like(ctx, externalId, liked) {
      const graph = await graphs.forChannel(ctx);
      const path = `/${encodeURIComponent(externalId)}/likes`;
      if (liked) await graph.post(path);
      else await graph.delete(path);
    },
  };
}
