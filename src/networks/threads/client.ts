/**
 * HTTP calls against Meta's Threads API (graph.threads.net), with every failure mapped to a `NetworkError`.
 * The API version lives in one constant; the origin is configurable so tests and proxies can point elsewhere.
 *
 * The access token goes in the `Authorization: Bearer` header rather than the `access_token` query parameter the
 * docs' curl examples use, so tokens never land in proxy or access logs (the Graph API accepts both).
 *
 * @example
 * const client = new ThreadsClient(token, { apiUrl: 'https://graph.threads.net' });
 * const me = await client.request('GET', '/me', { query: { fields: 'id,username' } });
 */
import { z } from 'zod';
import { NetworkError, retryAfterFromHeaders } from '../connector.js';
import { JsonApiClient, type JsonRequest, type JsonResponse } from '../json-client.js';
import { parseAnswer } from '../parse.js';

/** The Graph version every call is pinned to (developers.facebook.com/docs/threads/reference). */
export const THREADS_API_VERSION = 'v1.0';
export const THREADS_API_URL = 'https://graph.threads.net';

export interface ThreadsClientOptions {
  apiUrl?: string;
  fetch?: typeof fetch;
  timeoutMs?: number;
}

export interface ThreadsRequest {
  query?: Record<string, string | number | boolean | undefined>;
  form?: Record<string, string | number | boolean | undefined>;
  /** OAuth endpoints (`/oauth/access_token`, `/access_token`, `/refresh_access_token`) have no version prefix. */
  unversioned?: boolean;
  /** Don't send the bearer token (code exchange, which authenticates with the app secret). */
  anonymous?: boolean;
}

export type ThreadsResponse = JsonResponse;

/**
 * When a rate-limit error carries no header: Threads counts calls over a rolling 24-hour window
 * (developers.facebook.com/docs/threads/overview#rate-limiting), so capacity comes back gradually; 15 minutes is a
 * modest first wait and the publisher's backoff grows it.
 */
export const FALLBACK_RETRY_AFTER_MS = 15 * 60_000;

/** Graph error codes (developers.facebook.com/docs/graph-api/guides/error-handling). */
const RATE_LIMIT_CODES = new Set([4, 17, 32, 613]);
const AUTH_CODES = new Set([102, 190, 463, 467]);
const PERMISSION_CODES = new Set([10]);
const TRANSIENT_CODES = new Set([1, 2]);

const graphErrorSchema = z.object({
  error: z.object({
    message: z.string().optional(),
    type: z.string().optional(),
    code: z.number().optional(),
    error_subcode: z.number().optional(),
    error_user_title: z.string().optional(),
    error_user_msg: z.string().optional(),
  }),
});

/** The OAuth endpoints answer Instagram-style: `{ error_type, code, error_message }`. */
const oauthErrorSchema = z.object({
  error_type: z.string().optional(),
  code: z.number().optional(),
  error_message: z.string(),
});

export interface GraphError {
  message: string | null;
  code: number | null;
  subcode: number | null;
  type: string | null;
}

export function readGraphError(body: unknown): GraphError {
  const graph = graphErrorSchema.safeParse(body);
  if (graph.success) {
    const e = graph.data.error;
    return { message: e.error_user_msg ?? e.message ?? null, code: e.code ?? null, subcode: e.error_subcode ?? null, type: e.type ?? null };
  }
  const oauth = oauthErrorSchema.safeParse(body);
  if (oauth.success) return { message: oauth.data.error_message, code: oauth.data.code ?? null, subcode: null, type: oauth.data.error_type ?? null };
  return { message: typeof body === 'string' && body.trim() ? body.trim().slice(0, 300) : null, code: null, subcode: null, type: null };
}

/**
 * `X-Business-Use-Case-Usage` (Meta's throttling header) carries `estimated_time_to_regain_access` in minutes when an
 * account is throttled; Threads may or may not send it, so it is read when present.
 */
export function retryAfterFromMetaUsage(headers: Headers): number | undefined {
  const raw = headers.get('x-business-use-case-usage');
  if (!raw) return undefined;
  try {
    const parsed = z.record(z.string(), z.array(z.object({ estimated_time_to_regain_access: z.number().optional() }))).safeParse(JSON.parse(raw));
    if (!parsed.success) return undefined;
    const minutes = Object.values(parsed.data)
      .flat()
      .map((u) => u.estimated_time_to_regain_access ?? 0);
    const longest = Math.max(0, ...minutes);
    return longest > 0 ? longest * 60_000 : undefined;
  } catch {
    return undefined;
  }
}

/** Maps a Threads failure to the kind the publisher acts on. */
export function errorFromResponse(status: number, headers: Headers, body: unknown): NetworkError {
  const e = readGraphError(body);
  const said = e.message;
  const details = { status, network: 'threads' as const };
  if (status === 429 || (e.code !== null && RATE_LIMIT_CODES.has(e.code))) {
    const retryAfterMs = retryAfterFromHeaders(headers) ?? retryAfterFromMetaUsage(headers) ?? FALLBACK_RETRY_AFTER_MS;
    return new NetworkError('rate_limited', `Threads asks to slow down${said ? ` (${said})` : ''}; retrying in ${Math.ceil(retryAfterMs / 60_000)} min.`, {
      ...details,
      retryAfterMs,
    });
  }
  if ((e.code !== null && AUTH_CODES.has(e.code)) || (e.type === 'OAuthException' && e.code === null) || status === 401) {
    return new NetworkError('auth', `Threads no longer accepts this channel's access${said ? ` (${said})` : ''}. Reconnect the channel.`, details);
  }
  if (e.code !== null && (PERMISSION_CODES.has(e.code) || (e.code >= 200 && e.code <= 299))) {
    return new NetworkError('auth', `Threads refused for lack of a permission${said ? ` (${said})` : ''}. Reconnect the channel and grant every requested permission.`, details);
  }
  if (status >= 500 || (e.code !== null && TRANSIENT_CODES.has(e.code))) {
    return new NetworkError('transient', `Threads had a temporary problem (HTTP ${status})${said ? `: ${said}` : ''}.`, details);
  }
  // Code 100 with subcode 33: "Object with ID ... does not exist, cannot be loaded due to missing permissions".
  if (status === 404 || (e.code === 100 && e.subcode === 33)) {
    return new NetworkError('not_found', `Threads has no such post${said ? ` (${said})` : ''}.`, details);
  }
  return new NetworkError('rejected', said ? `Threads refused: ${said}` : `Threads refused the request (HTTP ${status}).`, details);
}

/** Parses a 2xx body (see ../parse.ts). */
export function parse<T>(schema: z.ZodType<T>, body: unknown, what: string): T {
  return parseAnswer('threads', 'Threads', schema, body, what);
}

/** The shared JSON client, with Threads' error mapping. */
class ThreadsApi extends JsonApiClient {
  constructor(accessToken: string | null, options: ThreadsClientOptions) {
    super({ ...options, accessToken }, { apiUrl: THREADS_API_URL, network: 'threads', who: 'Threads' });
  }

  protected errorFrom(response: JsonResponse): NetworkError {
    return errorFromResponse(response.status, response.headers, response.body);
  }
}

/**
 * Threads' calls: paths are under the pinned Graph version unless `unversioned`, forms are plain records. The HTTP
 * work (bearer token, time limit, local-address guard, reading bodies) is the shared client's.
 */
export class ThreadsClient {
  readonly apiUrl: string;
  private readonly api: ThreadsApi;

  constructor(accessToken: string | null, options: ThreadsClientOptions = {}) {
    this.api = new ThreadsApi(accessToken, options);
    this.apiUrl = this.api.apiUrl;
  }

  /** Sends one request; resolves with the body for 2xx only, otherwise throws a `NetworkError`. */
  async request(method: string, path: string, options: ThreadsRequest = {}): Promise<unknown> {
    return (await this.api.request(method, versioned(path, options), jsonRequest(options))).body;
  }

  /** Sends one request and returns whatever came back; only network failures throw. */
  send(method: string, path: string, options: ThreadsRequest = {}): Promise<ThreadsResponse> {
    return this.api.send(method, versioned(path, options), jsonRequest(options));
  }
}

function versioned(path: string, options: ThreadsRequest): string {
  return options.unversioned ? path : `/${THREADS_API_VERSION}${path}`;
}

function jsonRequest(options: ThreadsRequest): JsonRequest {
  const request: JsonRequest = { anonymous: options.anonymous };
  if (options.query) request.query = options.query;
  if (options.form) {
    const form = new URLSearchParams();
    for (const [name, value] of Object.entries(options.form)) if (value !== undefined) form.set(name, String(value));
    request.form = form;
  }
  return request;
}
