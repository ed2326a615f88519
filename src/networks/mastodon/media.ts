/**
 * Media upload: `POST /api/v2/media` (falls back to v1 on servers without it), with the alt text as `description`.
 * Mastodon answers 200 when the file is ready and 202 (with `url: null`) when it still processes it — video, large
 * images — in which case `GET /api/v1/media/:id` answers 206 until it is done (docs.joinmastodon.org/methods/media).
 * We only poll after a 202 or a null `url`: snac2 answers 200 at once and 404 on `GET /api/v1/media/:id`.
 *
 * The file goes as a streamed multipart body read from the media store range by range (../multipart.ts): a video
 * can be hundreds of MB and `FormData` would hold all of it. Images take the same path, so there is one way to send.
 */
import { z } from 'zod';
import { NetworkError, mediaBytes, type MediaForNetwork } from '../connector.js';
import { defaultSleep } from '../poll.js';
import { streamedForm, type StreamedForm } from '../multipart.js';
import { errorFromResponse, type MastodonClient } from './client.js';
import { parse } from './mapping.js';

export interface UploadOptions {
  /** First wait between polls; doubles up to 5 s. */
  pollIntervalMs?: number;
  /** Give up (transient, the publisher retries later) after this long. */
  maxProcessingMs?: number;
  sleep?: (ms: number) => Promise<void>;
  /** Bytes per read from the media store (tests make it small to see several reads). */
  readBytes?: number;
}

const uploadedSchema = z.object({
  id: z.union([z.string(), z.number()]).transform(String),
  url: z.string().nullish(),
});

const EXTENSIONS: Record<string, string> = {
  'image/jpeg': 'jpg',
  'image/png': 'png',
  'image/gif': 'gif',
  'image/webp': 'webp',
  'image/avif': 'avif',
  'image/heic': 'heic',
  'video/mp4': 'mp4',
  'video/webm': 'webm',
  'video/quicktime': 'mov',
};


/** Uploads one file and returns its media id once the server can attach it to a status. */
export async function uploadMedia(client: MastodonClient, media: MediaForNetwork, options: UploadOptions = {}): Promise<string> {
  const bytes = mediaBytes(media);
  // A stream is sent once: the v1 fallback gets a fresh form, which reads the file again from the start.
  const form = (): StreamedForm =>
    streamedForm(
      media.altText.trim() ? { description: media.altText } : {},
      { name: 'file', fileName: `${media.id}.${EXTENSIONS[media.mimeType] ?? 'bin'}`, type: media.mimeType, bytes },
      options.readBytes,
    );
  let response = await client.send('POST', '/api/v2/media', { streamedForm: form(), timeoutMs: client.uploadTimeoutMs });
  if (response.status === 404) {
    response = await client.send('POST', '/api/v1/media', { streamedForm: form(), timeoutMs: client.uploadTimeoutMs });
  }
  if (response.status < 200 || response.status >= 300) {
    throw errorFromResponse(response.status, response.headers, response.body, client.host);
  }
  const uploaded = parse(uploadedSchema, response.body, 'the media upload', client.host);
  if (response.status === 202 || !uploaded.url) await waitUntilProcessed(client, uploaded.id, options);
  return uploaded.id;
}

async function waitUntilProcessed(client: MastodonClient, id: string, options: UploadOptions): Promise<void> {
  const sleep = options.sleep ?? defaultSleep;
  const deadline = Date.now() + (options.maxProcessingMs ?? 180_000);
  let wait = options.pollIntervalMs ?? 1000;
  for (;;) {
    await sleep(wait);
    const response = await client.send('GET', `/api/v1/media/${encodeURIComponent(id)}`);
    if (response.status === 200) {
      const media = parse(uploadedSchema, response.body, 'the media status', client.host);
      if (media.url) return;
    } else if (response.status !== 206) {
      throw errorFromResponse(response.status, response.headers, response.body, client.host);
    }
    if (Date.now() + wait > deadline) {
      throw new NetworkError('transient', `${client.host} is still processing an uploaded file; Chorus will try again.`, {
        network: 'mastodon',
      });
    }
    wait = Math.min(wait * 2, 5000);
  }
}
