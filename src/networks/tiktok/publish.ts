/**
 * Direct posts through the Content Posting API:
 *   1. `POST /v2/post/publish/creator_info/query/` — the creator's audiences, interactions and maximum duration, checked
 *      with `validateAgainstCreator` (TikTok's UX guidelines ask for it before every post);
 *   2. video: `POST /v2/post/publish/video/init/` with `FILE_UPLOAD` (size and chunk plan) then `PUT` each chunk to
 *      `upload_url` with `Content-Range`, in order (media transfer guide); or `PULL_FROM_URL` with the signed media
 *      URL — TikTok downloads it only from a domain or URL prefix the app verified in the developer portal, otherwise
 *      init answers 403 `url_ownership_unverified`;
 *      photos: `POST /v2/post/publish/content/init/` (`media_type: PHOTO`, `photo_images` URLs, same verification);
 *   3. `POST /v2/post/publish/status/fetch/` until `PUBLISH_COMPLETE` or `FAILED`, with a growing wait (TikTok gives no
 *      hint; processing takes from seconds to minutes, moderation of a public post up to hours).
 *
 * Each step is saved under the publication's idempotency key, so a retry continues the same post: a failed chunk is
 * sent again alone, a later attempt asks the status (`uploaded_bytes`) and sends the rest, and a post still
 * processing is polled again rather than posted twice.
 */
import { mediaBytes, NetworkError, type MediaBytes, type PublicationContent } from '../connector.js';
import { defaultSleep } from '../poll.js';
import { memorySessionStore, type SessionStore } from '../session-store.js';
import { errorFromResponse, unreachable, type TikTokClient } from './client.js';
import { FAIL_REASONS, initSchema, parse, statusSchema, toCreatorInfo, type TikTokStatus } from './mapping.js';
import { chunkRange, isPhotoPost, planChunks, readTikTokOptions, validateAgainstCreator } from './rules.js';

export interface TikTokPostSession {
  publishId: string;
  /** Signed for the bytes (a capability): dropped once every chunk is in. */
  uploadUrl?: string;
  chunkSize?: number;
  totalChunkCount?: number;
  /** Bytes TikTok accepted so far (progress; `uploaded_bytes` of the status stays the authority on resume). */
  bytesConfirmed?: number;
}

/** Posts in progress under the publication's idempotency key; `channelId` is the channel posting. */
export type TikTokSessionStore = SessionStore<TikTokPostSession>;

export const memoryTikTokSessions: () => TikTokSessionStore = memorySessionStore;

export interface TikTokPublishOptions {
  /** How videos reach TikTok (default FILE_UPLOAD: no domain to verify). */
  videoSource?: 'FILE_UPLOAD' | 'PULL_FROM_URL';
  /** Preferred chunk (default 10 MiB; kept within TikTok's 5–64 MB). */
  chunkBytes?: number;
  /** Tries of one chunk before giving up as transient (default 4). */
  maxChunkRetries?: number;
  /** Status polls before leaving the post to a later check (default 30, about 10 minutes). */
  maxPolls?: number;
  firstPollDelayMs?: number;
  sleep?: (ms: number) => Promise<void>;
  timeoutMs?: number;
}

const PROCESSING = new Set(['PROCESSING_UPLOAD', 'PROCESSING_DOWNLOAD']);

export interface Clients {
  api: TikTokClient;
  /** Without the bearer token: `upload_url` is signed and on another host. */
  upload: TikTokClient;
}

async function initPost(api: TikTokClient, content: PublicationContent, size: number | null, o: TikTokPublishOptions): Promise<TikTokPostSession> {
  const options = readTikTokOptions(content.options);
  if (isPhotoPost(content)) {
    const body = {
      post_info: {
        title: options.title ?? '',
        description: content.text,
        privacy_level: options.privacyLevel,
        disable_comment: options.disableComment,
        auto_add_music: true,
      },
      source_info: { source: 'PULL_FROM_URL', photo_cover_index: 0, photo_images: content.media.map((m) => m.url) },
      post_mode: 'DIRECT_POST',
      media_type: 'PHOTO',
    };
    const response = await api.request('POST', '/v2/post/publish/content/init/', { json: body });
    return { publishId: parse(initSchema, response.body, 'the new photo post').data.publish_id };
  }
  const video = content.media.find((m) => m.mimeType.startsWith('video/'));
  if (!video) throw new NetworkError('rejected', 'TikTok posts a video or photos: attach one.', { network: 'tiktok' });
  const post_info = {
    title: content.text,
    privacy_level: options.privacyLevel,
    disable_comment: options.disableComment,
    disable_duet: options.disableDuet,
    disable_stitch: options.disableStitch,
    ...(options.isAigc ? { is_aigc: true } : {}),
  };
  if ((o.videoSource ?? 'FILE_UPLOAD') === 'PULL_FROM_URL') {
    const response = await api.request('POST', '/v2/post/publish/video/init/', { json: { post_info, source_info: { source: 'PULL_FROM_URL', video_url: video.url } } });
    return { publishId: parse(initSchema, response.body, 'the new post').data.publish_id };
  }
  const plan = planChunks(size ?? video.sizeBytes, o.chunkBytes);
  const source_info = { source: 'FILE_UPLOAD', video_size: size ?? video.sizeBytes, chunk_size: plan.chunkSize, total_chunk_count: plan.totalChunkCount };
  const init = parse(initSchema, (await api.request('POST', '/v2/post/publish/video/init/', { json: { post_info, source_info } })).body, 'the new post').data;
  if (!init.upload_url) throw new NetworkError('transient', 'TikTok started the upload without an upload address; Chorus will try again.', { network: 'tiktok' });
  return { publishId: init.publish_id, uploadUrl: init.upload_url, chunkSize: plan.chunkSize, totalChunkCount: plan.totalChunkCount };
}

/**
 * Sends chunks from `fromChunk` on; each failing chunk is retried alone with a growing wait. `onChunk` is told the
 * bytes held after each accepted chunk, so the progress can be saved.
 */
async function sendChunks(
  upload: TikTokClient,
  session: TikTokPostSession,
  bytes: MediaBytes,
  mimeType: string,
  fromChunk: number,
  o: TikTokPublishOptions,
  onChunk: (bytesConfirmed: number) => Promise<void>,
): Promise<'done' | 'expired'> {
  const plan = { chunkSize: session.chunkSize ?? bytes.size, totalChunkCount: session.totalChunkCount ?? 1 };
  const sleep = o.sleep ?? defaultSleep;
  for (let index = fromChunk; index < plan.totalChunkCount; index++) {
    const { first, last } = chunkRange(bytes.size, plan, index);
    // Read from the store chunk by chunk (up to 128 MB each), never the whole video.
    const body = new Uint8Array(await bytes.slice(first, last + 1));
    for (let attempt = 1; ; attempt++) {
      try {
        const response = await upload.send('PUT', session.uploadUrl ?? '', {
          bytes: body,
          headers: { 'content-type': mimeType, 'content-length': String(last - first + 1), 'content-range': `bytes ${first}-${last}/${bytes.size}` },
          timeoutMs: o.timeoutMs ?? 120_000,
        });
        if (response.status === 201 || response.status === 206 || response.status === 200) {
          await onChunk(last + 1);
          break;
        }
        // The upload URL lives one hour (direct post reference, `upload_url`).
        if (response.status === 403 || response.status === 404 || response.status === 410) return 'expired';
        throw errorFromResponse(response.status, response.headers, response.body);
      } catch (error) {
        const failure = error instanceof NetworkError ? error : unreachable(error, o.timeoutMs ?? 120_000);
        if (!failure.retryable) throw failure;
        if (attempt >= (o.maxChunkRetries ?? 4)) {
          throw new NetworkError('transient', `Sending the video to TikTok keeps failing (${failure.message}); Chorus will resume it later.`, { network: 'tiktok' });
        }
        await sleep(Math.min(30_000, 1000 * 2 ** (attempt - 1)));
      }
    }
  }
  return 'done';
}

export async function fetchStatus(api: TikTokClient, publishId: string): Promise<TikTokStatus> {
  return parse(statusSchema, (await api.request('POST', '/v2/post/publish/status/fetch/', { json: { publish_id: publishId } })).body, 'the post status').data;
}

/** Polls until the post is complete; FAILED is `rejected` with TikTok's reason in words. */
export async function waitForPost(api: TikTokClient, publishId: string, o: TikTokPublishOptions, first?: TikTokStatus): Promise<TikTokStatus> {
  const sleep = o.sleep ?? defaultSleep;
  let delay = o.firstPollDelayMs ?? 3000;
  let status = first;
  for (let poll = 0; ; poll++) {
    status ??= await fetchStatus(api, publishId);
    if (status.status === 'PUBLISH_COMPLETE' || status.status === 'SEND_TO_USER_INBOX') return status;
    if (status.status === 'FAILED') {
      const reason = status.fail_reason ?? '';
      throw new NetworkError('rejected', `TikTok could not publish the post: ${FAIL_REASONS[reason] ?? (reason || 'no reason given')}.`, { network: 'tiktok' });
    }
    if (!PROCESSING.has(status.status)) throw new NetworkError('transient', `TikTok reports the post as ${status.status}; Chorus will check again.`, { network: 'tiktok' });
    if (poll + 1 >= (o.maxPolls ?? 30)) throw new NetworkError('transient', 'TikTok is still processing the post; Chorus will check again later.', { network: 'tiktok' });
    await sleep(delay);
    delay = Math.min(30_000, Math.round(delay * 1.5));
    status = undefined;
  }
}

/** Where the post is remembered: the publication's idempotency key and the channel posting. */
export interface PostKey {
  key: string;
  channelId: string;
}

/** Sends the chunks from `fromChunk`, saving progress, then forgets the upload URL once the file is whole. */
async function upload(clients: Clients, session: TikTokPostSession, bytes: MediaBytes, mimeType: string, fromChunk: number, at: PostKey, sessions: TikTokSessionStore, o: TikTokPublishOptions) {
  const outcome = await sendChunks(clients.upload, session, bytes, mimeType, fromChunk, o, (bytesConfirmed) => sessions.set(at.key, { ...session, bytesConfirmed }, at.channelId));
  if (outcome === 'done') await sessions.set(at.key, { publishId: session.publishId, bytesConfirmed: bytes.size }, at.channelId);
  return outcome;
}

/** The whole post, continuing from what `sessions` saved for `at.key`. */
export async function publishToTikTok(clients: Clients, content: PublicationContent, at: PostKey, sessions: TikTokSessionStore, o: TikTokPublishOptions): Promise<TikTokStatus & { publishId: string }> {
  const { key } = at;
  const video = content.media.find((m) => m.mimeType.startsWith('video/'));
  let session = await sessions.get(key);
  let first: TikTokStatus | undefined;
  if (session) {
    first = await fetchStatus(clients.api, session.publishId);
    const uploading = first.status === 'PROCESSING_UPLOAD' && session.uploadUrl && video;
    if (uploading) {
      const bytes = mediaBytes(video);
      const held = first.uploaded_bytes ?? 0;
      const fromChunk = Math.floor(held / (session.chunkSize ?? bytes.size));
      if ((await upload(clients, session, bytes, video.mimeType, fromChunk, at, sessions, o)) === 'expired') {
        // The address expired before the file was whole: that post never went out, so a new one is started.
        await sessions.delete(key);
        session = null;
      }
      first = undefined;
    }
  }
  if (!session) {
    const creator = toCreatorInfo((await clients.api.request('POST', '/v2/post/publish/creator_info/query/', { json: {} })).body);
    const violations = validateAgainstCreator(content, creator);
    if (violations.length > 0) throw new NetworkError('rejected', violations.map((v) => v.message).join(' '), { network: 'tiktok' });
    const bytes = video && !isPhotoPost(content) && (o.videoSource ?? 'FILE_UPLOAD') === 'FILE_UPLOAD' ? mediaBytes(video) : null;
    session = await initPost(clients.api, content, bytes?.size ?? null, o);
    await sessions.set(key, session, at.channelId);
    if (bytes && video && (await upload(clients, session, bytes, video.mimeType, 0, at, sessions, o)) === 'expired') {
      throw new NetworkError('transient', 'TikTok refused the upload address it had just given; Chorus will try again.', { network: 'tiktok' });
    }
  }
  return { ...(await waitForPost(clients.api, session.publishId, o, first)), publishId: session.publishId };
}
