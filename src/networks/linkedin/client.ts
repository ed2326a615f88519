/**
 * HTTP calls against LinkedIn's versioned REST API (api.linkedin.com/rest) and its OAuth endpoints, with every failure
 * mapped to a `NetworkError`. Every `/rest/*` call carries `Linkedin-Version: YYYYMM` and
 * `X-Restli-Protocol-Version: 2.0.0`, as "All APIs require" (learn.microsoft.com/linkedin/marketing/versioning and
 * learn.microsoft.com/linkedin/marketing/community-management/shares/posts-api).
 *
 * @example
 * const client = new LinkedInClient(token, { apiUrl: 'https://api.linkedin.com' });
 * const res = await client.request('POST', '/rest/posts', { json: post });   // 201, id in x-restli-id
 */
import { z } from 'zod';
import { NetworkError, retryAfterFromHeaders } from '../connector.js';
import { JsonApiClient, type JsonRequest, type JsonResponse } from '../json-client.js';
import { parseAnswer } from '../parse.js';

export const LINKEDIN_API_URL = 'https://api.linkedin.com';
/** Origin of the authorization page and of `/oauth/v2/accessToken`. */
export const LINKEDIN_OAUTH_URL = 'https://www.linkedin.com';
/**
 * The API version every `/rest` call asks for. LinkedIn serves each monthly version for about a year and then answers
 * 426 NONEXISTENT_VERSION (learn.microsoft.com/linkedin/marketing/versioning): bump it, or set the connector's
 * `version` option, before it is retired.
 */
export const LINKEDIN_VERSION = '202609';

export interface LinkedInClientOptions {
  apiUrl?: string;
  /** `Linkedin-Version` for `/rest` calls (YYYYMM). */
  version?: string;
  fetch?: typeof fetch;
  timeoutMs?: number;
}

export interface LinkedInRequest {
  json?: unknown;
  form?: Record<string, string>;
  /** Raw bytes (uploads: one image, or one video part). */
  bytes?: Uint8Array;
  headers?: Record<string, string>;
  /** Don't send the bearer token (token endpoint, which authenticates with the client secret). */
  anonymous?: boolean;
  timeoutMs?: number;
}

export type LinkedInResponse = JsonResponse;

const errorSchema = z
  .object({
    message: z.string().optional(),
    code: z.string().optional(),
    serviceErrorCode: z.number().optional(),
    status: z.number().optional(),
    errorDetails: z
      .object({ inputErrors: z.array(z.object({ description: z.string().optional(), code: z.string().optional() })).optional() })
      .partial()
      .optional(),
    error: z.string().optional(),
    error_description: z.string().optional(),
  })
  .partial();

export interface LinkedInError {
  message: string | null;
  code: string | null;
}

/** LinkedIn's error bodies: `{ status, code, message, errorDetails }` (REST) or `{ error, error_description }` (OAuth). */
export function readLinkedInError(body: unknown): LinkedInError {
  const parsed = errorSchema.safeParse(body);
  if (!parsed.success) return { message: typeof body === 'string' && body.trim() ? body.trim().slice(0, 300) : null, code: null };
  const e = parsed.data;
  const details = (e.errorDetails?.inputErrors ?? []).map((i) => i.description).filter((d): d is string => Boolean(d));
  const message = [e.message?.replace(/^ERROR :: /gm, '').replace(/\s+$/g, ''), ...details].filter(Boolean).join(' — ') || e.error_description || e.error || null;
  const inputCode = e.errorDetails?.inputErrors?.find((i) => i.code)?.code;
  return { message, code: inputCode ?? e.code ?? e.error ?? null };
}

/**
 * "Rate limits specify the maximum number of API calls that can be made in a 24 hour period. These limits reset at
 * midnight UTC every day" and LinkedIn sends no reset header (learn.microsoft.com/linkedin/shared/api-guide/concepts/
 * rate-limits): without a Retry-After, wait until the next midnight UTC (at least a minute).
 */
export function untilMidnightUtc(now = Date.now()): number {
  const next = new Date(now);
  next.setUTCHours(24, 0, 0, 0);
  return Math.max(60_000, next.getTime() - now);
}

/** Maps a LinkedIn failure to the kind the publisher acts on. */
export function errorFromResponse(status: number, headers: Headers, body: unknown): NetworkError {
  const { message: said, code } = readLinkedInError(body);
  const details = { status, network: 'linkedin' as const };
  if (status === 429) {
    const fromHeader = retryAfterFromHeaders(headers);
    const retryAfterMs = fromHeader ?? untilMidnightUtc();
    const why = fromHeader !== undefined ? '' : " (LinkedIn's daily limits reset at midnight UTC)";
    return new NetworkError('rate_limited', `LinkedIn asks to slow down; retrying in ${Math.ceil(retryAfterMs / 60_000)} min${why}.`, { ...details, retryAfterMs });
  }
  if (status >= 500 || status === 408) {
    return new NetworkError('transient', `LinkedIn had a temporary problem (HTTP ${status})${said ? `: ${said}` : ''}.`, details);
  }
  if (status === 401) {
    return new NetworkError('auth', `LinkedIn no longer accepts this channel's access${said ? ` (${said})` : ''}. Reconnect the channel.`, details);
  }
  if (status === 403) {
    return new NetworkError(
      'auth',
      `LinkedIn refused for lack of permission${said ? ` (${said})` : ''}. Reconnect the channel, granting every permission, and check the member still administers the page.`,
      details,
    );
  }
  if (status === 404 || status === 410) return new NetworkError('not_found', `LinkedIn has no such post or resource${said ? ` (${said})` : ''}.`, details);
  if (status === 426 || code === 'NONEXISTENT_VERSION') {
    return new NetworkError('rejected', `LinkedIn no longer serves the API version Chorus asks for${said ? ` (${said})` : ''}; update Chorus or its LinkedIn version setting.`, details);
  }
  return new NetworkError('rejected', said ? `LinkedIn refused: ${said}` : `LinkedIn refused the request (HTTP ${status}).`, details);
}

/** Parses a 2xx body (see ../parse.ts). */
export function parse<T>(schema: z.ZodType<T>, body: unknown, what: string): T {
  return parseAnswer('linkedin', 'LinkedIn', schema, body, what);
}

/** A URN as a Rest.li 2.0 path key or list member: percent-encoded, `:`, `(`, `)` and `,` included. */
export function encodeUrn(urn: string): string {
  return encodeURIComponent(urn).replace(/\(/g, '%28').replace(/\)/g, '%29');
}

/** `List(a,b)` with each member encoded (learn.microsoft.com/linkedin/shared/api-guide/concepts/protocol-version). */
export function restliList(urns: string[]): string {
  return `List(${urns.map(encodeUrn).join(',')})`;
}

/** The shared JSON client, with LinkedIn's error mapping and its way of reading bodies. */
class LinkedInApi extends JsonApiClient {
  constructor(accessToken: string | null, options: LinkedInClientOptions) {
    super({ ...options, accessToken }, { apiUrl: LINKEDIN_API_URL, network: 'linkedin', who: 'LinkedIn' });
  }

  protected errorFrom(response: JsonResponse): NetworkError {
    return errorFromResponse(response.status, response.headers, response.body);
  }

  /** JSON only when it looks like an object or a list: a bare id or number in a body stays text, as LinkedIn wrote it. */
  protected override async readBody(response: Response): Promise<unknown> {
    const text = await response.text();
    if (!text || !/^\s*[[{]/.test(text)) return text || null;
    try {
      return JSON.parse(text) as unknown;
    } catch {
      return text;
    }
  }
}

/**
 * LinkedIn's calls: `/rest` paths get the version headers, forms are plain records. The HTTP work (time limit,
 * local-address guard, reading bodies) is the shared client's.
 */
export class LinkedInClient {
  readonly apiUrl: string;
  readonly version: string;
  private readonly api: LinkedInApi;

  constructor(
    private readonly accessToken: string | null,
    options: LinkedInClientOptions = {},
  ) {
    this.api = new LinkedInApi(accessToken, options);
    this.apiUrl = this.api.apiUrl;
    this.version = options.version ?? LINKEDIN_VERSION;
  }

  /** Resolves for 2xx only, otherwise throws a `NetworkError`. `pathAndQuery` is sent as given (Rest.li encoding). */
  request(method: string, pathAndQuery: string, options: LinkedInRequest = {}): Promise<LinkedInResponse> {
    return this.api.request(method, pathAndQuery, this.jsonRequest(pathAndQuery, options));
  }

  /** Sends one request to a path on the API origin, or to an absolute URL (upload URLs); only network failures throw. */
  send(method: string, pathOrUrl: string, options: LinkedInRequest = {}): Promise<LinkedInResponse> {
    return this.api.send(method, pathOrUrl, this.jsonRequest(pathOrUrl, options));
  }

  private jsonRequest(pathOrUrl: string, options: LinkedInRequest): JsonRequest {
    const absolute = /^https?:\/\//.test(pathOrUrl);
    const headers: Record<string, string> = { ...options.headers };
    if (!absolute && pathOrUrl.startsWith('/rest/')) {
      headers['Linkedin-Version'] = this.version;
      headers['X-Restli-Protocol-Version'] = '2.0.0';
    }
    // An image upload URL is on another host and wants the token, as LinkedIn's example shows (media.ts); the
    // shared client would only send it to the API's origin.
    if (absolute && this.accessToken && !options.anonymous) headers['authorization'] = `Bearer ${this.accessToken}`;
    const request: JsonRequest = { headers, anonymous: options.anonymous, timeoutMs: options.timeoutMs, json: options.json };
    if (options.json === undefined && options.form) request.form = new URLSearchParams(options.form);
    else if (options.json === undefined && options.bytes) {
      headers['content-type'] ??= 'application/octet-stream';
      request.bytes = new Uint8Array(options.bytes);
    }
    return request;
  }
}
