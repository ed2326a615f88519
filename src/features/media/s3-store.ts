/**
 * Uploaded media in an S3-compatible object store (AWS S3, MinIO, Garage, Cloudflare R2, Ceph …), for deployments
 * where several machines serve Chorus or the data folder should stay small. Objects are named `<prefix>/<workspace>/<id>`.
 * The bucket can stay private: media still goes out through Chorus's own signed, expiring `/media/…` URLs.
 *
 * @example
 *   const media = createS3MediaStore(
 *     { endpoint: 'http://127.0.0.1:9000', region: 'us-east-1', bucket: 'chorus', accessKeyId, secretAccessKey, forcePathStyle: true },
 *     secrets.deriveKey('media-urls v1'),
 *   );
 *   await media.write('workspace/id', stream, 50 * 1024 * 1024);
 */
import { Readable } from 'node:stream';
import {
  AbortMultipartUploadCommand,
  DeleteObjectCommand,
  GetObjectCommand,
  HeadObjectCommand,
  S3Client,
} from '@aws-sdk/client-s3';
import { Upload } from '@aws-sdk/lib-storage';
import { createUrlSigner, limitBytes, type MediaStore } from './store.js';

export interface S3MediaStoreOptions {
  /** The server's URL, for anything but AWS itself (MinIO, Garage, R2 …). Unset: AWS S3 in `region`. */
  endpoint?: string;
  region: string;
  bucket: string;
  accessKeyId: string;
  secretAccessKey: string;
  /** `https://host/bucket/key` instead of `https://bucket.host/key`; most self-hosted servers need it. */
  forcePathStyle: boolean;
  /** A folder inside the bucket, for a bucket shared with other data. */
  prefix?: string;
}

export function createS3MediaStore(options: S3MediaStoreOptions, signingKey: Buffer): MediaStore {
  const client = new S3Client({
    endpoint: options.endpoint,
    region: options.region,
    forcePathStyle: options.forcePathStyle,
    credentials: { accessKeyId: options.accessKeyId, secretAccessKey: options.secretAccessKey },
    // The SDK's default since early 2025 adds CRC32 checksums (and aws-chunked bodies) to every upload, which many
    // S3-compatible servers refuse; checksums are then only sent where the S3 API requires them.
    requestChecksumCalculation: 'WHEN_REQUIRED',
    responseChecksumValidation: 'WHEN_REQUIRED',
  });
  const Bucket = options.bucket;
  const prefix = (options.prefix ?? '').replace(/^\/+|\/+$/g, '');
  const objectKey = (key: string) => {
    // Keys are made by Chorus (workspace/uuid), but never let one name something outside the prefix.
    if (key.split('/').some((part) => part === '' || part === '.' || part === '..')) throw new Error('Invalid media key');
    return prefix ? `${prefix}/${key}` : key;
  };

  return {
    ...createUrlSigner(signingKey),
    async write(key, source, maxBytes) {
      const Key = objectKey(key);
      let size = 0;
      const body = Readable.from(limitBytes(source, maxBytes, (n) => (size = n)));
      // Files under one part (5 MiB) go up in one PutObject; larger ones as a multipart upload, 5 MiB at a time,
      // so memory stays bounded whatever the file size. The abort below is ours: lib-storage's would replace the
      // original error (TooLargeError) with the server's if the server cannot abort.
      const upload = new Upload({ client, params: { Bucket, Key, Body: body }, leavePartsOnError: true });
      try {
        await upload.done();
      } catch (error) {
        body.destroy();
        if (upload.uploadId) {
          await client.send(new AbortMultipartUploadCommand({ Bucket, Key, UploadId: upload.uploadId })).catch(() => undefined);
        }
        await client.send(new DeleteObjectCommand({ Bucket, Key })).catch(() => undefined);
        throw error;
      }
      return size;
    },
    async read(key) {
      const { Body } = await client.send(new GetObjectCommand({ Bucket, Key: objectKey(key) }));
      if (!Body) throw new Error(`Media object ${key} has no body`);
      return Buffer.from(await Body.transformToByteArray());
    },
    async stream(key, range) {
      if (range && range.end < range.start) return Readable.from([]);
      const Range = range ? `bytes=${range.start}-${range.end}` : undefined;
      const { Body } = await client.send(new GetObjectCommand({ Bucket, Key: objectKey(key), Range }));
      // In Node the SDK answers with the HTTP response itself, a Readable.
      if (!(Body instanceof Readable)) throw new Error(`Media object ${key} did not come back as a stream`);
      return Body;
    },
    async size(key) {
      const head = await client.send(new HeadObjectCommand({ Bucket, Key: objectKey(key) }));
      if (head.ContentLength === undefined) throw new Error(`Media object ${key} has no size`);
      return head.ContentLength;
    },
    async remove(key) {
      // S3 answers 204 for a key that is not there, like `rm --force`.
      await client.send(new DeleteObjectCommand({ Bucket, Key: objectKey(key) }));
    },
  };
}
