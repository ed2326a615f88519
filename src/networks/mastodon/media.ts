/**
 * Media upload: `POST /api/v2/media` (falls back to v1 on servers without it), with the alt text as `description`.
 * Mastodon answers 200 when the file is ready and 202 (with `url: null`) when it still processes it — video, large
 * images — in which case `GET /api/v1/media/:id` answers 206 until it is done (docs.joinmastodon.org/methods/media).
 * We only poll after a 202 or a null `url`: snac2 answers 200 at once and 404 on `GET /api/v1/media/:id`.
 */
import { z } from 'zod';
import { NetworkError, type MediaForNetwork } from '../connector.js';
import { errorFromResponse, type MastodonClient } from './client.js';
import { parse } from './mapping.js';

export interface UploadOptions {
  /** First wait between polls; doubles up to 5 s. */
  pollIntervalMs?: number;
  /** Give up (transient, the publisher retries later) after this long. */
  maxProcessingMs?: number;
  sleep?: (ms: number) => Promise<void>;
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

const defaultSleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

/** Uploads one file and returns its media id once the server can attach it to a status. */
export async function uploadMedia(client: MastodonClient, media: MediaForNetwork, options: UploadOptions = {}): Promise<string> {
  const bytes = await media.read();
  const form = (): FormData => {
    const data = new FormData();
    const name = `${media.id}.${EXTENSIONS[media.mimeType] ?? 'bin'}`;
    data.append('file', new Blob([new Uint8Array(bytes)], { type: media.mimeType }), name);
    if (media.altText.trim()) data.append('description', media.altText);
    return data;
  };
  let response = await client.send('POST', '/api/v2/media', { form: form(), timeoutMs: client.uploadTimeoutMs });
  if (response.status === 404) {
    response = await client.send('POST', '/api/v1/media', { form: form(), timeoutMs: client.uploadTimeoutMs });
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
