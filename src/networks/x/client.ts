/**
 * HTTP calls against the X API v2 (https://api.x.com by default), with every failure mapped to a `NetworkError`.
 *
 * Plain `fetch` rather than twitter-api-v2: that library hard-codes its API prefix (`API_V2_PREFIX`, assigned in each
 * sub-client's constructor), so pointing it at a proxy or at the strict fake means passing absolute URLs to every
 * call; and its `ApiResponseError` flattens X's RFC 7807 problem bodies. The dozen calls we make are simpler here.
 *
 * @example
 * const client = new XClient({ apiUrl: 'https://api.x.com', accessToken });
 * const me = await client.get('/2/users/me', { query: { 'user.fields': 'username' } });
 */
import { NetworkError } from '../connector.js';
import { JsonApiClient, type JsonClientOptions, type JsonResponse } from '../json-client.js';

export const X_API_URL = 'https://api.x.com';

/** When a 429 has no usable header: X's windows are 15 minutes; a minute is a modest first wait. */
const FALLBACK_RETRY_AFTER_MS = 60_000;

/**
 * The message X gave. v2 answers problems as RFC 7807 (`{title, detail, type, status}`), validation failures as
 * `{errors: [{message, parameters}], title: 'Invalid Request', detail}`, and the OAuth endpoints as
 * `{error, error_description}` (docs.x.com/x-api/fundamentals/response-codes-and-errors).
 */
export function xMessage(body: unknown): string | null {
  if (!body || typeof body !== 'object') {
    return typeof body === 'string' && body.trim() ? body.trim().slice(0, 300) : null;
  }
  const record = body as Record<string, unknown>;
  const errors = Array.isArray(record['errors']) ? (record['errors'] as unknown[]) : [];
  const first = errors[0] && typeof errors[0] === 'object' ? (errors[0] as Record<string, unknown>) : undefined;
  // An invalid request's own `detail` is generic ("One or more parameters to your request was invalid."): the
  // per-parameter message says what to fix.
  const candidates = [first?.['message'], record['detail'], record['error_description'], first?.['detail'], record['error'], record['title']];
  for (const candidate of candidates) if (typeof candidate === 'string' && candidate.trim()) return candidate.trim();
  return null;
}

/** The RFC 7807 `type` (e.g. `https://api.twitter.com/2/problems/resource-not-found`), or the first error's. */
export function xProblemType(body: unknown): string | null {
  if (!body || typeof body !== 'object') return null;
  const record = body as Record<string, unknown>;
  if (typeof record['type'] === 'string') return record['type'];
  const first = Array.isArray(record['errors']) ? (record['errors'][0] as Record<string, unknown> | undefined) : undefined;
  return typeof first?.['type'] === 'string' ? first['type'] : null;
}

/**
 * How long to wait after a 429. X sends `x-rate-limit-limit/remaining/reset` (reset in epoch seconds) for the
 * 15-minute window, and `x-user-limit-24hour-*` / `x-app-limit-24hour-*` when a daily cap is what ran out
 * (docs.x.com/x-api/fundamentals/rate-limits). The shared `retryAfterFromHeaders` reads `x-ratelimit-*` (no hyphen)
 * and so misses X's names. The latest reset among exhausted windows wins; a 429 whose headers say nothing exhausted
 * still waits for the 15-minute reset.
 */
export function xRetryAfterMs(headers: Headers, now = Date.now()): number | undefined {
  const retryAfter = Number(headers.get('retry-after'));
  if (headers.get('retry-after') !== null && Number.isFinite(retryAfter)) return Math.max(0, retryAfter * 1000);
  let wait: number | undefined;
  for (const prefix of ['x-rate-limit', 'x-user-limit-24hour', 'x-app-limit-24hour']) {
    const reset = Number(headers.get(`${prefix}-reset`));
    const remaining = headers.get(`${prefix}-remaining`);
    if (!Number.isFinite(reset) || reset <= 0 || remaining === null || Number(remaining) > 0) continue;
    wait = Math.max(wait ?? 0, reset * 1000 - now);
  }
  if (wait === undefined) {
    const reset = Number(headers.get('x-rate-limit-reset'));
    if (Number.isFinite(reset) && reset > 0) wait = reset * 1000 - now;
  }
  return wait === undefined ? undefined : Math.max(0, wait);
}

/** X answers 403 for a text the account already posted recently (Tweets must not repeat themselves). */
export function isDuplicateContent(error: unknown): boolean {
  return error instanceof NetworkError && error.kind === 'rejected' && error.details.status === 403 && /duplicate content/i.test(error.message);
}

/** Maps an HTTP failure to the kind the publisher acts on. */
export function errorFromResponse(status: number, headers: Headers, body: unknown): NetworkError {
  const said = xMessage(body);
  const details = { status, network: 'x' as const };
  if (status === 429) {
    const retryAfterMs = xRetryAfterMs(headers) ?? FALLBACK_RETRY_AFTER_MS;
    return new NetworkError('rate_limited', `X asks to slow down; retrying in ${Math.ceil(retryAfterMs / 1000)} s.`, { ...details, retryAfterMs });
  }
  if (status >= 500 || status === 408) {
    return new NetworkError('transient', `X had a temporary problem (HTTP ${status})${said ? `: ${said}` : ''}.`, details);
  }
  if (status === 401) {
    return new NetworkError('auth', `X no longer accepts this channel's access${said ? ` (${said})` : ''}. Reconnect the channel.`, details);
  }
  if (status === 404 || /resource-not-found/.test(xProblemType(body) ?? '')) {
    return new NetworkError('not_found', `X has no such post or resource${said ? ` (${said})` : ''}.`, details);
  }
  // 403 is content or permission X refuses for good (duplicate text, replying where not allowed, a suspended
  // account): the person acts on X's message; reconnecting would not help.
  return new NetworkError('rejected', said ? `X refused: ${said}` : `X refused the request (HTTP ${status}).`, details);
}

export class XClient extends JsonApiClient {
  constructor(options: JsonClientOptions = {}) {
    super(options, { apiUrl: X_API_URL, network: 'x', who: 'X' });
  }

  protected errorFrom(response: JsonResponse): NetworkError {
    return errorFromResponse(response.status, response.headers, response.body);
  }
}

