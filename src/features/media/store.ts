/**
 * Where uploaded media lives: files in `<dataDir>/media/<workspace>/<id>`, shared by every process on one machine.
 * Media is served back through signed, expiring URLs because some networks fetch media from a URL themselves.
 * An S3-compatible object store is the other option behind the same interface (`s3-store.ts`); either way the
 * URLs are Chorus's own, so the bucket can stay private.
 */
import { createHmac, timingSafeEqual } from 'node:crypto';
import { createReadStream, createWriteStream } from 'node:fs';
import { mkdir, open, readFile, rm, stat } from 'node:fs/promises';
import path from 'node:path';
import { pipeline } from 'node:stream/promises';
import type { Readable } from 'node:stream';

export interface MediaStore {
  /** Writes the stream; stops and removes the file when it exceeds `maxBytes`. Returns the size written. */
  write(key: string, source: Readable, maxBytes: number): Promise<number>;
  read(key: string): Promise<Buffer>;
  /** The bytes of `key`, or of the inclusive byte `range` of it. Resolves once the object is found. */
  stream(key: string, range?: { start: number; end: number }): Promise<Readable>;
  size(key: string): Promise<number>;
  remove(key: string): Promise<void>;
  /** A URL path with an expiry and signature, valid without a session. */
  signedPath(mediaId: string, ttlSeconds: number, now?: number): string;
  verify(mediaId: string, expires: number, signature: string, now?: number): boolean;
}

export class TooLargeError extends Error {}

/**
 * Signs and checks the `/media/{id}?expires&sig` URLs (HMAC-SHA256 over the id and the expiry), for every store.
 *
 * @example
 *   const signer = createUrlSigner(key);
 *   const url = signer.signedPath(mediaId, 3600); // '/media/<id>?expires=…&sig=…'
 */
export function createUrlSigner(signingKey: Buffer): Pick<MediaStore, 'signedPath' | 'verify'> {
  const sign = (mediaId: string, expires: number) =>
    createHmac('sha256', signingKey).update(`${mediaId}.${expires}`).digest('base64url');
  return {
    signedPath(mediaId, ttlSeconds, now = Date.now()) {
      const expires = Math.floor(now / 1000) + ttlSeconds;
      return `/media/${mediaId}?expires=${expires}&sig=${sign(mediaId, expires)}`;
    },
    verify(mediaId, expires, signature, now = Date.now()) {
      if (!Number.isInteger(expires) || expires < Math.floor(now / 1000)) return false;
      const expected = Buffer.from(sign(mediaId, expires));
      const given = Buffer.from(signature);
      return expected.length === given.length && timingSafeEqual(expected, given);
    },
  };
}

/**
 * Passes `source` through, counting bytes; throws `TooLargeError` as soon as more than `maxBytes` went by.
 * `onSize` hears the running total.
 */
export async function* limitBytes(source: AsyncIterable<Buffer>, maxBytes: number, onSize: (size: number) => void) {
  let size = 0;
  for await (const chunk of source) {
    size += chunk.length;
    if (size > maxBytes) throw new TooLargeError(`File is larger than ${maxBytes} bytes`);
    onSize(size);
    yield chunk;
  }
}

export function createLocalMediaStore(root: string, signingKey: Buffer): MediaStore {
  const fileOf = (key: string) => {
    const resolved = path.resolve(root, key);
    // Keys are made by Chorus (workspace/uuid), but never let one escape the media folder.
    if (!resolved.startsWith(path.resolve(root) + path.sep)) throw new Error('Invalid media key');
    return resolved;
  };
  return {
    ...createUrlSigner(signingKey),
    async write(key, source, maxBytes) {
      const file = fileOf(key);
      await mkdir(path.dirname(file), { recursive: true });
      let size = 0;
      try {
        const limit = (chunks: AsyncIterable<Buffer>) => limitBytes(chunks, maxBytes, (n) => (size = n));
        await pipeline(source, limit, createWriteStream(file));
      } catch (error) {
        await rm(file, { force: true });
        throw error;
      }
      return size;
    },
    read: (key) => readFile(fileOf(key)),
    async stream(key, range) {
      const file = fileOf(key);
      // Open first, so a missing file rejects here rather than erroring the stream after the headers went out.
      return createReadStream(file, { ...range, fd: await open(file) });
    },
    size: async (key) => (await stat(fileOf(key))).size,
    remove: (key) => rm(fileOf(key), { force: true }),
  };
}
