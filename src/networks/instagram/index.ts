/**
 * The Instagram connector: Instagram professional accounts linked to a Facebook Page, through Meta's Graph API
 * ("Instagram API with Facebook Login"). Publishes with the container flow (see containers.ts), reads media insights
 * and comments, replies, hides and deletes comments.
 *
 * @example
 * const instagram = createInstagramConnector({ appSecret });
 * const account = await instagram.connect({ accessToken: pageToken, accountId: igUserId, pageId });
 * const ref = await instagram.publish(ctx, { text: 'New menu', media: [photo] }, publicationId);
 */
import { z } from 'zod';
import { metricsOfEach, NetworkError, type ChannelContext, type Connector, type EngagementItem } from '../connector.js';
import { channelGraph, connectInput, metaChannelActions, sameText, type MetaConnectorOptions } from '../meta/channel.js';
import { insightsOrNone, listOf, parseGraph, type GraphClient } from '../meta/graph.js';
import { createMetaOAuthProvider, type MetaOAuthOptions } from '../meta/oauth.js';
import type { OAuthProvider } from '../oauth2.js';
import { fetchInstagramFigures } from './account.js';
import { publishToInstagram, type ContainerPollOptions } from './containers.js';
import {
  commentSchema,
  commentToEngagement,
  createdSchema,
  igUserSchema,
  insightSchema,
  mediaSchema,
  pageWithInstagramSchema,
  toInstagramMetrics,
} from './mapping.js';
import { INSTAGRAM_DEFAULT_LIMITS, instagramLimitsFromStored, validateForInstagram } from './rules.js';

export { INSTAGRAM_DEFAULT_LIMITS, validateForInstagram } from './rules.js';

export interface InstagramConnectorOptions extends MetaConnectorOptions {
  /** How container processing is awaited (tests shorten it). */
  containers?: ContainerPollOptions;
}

/** Recent media searched by `findPublished` and read for comments by `fetchEngagement`. */
const RECENT_MEDIA = 25;
const COMMENTS_PER_MEDIA = 50;
/**
 * Media insights (https://developers.facebook.com/docs/instagram-platform/instagram-graph-api/reference/ig-media/insights):
 * `views` replaced `impressions` and `plays`; `saved` is Chorus's saves.
 */
const MEDIA_INSIGHTS = ['reach', 'likes', 'comments', 'shares', 'saved', 'views'];

/** Facebook Login for Business, listing only the Instagram accounts linked to the Pages the person picked. */
export function createInstagramOAuthProvider(options: Omit<MetaOAuthOptions, 'network'>): OAuthProvider {
  return createMetaOAuthProvider({ ...options, network: 'instagram' });
}

async function replyTo(graph: GraphClient, commentId: string, text: string): Promise<{ externalId: string; url: string }> {
  // Replies go to `/{ig-comment-id}/replies`; Instagram has no URL for a single comment.
  const response = await graph.post(`/${encodeURIComponent(commentId)}/replies`, { message: text });
  return { externalId: parseGraph(createdSchema, response.body, 'the new reply', 'instagram').id, url: '' };
}

export function createInstagramConnector(options: InstagramConnectorOptions = {}): Connector {
  const graphs = channelGraph('instagram', options);
  const igOf = (ctx: ChannelContext): string => encodeURIComponent(ctx.externalId);

  const recentMedia = async (graph: GraphClient, ctx: ChannelContext, fields: string) =>
    parseGraph(listOf(mediaSchema), (await graph.get(`/${igOf(ctx)}/media`, { fields, limit: RECENT_MEDIA })).body, 'the recent media', 'instagram')
      .data;

  return {
    network: 'instagram',

    /** Takes a Page (or user) token and the Instagram account id; without the id, a Page token's linked account. */
    async connect(input) {
      const { accessToken, accountId, expiresAt, proof } = connectInput(input, 'instagram');
      const graph = graphs.forToken(accessToken, proof);
      const fields = 'id,username,name,profile_picture_url';
      let user: z.infer<typeof igUserSchema>;
      if (accountId) {
        user = parseGraph(igUserSchema, (await graph.get(`/${encodeURIComponent(accountId)}`, { fields })).body, 'the Instagram account', 'instagram');
      } else {
        const response = await graph.get('/me', { fields: `id,instagram_business_account{${fields}}` });
        const page = parseGraph(pageWithInstagramSchema, response.body, 'the Page', 'instagram');
        if (!page.instagram_business_account) {
          throw new NetworkError('rejected', 'No Instagram professional account is linked to this Page. Link one in the Page settings, or give the Instagram account id.', {
            network: 'instagram',
          });
        }
        user = page.instagram_business_account;
      }
      const pageId = input['pageId']?.trim();
      return {
        externalId: user.id,
        handle: user.username,
        displayName: user.name || user.username,
        avatarUrl: user.profile_picture_url ?? null,
        serviceUrl: null,
        credentials: { accessToken, ...(pageId ? { pageId } : {}), ...(expiresAt ? { expiresAt } : {}) },
        limits: { ...INSTAGRAM_DEFAULT_LIMITS },
      };
    },

    limits(stored) {
      return instagramLimitsFromStored(stored);
    },

    validate(content, limits) {
      return validateForInstagram(content, limits);
    },

    async publish(ctx, content) {
      const graph = await graphs.forChannel(ctx);
      if (content.inReplyTo) return replyTo(graph, content.inReplyTo, content.text);
      return publishToInstagram(graph, ctx.externalId, content, options.containers);
    },

    async reply(ctx, toExternalId, content) {
      return replyTo(await graphs.forChannel(ctx), toExternalId, content.text);
    },

    /**
     * No idempotency key exists in the container flow. A crash before `media_publish` leaves only an unpublished
     * container (it expires after 24 hours, nobody sees it); a crash during or after it may have published. So
     * Chorus looks for the caption among the account's 25 most recent media (or the replies of the comment, for a
     * reply). Guarantees: a post made by the attempt is found while among those 25 with its caption unchanged.
     * Cannot: find a post without caption, or tell two identical captions apart (the newest is returned).
     */
    async findPublished(ctx, _key, content) {
      const graph = await graphs.forChannel(ctx);
      if (!content.text.trim()) return null;
      if (content.inReplyTo) {
        const response = await graph.get(`/${encodeURIComponent(content.inReplyTo)}/replies`, { fields: 'id,text,timestamp,username,from' });
        const replies = parseGraph(listOf(commentSchema), response.body, 'the replies', 'instagram').data;
        const found = replies.find((r) => r.from?.id === ctx.externalId && sameText(r.text, content.text));
        return found ? { externalId: found.id, url: '' } : null;
      }
      const media = await recentMedia(graph, ctx, 'id,caption,permalink,timestamp');
      const found = media.find((m) => sameText(m.caption, content.text));
      return found ? { externalId: found.id, url: found.permalink ?? '' } : null;
    },

    async delete() {
      // The Instagram Graph API has no DELETE for published media (IG Media reference: "Deleting: not supported").
      throw new NetworkError('rejected', "Instagram's API cannot delete posts. Delete it in the Instagram app; Chorus keeps its record.", {
        network: 'instagram',
      });
    },

    async fetchMetrics(ctx, externalIds) {
      const graph = await graphs.forChannel(ctx);
      return metricsOfEach(externalIds, async (externalId) => {
        const response = await graph.get(`/${encodeURIComponent(externalId)}`, { fields: 'id,like_count,comments_count,media_type' });
        const media = parseGraph(mediaSchema, response.body, 'the media', 'instagram');
        return toInstagramMetrics(media, await insightsOrNone(graph, externalId, MEDIA_INSIGHTS, insightSchema), new Date());
      });
    },

    /** Followers, follows and media count, and the last 24 hours' reach and views (see ./account.ts). */
    async fetchAccountMetrics(ctx) {
      return fetchInstagramFigures(await graphs.forChannel(ctx), ctx.externalId);
    },

    /**
     * Comments and their replies under the 25 most recent media, newer than `since`, oldest first. @mentions in
     * other people's posts and direct messages arrive through webhooks (see `parseMetaWebhook` in ../meta).
     */
    async fetchEngagement(ctx, since) {
      const graph = await graphs.forChannel(ctx);
      const items: EngagementItem[] = [];
      for (const media of await recentMedia(graph, ctx, 'id,permalink,timestamp')) {
        const response = await graph.get(`/${encodeURIComponent(media.id)}/comments`, {
          fields: 'id,text,timestamp,username,from,replies{id,text,timestamp,username,from}',
          limit: COMMENTS_PER_MEDIA,
        });
        // Newest first from Graph; reversed so comments of the same second (Graph's precision) keep their order.
        for (const comment of parseGraph(listOf(commentSchema), response.body, 'the comments', 'instagram').data.reverse()) {
          for (const c of [comment, ...(comment.replies?.data ?? [])]) {
            if (since && new Date(c.timestamp) <= since) continue;
            const item = commentToEngagement(c, media.id, ctx.externalId, media.permalink ?? null);
            if (item) items.push(item);
          }
        }
      }
      return items.sort((a, b) => a.createdAt.getTime() - b.createdAt.getTime());
    },

    ...metaChannelActions('instagram', graphs, options, 'hide'),
  };
}
