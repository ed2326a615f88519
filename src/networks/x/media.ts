/**
 * Media upload through the v2 chunked endpoints, for every kind of file (the one-shot `POST /2/media/upload` takes
 * images only, docs.x.com/x-api/media/introduction):
 *   1. `POST /2/media/upload/initialize` {media_type, total_bytes, media_category}   (…/media/initialize-media-upload)
 *   2. `POST /2/media/upload/{id}/append` multipart {media, segment_index 0–999}     (…/media/append-media-upload)
 *   3. `POST /2/media/upload/{id}/finalize` → `processing_info` for video and GIF     (…/media/finalize-media-upload)
 *   4. `GET /2/media/upload?command=STATUS&media_id=…` until `state` is `succeeded`, waiting the `check_after_secs`
 *      X asks for, never a fixed sleep                                                (…/media/get-media-upload-status)
 *   5. alt text: `POST /2/media/metadata` {id, metadata: {alt_text: {text}}}         (…/media/create-media-metadata)
 */
import { z } from 'zod';
import { mediaBytes, NetworkError, type MediaForNetwork } from '../connector.js';
import { defaultSleep } from '../poll.js';
import type { XClient } from './client.js';
import { parse } from './mapping.js';

export interface UploadOptions {
  /** Replaces the wait between status polls (tests). */
  sleep?: (ms: number) => Promise<void>;
  /** Give up (transient, the publisher retries later) after this long. */
  maxProcessingMs?: number;
  /** Bytes per APPEND (at most 5 MB, the APPEND reference's limit). */
  chunkBytes?: number;
  timeoutMs?: number;
}

const DEFAULT_CHUNK_BYTES = 4 * 1024 * 1024;
/** APPEND's `media` "must be <= 5 MB" (POST media/upload APPEND reference). */
const MAX_SEGMENT_BYTES = 5 * 1024 * 1024;
const DEFAULT_UPLOAD_TIMEOUT_MS = 120_000;

const processingSchema = z.object({
  state: z.enum(['pending', 'in_progress', 'succeeded', 'failed']),
  check_after_secs: z.number().nullish(),
  progress_percent: z.number().nullish(),
  error: z.object({ message: z.string().nullish(), name: z.string().nullish() }).nullish(),
});
const uploadSchema = z.object({
  data: z.object({
    id: z.string().regex(/^[0-9]{1,19}$/),
    media_key: z.string().nullish(),
    processing_info: processingSchema.nullish(),
  }),
});

/**
 * `media_category` decides X's size and duration rules. `amplify_video` is the category the docs give 512 MB for
 * (docs.x.com/x-api/media/introduction) and the one their chunked quickstart uses.
 */
export function mediaCategory(mimeType: string): 'tweet_image' | 'tweet_gif' | 'amplify_video' {
  if (mimeType === 'image/gif') return 'tweet_gif';
  return mimeType.startsWith('video/') ? 'amplify_video' : 'tweet_image';
}


/**
 * Uploads one file and returns its media id once X can attach it to a post. Each APPEND reads its own segment
 * from the media store, so a 512 MB video is held one segment at a time.
 */
export async function uploadMedia(client: XClient, media: MediaForNetwork, options: UploadOptions = {}): Promise<string> {
  const bytes = mediaBytes(media);
  const timeoutMs = options.timeoutMs ?? DEFAULT_UPLOAD_TIMEOUT_MS;
  const init = await client.post('/2/media/upload/initialize', {
    json: { media_type: media.mimeType, total_bytes: bytes.size, media_category: mediaCategory(media.mimeType) },
  });
  const mediaId = parse(uploadSchema, init.body, 'the media upload').data.id;
  const chunk = Math.min(options.chunkBytes ?? DEFAULT_CHUNK_BYTES, MAX_SEGMENT_BYTES);
  for (let index = 0, offset = 0; offset < bytes.size; index++, offset += chunk) {
    const segment = new Uint8Array(await bytes.slice(offset, Math.min(offset + chunk, bytes.size)));
    const form = new FormData();
    form.append('segment_index', String(index));
    form.append('media', new Blob([segment], { type: 'application/octet-stream' }), 'chunk');
    await client.post(`/2/media/upload/${mediaId}/append`, { form, timeoutMs });
  }
  const finalized = parse(uploadSchema, (await client.post(`/2/media/upload/${mediaId}/finalize`, { timeoutMs })).body, 'the finalized upload');
  // "If and (only if) the response of the FINALIZE command contains a processing_info field" is polling needed.
  if (finalized.data.processing_info) await waitUntilProcessed(client, mediaId, finalized.data.processing_info, options);
  if (media.altText.trim()) {
    await client.post('/2/media/metadata', { json: { id: mediaId, metadata: { alt_text: { text: media.altText } } } });
  }
  return mediaId;
}

async function waitUntilProcessed(
  client: XClient,
  mediaId: string,
  first: z.infer<typeof processingSchema>,
  options: UploadOptions,
): Promise<void> {
  const sleep = options.sleep ?? defaultSleep;
  const deadline = Date.now() + (options.maxProcessingMs ?? 10 * 60_000);
  let info = first;
  for (;;) {
    if (info.state === 'succeeded') return;
    if (info.state === 'failed') {
      const reason = info.error?.message ?? info.error?.name ?? 'no reason given';
      throw new NetworkError('rejected', `X could not process the uploaded file: ${reason}.`, { network: 'x' });
    }
    // X says when to look again; 1 s when it does not.
    const waitMs = Math.max(1, info.check_after_secs ?? 1) * 1000;
    if (Date.now() + waitMs > deadline) {
      throw new NetworkError('transient', 'X is still processing an uploaded file; Chorus will try again.', { network: 'x' });
    }
    await sleep(waitMs);
    const status = await client.get('/2/media/upload', { query: { command: 'STATUS', media_id: mediaId } });
    info = parse(uploadSchema, status.body, 'the media status').data.processing_info ?? { state: 'succeeded' };
  }
}
