/**
 * HTTP calls against Snap's Public Profile API (part of the Marketing API), every failure mapped to a
 * `NetworkError`. The Public Profile pages of developers.snap.com (api/marketing-api/Public-Profile-API/…) show
 * every call on https://businessapi.snapchat.com/v1/public_profiles/…, with the Marketing API's answer envelope:
 * `{request_status: 'SUCCESS' | 'ERROR', request_id, debug_message?, display_message?, error_code?}`.
 *
 * @example
 * const client = new SnapClient({ apiUrl: 'https://businessapi.snapchat.com', accessToken });
 * const profile = await client.get('/v1/public_profiles/my_profile');
 */
import { NetworkError } from '../connector.js';
import { JsonApiClient, type JsonClientOptions, type JsonResponse } from '../json-client.js';

/**
 * The Public Profile reference documents this host. The Ads API lives on adsapi.snapchat.com; configure
 * `CHORUS_SNAPCHAT_API_URL` if Snap points an app elsewhere.
 */
export const SNAPCHAT_API_URL = 'https://businessapi.snapchat.com';

/**
 * developers.snap.com/api/marketing-api/Ads-API/rate-limits: an average of 20 requests per second per app and 10 per
 * access token, past which Snap answers 429 Too Many Requests; the page names no header saying how long to wait. When
 * a 429 carries no Retry-After, Chorus waits a few seconds: enough for a per-second window to pass with room for the
 * other calls of the same token.
 */
const FALLBACK_RETRY_AFTER_MS = 5_000;

const field = (body: unknown, key: string): string | null => {
  if (!body || typeof body !== 'object') return null;
  const value = (body as Record<string, unknown>)[key];
  return typeof value === 'string' && value.trim() ? value.trim() : null;
};

/** The message Snap gave: `display_message` is meant for people, `debug_message` for developers; OAuth errors differ. */
export function snapMessage(body: unknown): string | null {
  if (typeof body === 'string') return body.trim() ? body.trim().slice(0, 300) : null;
  return field(body, 'display_message') ?? field(body, 'debug_message') ?? field(body, 'error_description') ?? field(body, 'error');
}

export function snapErrorCode(body: unknown): string | null {
  return field(body, 'error_code');
}

/** Maps a failure (HTTP status, or a 2xx whose `request_status` is ERROR) to the kind the publisher acts on. */
export function errorFromResponse(status: number, headers: Headers, body: unknown): NetworkError {
  const said = snapMessage(body);
  const code = snapErrorCode(body);
  const details = { status, network: 'snapchat' as const };
  if (status === 429) {
    const retryAfterMs = retryAfter(headers) ?? FALLBACK_RETRY_AFTER_MS;
    return new NetworkError('rate_limited', `Snapchat asks to slow down; retrying in ${Math.ceil(retryAfterMs / 1000)} s.`, { ...details, retryAfterMs });
  }
  // ASSUMPTION: a Story or Spotlight asked for while Snap still processes its media answers MEDIA_PROCESSING (seen
  // by other integrators; not on the reference pages we could read): trying again later succeeds.
  if (status >= 500 || status === 408 || code === 'MEDIA_PROCESSING') {
    return new NetworkError('transient', `Snapchat had a temporary problem (HTTP ${status})${said ? `: ${said}` : ''}.`, details);
  }
  if (status === 401) {
    return new NetworkError('auth', `Snapchat no longer accepts this channel's access${said ? ` (${said})` : ''}. Reconnect the channel.`, details);
  }
  if (status === 404) return new NetworkError('not_found', `Snapchat has no such post or profile${said ? ` (${said})` : ''}.`, details);
  // 403 is most often an app not yet allowlisted for the Public Profile API (Get Started: "currently allowlist
  // only"), or a profile the person does not manage: reconnecting would not help, Snap's words say what would.
  return new NetworkError('rejected', said ? `Snapchat refused: ${said}` : `Snapchat refused the request (HTTP ${status}).`, details);
}

function retryAfter(headers: Headers): number | undefined {
  const value = headers.get('retry-after');
  if (value === null) return undefined;
  const seconds = Number(value);
  if (Number.isFinite(seconds)) return Math.max(0, seconds * 1000);
  const date = Date.parse(value);
  return Number.isNaN(date) ? undefined : Math.max(0, date - Date.now());
}

export class SnapClient extends JsonApiClient {
  constructor(options: JsonClientOptions = {}) {
    super(options, { apiUrl: SNAPCHAT_API_URL, network: 'snapchat', who: 'Snapchat' });
  }

  /** A 2xx whose envelope says ERROR is a failure too. */
  protected override succeeded(response: JsonResponse): boolean {
    return response.status >= 200 && response.status < 300 && !(field(response.body, 'request_status')?.toUpperCase() === 'ERROR');
  }

  protected errorFrom(response: JsonResponse): NetworkError {
    return errorFromResponse(response.status >= 300 ? response.status : 400, response.headers, response.body);
  }
}

