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
import { readBody, unreachable } from '../parse.js';

export const PINTEREST_API_URL = 'https://api.pinterest.com';

export interface PinterestClientOptions {
  apiUrl?: string;
  /** Bearer token of the user; absent for the token endpoint (HTTP Basic client auth). */
  accessToken?: string | null;
  fetch?: typeof fetch;
  /** Per request (default 30 s); uploads pass their own. */
  timeoutMs?: number;
}

export interface PinterestRequest {
  query?: Record<string, string | number | boolean | undefined>;
  json?: unknown;
  form?: FormData | URLSearchParams;
  headers?: Record<string, string>;
  timeoutMs?: number;
}

export interface PinterestResponse {
  status: number;
  headers: Headers;
  body: unknown;
}

const DEFAULT_TIMEOUT_MS = 30_000;
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

export class PinterestClient {
  readonly apiUrl: string;
  private readonly accessToken: string | null;
  private readonly fetchImpl: typeof fetch;
  private readonly timeoutMs: number;

  constructor(options: PinterestClientOptions = {}) {
    this.apiUrl = new URL(options.apiUrl ?? PINTEREST_API_URL).origin;
    this.accessToken = options.accessToken ?? null;
    this.fetchImpl = options.fetch ?? fetch;
    this.timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  }

  get(path: string, options: PinterestRequest = {}): Promise<PinterestResponse> {
    return this.request('GET', path, options);
  }

  post(path: string, options: PinterestRequest = {}): Promise<PinterestResponse> {
    return this.request('POST', path, options);
  }

  /** Sends one request; resolves for 2xx only, otherwise throws a `NetworkError`. */
  async request(method: string, path: string, options: PinterestRequest = {}): Promise<PinterestResponse> {
    const response = await this.send(method, path, options);
    if (response.status >= 200 && response.status < 300) return response;
    throw errorFromResponse(response.status, response.headers, response.body);
  }

  /** Sends one request (a path on the API origin, or an absolute URL) and returns whatever status came back. */
  async send(method: string, path: string, options: PinterestRequest = {}): Promise<PinterestResponse> {
    const url = new URL(path, this.apiUrl);
    for (const [name, value] of Object.entries(options.query ?? {})) {
      if (value !== undefined) url.searchParams.set(name, String(value));
    }
    const headers: Record<string, string> = { accept: 'application/json', ...options.headers };
    // Never send the user's token to another origin (the video upload URL is an S3 bucket).
    if (this.accessToken && !headers['authorization'] && url.origin === this.apiUrl) headers['authorization'] = `Bearer ${this.accessToken}`;
    let body: string | FormData | URLSearchParams | undefined;
    if (options.json !== undefined) {
      headers['content-type'] = 'application/json';
      body = JSON.stringify(options.json);
    } else if (options.form) {
      body = options.form;
    }
    const timeoutMs = options.timeoutMs ?? this.timeoutMs;
    try {
      const response = await this.fetchImpl(url, { method, headers, body, signal: AbortSignal.timeout(timeoutMs) });
      return { status: response.status, headers: response.headers, body: await readBody(response) };
    } catch (error) {
      throw unreachable('pinterest', 'Pinterest', error, timeoutMs);
    }
  }
}

