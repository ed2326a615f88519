/**
 * HTTP calls against Pinterest API v5 (https://api.pinterest.com by default), every failure mapped to a
 * `NetworkError`. Pinterest answers errors as `{code, message}` (developers.pinterest.com/docs/api/v5/ "Errors"),
 * and 429 when a rate-limit category is spent (developers.pinterest.com/docs/reference/rate-limits/).
 *
 * @example
 * const client = new PinterestClient({ apiUrl: 'https://api.pinterest.com', accessToken });
 * const me = await client.get('/v5/user_account');
 */
import { NetworkError } from '../connector.js';
import { JsonApiClient, type JsonClientOptions, type JsonResponse } from '../json-client.js';
import { readBody, unreachable } from '../parse.js';
import type { StreamedForm } from '../multipart.js';
import { guardedFetch } from '../safe-fetch.js';

export const PINTEREST_API_URL = 'https://api.pinterest.com';

/**
 * When a 429 carries no usable header. Standard access limits are counted per minute (rate-limits page), so a
 * minute is the first wait that can succeed.
 */
const FALLBACK_RETRY_AFTER_MS = 60_000;

/** The message Pinterest gave: `{code, message}` for the API, `{error, error_description}` style for OAuth. */
export function pinterestMessage(body: unknown): string | null {
  if (typeof body === 'string') return body.trim() ? body.trim().slice(0, 300) : null;
  if (!body || typeof body !== 'object') return null;
  const record = body as Record<string, unknown>;
  for (const key of ['message', 'error_description', 'error']) {
    const value = record[key];
    if (typeof value === 'string' && value.trim()) return value.trim();
  }
  return null;
}

/**
 * How long to wait after a 429: `Retry-After` when Pinterest sends it, else `X-RateLimit-Reset` (seconds until the
 * window resets) once `X-RateLimit-Remaining` is 0, the headers the rate-limits page names. The shared helper reads
 * both; Pinterest's reset is relative seconds, which the helper treats as such for small numbers.
 */
export function pinterestRetryAfterMs(headers: Headers, now = Date.now()): number | undefined {
  const retryAfter = headers.get('retry-after');
  if (retryAfter !== null && Number.isFinite(Number(retryAfter))) return Math.max(0, Number(retryAfter) * 1000);
  const remaining = headers.get('x-ratelimit-remaining');
  const reset = Number(headers.get('x-ratelimit-reset'));
  if (remaining !== null && Number(remaining) <= 0 && Number.isFinite(reset) && reset > 0) {
    return Math.max(0, reset > 1e9 ? reset * 1000 - now : reset * 1000);
  }
  return undefined;
}

/** Maps an HTTP failure to the kind the publisher acts on. */
export function errorFromResponse(status: number, headers: Headers, body: unknown): NetworkError {
  const said = pinterestMessage(body);
  const details = { status, network: 'pinterest' as const };
  if (status === 429) {
    const retryAfterMs = pinterestRetryAfterMs(headers) ?? FALLBACK_RETRY_AFTER_MS;
    return new NetworkError('rate_limited', `Pinterest asks to slow down; retrying in ${Math.ceil(retryAfterMs / 1000)} s.`, {
      ...details,
      retryAfterMs,
    });
  }
  if (status >= 500 || status === 408) {
    return new NetworkError('transient', `Pinterest had a temporary problem (HTTP ${status})${said ? `: ${said}` : ''}.`, details);
  }
  if (status === 401) {
    return new NetworkError('auth', `Pinterest no longer accepts this channel's access${said ? ` (${said})` : ''}. Reconnect the channel.`, details);
  }
  if (status === 404) return new NetworkError('not_found', `Pinterest has no such Pin or board${said ? ` (${said})` : ''}.`, details);
  // 400, 403 (e.g. a board of someone else, a missing scope), 409: the person acts on Pinterest's own words.
  return new NetworkError('rejected', said ? `Pinterest refused: ${said}` : `Pinterest refused the request (HTTP ${status}).`, details);
}

export class PinterestClient extends JsonApiClient {
  private readonly uploadFetch: typeof fetch;

  constructor(options: JsonClientOptions = {}) {
    super(options, { apiUrl: PINTEREST_API_URL, network: 'pinterest', who: 'Pinterest' });
    this.uploadFetch = options.fetch ?? guardedFetch({ trustedOrigins: [this.apiUrl] });
  }

  /**
   * POSTs a streamed multipart body to the video's `upload_url` (an S3 bucket: no bearer token goes there) with its
   * exact `Content-Length`, which S3 requires. Only network failures throw; the caller reads the status.
   */
  async upload(url: string, form: StreamedForm, timeoutMs: number): Promise<JsonResponse> {
    const headers = { 'content-type': form.contentType, 'content-length': String(form.length) };
    try {
      // `duplex: 'half'` is how fetch takes a stream as the body (the whole request goes before the answer is read).
      // `redirect: 'error'` matters for memory: under 'follow' or 'manual', Node's fetch (undici) clones the request
      // to replay it after a redirect, teeing the body, and the unread branch keeps every chunk sent — measured: a
      // 200 MB upload held 200 MB of buffers; 33 MB with 'error'. S3 answers a POST with no redirect unless asked to.
      const init: RequestInit & { duplex: 'half' } = { method: 'POST', headers, body: form.body, duplex: 'half', redirect: 'error', signal: AbortSignal.timeout(timeoutMs) };
      const response = await this.uploadFetch(url, init);
      return { status: response.status, headers: response.headers, body: await readBody(response) };
    } catch (error) {
      throw unreachable('pinterest', 'Pinterest', error, timeoutMs);
    }
  }

  protected errorFrom(response: JsonResponse): NetworkError {
    return errorFromResponse(response.status, response.headers, response.body);
  }
}

