/**
 * Media upload for Public Profile posts (developers.snap.com/api/marketing-api/Public-Profile-API/ProfileAssetManagement):
 *   1. encrypt the file with AES-256-CBC under a fresh random 32-byte key and 16-byte IV (the reference's
 *      `openssl enc -aes-256-cbc -nosalt` sample: PKCS#7 padding), as it is read, range by range;
 *   2. `POST /v1/public_profiles/{profile_id}/media` {type: IMAGE|VIDEO, name, key, iv} (key and IV base64) creates
 *      the container, "active for 24 hours", and answers `media_id`, `add_path`, `finalize_path`;
 *   3. the encrypted bytes go to `add_path` as multipart parts of at most 32 MB (`action=ADD`, `part_number` from 1,
 *      `file`), then `finalize_path` gets `action=FINALIZE`;
 *   4. ASSUMPTION: `GET /v1/public_profiles/{profile_id}/media/{media_id}` tells when Snap has processed it
 *      (`media_status` READY), polled with a doubling wait, never a fixed sleep.
 * A part that fails for a passing reason (5xx, timeout) is sent again on its own, up to `partRetries` times: the
 * parts already received are not re-sent. Chorus holds one part at a time (at most 32 MB), never the whole file.
 */
import { createCipheriv, createHash, randomBytes } from 'node:crypto';
import { mediaBytes, NetworkError, type MediaBytes, type MediaForNetwork } from '../connector.js';
import { defaultSleep } from '../poll.js';
import type { SnapClient } from './client.js';
import { createdMediaSchema, mediaStatusSchema, parse } from './mapping.js';

export interface SnapUploadOptions {
  /** Replaces waits (tests). */
  sleep?: (ms: number) => Promise<void>;
  /** Bytes per part; the reference splits files "larger than 32MB". */
  chunkBytes?: number;
  /** Sends of one failing part beyond the first (default 2). */
  partRetries?: number;
  pollIntervalMs?: number;
  maxProcessingMs?: number;
  timeoutMs?: number;
}

export const SNAP_MAX_PART_BYTES = 32 * 1024 * 1024;
/** Plain bytes read from the media store per cipher update: small next to a part, so a part is the largest buffer. */
const READ_BYTES = 4 * 1024 * 1024;
const MAX_POLL_WAIT_MS = 30_000;

export interface EncryptedMedia {
  encrypted: Buffer;
  key: Buffer;
  iv: Buffer;
}

export function encryptMedia(bytes: Buffer, key = randomBytes(32), iv = randomBytes(16)): EncryptedMedia {
  const cipher = createCipheriv('aes-256-cbc', key, iv);
  return { encrypted: Buffer.concat([cipher.update(bytes), cipher.final()]), key, iv };
}

/**
 * The encrypted file in parts of exactly `partBytes` (the last one shorter), read and encrypted as they are
 * consumed. `cipher.update` carries CBC's chaining block from one range to the next, so the parts joined are the
 * same bytes as encrypting the whole file at once; `final` adds the PKCS#7 padding to the last part.
 */
export async function* encryptedParts(bytes: MediaBytes, key: Buffer, iv: Buffer, partBytes: number, readBytes = READ_BYTES): AsyncGenerator<Buffer> {
  const cipher = createCipheriv('aes-256-cbc', key, iv);
  let part = Buffer.allocUnsafe(partBytes);
  let filled = 0;
  const take = function* (encrypted: Buffer): Generator<Buffer> {
    for (let used = 0; used < encrypted.length; ) {
      const n = encrypted.copy(part, filled, used, Math.min(encrypted.length, used + partBytes - filled));
      used += n;
      filled += n;
      if (filled === partBytes) {
        yield part;
        // A new buffer: the one just given may still be in flight or kept for a retry.
        part = Buffer.allocUnsafe(partBytes);
        filled = 0;
      }
    }
  };
  for (let offset = 0; offset < bytes.size; offset += readBytes) {
    yield* take(cipher.update(await bytes.slice(offset, Math.min(offset + readBytes, bytes.size))));
  }
  yield* take(cipher.final());
  if (filled > 0) yield part.subarray(0, filled);
}

/** The media name Chorus gives an upload: derived from the publication's key, so an earlier attempt can be found. */
export function mediaName(idempotencyKey: string): string {
  return `chorus-${createHash('sha256').update(idempotencyKey).digest('hex').slice(0, 32)}`;
}

const profilePath = (profileId: string) => `/v1/public_profiles/${encodeURIComponent(profileId)}`;

/** Encrypts, uploads in parts, finalizes and waits until Snap can post the media; returns its `media_id`. */
export async function uploadMedia(client: SnapClient, profileId: string, media: MediaForNetwork, name: string, options: SnapUploadOptions = {}): Promise<string> {
  const key = randomBytes(32);
  const iv = randomBytes(16);
  const created = await client.post(`${profilePath(profileId)}/media`, {
    json: { type: media.mimeType.startsWith('video/') ? 'VIDEO' : 'IMAGE', name, key: key.toString('base64'), iv: iv.toString('base64') },
  });
  const container = parse(createdMediaSchema, created.body, 'the new media');
  const chunk = Math.min(options.chunkBytes ?? SNAP_MAX_PART_BYTES, SNAP_MAX_PART_BYTES);
  const timeoutMs = options.timeoutMs ?? 120_000;
  let part = 1;
  for await (const bytes of encryptedParts(mediaBytes(media), key, iv, chunk, Math.min(READ_BYTES, chunk))) {
    await sendPart(client, container.add_path, part++, bytes, options, timeoutMs);
  }
  const finalize = new FormData();
  finalize.append('action', 'FINALIZE');
  await client.post(container.finalize_path, { form: finalize, timeoutMs });
  await waitUntilReady(client, profileId, container.media_id, options);
  return container.media_id;
}

async function sendPart(client: SnapClient, addPath: string, part: number, bytes: Buffer, options: SnapUploadOptions, timeoutMs: number): Promise<void> {
  const sleep = options.sleep ?? defaultSleep;
  const retries = options.partRetries ?? 2;
  for (let attempt = 0; ; attempt++) {
    const form = new FormData();
    form.append('action', 'ADD');
    form.append('part_number', String(part));
    form.append('file', new Blob([new Uint8Array(bytes)], { type: 'application/octet-stream' }), `part-${part}`);
    try {
      await client.post(addPath, { form, timeoutMs });
      return;
    } catch (error) {
      if (!(error instanceof NetworkError) || error.kind !== 'transient' || attempt >= retries) throw error;
      // Only this part goes again; a short growing wait lets a passing fault pass.
      await sleep(1000 * 2 ** attempt);
    }
  }
}

async function waitUntilReady(client: SnapClient, profileId: string, mediaId: string, options: SnapUploadOptions): Promise<void> {
  const sleep = options.sleep ?? defaultSleep;
  const deadline = Date.now() + (options.maxProcessingMs ?? 10 * 60_000);
  let wait = options.pollIntervalMs ?? 2000;
  for (;;) {
    const answer = await client.get(`${profilePath(profileId)}/media/${encodeURIComponent(mediaId)}`);
    const status = parse(mediaStatusSchema, answer.body, 'the media status').media[0]?.media.media_status;
    if (status === 'READY') return;
    if (status === 'FAILED') {
      throw new NetworkError('rejected', 'Snapchat could not process the file; check that it is an MP4 of 5 to 60 s or a JPEG/PNG image.', { network: 'snapchat' });
    }
    if (Date.now() + wait > deadline) throw new NetworkError('transient', 'Snapchat is still processing the media; Chorus will try again.', { network: 'snapchat' });
    await sleep(wait);
    wait = Math.min(wait * 2, MAX_POLL_WAIT_MS);
  }
}
