/**
 * The fake's resumable `videos.insert` and `thumbnails.set`, per
 * developers.google.com/youtube/v3/guides/using_resumable_upload_protocol, …/docs/videos/insert (errors) and
 * …/docs/thumbnails/set: the session is opened with the metadata (checked here, as Google checks it before any byte),
 * chunks must be multiples of 256 KiB except the last, must start where the session stands, and carry a
 * `Content-Range` that matches their length and the declared total; `bytes *\/total` asks for the status.
 */
import { randomBytes } from 'node:crypto';
import type { IncomingHttpHeaders } from 'node:http';
import { googleError, type Channel, type FakeResponse, type UploadSession, type Video } from './model.js';

const GRANULARITY = 256 * 1024;
/** videoCategories.list (regionCode=US) assignable ids. */
const CATEGORIES = new Set(['1', '2', '10', '15', '17', '19', '20', '22', '23', '24', '25', '26', '27', '28', '29']);

export interface UploadDeps {
  sessions: Map<string, UploadSession>;
  videos: Map<string, Video>;
  baseUrl: () => string;
  processingPolls: number;
  /** Processing of every upload ends `failed` with this reason (e.g. 'codec'). */
  failProcessing: string | null;
  /** Armed by the test: the next chunk keeps only this many of its bytes, then the connection is cut. */
  interrupt: { keepBytes: number } | null;
}

const videoId = (): string => randomBytes(8).toString('base64url').slice(0, 11);

type Resource = UploadSession['resource'];

/** The metadata rules of videos.insert: the errors Google documents for each. */
export function checkResource(body: unknown, channelId: string, now = Date.now()): Resource | FakeResponse {
  const b = (body ?? {}) as { snippet?: Record<string, unknown>; status?: Record<string, unknown> };
  const snippet = b.snippet ?? {};
  const status = b.status ?? {};
  const title = typeof snippet['title'] === 'string' ? snippet['title'] : '';
  if (!title.trim() || [...title].length > 100 || /[<>]/.test(title)) return googleError(400, 'invalidTitle', 'The request metadata specifies an invalid or empty video title.', 'youtube.video');
  const description = typeof snippet['description'] === 'string' ? snippet['description'] : '';
  if (Buffer.byteLength(description) > 5000 || /[<>]/.test(description)) return googleError(400, 'invalidDescription', 'The request metadata specifies an invalid video description.', 'youtube.video');
  const tags = Array.isArray(snippet['tags']) ? snippet['tags'].map(String) : [];
  const tagChars = tags.reduce((n, t) => n + [...t].length + (/\s/.test(t) ? 2 : 0), 0) + Math.max(0, tags.length - 1);
  if (tagChars > 500 || tags.some((t) => /[<>]/.test(t))) return googleError(400, 'invalidTags', 'The request metadata specifies invalid video keywords.', 'youtube.video');
  const categoryId = typeof snippet['categoryId'] === 'string' ? snippet['categoryId'] : '22';
  if (!CATEGORIES.has(categoryId)) return googleError(400, 'invalidCategoryId', 'The snippet.categoryId property specifies an invalid category ID.', 'youtube.video');
  const privacyStatus = status['privacyStatus'] ?? 'public';
  if (privacyStatus !== 'public' && privacyStatus !== 'unlisted' && privacyStatus !== 'private') {
    return googleError(400, 'invalidVideoMetadata', 'The request metadata is invalid.', 'youtube.video');
  }
  const publishAt = typeof status['publishAt'] === 'string' ? status['publishAt'] : null;
  if (publishAt !== null && (privacyStatus !== 'private' || !(Date.parse(publishAt) > now))) {
    return googleError(400, 'invalidPublishAt', 'The request metadata specifies an invalid scheduled publishing time.', 'youtube.video');
  }
  const kids = status['selfDeclaredMadeForKids'];
  return { channelId, title, description, tags, categoryId, privacyStatus, publishAt, madeForKids: typeof kids === 'boolean' ? kids : null };
}

export function createUploadHandlers(deps: UploadDeps) {
  const rangeHeader = (session: UploadSession): Record<string, string> =>
    session.receivedBytes > 0 ? { range: `bytes=0-${session.receivedBytes - 1}` } : {};

  const complete = (session: UploadSession): FakeResponse => {
    let video = session.videoId ? deps.videos.get(session.videoId) : undefined;
    if (!video) {
      video = {
        ...session.resource,
        id: videoId(),
        bytes: session.total,
        uploadStatus: 'uploaded',
        failureReason: null,
        pollsLeft: deps.processingPolls,
        thumbnail: null,
        stats: { views: 0, likes: 0, comments: 0 },
        publishedAt: new Date(),
      };
      deps.videos.set(video.id, video);
      session.videoId = video.id;
    }
    return { status: 200, body: toResource(video, 'snippet,status') };
  };

  return {
    /** `POST /upload/youtube/v3/videos?uploadType=resumable&part=snippet,status`. */
    start(me: Channel, url: URL, headers: IncomingHttpHeaders, body: unknown): FakeResponse {
      if (url.searchParams.get('uploadType') !== 'resumable') return googleError(400, 'badRequest', 'Chorus\'s fake only implements uploadType=resumable.');
      const parts = (url.searchParams.get('part') ?? '').split(',');
      if (!parts.includes('snippet') || !parts.includes('status')) return googleError(400, 'required', 'Required parameter: part', 'global');
      const total = Number(headers['x-upload-content-length']);
      const mimeType = String(headers['x-upload-content-type'] ?? '');
      if (!Number.isInteger(total) || total <= 0) return googleError(400, 'mediaBodyRequired', 'The request does not include the video content.', 'youtube.video');
      if (!mimeType.startsWith('video/') && mimeType !== 'application/octet-stream') {
        return googleError(400, 'invalidMediaType', `Media type '${mimeType}' is not supported.`, 'global');
      }
      const resource = checkResource(body, me.id);
      if ('status' in resource && typeof resource.status === 'number') return resource as FakeResponse;
      const id = randomBytes(12).toString('base64url');
      deps.sessions.set(id, { id, channelId: me.id, total, mimeType, received: [], receivedBytes: 0, resource: resource as Resource, videoId: null });
      return { status: 200, headers: { location: `${deps.baseUrl()}/upload/youtube/v3/videos?uploadType=resumable&upload_id=${id}` } };
    },

    /** `PUT {session URI}`: a chunk, or `bytes *\/total` for the status. */
    put(url: URL, headers: IncomingHttpHeaders, raw: Buffer): FakeResponse {
      const session = deps.sessions.get(url.searchParams.get('upload_id') ?? '');
      if (!session) return googleError(404, 'notFound', 'Upload session not found or expired.', 'global');
      const range = String(headers['content-range'] ?? '');
      const statusQuery = /^bytes \*\/(\d+)$/.exec(range);
      if (statusQuery) {
        if (raw.length !== 0) return googleError(400, 'badContent', 'A status query has no body.', 'global');
        if (session.videoId) return complete(session);
        return { status: 308, headers: rangeHeader(session) };
      }
      const m = /^bytes (\d+)-(\d+)\/(\d+)$/.exec(range);
      if (!m) return googleError(400, 'badContent', 'Content-Range is missing or malformed.', 'global');
      const [first, last, total] = [Number(m[1]), Number(m[2]), Number(m[3])];
      if (total !== session.total) return googleError(400, 'badContent', `The Content-Range total ${total} differs from the declared ${session.total}.`, 'global');
      if (last - first + 1 !== raw.length || Number(headers['content-length']) !== raw.length) {
        return googleError(400, 'badContent', 'Content-Range and Content-Length do not match the bytes sent.', 'global');
      }
      if (first !== session.receivedBytes) {
        return googleError(400, 'badContent', `The upload offset is ${first} byte(s), but ${session.receivedBytes} byte(s) were received so far.`, 'global');
      }
      const isLast = last + 1 === session.total;
      if (!isLast && raw.length % GRANULARITY !== 0) return googleError(400, 'badContent', 'Chunks must be a multiple of 256 KiB, except the last one.', 'global');
      if (deps.interrupt) {
        const keep = Math.min(deps.interrupt.keepBytes, raw.length - 1);
        deps.interrupt = null;
        session.received.push(raw.subarray(0, keep));
        session.receivedBytes += keep;
        return { status: 0, destroy: true };
      }
      session.received.push(raw);
      session.receivedBytes += raw.length;
      return isLast ? complete(session) : { status: 308, headers: rangeHeader(session) };
    },

    /** `POST /upload/youtube/v3/thumbnails/set?videoId=` with the image as the body. */
    thumbnail(me: Channel, url: URL, headers: IncomingHttpHeaders, raw: Buffer): FakeResponse {
      const video = deps.videos.get(url.searchParams.get('videoId') ?? '');
      if (!video) return googleError(404, 'videoNotFound', 'The video that you are trying to update cannot be found.', 'youtube.thumbnail');
      if (video.channelId !== me.id || !me.verified) {
        return googleError(403, 'forbidden', "The authenticated user doesn't have permissions to upload and set custom video thumbnails.", 'youtube.thumbnail');
      }
      const type = String(headers['content-type'] ?? '');
      if (raw.length === 0) return googleError(400, 'mediaBodyRequired', 'The request does not include the image content.', 'youtube.thumbnail');
      if (!['image/jpeg', 'image/png', 'application/octet-stream'].includes(type)) return googleError(400, 'invalidImage', 'The provided image content is invalid.', 'youtube.thumbnail');
      if (raw.length > 2 * 1024 * 1024) return googleError(413, 'mediaBodyTooLarge', 'The thumbnail is larger than 2 MB.', 'global');
      video.thumbnail = { mimeType: type, bytes: raw.length };
      const thumb = { url: `https://i.ytimg.com/vi/${video.id}/default.jpg`, width: 120, height: 90 };
      return { status: 200, body: { kind: 'youtube#thumbnailSetResponse', items: [{ default: thumb }] } };
    },
  };
}

/** A video resource with the parts asked for. */
export function toResource(video: Video, part: string): Record<string, unknown> {
  const parts = part.split(',');
  const out: Record<string, unknown> = { kind: 'youtube#video', id: video.id };
  if (parts.includes('snippet')) {
    out['snippet'] = { title: video.title, description: video.description, tags: video.tags, categoryId: video.categoryId, channelId: video.channelId, publishedAt: video.publishedAt.toISOString() };
  }
  if (parts.includes('status')) {
    out['status'] = {
      uploadStatus: video.uploadStatus,
      privacyStatus: video.privacyStatus,
      ...(video.publishAt ? { publishAt: video.publishAt } : {}),
      ...(video.failureReason ? { failureReason: video.failureReason } : {}),
      ...(video.madeForKids !== null ? { selfDeclaredMadeForKids: video.madeForKids, madeForKids: video.madeForKids } : {}),
    };
  }
  if (parts.includes('statistics')) {
    out['statistics'] = { viewCount: String(video.stats.views), likeCount: String(video.stats.likes), favoriteCount: '0', commentCount: String(video.stats.comments) };
  }
  return out;
}
