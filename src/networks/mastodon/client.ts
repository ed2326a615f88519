/**
 * HTTP calls against one Mastodon-compatible instance (Mastodon, snac2, GoToSocial, Pleroma...), through the shared
 * JSON client (../json-client.ts), with every failure mapped to a `NetworkError` so the publisher can decide between
 * retrying, holding the channel and failing.
 *
 * Our own calls rather than the `masto` library: masto's `MastoHttpError` does not keep the response headers, and we
 * need `Retry-After` / `X-RateLimit-Reset` to honour rate limits; masto's media helper also polls
 * `GET /api/v1/media/:id` unconditionally, which snac2 answers with 404. The API surface we use is a dozen calls.
 *
 * @example
 * const client = new MastodonClient('https://mastodon.example', token, { fetch });
 * const me = await client.get('/api/v1/accounts/verify_credentials');
 */
import { NetworkError, retryAfterFromHeaders } from '../connector.js';
import { JsonApiClient, type JsonRequest, type JsonResponse } from '../json-client.js';

export interface MastodonClientOptions {
  fetch?: typeof fetch;
  /** Per request; uploads get `uploadTimeoutMs`. */
  timeoutMs?: number;
  uploadTimeoutMs?: number;
}

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

/**
 * A client for one instance. The instance is what a person typed, so the shared client treats its origin as untrusted:
 * every connection to it, and every redirect, goes through the address check (safe-fetch.ts).
 */
export class MastodonClient extends JsonApiClient {
  readonly instanceUrl: string;
  readonly host: string;
  readonly uploadTimeoutMs: number;

  constructor(instanceUrl: string, accessToken: string | null, options: MastodonClientOptions = {}) {
    const origin = normalizeInstanceUrl(instanceUrl);
    const host = new URL(origin).host;
    // One connection per request. snac2 closes every connection after one response without saying so, and Node's
    // fetch then sometimes sends the next request on the dead socket ("other side closed", measured ≈ 1 run in 4 of
    // the peer tests); a POST cannot be retried blindly. The cost, a new connection per call, is small at the pace
    // a scheduler talks to an instance.
    super(
      { accessToken, fetch: options.fetch, timeoutMs: options.timeoutMs },
      { apiUrl: origin, network: 'mastodon', who: host, userGivenOrigin: true, headers: { connection: 'close' } },
    );
    this.instanceUrl = origin;
    this.host = host;
    this.uploadTimeoutMs = options.uploadTimeoutMs ?? DEFAULT_UPLOAD_TIMEOUT_MS;
  }

  protected errorFrom(response: JsonResponse): NetworkError {
    return errorFromResponse(response.status, response.headers, response.body, this.host);
  }

  delete(path: string, options: JsonRequest = {}): Promise<JsonResponse> {
    return this.request('DELETE', path, options);
  }
}
