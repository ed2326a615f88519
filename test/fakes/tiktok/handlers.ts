/**
 * The fake's Content Posting and Display API endpoints, each with the rules of its reference page:
 * creator_info/query, video/init (direct post reference: post_info, source_info, chunk rules of the media transfer
 * guide), the upload URL (sequential chunks, `Content-Range`, 206 then 201), content/init (photo reference),
 * status/fetch (get post status reference: PROCESSING_UPLOAD/PROCESSING_DOWNLOAD → PUBLISH_COMPLETE or FAILED;
 * no post id for SELF_ONLY posts), video/query and video/list (Display API, public posts only).
 */
import { randomBytes } from 'node:crypto';
import type { IncomingHttpHeaders } from 'node:http';
import { fail, ok, type App, type Creator, type FakeResponse, type Post } from './model.js';

const MIB = 1024 * 1024;
const LEVELS = ['PUBLIC_TO_EVERYONE', 'MUTUAL_FOLLOW_FRIENDS', 'FOLLOWER_OF_CREATOR', 'SELF_ONLY'];
const invalid = (message: string) => fail(400, 'invalid_params', message);

export interface Deps {
  posts: Map<string, Post>;
  baseUrl: () => string;
  processingPolls: number;
  failReason: () => string | null;
  /** Armed by a test: after `skip` more chunks, the next one is cut off mid-way. */
  interrupt: { armed: boolean; skip: number };
  nextPostId: () => string;
}

type Body = Record<string, unknown>;
const obj = (v: unknown): Body => (v && typeof v === 'object' && !Array.isArray(v) ? (v as Body) : {});

/** The checks shared by video and photo direct posts: audience, the app's audit, the creator's daily cap. */
function checkAudience(app: App, me: Creator, privacy: unknown): FakeResponse | null {
  if (typeof privacy !== 'string' || !LEVELS.includes(privacy)) return invalid('post_info.privacy_level is required and must be one of ' + LEVELS.join(', '));
  if (!app.audited && privacy !== 'SELF_ONLY') return fail(403, 'unaudited_client_can_only_post_to_private_accounts', 'Unaudited clients can only post to private accounts.');
  if (!me.privacyLevelOptions.includes(privacy)) return fail(403, 'privacy_level_option_mismatch', 'privacy_level is not among the creator\'s privacy_level_options.');
  if (me.postsToday >= me.dailyPostCap) return fail(403, 'spam_risk_too_many_posts', 'The daily post cap from the API is reached for the current user.');
  return null;
}

const verified = (app: App, url: unknown) => typeof url === 'string' && app.verifiedPrefixes.some((prefix) => url.startsWith(prefix));

export function createHandlers(deps: Deps) {
  const { posts } = deps;
  const newPost = (me: Creator, fields: Partial<Post> & Pick<Post, 'mediaType' | 'source' | 'privacyLevel'>): Post => {
    const post: Post = {
      publishId: `v_pub_${fields.source === 'FILE_UPLOAD' ? 'file' : 'url'}~v2-1.${randomBytes(8).toString('hex')}`,
      openId: me.openId, title: '', description: '', disableComment: false, photoImages: [], videoSize: 0, chunkSize: 0, totalChunkCount: 0,
      uploadToken: randomBytes(12).toString('hex'), uploadExpiresAt: Date.now() + 3600_000, received: [], receivedBytes: 0,
      status: fields.source === 'FILE_UPLOAD' ? 'PROCESSING_UPLOAD' : 'PROCESSING_DOWNLOAD', pollsLeft: deps.processingPolls, failReason: null, postId: null,
      createdAt: new Date(), metrics: { views: 0, likes: 0, comments: 0, shares: 0 }, ...fields,
    };
    posts.set(post.publishId, post);
    me.postsToday++;
    return post;
  };

  return {
    creatorInfo(me: Creator): FakeResponse {
      return ok({
        creator_avatar_url: `https://p16.tiktokcdn.com/${me.openId}.jpeg`,
        creator_username: me.username,
        creator_nickname: me.displayName,
        privacy_level_options: me.privacyLevelOptions,
        comment_disabled: me.commentDisabled,
        duet_disabled: me.duetDisabled,
        stitch_disabled: me.stitchDisabled,
        max_video_post_duration_sec: me.maxVideoPostDurationSec,
      });
    },

    videoInit(app: App, me: Creator, body: unknown): FakeResponse {
      const info = obj(obj(body)['post_info']);
      const source = obj(obj(body)['source_info']);
      const title = info['title'] ?? '';
      if (typeof title !== 'string' || title.length > 2200) return invalid('post_info.title must be a string of at most 2200 UTF-16 runes.');
      if (source['source'] !== 'FILE_UPLOAD' && source['source'] !== 'PULL_FROM_URL') return invalid('source_info.source must be FILE_UPLOAD or PULL_FROM_URL.');
      const refused = checkAudience(app, me, info['privacy_level']);
      if (refused) return refused;
      const common = { mediaType: 'VIDEO' as const, privacyLevel: String(info['privacy_level']), title, disableComment: info['disable_comment'] === true };
      if (source['source'] === 'PULL_FROM_URL') {
        if (!verified(app, source['video_url'])) return fail(403, 'url_ownership_unverified', 'The domain or URL prefix of video_url is not verified for this app.');
        const post = newPost(me, { ...common, source: 'PULL_FROM_URL' });
        return ok({ publish_id: post.publishId });
      }
      const [size, chunk, count] = [source['video_size'], source['chunk_size'], source['total_chunk_count']].map(Number) as [number, number, number];
      if (![size, chunk, count].every((n) => Number.isInteger(n) && n > 0)) return invalid('video_size, chunk_size and total_chunk_count are required for FILE_UPLOAD.');
      if (size > 4 * 1024 * MIB) return invalid('The video is larger than 4 GB.');
      // Media transfer guide, "Chunk restrictions".
      if (size < 5 * MIB ? chunk !== size || count !== 1 : chunk < 5 * MIB || chunk > 64 * MIB) return invalid('chunk_size must be 5–64 MB, or the whole video when it is under 5 MB.');
      if (count !== Math.floor(size / chunk) || count > 1000) return invalid('total_chunk_count must be floor(video_size / chunk_size), at most 1000.');
      if (size - (count - 1) * chunk > 128 * MIB) return invalid('The final chunk may not exceed 128 MB.');
      const post = newPost(me, { ...common, source: 'FILE_UPLOAD', videoSize: size, chunkSize: chunk, totalChunkCount: count });
      return ok({ publish_id: post.publishId, upload_url: `${deps.baseUrl()}/upload/?upload_id=${encodeURIComponent(post.publishId)}&upload_token=${post.uploadToken}` });
    },

    photoInit(app: App, me: Creator, body: unknown): FakeResponse {
      const b = obj(body);
      const info = obj(b['post_info']);
      const source = obj(b['source_info']);
      if (b['media_type'] !== 'PHOTO') return invalid('media_type must be PHOTO.');
      if (b['post_mode'] !== 'DIRECT_POST' && b['post_mode'] !== 'MEDIA_UPLOAD') return invalid('post_mode must be DIRECT_POST or MEDIA_UPLOAD.');
      if (source['source'] !== 'PULL_FROM_URL') return invalid('Photos are only accepted with source PULL_FROM_URL.');
      const images = Array.isArray(source['photo_images']) ? source['photo_images'] : [];
      if (images.length < 1 || images.length > 35) return invalid('photo_images must hold 1 to 35 URLs.');
      const cover = Number(source['photo_cover_index'] ?? 0);
      if (!Number.isInteger(cover) || cover < 0 || cover >= images.length) return invalid('photo_cover_index is out of range.');
      const title = info['title'] ?? '';
      const description = info['description'] ?? '';
      if (typeof title !== 'string' || title.length > 90) return invalid('post_info.title is at most 90 UTF-16 runes.');
      if (typeof description !== 'string' || description.length > 4000) return invalid('post_info.description is at most 4000 UTF-16 runes.');
      if (b['post_mode'] === 'DIRECT_POST') {
        const refused = checkAudience(app, me, info['privacy_level']);
        if (refused) return refused;
      }
      if (!images.every((u) => verified(app, u))) return fail(403, 'url_ownership_unverified', 'The domain or URL prefix of a photo URL is not verified for this app.');
      const post = newPost(me, { mediaType: 'PHOTO', source: 'PULL_FROM_URL', privacyLevel: String(info['privacy_level'] ?? 'SELF_ONLY'), title, description, photoImages: images.map(String), disableComment: info['disable_comment'] === true });
      return ok({ publish_id: post.publishId });
    },

    /** `PUT {upload_url}`: chunks in order, each of chunk_size but the last (which takes the trailing bytes). */
    upload(url: URL, headers: IncomingHttpHeaders, raw: Buffer): FakeResponse {
      const post = posts.get(url.searchParams.get('upload_id') ?? '');
      if (!post || post.uploadToken !== url.searchParams.get('upload_token') || post.uploadExpiresAt < Date.now()) return fail(403, 'invalid_upload_url', 'The upload URL is invalid or expired.');
      const type = String(headers['content-type'] ?? '');
      if (!['video/mp4', 'video/quicktime', 'video/webm'].includes(type)) return invalid('Content-Type must be video/mp4, video/quicktime or video/webm.');
      const m = /^bytes (\d+)-(\d+)\/(\d+)$/.exec(String(headers['content-range'] ?? ''));
      if (!m) return invalid('Content-Range is required: bytes {FIRST_BYTE}-{LAST_BYTE}/{TOTAL_BYTE_LENGTH}.');
      const [first, last, total] = [Number(m[1]), Number(m[2]), Number(m[3])];
      if (total !== post.videoSize || last - first + 1 !== raw.length || Number(headers['content-length']) !== raw.length) return invalid('Content-Range, Content-Length and the body do not agree with video_size.');
      // Chunks are sequential: the next one starts where the last accepted one ended.
      if (first !== post.receivedBytes) return { status: 416, body: { error: { code: 'invalid_params', message: `Expected the chunk starting at byte ${post.receivedBytes}.` } } };
      const index = first / post.chunkSize;
      const isLast = index === post.totalChunkCount - 1;
      const expected = isLast ? post.videoSize - first : post.chunkSize;
      if (!Number.isInteger(index) || raw.length !== expected) return invalid(`Chunk ${index} must be ${expected} bytes.`);
      if (deps.interrupt.armed && deps.interrupt.skip-- <= 0) {
        // The connection drops mid-chunk: TikTok keeps none of it.
        deps.interrupt.armed = false;
        return { status: 0, destroy: true };
      }
      post.received.push(raw);
      post.receivedBytes += raw.length;
      return { status: isLast ? 201 : 206 };
    },

    status(me: Creator, body: unknown): FakeResponse {
      const post = posts.get(String(obj(body)['publish_id'] ?? ''));
      if (!post || post.openId !== me.openId) return invalid('publish_id is invalid.');
      const uploading = post.source === 'FILE_UPLOAD' && post.receivedBytes < post.videoSize;
      if (!uploading && post.status !== 'PUBLISH_COMPLETE' && post.status !== 'FAILED') {
        if (post.pollsLeft > 0) post.pollsLeft--;
        else {
          post.failReason = deps.failReason();
          post.status = post.failReason ? 'FAILED' : 'PUBLISH_COMPLETE';
          // "developers are not provided with the post_id" for posts not publicly viewable.
          if (!post.failReason && post.privacyLevel !== 'SELF_ONLY') post.postId = deps.nextPostId();
        }
      }
      return ok({
        status: post.status,
        ...(post.failReason ? { fail_reason: post.failReason } : {}),
        ...(post.postId ? { publicaly_available_post_id: [`__INT64__${post.postId}`] } : {}),
        uploaded_bytes: post.receivedBytes,
        ...(post.source === 'PULL_FROM_URL' ? { downloaded_bytes: 0 } : {}),
      });
    },

    videoQuery(me: Creator, url: URL, body: unknown): FakeResponse {
      const fields = (url.searchParams.get('fields') ?? '').split(',').filter(Boolean);
      if (fields.length === 0) return invalid('fields is required.');
      const ids = obj(obj(body)['filters'])['video_ids'];
      if (!Array.isArray(ids) || ids.length === 0 || ids.length > 20) return invalid('filters.video_ids must hold 1 to 20 ids.');
      const videos = [...posts.values()].filter((p) => p.openId === me.openId && p.postId && ids.includes(p.postId)).map((p) => pick(p, me, fields));
      return ok({ videos, cursor: 0, has_more: false });
    },

    videoList(me: Creator, url: URL, body: unknown): FakeResponse {
      const fields = (url.searchParams.get('fields') ?? '').split(',').filter(Boolean);
      if (fields.length === 0) return invalid('fields is required.');
      const max = Number(obj(body)['max_count'] ?? 10);
      if (!Number.isInteger(max) || max < 1 || max > 20) return invalid('max_count must be between 1 and 20.');
      const videos = [...posts.values()]
        .filter((p) => p.openId === me.openId && p.postId)
        .sort((a, b) => b.createdAt.getTime() - a.createdAt.getTime())
        .slice(0, max)
        .map((p) => pick(p, me, fields));
      return ok({ videos, cursor: 0, has_more: false });
    },
  };
}

function pick(p: Post, me: Creator, fields: string[]): Record<string, unknown> {
  const all: Record<string, unknown> = {
    id: p.postId,
    title: p.mediaType === 'PHOTO' ? p.title : p.title,
    video_description: p.mediaType === 'PHOTO' ? p.description : p.title,
    create_time: Math.floor(p.createdAt.getTime() / 1000),
    share_url: `https://www.tiktok.com/@${me.username}/video/${p.postId}`,
    view_count: p.metrics.views,
    like_count: p.metrics.likes,
    comment_count: p.metrics.comments,
    share_count: p.metrics.shares,
  };
  return Object.fromEntries(fields.filter((f) => f in all).map((f) => [f, all[f]]));
}
