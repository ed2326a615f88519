/**
 * HTTP calls against one Mastodon-compatible instance (Mastodon, snac2, GoToSocial, Pleroma...), with every failure
 * mapped to a `NetworkError` so the publisher can decide between retrying, holding the channel and failing.
 *
 * Plain `fetch` rather than the `masto` library: masto's `MastoHttpError` does not keep the response headers, and we
 * need `Retry-After` / `X-RateLimit-Reset` to honour rate limits; masto's media helper also polls
 * `GET /api/v1/media/:id` unconditionally, which snac2 answers with 404. The API surface we use is a dozen calls.
 *
 * @example
 * const client = new MastodonClient('https://mastodon.example', token, { fetch });
 * const me = await client.get('/api/v1/accounts/verify_credentials');
 */
import { NetworkError, retryAfterFromHeaders } from '../connector.js';
import type { StreamedForm } from '../multipart.js';
import { unreachable } from '../parse.js';
import { guardedFetch } from '../safe-fetch.js';

export interface MastodonClientOptions {
  fetch?: typeof fetch;
  /** Per request; uploads get `uploadTimeoutMs`. */
  timeoutMs?: number;
  uploadTimeoutMs?: number;
}

export interface RequestOptions {
  query?: Record<string, string | number | boolean | string[] | undefined>;
  json?: unknown;
  form?: FormData | URLSearchParams;
  /** A multipart body streamed with its exact length (media uploads); sent without following redirects. */
  streamedForm?: StreamedForm;
  headers?: Record<string, string>;
  /** Defaults to the client's timeout. */
  timeoutMs?: number;
  /** Don't send the bearer token (app registration, token exchange). */
  anonymous?: boolean;
}

export interface MastodonResponse {
  status: number;
  headers: Headers;
  body: unknown;
}

const DEFAULT_TIMEOUT_MS = 30_000;
const DEFAULT_UPLOAD_TIMEOUT_MS = 120_000;
/** When a 429 carries no usable header: Mastodon's windows reset every 5 minutes, a minute is a modest first wait. */
const FALLBACK_RETRY_AFTER_MS = 60_000;

/**
 * Parses and normalizes what a person typed as their instance: `mastodon.social`, `https://mastodon.social/`,
 * `https://mastodon.social/@me` all become `https://mastodon.social`. Anything but http(s) is refused.
 */
export function normalizeInstanceUrl(input: string): string {
  const trimmed = input.trim();
  const withScheme = /^[a-z][a-z0-9+.-]*:/i.test(trimmed) ? trimmed : `https://${trimmed}`;
  let url: URL;
  try {
    url = new URL(withScheme);
  } catch {
    throw new NetworkError('rejected', `"${input}" is not a valid instance address. Use something like https://mastodon.social.`, {
      network: 'mastodon',
    });
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') {
    throw new NetworkError('rejected', `The instance address must start with https:// (got ${url.protocol}).`, { network: 'mastodon' });
  }
  if (url.username || url.password) {
    throw new NetworkError('rejected', 'The instance address must not contain a user name or password.', { network: 'mastodon' });
  }
  if (!url.hostname) {
    throw new NetworkError('rejected', `"${input}" has no host name.`, { network: 'mastodon' });
  }
  return url.origin;
}

/** The message the server gave: Mastodon answers `{"error": "...", "error_description"?: "..."}`; others send text. */
export function serverMessage(body: unknown): string | null {
  if (body && typeof body === 'object') {
    const record = body as Record<string, unknown>;
    const description = record['error_description'];
    const error = record['error'];
    if (typeof description === 'string' && description.trim()) return description.trim();
    if (typeof error === 'string' && error.trim()) return error.trim();
    return null;
  }
  if (typeof body === 'string') {
    const text = body.replace(/<[^>]*>/g, ' ').replace(/\s+/g, ' ').trim();
    return text ? text.slice(0, 300) : null;
  }
  return null;
}

/** Maps an HTTP failure to the kind the publisher acts on. */
export function errorFromResponse(status: number, headers: Headers, body: unknown, instance: string): NetworkError {
  const said = serverMessage(body);
  const details = { status, network: 'mastodon' as const };
  if (status === 429) {
    const retryAfterMs = retryAfterFromHeaders(headers) ?? FALLBACK_RETRY_AFTER_MS;
    return new NetworkError('rate_limited', `${instance} asks to slow down; retrying in ${Math.ceil(retryAfterMs / 1000)} s.`, {
      ...details,
      retryAfterMs,
    });
  }
  if (status >= 500 || status === 408) {
    return new NetworkError('transient', `${instance} had a temporary problem (HTTP ${status})${said ? `: ${said}` : ''}.`, details);
  }
  if (status === 401 || (status === 403 && !/not allowed/i.test(said ?? ''))) {
    return new NetworkError(
      'auth',
      `${instance} no longer accepts this channel's access${said ? ` (${said})` : ''}. Reconnect the channel.`,
      details,
    );
  }
  if (status === 404 || status === 410) {
    return new NetworkError('not_found', `${instance} has no such post or resource${said ? ` (${said})` : ''}.`, details);
  }
  return new NetworkError('rejected', said ? `${instance} refused: ${said}` : `${instance} refused the request (HTTP ${status}).`, details);
}

export class MastodonClient {
  readonly instanceUrl: string;
  readonly host: string;
  private readonly fetchImpl: typeof fetch;
  private readonly timeoutMs: number;
  readonly uploadTimeoutMs: number;

  constructor(
    instanceUrl: string,
    private readonly accessToken: string | null,
    options: MastodonClientOptions = {},
  ) {
    this.instanceUrl = normalizeInstanceUrl(instanceUrl);
    this.host = new URL(this.instanceUrl).host;
    // An instance is what a person typed: every connection to it, and every redirect, is checked (safe-fetch.ts).
    this.fetchImpl = options.fetch ?? guardedFetch();
    this.timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
    this.uploadTimeoutMs = options.uploadTimeoutMs ?? DEFAULT_UPLOAD_TIMEOUT_MS;
  }

  get(path: string, options: RequestOptions = {}): Promise<MastodonResponse> {
    return this.request('GET', path, options);
  }

  post(path: string, options: RequestOptions = {}): Promise<MastodonResponse> {
    return this.request('POST', path, options);
  }

  delete(path: string, options: RequestOptions = {}): Promise<MastodonResponse> {
    return this.request('DELETE', path, options);
  }

  /** Sends one request; resolves for 2xx only, otherwise throws a `NetworkError`. */
  async request(method: string, path: string, options: RequestOptions = {}): Promise<MastodonResponse> {
    const response = await this.send(method, path, options);
    if (response.status >= 200 && response.status < 300) return response;
    throw errorFromResponse(response.status, response.headers, response.body, this.host);
  }

  /** Sends one request and returns whatever status came back; only network failures throw. */
  async send(method: string, path: string, options: RequestOptions = {}): Promise<MastodonResponse> {
    const url = new URL(path, this.instanceUrl);
    for (const [name, value] of Object.entries(options.query ?? {})) {
      if (value === undefined) continue;
      if (Array.isArray(value)) for (const v of value) url.searchParams.append(`${name}[]`, v);
      else url.searchParams.set(name, String(value));
    }
    // One connection per request. snac2 closes every connection after one response without saying so, and Node's
    // fetch then sometimes sends the next request on the dead socket ("other side closed", measured ≈ 1 run in 4 of
    // the peer tests); a POST cannot be retried blindly. The cost, a new connection per call, is small at the pace
    // a scheduler talks to an instance.
    const headers: Record<string, string> = { accept: 'application/json', connection: 'close', ...options.headers };
    if (this.accessToken && !options.anonymous) headers['authorization'] = `Bearer ${this.accessToken}`;
    let body: string | FormData | URLSearchParams | ReadableStream<Uint8Array> | undefined;
    // Node's fetch (undici) keeps a copy of a stream body to replay it after a redirect: under 'follow' (or 'manual')
    // every chunk of an upload stays in memory until the answer. With 'error' it does not, and nothing is lost: a
    // consumed stream could not be replayed anyway.
    let redirect: RequestRedirect = 'follow';
    if (options.json !== undefined) {
      headers['content-type'] = 'application/json';
      body = JSON.stringify(options.json);
    } else if (options.form) {
      body = options.form;
    } else if (options.streamedForm) {
      headers['content-type'] = options.streamedForm.contentType;
      headers['content-length'] = String(options.streamedForm.length);
      body = options.streamedForm.body;
      redirect = 'error';
    }
    const timeoutMs = options.timeoutMs ?? this.timeoutMs;
    try {
      // `duplex: 'half'` is how fetch takes a stream as the body (all of the request goes before the answer is read).
      const init: RequestInit & { duplex?: 'half' } = { method, headers, body, signal: AbortSignal.timeout(timeoutMs), redirect };
      if (options.streamedForm) init.duplex = 'half';
      const response = await this.fetchImpl(url, init);
      return { status: response.status, headers: response.headers, body: await readBody(response) };
    } catch (error) {
      throw unreachable('mastodon', this.host, error, timeoutMs);
    }
  }
}

async function readBody(response: Response): Promise<unknown> {
  const text = await response.text();
  if (!text) return null;
  const type = response.headers.get('content-type') ?? '';
  if (type.includes('json') || /^\s*[[{]/.test(text)) {
    try {
      return JSON.parse(text) as unknown;
    } catch {
      return text;
    }
  }
  return text;
}
