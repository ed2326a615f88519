/**
 * `videos.insert` as a resumable upload (developers.google.com/youtube/v3/guides/using_resumable_upload_protocol):
 *   1. `POST /upload/youtube/v3/videos?uploadType=resumable&part=snippet,status` with the video resource as JSON and
 *      `X-Upload-Content-Length` / `-Type` → `200` and the session URI in `Location`;
 *   2. `PUT` the bytes in chunks whose size is a multiple of 256 KiB, each with `Content-Range: bytes a-b/total`;
 *      `308 Resume Incomplete` with `Range: bytes=0-n` says what Google holds; the last chunk answers 200/201 with
 *      the video resource;
 *   3. after an interrupted chunk, `PUT` an empty body with `Content-Range: bytes *\/total` asks the session its
 *      status: 308 with the `Range` received so far (resume from n+1, not from zero), or 200/201 when it was all
 *      received; 404 means the session expired and the upload starts again.
 *
 * The session URI is saved in an `UploadSessionStore` under the publication's idempotency key, so a later attempt
 * resumes the same upload (and, once done, finds the video id instead of uploading a second copy). The default
 * store is in memory; the app gives the connector the database's (src/features/publishing/upload-sessions.ts), so
 * a restarted worker resumes from the byte Google confirms instead of starting over.
 */
import { bufferBytes, NetworkError, type MediaBytes, type MediaForNetwork } from '../connector.js';
import { defaultSleep } from '../poll.js';
import { memorySessionStore, type SessionStore } from '../session-store.js';
import { errorFromResponse, unreachable, type YouTubeClient } from './client.js';
import { parse, videoSchema, type YouTubeVideo } from './mapping.js';

/** Where an upload stands, per idempotency key. */
export interface UploadSession {
  /** A bearer capability for the bytes: dropped once the upload is complete. */
  sessionUri?: string;
  /** What Google last confirmed holding (progress; the session's own status stays the authority on resume). */
  bytesConfirmed?: number;
  videoId?: string;
  thumbnailSet?: boolean;
}

/** Upload sessions under the publication's idempotency key; `channelId` is the channel the upload belongs to. */
export type UploadSessionStore = SessionStore<UploadSession>;

export { memorySessionStore };

export interface UploadOptions {
  /** Bytes per PUT, a multiple of 256 KiB (default 8 MiB, the size Google's client libraries use). */
  chunkBytes?: number;
  /** Replaces the waits (backoff between retries, processing polls) in tests. */
  sleep?: (ms: number) => Promise<void>;
  /** Failed chunks in a row (no byte gained) before giving up as transient; the session stays for the next attempt. */
  maxChunkRetries?: number;
  timeoutMs?: number;
}

/** Told each time Google confirms holding more bytes, so the progress can be saved. */
export type OnBytesConfirmed = (bytes: number) => Promise<void>;

export const CHUNK_GRANULARITY = 256 * 1024;
const DEFAULT_CHUNK_BYTES = 32 * CHUNK_GRANULARITY;
const DEFAULT_CHUNK_TIMEOUT_MS = 120_000;

/** `Range: bytes=0-n` → n + 1 bytes held; no header → nothing held yet. */
export function bytesHeld(range: string | null): number {
  const m = /^bytes=0-(\d+)$/.exec(range?.trim() ?? '');
  return m?.[1] ? Number(m[1]) + 1 : 0;
}

/** Starts a session: the video resource goes with it, the bytes follow. */
export async function startSession(client: YouTubeClient, resource: unknown, media: MediaForNetwork, size: number): Promise<string> {
  const response = await client.request('POST', '/upload/youtube/v3/videos', {
    query: { uploadType: 'resumable', part: 'snippet,status' },
    json: resource,
    headers: { 'x-upload-content-length': String(size), 'x-upload-content-type': media.mimeType },
  });
  const location = response.headers.get('location');
  if (!location) throw new NetworkError('transient', 'YouTube started an upload without giving its address; Chorus will try again.', { network: 'youtube' });
  return new URL(location, client.apiUrl).toString();
}

type Step = { done: true; video: YouTubeVideo } | { done: false; held: number } | { expired: true };

async function put(client: YouTubeClient, sessionUri: string, body: Uint8Array<ArrayBuffer>, range: string, timeoutMs: number): Promise<Step> {
  const response = await client.send('PUT', sessionUri, { bytes: body, headers: { 'content-range': range, 'content-length': String(body.length) }, timeoutMs });
  if (response.status === 200 || response.status === 201) return { done: true, video: parse(videoSchema, response.body, 'the uploaded video') };
  if (response.status === 308) return { done: false, held: bytesHeld(response.headers.get('range')) };
  if (response.status === 404 || response.status === 410) return { expired: true };
  throw errorFromResponse(response.status, response.headers, response.body);
}

/**
 * Sends the bytes from what the session already holds. Returns the video, or null when the session expired (the
 * caller starts a new one). A chunk that fails (connection cut, 5xx) is followed by a status query and the upload
 * continues from the byte Google reports, with exponential backoff between failures.
 */
export async function sendBytes(
  client: YouTubeClient,
  sessionUri: string,
  bytes: Buffer | MediaBytes,
  options: UploadOptions = {},
  onConfirmed?: OnBytesConfirmed,
): Promise<YouTubeVideo | null> {
  const source = Buffer.isBuffer(bytes) ? bufferBytes(bytes) : bytes;
  const chunk = options.chunkBytes ?? DEFAULT_CHUNK_BYTES;
  if (chunk <= 0 || chunk % CHUNK_GRANULARITY !== 0) throw new Error('YouTube upload chunks must be a multiple of 256 KiB.');
  const sleep = options.sleep ?? defaultSleep;
  const timeoutMs = options.timeoutMs ?? DEFAULT_CHUNK_TIMEOUT_MS;
  const total = source.size;
  const status = (): Promise<Step> => put(client, sessionUri, new Uint8Array(0), `bytes */${total}`, timeoutMs);
  // null: where the session stands is unknown (start, or after a failure) and is asked first.
  let step: Step | null = null;
  let failures = 0;
  for (;;) {
    try {
      step ??= await status();
      if ('expired' in step) return null;
      if (step.done) return step.video;
      const from = step.held;
      const to = Math.min(from + chunk, total);
      step = await put(client, sessionUri, new Uint8Array(await source.slice(from, to)), `bytes ${from}-${to - 1}/${total}`, timeoutMs);
      if (!('expired' in step) && !step.done && step.held <= from) throw new NetworkError('transient', 'YouTube kept none of the chunk.', { network: 'youtube' });
      if (!('expired' in step) && !step.done) await onConfirmed?.(step.held);
      failures = 0;
    } catch (error) {
      const retryable = error instanceof NetworkError ? error.retryable : true;
      if (!retryable) throw error instanceof NetworkError ? error : unreachable(error, timeoutMs);
      failures++;
      if (failures > (options.maxChunkRetries ?? 5)) {
        const why = error instanceof Error ? error.message : String(error);
        throw new NetworkError('transient', `The upload to YouTube keeps failing (${why}); Chorus will resume it later.`, { network: 'youtube' });
      }
      // Google's guide: exponential backoff, then ask the session where it stands.
      await sleep(Math.min(60_000, 1000 * 2 ** (failures - 1)));
      step = null;
    }
  }
}

/** `thumbnails.set`: a one-shot media upload of the image (JPEG or PNG, up to 2 MB), read by the caller. */
export async function setThumbnail(client: YouTubeClient, videoId: string, image: MediaForNetwork, bytes: Buffer): Promise<void> {
  await client.request('POST', '/upload/youtube/v3/thumbnails/set', {
    query: { videoId, uploadType: 'media' },
    bytes: new Uint8Array(bytes),
    headers: { 'content-type': image.mimeType, 'content-length': String(bytes.length) },
  });
}
