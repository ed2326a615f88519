/**
 * The fake's Data API resources, per developers.google.com/youtube/v3/docs: channels.list (mine), videos.list/delete,
 * playlistItems.list (the uploads playlist is the channel id with `UU` for `UC`), commentThreads.list/insert,
 * comments.insert/setModerationStatus/delete, each with the parameters it requires and the errors it documents.
 */
import { randomBytes } from 'node:crypto';
import { googleError, type Channel, type Comment, type FakeResponse, type Video } from './model.js';
import { toResource } from './upload.js';

export interface Deps {
  channels: Map<string, Channel>;
  videos: Map<string, Video>;
  comments: Map<string, Comment>;
  failProcessing: () => string | null;
}

/** The parts a channel resource has (developers.google.com/youtube/v3/docs/channels/list#part). */
const CHANNEL_PARTS = new Set(['auditDetails', 'brandingSettings', 'contentDetails', 'contentOwnerDetails', 'id', 'localizations', 'snippet', 'statistics', 'status', 'topicDetails']);
const required = (name: string) => googleError(400, 'required', `Required parameter: ${name}`, 'global');
const commentId = () => `Ug${randomBytes(12).toString('base64url')}`;

/** A `*.delete` method: the resource named by `id` is gone (204) when the caller owns it; each method has its own refusals. */
function deleteOwned<T>(store: Map<string, T>, url: URL, owned: (item: T) => boolean, refusals: { notFound: FakeResponse; forbidden: FakeResponse }): FakeResponse {
  const id = url.searchParams.get('id') ?? '';
  const item = store.get(id);
  if (!item) return refusals.notFound;
  if (!owned(item)) return refusals.forbidden;
  store.delete(id);
  return { status: 204 };
}

function commentResource(c: Comment, channels: Map<string, Channel>): Record<string, unknown> {
  return {
    kind: 'youtube#comment',
    id: c.id,
    snippet: {
      videoId: c.videoId,
      ...(c.parentId ? { parentId: c.parentId } : {}),
      textDisplay: c.text,
      textOriginal: c.text,
      authorDisplayName: channels.get(c.authorChannelId)?.customUrl ?? c.authorName,
      authorProfileImageUrl: `https://yt3.ggpht.com/${c.authorChannelId}`,
      authorChannelUrl: `http://www.youtube.com/channel/${c.authorChannelId}`,
      authorChannelId: { value: c.authorChannelId },
      canRate: true,
      viewerRating: 'none',
      likeCount: 0,
      moderationStatus: c.moderationStatus,
      publishedAt: c.publishedAt.toISOString(),
      updatedAt: c.publishedAt.toISOString(),
    },
  };
}

export function createHandlers(deps: Deps) {
  const { channels, videos, comments } = deps;
  const resource = (c: Comment) => commentResource(c, channels);

  return {
    channelsList(me: Channel, url: URL): FakeResponse {
      if (!url.searchParams.get('part')) return required('part');
      if (url.searchParams.get('mine') !== 'true') return googleError(400, 'missingRequiredParameter', 'No filter selected. Expected one of: mine, id, forHandle.', 'youtube.parameter');
      const parts = (url.searchParams.get('part') ?? '').split(',');
      const unknown = parts.find((p) => !CHANNEL_PARTS.has(p));
      if (unknown !== undefined) return googleError(400, 'unknownPart', `'${unknown}'`, 'youtube.part');
      // The statistics part (docs/channels#statistics): counts as strings; a hidden subscriber count is left out.
      const statistics = parts.includes('statistics')
        ? {
            statistics: {
              viewCount: '0',
              ...(me.hideSubscribers ? {} : { subscriberCount: String(me.subscribers ?? 0) }),
              hiddenSubscriberCount: me.hideSubscribers ?? false,
              videoCount: String([...videos.values()].filter((v) => v.channelId === me.id).length),
            },
          }
        : {};
      // The status part (docs/channels#status): a verified channel may upload videos over 15 minutes.
      const status = parts.includes('status')
        ? { status: { privacyStatus: 'public', isLinked: true, longUploadsStatus: me.verified ? 'allowed' : 'eligible', madeForKids: me.madeForKids ?? false, selfDeclaredMadeForKids: me.madeForKids ?? false } }
        : {};
      return {
        status: 200,
        body: {
          kind: 'youtube#channelListResponse',
          pageInfo: { totalResults: 1, resultsPerPage: 5 },
          items: [
            {
              kind: 'youtube#channel',
              id: me.id,
              snippet: { title: me.title, customUrl: me.customUrl, thumbnails: { default: { url: `https://yt3.ggpht.com/${me.id}=s88`, width: 88, height: 88 } } },
              contentDetails: { relatedPlaylists: { likes: '', uploads: me.id.replace(/^UC/, 'UU') } },
              ...status,
              ...statistics,
            },
          ],
        },
      };
    },

    videosList(url: URL): FakeResponse {
      const part = url.searchParams.get('part');
      if (!part) return required('part');
      const ids = (url.searchParams.get('id') ?? '').split(',').filter(Boolean);
      if (ids.length === 0) return googleError(400, 'missingRequiredParameter', 'No filter selected.', 'youtube.parameter');
      if (ids.length > 50) return googleError(400, 'invalidParameter', 'Too many ids (at most 50).', 'youtube.parameter');
      const items = ids.flatMap((id) => {
        const video = videos.get(id);
        if (!video) return [];
        // Processing advances as the status is watched: `pollsLeft` answers of `uploaded` first.
        if (part.includes('status') && video.uploadStatus === 'uploaded') {
          if (video.pollsLeft > 0) video.pollsLeft--;
          else {
            const failure = deps.failProcessing();
            video.uploadStatus = failure ? 'failed' : 'processed';
            video.failureReason = failure;
          }
        }
        return [toResource(video, part)];
      });
      return { status: 200, body: { kind: 'youtube#videoListResponse', pageInfo: { totalResults: items.length, resultsPerPage: items.length }, items } };
    },

    videosDelete(me: Channel, url: URL): FakeResponse {
      return deleteOwned(videos, url, (v) => v.channelId === me.id, {
        notFound: googleError(404, 'videoNotFound', 'The video that you are trying to delete cannot be found.', 'youtube.video'),
        forbidden: googleError(403, 'forbidden', 'The video that you are trying to delete cannot be deleted.', 'youtube.video'),
      });
    },

    playlistItemsList(url: URL): FakeResponse {
      if (!url.searchParams.get('part')) return required('part');
      const playlistId = url.searchParams.get('playlistId') ?? '';
      const max = Number(url.searchParams.get('maxResults') ?? 5);
      if (!Number.isInteger(max) || max < 0 || max > 50) return googleError(400, 'invalidParameter', 'maxResults must be between 0 and 50.', 'youtube.parameter');
      const channelId = playlistId.replace(/^UU/, 'UC');
      if (!playlistId.startsWith('UU') || !channels.has(channelId)) return googleError(404, 'playlistNotFound', 'The playlist identified with the request\'s playlistId parameter cannot be found.', 'youtube.playlistItem');
      const items = [...videos.values()]
        .filter((v) => v.channelId === channelId)
        .sort((a, b) => b.publishedAt.getTime() - a.publishedAt.getTime())
        .slice(0, max)
        .map((v) => ({
          kind: 'youtube#playlistItem',
          snippet: { title: v.title, description: v.description, publishedAt: v.publishedAt.toISOString(), channelId, playlistId, resourceId: { kind: 'youtube#video', videoId: v.id } },
        }));
      return { status: 200, body: { kind: 'youtube#playlistItemListResponse', items } };
    },

    commentThreadsList(url: URL): FakeResponse {
      const part = url.searchParams.get('part');
      if (!part) return required('part');
      const channelId = url.searchParams.get('allThreadsRelatedToChannelId');
      const videoId = url.searchParams.get('videoId');
      if (!channelId && !videoId) return googleError(400, 'missingRequiredParameter', 'No filter selected. Expected one of: allThreadsRelatedToChannelId, videoId, id.', 'youtube.parameter');
      const max = Number(url.searchParams.get('maxResults') ?? 20);
      if (!Number.isInteger(max) || max < 1 || max > 100) return googleError(400, 'invalidParameter', 'maxResults must be between 1 and 100.', 'youtube.parameter');
      const start = Number(url.searchParams.get('pageToken') ?? 0);
      const threads = [...comments.values()]
        .filter((c) => !c.parentId && c.moderationStatus === 'published')
        .filter((c) => (videoId ? c.videoId === videoId : videos.get(c.videoId)?.channelId === channelId))
        .sort((a, b) => b.publishedAt.getTime() - a.publishedAt.getTime());
      const page = threads.slice(start, start + max).map((top) => {
        const replies = [...comments.values()].filter((c) => c.parentId === top.id && c.moderationStatus === 'published');
        return {
          kind: 'youtube#commentThread',
          id: top.id,
          snippet: { channelId: videos.get(top.videoId)?.channelId, videoId: top.videoId, topLevelComment: resource(top), totalReplyCount: replies.length, canReply: true, isPublic: true },
          ...(part.includes('replies') && replies.length > 0 ? { replies: { comments: replies.slice(0, 5).map(resource) } } : {}),
        };
      });
      const next = start + max < threads.length ? { nextPageToken: String(start + max) } : {};
      return { status: 200, body: { kind: 'youtube#commentThreadListResponse', items: page, ...next } };
    },

    commentThreadsInsert(me: Channel, url: URL, body: unknown): FakeResponse {
      if (url.searchParams.get('part') !== 'snippet') return required('part');
      const snippet = (body as { snippet?: { videoId?: unknown; topLevelComment?: { snippet?: { textOriginal?: unknown } } } } | null)?.snippet;
      const text = snippet?.topLevelComment?.snippet?.textOriginal;
      if (typeof text !== 'string' || !text.trim()) return googleError(400, 'commentTextRequired', 'The comment resource that is being inserted must specify a value for the snippet.topLevelComment.snippet.textOriginal property.', 'youtube.commentThread');
      const video = videos.get(String(snippet?.videoId ?? ''));
      if (!video) return googleError(404, 'videoNotFound', 'The video identified by the videoId parameter could not be found.', 'youtube.commentThread');
      const c: Comment = { id: commentId(), videoId: video.id, parentId: null, authorChannelId: me.id, authorName: me.title, text, publishedAt: new Date(), moderationStatus: 'published' };
      comments.set(c.id, c);
      video.stats.comments++;
      return { status: 200, body: { kind: 'youtube#commentThread', id: c.id, snippet: { videoId: video.id, topLevelComment: resource(c) } } };
    },

    commentsInsert(me: Channel, url: URL, body: unknown): FakeResponse {
      if (url.searchParams.get('part') !== 'snippet') return required('part');
      const snippet = (body as { snippet?: { parentId?: unknown; textOriginal?: unknown } } | null)?.snippet;
      if (typeof snippet?.textOriginal !== 'string' || !snippet.textOriginal.trim()) {
        return googleError(400, 'commentTextRequired', 'The comment resource that is being inserted must specify a value for the snippet.textOriginal property.', 'youtube.comment');
      }
      const parent = comments.get(String(snippet.parentId ?? ''));
      if (!parent) return googleError(404, 'parentCommentNotFound', 'The parent comment could not be found. Check the value of the snippet.parentId property.', 'youtube.comment');
      // Replies are one level deep: the parent must be a top-level comment.
      if (parent.parentId) return googleError(400, 'operationNotSupported', 'Replies can only be made to top-level comments.', 'youtube.comment');
      const c: Comment = { id: `${parent.id}.${randomBytes(8).toString('base64url')}`, videoId: parent.videoId, parentId: parent.id, authorChannelId: me.id, authorName: me.title, text: snippet.textOriginal, publishedAt: new Date(), moderationStatus: 'published' };
      comments.set(c.id, c);
      return { status: 200, body: resource(c) };
    },

    setModerationStatus(me: Channel, url: URL): FakeResponse {
      const status = url.searchParams.get('moderationStatus');
      if (status !== 'heldForReview' && status !== 'published' && status !== 'rejected') return googleError(400, 'invalidModerationStatus', 'Check the value of the moderationStatus parameter.', 'youtube.comment');
      const ids = (url.searchParams.get('id') ?? '').split(',').filter(Boolean);
      if (ids.length === 0) return required('id');
      for (const id of ids) {
        const c = comments.get(id);
        if (!c) return googleError(404, 'commentNotFound', 'One or more comments cannot be found.', 'youtube.comment');
        // Only the owner of the video moderates its comments.
        if (videos.get(c.videoId)?.channelId !== me.id) return googleError(403, 'forbidden', 'The comment could not be moderated.', 'youtube.comment');
      }
      for (const id of ids) {
        const c = comments.get(id);
        if (c) c.moderationStatus = status;
      }
      return { status: 204 };
    },

    commentsDelete(me: Channel, url: URL): FakeResponse {
      return deleteOwned(comments, url, (c) => c.authorChannelId === me.id, {
        notFound: googleError(404, 'commentNotFound', 'The comment could not be found.', 'youtube.comment'),
        forbidden: googleError(403, 'forbidden', 'The comment could not be deleted.', 'youtube.comment'),
      });
    },
  };
}
