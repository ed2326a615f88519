/**
 * A multipart/form-data body (RFC 7578) whose file part streams from the media store, with its exact length known
 * before the first byte is sent.
 *
 * Why hand-written: S3's browser POST (Pinterest's `upload_url`) wants one request with a `Content-Length` — it
 * refuses chunked transfer encoding — and `FormData` can only hold the file as a `Blob`, which means the whole video
 * in memory (`fs.openAsBlob` would need a local path, and media may live in an S3 bucket). Here the fields and the
 * file part's header are a small prefix, the file is read range by range as the request drains, and the closing
 * boundary follows; the length is prefix + file size + suffix. Mastodon's `POST /api/v2/media` takes the same body.
 *
 * Send it with `redirect: 'error'`: under 'follow' or 'manual', Node's fetch tees a stream body to replay it after a
 * redirect, and the unread branch keeps every chunk sent (see pinterest/client.ts for the measurement).
 *
 * @example
 * const form = streamedForm({ key: 'uploads/1.mp4' }, { name: 'file', fileName: 'video', type: 'video/mp4', bytes: mediaBytes(video) });
 * await fetch(url, { method: 'POST', body: form.body, headers: { 'content-type': form.contentType, 'content-length': String(form.length) }, duplex: 'half', redirect: 'error' });
 */
import { randomBytes } from 'node:crypto';
import type { MediaBytes } from './connector.js';

export interface StreamedForm {
  body: ReadableStream<Uint8Array>;
  length: number;
  contentType: string;
}

/** 1 MiB per read: one range in memory at a time, few enough reads that a 2 GB video is ~2,000 of them. */
export const FORM_READ_BYTES = 1024 * 1024;

/** Names are escaped as the WHATWG FormData serializer does, so a quote or line break cannot end the header early. */
const escapeName = (name: string): string => name.replace(/\r/g, '%0D').replace(/\n/g, '%0A').replace(/"/g, '%22');
/** Values get their line breaks normalized to CRLF, again as FormData does. */
const normalizeValue = (value: string): string => value.replace(/\r\n|\r|\n/g, '\r\n');

export function streamedForm(
  fields: Record<string, string>,
  file: { name: string; fileName: string; type: string; bytes: MediaBytes },
  readBytes = FORM_READ_BYTES,
): StreamedForm {
  const boundary = `----ChorusFormBoundary${randomBytes(16).toString('hex')}`;
  let head = '';
  for (const [name, value] of Object.entries(fields)) {
    head += `--${boundary}\r\nContent-Disposition: form-data; name="${escapeName(name)}"\r\n\r\n${normalizeValue(value)}\r\n`;
  }
  head += `--${boundary}\r\nContent-Disposition: form-data; name="${escapeName(file.name)}"; filename="${escapeName(file.fileName)}"\r\n`;
  head += `Content-Type: ${file.type.replace(/[\r\n]/g, '')}\r\n\r\n`;
  const prefix = Buffer.from(head, 'utf8');
  const suffix = Buffer.from(`\r\n--${boundary}--\r\n`, 'utf8');
  const body = rangeStream(file.bytes, readBytes, { before: prefix, after: suffix });
  return { body, length: prefix.length + file.bytes.size + suffix.length, contentType: `multipart/form-data; boundary=${boundary}` };
}

/**
 * A file's bytes as a request body, read from the media store one range at a time as the connection drains, with
 * optional bytes before and after (a multipart header and boundary). Nothing is read ahead: the stream holds at most
 * one range. Also the whole body of raw uploads (Bluesky's `uploadBlob`).
 *
 * @example
 * await fetch(url, { method: 'POST', body: rangeStream(mediaBytes(video)), headers: { 'content-length': String(video.sizeBytes) }, duplex: 'half', redirect: 'error' });
 */
export function rangeStream(
  bytes: MediaBytes,
  readBytes = FORM_READ_BYTES,
  around: { before?: Uint8Array; after?: Uint8Array } = {},
): ReadableStream<Uint8Array> {
  const size = bytes.size;
  let offset = around.before ? -1 : 0;
  return new ReadableStream<Uint8Array>(
    {
      // Pulled only when the connection wants more: a slow network never makes Chorus read ahead.
      async pull(controller) {
        if (offset < 0) {
          offset = 0;
          return controller.enqueue(new Uint8Array(around.before ?? []));
        }
        if (offset < size) {
          const end = Math.min(offset + readBytes, size);
          const chunk = await bytes.slice(offset, end);
          if (chunk.length !== end - offset) throw new Error(`The media store gave ${chunk.length} bytes for range ${offset}-${end - 1}.`);
          offset = end;
          return controller.enqueue(new Uint8Array(chunk.buffer, chunk.byteOffset, chunk.byteLength));
        }
        if (around.after) controller.enqueue(new Uint8Array(around.after));
        controller.close();
      },
    },
    { highWaterMark: 0 },
  );
}
