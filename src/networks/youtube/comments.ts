/**
 * Comments on the channel's videos (developers.google.com/youtube/v3/docs/commentThreads, …/docs/comments):
 * - list: `commentThreads.list?allThreadsRelatedToChannelId=` newest first (`order=time`), with the replies YouTube
 *   includes (`part=replies`, up to 5 per thread), paged until older than `since`;
 * - reply: to a comment, `comments.insert` with `snippet.parentId` (YouTube threads are one level deep, so a reply to a
 *   reply goes to its top-level comment); to a video, `commentThreads.insert`;
 * - hide: `comments.setModerationStatus` `heldForReview` (and `published` to show again), allowed to the channel owner;
 * - delete: `comments.delete` removes our own comments; for someone else's YouTube answers 403 and the owner's way is
 *   `setModerationStatus=rejected`, which removes it from the video.
 */
import { NetworkError, type ChannelContext, type EngagementItem, type PublishedRef } from '../connector.js';
import type { YouTubeClient, YouTubeRequest, YouTubeResponse } from './client.js';
import type { YouTubeOperation } from './quota.js';
import { commentRef, commentSchema, commentThreadListSchema, commentThreadSchema, isVideoId, parse, toEngagement } from './mapping.js';

type Call = (client: YouTubeClient, operation: YouTubeOperation, method: string, path: string, request?: YouTubeRequest) => Promise<YouTubeResponse>;

/** Pages of 100 threads read at most per poll: 5 units, and a burst of comments beyond waits for the next poll. */
const MAX_PAGES = 5;

export function createCommentsApi(deps: { channelClient: (ctx: ChannelContext) => Promise<YouTubeClient>; call: Call }) {
  const { channelClient, call } = deps;
  /** Replies made by this process per idempotency key: a retry after a lost answer does not comment twice. */
  const replies = new Map<string, PublishedRef>();

  return {
    async list(ctx: ChannelContext, since: Date | null): Promise<EngagementItem[]> {
      const client = await channelClient(ctx);
      const items: EngagementItem[] = [];
      let pageToken: string | undefined;
      for (let page = 0; page < MAX_PAGES; page++) {
        const response = await call(client, 'commentThreads.list', 'GET', '/youtube/v3/commentThreads', {
          query: { part: 'snippet,replies', allThreadsRelatedToChannelId: ctx.externalId, order: 'time', maxResults: 100, textFormat: 'plainText', pageToken },
        });
        const list = parse(commentThreadListSchema, response.body, 'the comments');
        let older = false;
        for (const thread of list.items) {
          const videoId = thread.snippet.videoId ?? null;
          for (const comment of [thread.snippet.topLevelComment, ...(thread.replies?.comments ?? [])]) {
            if (comment.snippet.authorChannelId?.value === ctx.externalId) continue;
            const item = toEngagement(comment, videoId);
            if (since && item.createdAt <= since) {
              if (comment === thread.snippet.topLevelComment) older = true;
              continue;
            }
            items.push(item);
          }
        }
        pageToken = list.nextPageToken ?? undefined;
        if (older || !pageToken) break;
      }
      return items;
    },

    async reply(ctx: ChannelContext, toExternalId: string, text: string, key: string): Promise<PublishedRef> {
      const done = replies.get(key);
      if (done) return done;
      if (!text.trim()) throw new NetworkError('rejected', 'A YouTube comment cannot be empty.', { network: 'youtube' });
      const client = await channelClient(ctx);
      let ref: PublishedRef;
      if (isVideoId(toExternalId)) {
        const response = await call(client, 'commentThreads.insert', 'POST', '/youtube/v3/commentThreads', {
          query: { part: 'snippet' },
          json: { snippet: { channelId: ctx.externalId, videoId: toExternalId, topLevelComment: { snippet: { textOriginal: text } } } },
        });
        const thread = parse(commentThreadSchema, response.body, 'the new comment');
        ref = commentRef(thread.snippet.topLevelComment, thread.snippet.videoId ?? toExternalId);
      } else {
        const parentId = toExternalId.split('.')[0] ?? toExternalId;
        const response = await call(client, 'comments.insert', 'POST', '/youtube/v3/comments', {
          query: { part: 'snippet' },
          json: { snippet: { parentId, textOriginal: text } },
        });
        ref = commentRef(parse(commentSchema, response.body, 'the new reply'), null);
      }
      replies.set(key, ref);
      return ref;
    },

    async moderate(ctx: ChannelContext, commentId: string, status: 'heldForReview' | 'published' | 'rejected'): Promise<void> {
      const client = await channelClient(ctx);
      await call(client, 'comments.setModerationStatus', 'POST', '/youtube/v3/comments/setModerationStatus', { query: { id: commentId, moderationStatus: status } });
    },

    async remove(ctx: ChannelContext, commentId: string): Promise<void> {
      const client = await channelClient(ctx);
      try {
        await call(client, 'comments.delete', 'DELETE', '/youtube/v3/comments', { query: { id: commentId } });
      } catch (error) {
        if (!(error instanceof NetworkError && error.kind === 'rejected' && error.details.status === 403)) throw error;
        await call(client, 'comments.setModerationStatus', 'POST', '/youtube/v3/comments/setModerationStatus', { query: { id: commentId, moderationStatus: 'rejected' } });
      }
    },
  };
}
