/**
 * Video upload for Pins (developers.pinterest.com/docs/api-features/creating-boards-and-pins/#creating-video-pins):
 *   1. `POST /v5/media` {media_type: 'video'} registers an upload → `media_id`, `upload_url`, `upload_parameters`;
 *   2. `POST upload_url` as multipart/form-data: every upload parameter as a form field, then the file as `file`
 *      (an S3 browser-based POST: the file must be the last field, and Pinterest's bearer token is never sent there);
 *   3. `GET /v5/media/{media_id}` until `status` is `succeeded` (or `failed`), then the Pin is created with
 *      `media_source: {source_type: 'video_id', media_id, cover_image_url | cover_image_key_frame_time}`.
 * Pinterest gives no hint of when to poll again: the wait doubles from `pollIntervalMs`, up to 30 s, never a fixed sleep.
 */
import { mediaBytes, NetworkError, type MediaForNetwork } from '../connector.js';
import { defaultSleep } from '../poll.js';
import type { PinterestClient } from './client.js';
import { mediaStatusSchema, mediaUploadSchema, parse } from './mapping.js';
import { streamedForm } from '../multipart.js';

export interface VideoUploadOptions {
  /** Replaces the wait between status polls (tests). */
  sleep?: (ms: number) => Promise<void>;
  /** First wait between polls (default 2 s). */
  pollIntervalMs?: number;
  /** Give up (transient: the publisher retries later) after this long. */
  maxProcessingMs?: number;
  /** The upload to S3 (default 10 minutes: files up to 2 GB). */
  timeoutMs?: number;
  /** Bytes read from the media store at a time while the upload streams (default 1 MiB). */
  readBytes?: number;
}

const MAX_POLL_WAIT_MS = 30_000;

/**
 * Registers, uploads and waits for one video; returns the `media_id` to put in the Pin's media source. The upload
 * is one streamed request (multipart.ts): the video is read from the media store as the connection drains it.
 */
export async function uploadVideo(client: PinterestClient, video: MediaForNetwork, options: VideoUploadOptions = {}): Promise<string> {
  const registered = parse(mediaUploadSchema, (await client.post('/v5/media', { json: { media_type: 'video' } })).body, 'the video registration');
  const form = streamedForm(registered.upload_parameters, { name: 'file', fileName: 'video', type: video.mimeType, bytes: mediaBytes(video) }, options.readBytes);
  const uploaded = await client.upload(registered.upload_url, form, options.timeoutMs ?? 10 * 60_000);
  if (uploaded.status < 200 || uploaded.status >= 300) {
    // S3 answers XML; a 4xx here is an expired or refused upload policy, worth a fresh registration on retry.
    const kind = uploaded.status >= 500 || uploaded.status === 403 ? 'transient' : 'rejected';
    throw new NetworkError(kind, `Pinterest's upload store refused the video (HTTP ${uploaded.status}).`, { network: 'pinterest', status: uploaded.status });
  }
  await waitUntilProcessed(client, registered.media_id, options);
  return registered.media_id;
}

async function waitUntilProcessed(client: PinterestClient, mediaId: string, options: VideoUploadOptions): Promise<void> {
  const sleep = options.sleep ?? defaultSleep;
  const deadline = Date.now() + (options.maxProcessingMs ?? 10 * 60_000);
  let wait = options.pollIntervalMs ?? 2000;
  for (;;) {
    const status = parse(mediaStatusSchema, (await client.get(`/v5/media/${encodeURIComponent(mediaId)}`)).body, 'the video status');
    if (status.status === 'succeeded') return;
    if (status.status === 'failed') {
      throw new NetworkError('rejected', 'Pinterest could not process the video; check that it is an MP4, MOV or M4V of 4 s to 15 min.', {
        network: 'pinterest',
      });
    }
    if (Date.now() + wait > deadline) {
      throw new NetworkError('transient', 'Pinterest is still processing the video; Chorus will try again.', { network: 'pinterest' });
    }
    await sleep(wait);
    wait = Math.min(wait * 2, MAX_POLL_WAIT_MS);
  }
}
