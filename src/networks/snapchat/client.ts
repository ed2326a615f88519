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
import { readBody, unreachable } from '../parse.js';

/**
 * The Public Profile reference documents this host. The Ads API lives on adsapi.snapchat.com; configure
 * `CHORUS_SNAPCHAT_API_URL` if Snap points an app elsewhere.
 */
export const SNAPCHAT_API_URL = 'https://businessapi.snapchat.com';

export interface SnapClientOptions {
  apiUrl?: string;
  accessToken?: string | null;
  fetch?: typeof fetch;
  timeoutMs?: number;
}

export interface SnapRequest {
  query?: Record<string, string | number | boolean | undefined>;
  json?: unknown;
  form?: FormData | URLSearchParams;
  headers?: Record<string, string>;
  timeoutMs?: number;
}

export interface SnapResponse {
  status: number;
  headers: Headers;
  body: unknown;
}

const DEFAULT_TIMEOUT_MS = 30_000;
/**
 * ASSUMPTION: Snap documents its Marketing API limits per second (per app and per token) but no rate-limit header
 * we could find; when a 429 says nothing, a few seconds is the narrowest wait that lets a per-second window pass
 * with room for the other calls of the same token.
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

export class SnapClient {
  readonly apiUrl: string;
  private readonly accessToken: string | null;
  private readonly fetchImpl: typeof fetch;
  private readonly timeoutMs: number;

  constructor(options: SnapClientOptions = {}) {
    this.apiUrl = new URL(options.apiUrl ?? SNAPCHAT_API_URL).origin;
    this.accessToken = options.accessToken ?? null;
    this.fetchImpl = options.fetch ?? fetch;
    this.timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  }

  get(path: string, options: SnapRequest = {}): Promise<SnapResponse> {
    return this.request('GET', path, options);
  }

  post(path: string, options: SnapRequest = {}): Promise<SnapResponse> {
    return this.request('POST', path, options);
  }

  /** Resolves for a 2xx whose envelope is not ERROR; throws a `NetworkError` otherwise. */
  async request(method: string, path: string, options: SnapRequest = {}): Promise<SnapResponse> {
    const response = await this.send(method, path, options);
    const failed = field(response.body, 'request_status')?.toUpperCase() === 'ERROR';
    if (response.status >= 200 && response.status < 300 && !failed) return response;
    throw errorFromResponse(response.status >= 300 ? response.status : 400, response.headers, response.body);
  }

  /** Sends one request to a path of the API origin and returns whatever came back; only network failures throw. */
  async send(method: string, path: string, options: SnapRequest = {}): Promise<SnapResponse> {
    const url = new URL(path, this.apiUrl);
    for (const [name, value] of Object.entries(options.query ?? {})) {
      if (value !== undefined) url.searchParams.set(name, String(value));
    }
    const headers: Record<string, string> = { accept: 'application/json', ...options.headers };
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
      throw unreachable('snapchat', 'Snapchat', error, timeoutMs);
    }
  }
}

