/**
 * The fake's Instagram routes ("Instagram API with Facebook Login" on graph.facebook.com). Sources:
 * content publishing (https://developers.facebook.com/docs/instagram-platform/content-publishing), IG User Media,
 * Media Publish and Content Publishing Limit references, IG Container (status_code values), IG Media insights and
 * IG Comment replies references, and the Instagram error codes table
 * (https://developers.facebook.com/docs/instagram-platform/instagram-graph-api/reference/error-codes), IG User fields
 * (https://developers.facebook.com/docs/graph-api/reference/shadow-ig-user/) and account insights
 * (https://developers.facebook.com/docs/instagram-platform/api-reference/instagram-user/insights).
 */
import { actsFor, fieldNames, graphError, graphTime, invalidParam, missingPermission, ok, pick, unknownObject, type Comment, type Container, type FakeResponse, type IgUser } from './model.js';
import type { Caller, FakeMetaState } from './server.js';

const MAX_CAPTION = 2_200;
const MAX_HASHTAGS = 30;
const MAX_MENTIONS = 20;
const MAX_CAROUSEL = 10;
const MAX_IMAGE_BYTES = 8 * 1024 * 1024;
const MAX_REEL_BYTES = 300 * 1024 * 1024;
const MEDIA_METRICS = new Set(['reach', 'likes', 'comments', 'shares', 'saved', 'views', 'total_interactions', 'follows', 'profile_visits']);
const DAY_MS = 86_400_000;
const IG_USER_FIELDS = new Set(['id', 'ig_id', 'username', 'name', 'biography', 'website', 'profile_picture_url', 'followers_count', 'follows_count', 'media_count']);
/** Account metrics; `impressions` is gone for every version, `views` (and the other interaction totals) need `metric_type=total_value`. */
const ACCOUNT_METRICS = new Set(['reach', 'views', 'follower_count', 'accounts_engaged', 'total_interactions', 'likes', 'comments', 'shares', 'saves', 'replies', 'profile_links_taps', 'follows_and_unfollows', 'online_followers']);
const TOTAL_VALUE_ONLY = new Set(['views', 'accounts_engaged', 'total_interactions', 'likes', 'comments', 'shares', 'saves', 'replies', 'profile_links_taps', 'follows_and_unfollows']);
/** "since and until … cannot be more than 30 days apart." */
const MAX_RANGE_SECONDS = 30 * 86_400;

/** Written independently of the connector: a hashtag is `#` + word characters after a non-word character. */
const hashtags = (text: string): number => (text.match(/(?:^|[^\p{L}\p{N}_])#[\p{L}\p{N}_]+/gu) ?? []).length;
const mentions = (text: string): number => (text.match(/(?:^|[^\p{L}\p{N}_.])@[A-Za-z0-9._]+/gu) ?? []).length;

export function createInstagramHandlers(s: FakeMetaState) {
  const hosted = (url: string | null) => {
    const prefix = `${s.baseUrl}/files/`;
    return url?.startsWith(prefix) ? s.files.get(decodeURIComponent(url.slice(prefix.length))) : undefined;
  };
  const mayAct = (caller: Caller, ig: IgUser | undefined): boolean => !!ig && actsFor(caller, s.pages.get(ig.pageId));
  const permalink = (mediaId: string): string => `https://www.instagram.com/p/${Buffer.from(mediaId).toString('base64url').slice(0, 11)}/`;
  const publishedToday = (ig: IgUser): number => ig.publishedAt.filter((t) => t > Date.now() - DAY_MS).length;

  const renderComment = (c: Comment, fields: string | null): Record<string, unknown> => {
    const username = s.igUsers.get(c.fromId)?.username ?? c.fromName;
    const replies = [...s.comments.values()].filter((r) => r.objectId === c.id).sort((a, b) => a.createdTime - b.createdTime);
    return pick(
      {
        id: c.id,
        text: c.message,
        timestamp: graphTime(c.createdTime),
        username,
        from: { id: c.fromId, username },
        hidden: c.hidden,
        replies: replies.length > 0 ? { data: replies.map((r) => renderComment(r, 'id,text,timestamp,username,from')) } : undefined,
      },
      fields,
      ['text', 'timestamp'],
    );
  };

  /** Checks one image or video URL as Instagram does when it fetches it; null when acceptable. */
  function checkMedia(params: URLSearchParams, kind: 'image' | 'video'): FakeResponse | null {
    const url = params.get(kind === 'image' ? 'image_url' : 'video_url');
    if (!url) return invalidParam(`The parameter ${kind === 'image' ? 'image_url' : 'video_url'} is required`);
    const file = hosted(url);
    if (!file) {
      return graphError(9004, 'The media could not be fetched from this uri', { subcode: 2207052, userTitle: 'Media download has failed', userMsg: `The media could not be fetched from this URI: ${url}. Please check the URI and try again.` });
    }
    if (kind === 'image') {
      if (file.mimeType !== 'image/jpeg') {
        return graphError(36001, 'Invalid image format', { subcode: 2207005, userTitle: 'Unsupported format', userMsg: 'The image format is not supported. Supported formats are: JPEG.' });
      }
      if (file.bytes > MAX_IMAGE_BYTES) {
        return graphError(36000, 'The image size is too large.', { subcode: 2207004, userTitle: 'Image size too large', userMsg: 'The image is too large to download. It should be less than 8 MiB.' });
      }
      const ratio = file.width / file.height;
      if (ratio < 0.8 - 0.005 || ratio > 1.91 + 0.005) {
        return graphError(36003, 'The aspect ratio is not supported.', { subcode: 2207009, userTitle: 'Invalid aspect ratio', userMsg: `The submitted image with aspect ratio ('${file.width}/${file.height}') cannot be published. Please submit an image with a valid aspect ratio.` });
      }
    } else {
      if (!['video/mp4', 'video/quicktime'].includes(file.mimeType)) {
        return graphError(352, 'The video format is not supported.', { subcode: 2207026, userTitle: 'Unsupported video format', userMsg: 'The video format is not supported. Please check spec for supported format.' });
      }
      if (file.bytes > MAX_REEL_BYTES) return graphError(352, 'The video file is too large.', { subcode: 2207026, userMsg: 'Reels can be at most 300 MB.' });
    }
    return null;
  }

  /** `GET /{ig-user-id}/insights`: totals over `since`–`until` with `metric_type=total_value`, else a daily series. */
  function accountInsights(ig: IgUser, params: URLSearchParams, caller: Caller): FakeResponse {
    if (!caller.granted('instagram_manage_insights')) return missingPermission('instagram_manage_insights');
    const metrics = (params.get('metric') ?? '').split(',').filter(Boolean);
    if (metrics.includes('impressions')) return invalidParam('impressions metric is no longer supported; use views');
    if (metrics.length === 0 || metrics.some((m) => !ACCOUNT_METRICS.has(m))) return invalidParam(`metric[0] must be one of the following values: ${[...ACCOUNT_METRICS].join(', ')}`);
    const period = params.get('period');
    if (!period) return invalidParam('The parameter period is required');
    if (period !== 'day' && period !== 'lifetime') return invalidParam('period must be one of the following values: day, lifetime');
    const totals = params.get('metric_type') === 'total_value';
    const needsTotal = metrics.filter((m) => TOTAL_VALUE_ONLY.has(m));
    if (!totals && needsTotal.length > 0) return invalidParam(`The following metrics (${needsTotal.join(', ')}) should be specified with parameter metric_type=total_value`);
    const since = Number(params.get('since') ?? 0);
    const until = Number(params.get('until') ?? 0);
    if (since && until && until - since > MAX_RANGE_SECONDS) return invalidParam('There cannot be more than 30 days (2592000 s) between since and until');
    const value = (name: string) => ig.totals?.[name] ?? 0;
    const data = metrics.map((name) => ({
      name,
      period,
      ...(totals ? { total_value: { value: value(name) } } : { values: [{ value: value(name), end_time: graphTime(Date.now()) }] }),
      title: name,
      description: name,
      id: `${ig.id}/insights/${name}/${period}`,
    }));
    return ok({ data, paging: {} });
  }

  function createContainer(ig: IgUser, params: URLSearchParams): FakeResponse {
    const mediaType = params.get('media_type') ?? 'IMAGE';
    const isItem = params.get('is_carousel_item') === 'true';
    const caption = params.get('caption') ?? '';
    if (!['IMAGE', 'VIDEO', 'REELS', 'CAROUSEL', 'STORIES'].includes(mediaType)) return graphError(100, `The media type ${mediaType} is unknown.`, { subcode: 2207023 });
    if (mediaType === 'VIDEO' && !isItem) return invalidParam('The VIDEO media type is no longer supported for single videos; use REELS');
    if ([...caption].length > MAX_CAPTION) return graphError(100, 'The caption is too long.', { userTitle: 'Caption too long', userMsg: `The caption can have at most ${MAX_CAPTION} characters.` });
    if (hashtags(caption) > MAX_HASHTAGS) return graphError(100, 'Too many hashtags.', { userTitle: 'Too many hashtags', userMsg: `The caption can have at most ${MAX_HASHTAGS} hashtags.` });
    if (mentions(caption) > MAX_MENTIONS) return graphError(100, 'Too many mentions.', { userTitle: 'Too many mentions', userMsg: `The caption can tag at most ${MAX_MENTIONS} accounts.` });
    let children: string[] = [];
    if (mediaType === 'CAROUSEL') {
      children = (params.get('children') ?? '').split(',').filter(Boolean);
      if (children.length < 2 || children.length > MAX_CAROUSEL) return invalidParam(`The parameter children must hold between 2 and ${MAX_CAROUSEL} container ids`);
      for (const child of children) {
        const c = s.containers.get(child);
        if (!c || c.igUserId !== ig.id || !c.isCarouselItem) return invalidParam(`Param children[] ${child} is not a valid carousel item container`);
        if (c.status !== 'FINISHED') return graphError(9007, 'Media ID is not available', { subcode: 2207027, userMsg: 'The media is not ready for publishing, please wait for a moment.' });
      }
    } else {
      const failure = checkMedia(params, mediaType === 'IMAGE' ? 'image' : 'video');
      if (failure) return failure;
    }
    const isVideo = mediaType === 'REELS' || mediaType === 'VIDEO';
    const container: Container = {
      id: s.nextId(),
      igUserId: ig.id,
      mediaType: mediaType as Container['mediaType'],
      caption,
      url: params.get('image_url') ?? params.get('video_url'),
      children,
      isCarouselItem: isItem,
      pollsLeft: isVideo ? s.videoPolls : 0,
      status: isVideo ? 'IN_PROGRESS' : 'FINISHED',
      error: isVideo ? (s.nextContainerError ?? null) : null,
    };
    if (isVideo) s.nextContainerError = null;
    s.containers.set(container.id, container);
    return ok({ id: container.id });
  }

  function readContainer(container: Container, fields: string | null): FakeResponse {
    if (container.status === 'IN_PROGRESS') {
      if (container.pollsLeft > 0) container.pollsLeft--;
      else container.status = container.error ? 'ERROR' : 'FINISHED';
    }
    return ok(pick({ id: container.id, status_code: container.status, status: container.status === 'ERROR' ? `Error: ${container.error}` : container.status === 'FINISHED' ? 'Finished: Media has been uploaded and it is ready to be published.' : undefined }, fields, ['id']));
  }

  function publish(ig: IgUser, params: URLSearchParams): FakeResponse {
    const creationId = params.get('creation_id');
    if (!creationId) return invalidParam('The parameter creation_id is required');
    const container = s.containers.get(creationId);
    if (!container || container.igUserId !== ig.id || container.isCarouselItem) return invalidParam(`Param creation_id ${creationId} is not a valid container id`);
    if (publishedToday(ig) >= s.publishingQuota) {
      return graphError(9, 'Application request limit reached', { subcode: 2207042, userTitle: 'Publishing limit reached', userMsg: 'You reached maximum number of posts that is allowed to be published by Content Publishing API.' });
    }
    if (container.status === 'EXPIRED') return graphError(-2, 'The media you are trying to access has expired. Please try to upload again.', { subcode: 2207020, transient: false });
    if (container.status === 'PUBLISHED') return invalidParam('The container has already been published');
    if (container.status !== 'FINISHED') {
      return graphError(9007, 'Media ID is not available', { subcode: 2207027, userTitle: 'Media not ready', userMsg: 'The media is not ready for publishing, please wait for a moment.' });
    }
    container.status = 'PUBLISHED';
    const id = s.nextId();
    const mediaType = container.mediaType === 'CAROUSEL' ? 'CAROUSEL_ALBUM' : container.mediaType === 'IMAGE' ? 'IMAGE' : 'VIDEO';
    s.media.set(id, { id, igUserId: ig.id, caption: container.caption, mediaType, timestamp: Date.now(), likes: 0, insights: {} });
    ig.publishedAt.push(Date.now());
    return ok({ id });
  }

  async function handle(method: string, path: string, params: URLSearchParams, caller: Caller): Promise<FakeResponse | null> {
    const fields = params.get('fields');
    const [id, edge] = path.split('/').filter(Boolean);
    if (!id) return null;
    const ig = s.igUsers.get(id);
    if (ig) {
      if (!mayAct(caller, ig)) return unknownObject(id, method.toLowerCase());
      if (!edge && method === 'GET') {
        const unknown = [...fieldNames(fields)].find((f) => !IG_USER_FIELDS.has(f));
        if (unknown) return invalidParam(`Tried accessing nonexisting field (${unknown}) on node type (IGUser)`);
        if (!caller.granted('instagram_basic')) return missingPermission('instagram_basic');
        const media = [...s.media.values()].filter((m) => m.igUserId === ig.id).length;
        return ok(pick({ id: ig.id, username: ig.username, name: ig.name, profile_picture_url: `${s.baseUrl}/pictures/${ig.id}.jpg`, followers_count: ig.followers ?? 120, follows_count: ig.follows ?? 0, media_count: media }, fields, ['id']));
      }
      if (edge === 'insights' && method === 'GET') return accountInsights(ig, params, caller);
      if (edge === 'content_publishing_limit' && method === 'GET') {
        return ok({ data: [pick({ quota_usage: publishedToday(ig), config: { quota_total: s.publishingQuota, quota_duration: 86_400 } }, fields, ['quota_usage'])] });
      }
      if (edge === 'media' && method === 'POST') return createContainer(ig, params);
      if (edge === 'media_publish' && method === 'POST') return publish(ig, params);
      if (edge === 'media' && method === 'GET') {
        const limit = Math.min(Number(params.get('limit') ?? 25) || 25, 100);
        const media = [...s.media.values()].filter((m) => m.igUserId === ig.id).sort((a, b) => b.timestamp - a.timestamp);
        const data = media.slice(0, limit).map((m) => pick({ id: m.id, caption: m.caption || undefined, permalink: permalink(m.id), timestamp: graphTime(m.timestamp), media_type: m.mediaType }, fields, ['id']));
        return ok({ data, paging: { cursors: { before: 'QVFIU', after: 'QVFIU' } } });
      }
      return null;
    }
    const container = s.containers.get(id);
    if (container && !edge && method === 'GET') return mayAct(caller, s.igUsers.get(container.igUserId)) ? readContainer(container, fields) : unknownObject(id);
    const media = s.media.get(id);
    if (media) {
      if (!mayAct(caller, s.igUsers.get(media.igUserId))) return unknownObject(id, method.toLowerCase());
      const comments = [...s.comments.values()].filter((c) => c.objectId === id);
      if (!edge && method === 'GET') {
        return ok(pick({ id, caption: media.caption || undefined, permalink: permalink(id), timestamp: graphTime(media.timestamp), media_type: media.mediaType, like_count: media.likes, comments_count: comments.length }, fields, ['id']));
      }
      if (!edge && method === 'DELETE') return unknownObject(id, 'delete'); // IG Media: "Deleting: not supported".
      if (edge === 'insights' && method === 'GET') {
        const metrics = (params.get('metric') ?? '').split(',').filter(Boolean);
        if (metrics.includes('impressions')) return invalidParam('impressions metric is no longer supported for this media; use views');
        if (metrics.length === 0 || metrics.some((m) => !MEDIA_METRICS.has(m))) return invalidParam(`metric[0] must be one of the following values: ${[...MEDIA_METRICS].join(', ')}`);
        return ok({ data: metrics.map((name) => ({ name, period: 'lifetime', values: [{ value: media.insights[name] ?? 0 }], title: name, description: name, id: `${id}/insights/${name}/lifetime` })) });
      }
      if (edge === 'comments' && method === 'GET') {
        return ok({ data: comments.sort((a, b) => b.createdTime - a.createdTime).map((c) => renderComment(c, fields)) });
      }
      return null;
    }
    const comment = s.comments.get(id);
    const onMedia = comment ? s.media.get(comment.objectId) ?? s.media.get(s.comments.get(comment.objectId)?.objectId ?? '') : undefined;
    if (comment && onMedia) {
      if (!mayAct(caller, s.igUsers.get(onMedia.igUserId))) return unknownObject(id, method.toLowerCase());
      if (edge === 'replies' && method === 'GET') {
        return ok({ data: [...s.comments.values()].filter((c) => c.objectId === id).map((c) => renderComment(c, fields)) });
      }
      if (edge === 'replies' && method === 'POST') {
        const message = params.get('message') ?? '';
        if (!message.trim()) return invalidParam('The parameter message is required');
        const owner = s.igUsers.get(onMedia.igUserId);
        const reply: Comment = { id: s.nextId(), objectId: id, fromId: owner?.id ?? '', fromName: owner?.username ?? '', message, createdTime: Date.now(), hidden: false };
        s.comments.set(reply.id, reply);
        return ok({ id: reply.id });
      }
      if (!edge && method === 'POST' && params.has('hide')) {
        comment.hidden = params.get('hide') === 'true';
        return ok({ success: true });
      }
      if (!edge && method === 'DELETE') {
        s.comments.delete(id);
        return ok({ success: true });
      }
      if (!edge && method === 'GET') return ok(renderComment(comment, fields));
    }
    return null;
  }

  return { handle };
}
