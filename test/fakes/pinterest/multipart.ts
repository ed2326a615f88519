/**
 * A streaming multipart/form-data reader for the fake upload bucket: fields are kept (they are small), files are
 * counted and hashed as they stream and never kept, so a 2 GB video POST costs the fake a few buffers.
 * Written here rather than borrowed from the connector's writer, so a framing mistake there is caught here.
 *
 * @example
 * const form = await readMultipart(req, boundaryOf(req.headers['content-type']));
 * form.fields.get('key'); form.files[0]?.sha256;
 */
import { createHash, type Hash } from 'node:crypto';

export interface StreamedFile {
  name: string;
  fileName: string;
  contentType: string | null;
  size: number;
  sha256: string;
}

export class MultipartSummary {
  /** Every part's name, in the order sent (S3 wants the file last). */
  readonly order: string[] = [];
  readonly fields = new Map<string, string>();
  readonly files: StreamedFile[] = [];
}

export class MultipartError extends Error {}

export function boundaryOf(contentType: string | undefined): string | null {
  const m = /^multipart\/form-data\s*;.*\bboundary=(?:"([^"]+)"|([^;\s]+))/i.exec(contentType ?? '');
  return m ? (m[1] ?? m[2] ?? null) : null;
}

const MAX_FIELD_BYTES = 64 * 1024;
const MAX_HEADER_BYTES = 8 * 1024;

interface Part {
  name: string;
  fileName: string | null;
  contentType: string | null;
  size: number;
  hash: Hash | null;
  text: Buffer[];
}

function openPart(rawHeaders: string): Part {
  const headers = new Map<string, string>();
  for (const line of rawHeaders.split('\r\n')) {
    const at = line.indexOf(':');
    if (at > 0) headers.set(line.slice(0, at).trim().toLowerCase(), line.slice(at + 1).trim());
  }
  const disposition = headers.get('content-disposition') ?? '';
  const name = /;\s*name="([^"]*)"/i.exec(disposition)?.[1];
  if (!/^form-data\b/i.test(disposition) || name === undefined) throw new MultipartError('Every part needs Content-Disposition: form-data with a name.');
  const fileName = /;\s*filename="([^"]*)"/i.exec(disposition)?.[1] ?? null;
  return { name, fileName, contentType: headers.get('content-type') ?? null, size: 0, hash: fileName === null ? null : createHash('sha256'), text: [] };
}

function feed(part: Part, bytes: Buffer): void {
  if (bytes.length === 0) return;
  part.size += bytes.length;
  if (part.hash) return void part.hash.update(bytes);
  if (part.size > MAX_FIELD_BYTES) throw new MultipartError(`Field ${part.name} is larger than ${MAX_FIELD_BYTES} bytes.`);
  part.text.push(Buffer.from(bytes));
}

function close(part: Part, summary: MultipartSummary): void {
  summary.order.push(part.name);
  if (part.hash) {
    summary.files.push({ name: part.name, fileName: part.fileName ?? '', contentType: part.contentType, size: part.size, sha256: part.hash.digest('hex') });
  } else summary.fields.set(part.name, Buffer.concat(part.text).toString('utf8'));
}

/** Reads the whole body; throws `MultipartError` when it is not well-formed multipart with this boundary. */
export async function readMultipart(source: AsyncIterable<Buffer> | Iterable<Buffer>, boundary: string): Promise<MultipartSummary> {
  const summary = new MultipartSummary();
  const delimiter = Buffer.from(`\r\n--${boundary}`);
  // The first delimiter has no CRLF before it: pretend it had, so one search finds them all.
  let buffer: Buffer = Buffer.from('\r\n');
  let state = 'preamble' as 'preamble' | 'after' | 'headers' | 'body' | 'done';
  let part: Part | null = null;
  const step = (): boolean => {
    if (state === 'preamble' || state === 'body') {
      const at = buffer.indexOf(delimiter);
      if (at < 0) {
        // Keep what could be the start of a delimiter split across two chunks.
        const keep = Math.min(buffer.length, delimiter.length - 1);
        if (part) feed(part, buffer.subarray(0, buffer.length - keep));
        buffer = buffer.subarray(buffer.length - keep);
        return false;
      }
      if (part) {
        feed(part, buffer.subarray(0, at));
        close(part, summary);
        part = null;
      }
      buffer = buffer.subarray(at + delimiter.length);
      state = 'after';
      return true;
    }
    if (state === 'after') {
      if (buffer.length < 2) return false;
      const next = buffer.subarray(0, 2).toString('latin1');
      if (next === '--') state = 'done';
      else if (next === '\r\n') state = 'headers';
      else throw new MultipartError('A boundary must be followed by CRLF or "--".');
      buffer = buffer.subarray(2);
      return state !== 'done';
    }
    if (state === 'headers') {
      const end = buffer.indexOf('\r\n\r\n');
      if (end < 0) {
        if (buffer.length > MAX_HEADER_BYTES) throw new MultipartError('Part headers are too long.');
        return false;
      }
      part = openPart(buffer.subarray(0, end).toString('utf8'));
      buffer = buffer.subarray(end + 4);
      state = 'body';
      return true;
    }
    return false;
  };
  // A function, so the compiler does not narrow `state` across the calls to `step` that change it.
  const isDone = (): boolean => state === 'done';
  for await (const chunk of source) {
    if (isDone()) continue; // the epilogue is ignored, as RFC 2046 says
    buffer = buffer.length === 0 ? chunk : Buffer.concat([buffer, chunk]);
    while (step());
  }
  if (!isDone()) throw new MultipartError('The body ended before the closing boundary.');
  return summary;
}
