/**
 * Reading request bodies for the fakes: the bytes with a size limit, then JSON, a form or multipart as the
 * Content-Type says. Each fake picks the shape its handlers were written against (Graph reads every parameter as a
 * string, LinkedIn's upload PUTs want the raw bytes), so the shapes are options, not one fixed answer.
 *
 * @example
 * const body = await readBody(req, { form: 'record', other: 'buffer' });
 */
import type { IncomingMessage } from 'node:http';

/**
 * What one request body may hold in memory. The real APIs' largest single body among the nine is a 128 MB final
 * TikTok chunk (developers.tiktok.com/doc/content-posting-api-media-transfer-guide); streaming fakes (Pinterest's
 * bucket) bypass this reader.
 */
export const DEFAULT_BODY_LIMIT = 160 * 1024 * 1024;

/** Thrown by `readRaw` when a body passes its limit; the server answers 413 (or the fake's own refusal). */
export class BodyTooLarge extends Error {
  constructor(readonly limit: number) {
    super(`request body over ${limit} bytes`);
  }
}

/**
 * The whole body. Past `limit` it keeps reading (so the client can finish sending and read the refusal) but keeps
 * nothing, then throws `BodyTooLarge`.
 */
export async function readRaw(req: IncomingMessage, limit = DEFAULT_BODY_LIMIT): Promise<Buffer<ArrayBuffer>> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size <= limit) chunks.push(chunk as Buffer);
  }
  if (size > limit) throw new BodyTooLarge(limit);
  return Buffer.concat(chunks);
}

export interface BodyShape {
  /** Form bodies as `URLSearchParams` (default) or as a plain record of strings. */
  form?: 'params' | 'record';
  /** Parse multipart/form-data into `FormData` (default); false leaves it to `other`. */
  multipart?: boolean;
  /** Anything else: text (default) or the bytes. */
  other?: 'text' | 'buffer';
  /** What malformed JSON becomes; without it the parse error propagates (and the fake answers 500). */
  badJson?: () => unknown;
  limit?: number;
}

/** An empty body is `null`; otherwise the shape the Content-Type and `shape` call for. */
export async function parseBody(raw: Buffer<ArrayBuffer>, contentType: string | undefined, shape: BodyShape = {}): Promise<unknown> {
  if (raw.length === 0) return null;
  const type = contentType ?? '';
  if (type.startsWith('application/json')) {
    try {
      return JSON.parse(raw.toString('utf8')) as unknown;
    } catch (error) {
      if (shape.badJson) return shape.badJson();
      throw error;
    }
  }
  if (type.startsWith('application/x-www-form-urlencoded')) {
    const params = new URLSearchParams(raw.toString('utf8'));
    return shape.form === 'record' ? Object.fromEntries(params) : params;
  }
  if (type.startsWith('multipart/form-data') && shape.multipart !== false) {
    return new Request('http://fake/', { method: 'POST', headers: { 'content-type': type }, body: raw }).formData();
  }
  return shape.other === 'buffer' ? raw : raw.toString('utf8');
}

/** `readRaw` then `parseBody`. */
export async function readBody(req: IncomingMessage, shape: BodyShape = {}): Promise<unknown> {
  return parseBody(await readRaw(req, shape.limit), req.headers['content-type'], shape);
}

/**
 * Graph-style parameters: every form field or top-level JSON value as a string (the docs' `curl -d`/`-F` bodies),
 * `{}` when there is no body. `stringify` turns a JSON value that is not a string into one.
 */
export async function readFields(req: IncomingMessage, stringify: (value: unknown) => string = String, limit?: number): Promise<Record<string, string>> {
  const raw = (await readRaw(req, limit)).toString('utf8');
  if (!raw) return {};
  if ((req.headers['content-type'] ?? '').startsWith('application/json')) {
    const parsed = JSON.parse(raw) as Record<string, unknown>;
    return Object.fromEntries(Object.entries(parsed).map(([k, v]) => [k, typeof v === 'string' ? v : stringify(v)]));
  }
  return Object.fromEntries(new URLSearchParams(raw));
}

/** For the request log: a multipart body keeps its fields and each file's size, not its bytes (uploads are large). */
export function withoutFileBytes(body: unknown): unknown {
  if (!(body instanceof FormData)) return body;
  const copy = new FormData();
  for (const [name, value] of body.entries()) copy.append(name, typeof value === 'string' ? value : `<file of ${value.size} bytes>`);
  return copy;
}
