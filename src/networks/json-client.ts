/**
 * The HTTP client the JSON APIs share (X, Pinterest, Snapchat, Threads, TikTok, YouTube, Mastodon): query parameters,
 * a JSON, form or streamed multipart body, the user's bearer token — sent only to the API's own origin, never to an
 * upload bucket elsewhere — a time limit, and every failure as a `NetworkError` built by the network's own mapping.
 *
 * The API origin is trusted by the local-address guard (safe-fetch.ts) because the operator configured it; a network
 * whose origin a person typed (a Mastodon instance) says `userGivenOrigin` and every request to it is checked.
 *
 * @example
 * class PinterestClient extends JsonApiClient {
 *   constructor(options: JsonClientOptions = {}) { super(options, { apiUrl: PINTEREST_API_URL, network: 'pinterest', who: 'Pinterest' }); }
 *   protected errorFrom(r: JsonResponse) { return errorFromResponse(r.status, r.headers, r.body); }
 * }
 */
import type { NetworkError, NetworkId } from './connector.js';
import type { StreamedForm } from './multipart.js';
import { readBody, unreachable } from './parse.js';
import { guardedFetch } from './safe-fetch.js';

export interface JsonClientOptions {
  apiUrl?: string;
  /** Bearer token of the user; absent for token endpoints, which authenticate the app. */
  accessToken?: string | null;
  fetch?: typeof fetch;
  /** Per request (default 30 s); uploads pass their own. */
  timeoutMs?: number;
}

export interface JsonRequest {
  /** An array repeats its name (`'types[]': ['mention', 'reblog']` → `types[]=mention&types[]=reblog`). */
  query?: Record<string, string | number | boolean | readonly string[] | undefined>;
  json?: unknown;
  form?: FormData | URLSearchParams;
  /** Raw bytes (one chunk of a video upload); the caller names their type in `headers`. */
  bytes?: Uint8Array<ArrayBuffer>;
  /** A multipart body streamed with its exact length (media uploads); sent without following redirects (multipart.ts). */
  streamedForm?: StreamedForm;
  /** Sends no bearer token: code exchanges, which authenticate the app rather than the user. */
  anonymous?: boolean;
  /** `manual` when a 3xx is an answer, not a move (YouTube's resumable upload says "308 Resume Incomplete"). */
  redirect?: RequestRedirect;
  headers?: Record<string, string>;
  timeoutMs?: number;
}

export interface JsonResponse {
  status: number;
  headers: Headers;
  body: unknown;
}

const DEFAULT_TIMEOUT_MS = 30_000;

/** Who a client talks to. */
export interface JsonNetwork {
  apiUrl: string;
  network: NetworkId;
  /** The name in error messages ("LinkedIn", or an instance's host). */
  who: string;
  /** The origin is a person's input, not the operator's: the address guard checks it like any other URL. */
  userGivenOrigin?: boolean;
  /** Sent with every request unless the request names its own. */
  headers?: Record<string, string>;
  /** The content type of a JSON body; default `application/json` (TikTok's and Google's references add `; charset=UTF-8`). */
  jsonType?: string;
  /** Every request's redirect policy unless it names its own; default `follow` (YouTube: `manual`, see `JsonRequest`). */
  redirect?: RequestRedirect;
}

export abstract class JsonApiClient {
  readonly apiUrl: string;
  private readonly accessToken: string | null;
  private readonly fetchImpl: typeof fetch;
  private readonly timeoutMs: number;

  constructor(
    options: JsonClientOptions,
    private readonly network: JsonNetwork,
  ) {
    this.apiUrl = new URL(options.apiUrl ?? network.apiUrl).origin;
    this.accessToken = options.accessToken ?? null;
    // The configured API origin is the operator's; any other URL (an upload bucket), and an origin a person typed,
    // is checked where its connection opens, redirects included (safe-fetch.ts).
    this.fetchImpl = options.fetch ?? guardedFetch({ trustedOrigins: network.userGivenOrigin ? [] : [this.apiUrl] });
    this.timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  }

  /** The network's error for an answer that is not a success. */
  protected abstract errorFrom(response: JsonResponse): NetworkError;

  /** The body of an answer: JSON when it is JSON, else its text, else null. A network with odd JSON overrides it. */
  protected readBody(response: Response): Promise<unknown> {
    return readBody(response);
  }

  /** The error for a request that got no answer (refused, timed out); a network may note more about it. */
  protected unreachableError(error: unknown, timeoutMs: number): NetworkError {
    return unreachable(this.network.network, this.network.who, error, timeoutMs);
  }

  /** Whether an answer is a success: a 2xx, unless the network says otherwise (an error envelope inside a 200). */
  protected succeeded(response: JsonResponse): boolean {
    return response.status >= 200 && response.status < 300;
  }

  get(path: string, options: JsonRequest = {}): Promise<JsonResponse> {
    return this.request('GET', path, options);
  }

  post(path: string, options: JsonRequest = {}): Promise<JsonResponse> {
    return this.request('POST', path, options);
  }

  /** Sends one request; resolves for a success only, otherwise throws a `NetworkError`. */
  async request(method: string, path: string, options: JsonRequest = {}): Promise<JsonResponse> {
    const response = await this.send(method, path, options);
    if (this.succeeded(response)) return response;
    throw this.errorFrom(response);
  }

  /** Sends one request (a path on the API origin, or an absolute URL) and returns whatever came back. */
  async send(method: string, path: string, options: JsonRequest = {}): Promise<JsonResponse> {
    const url = new URL(path, this.apiUrl);
    for (const [name, value] of Object.entries(options.query ?? {})) {
      if (typeof value === 'object') for (const item of value) url.searchParams.append(name, item);
      else if (value !== undefined) url.searchParams.set(name, String(value));
    }
    const headers: Record<string, string> = { accept: 'application/json', ...this.network.headers, ...options.headers };
    if (this.accessToken && !options.anonymous && !headers['authorization'] && url.origin === this.apiUrl) {
      headers['authorization'] = `Bearer ${this.accessToken}`;
    }
    const { body, redirect } = requestBody(options, headers, this.network);
    const timeoutMs = options.timeoutMs ?? this.timeoutMs;
    try {
      // `duplex: 'half'` is how fetch takes a stream as the body (all of the request goes before the answer is read).
      const init: RequestInit & { duplex?: 'half' } = { method, headers, body, redirect, signal: AbortSignal.timeout(timeoutMs) };
      if (options.streamedForm) init.duplex = 'half';
      const response = await this.fetchImpl(url, init);
      return { status: response.status, headers: response.headers, body: await this.readBody(response) };
    } catch (error) {
      throw this.unreachableError(error, timeoutMs);
    }
  }
}

/** The body of a request, naming its type in `headers`, and the redirect policy it can bear. */
function requestBody(options: JsonRequest, headers: Record<string, string>, network: JsonNetwork): { body: BodyInit | undefined; redirect: RequestRedirect } {
  const redirect = options.redirect ?? network.redirect ?? 'follow';
  if (options.json !== undefined) {
    headers['content-type'] ??= network.jsonType ?? 'application/json';
    return { body: JSON.stringify(options.json), redirect };
  }
  if (options.streamedForm) {
    headers['content-type'] = options.streamedForm.contentType;
    headers['content-length'] = String(options.streamedForm.length);
    // Node's fetch (undici) keeps a copy of a stream body to replay it after a redirect: under 'follow' (or 'manual')
    // every chunk of an upload stays in memory until the answer. With 'error' it does not, and nothing is lost: a
    // consumed stream could not be replayed anyway.
    return { body: options.streamedForm.body, redirect: 'error' };
  }
  return { body: options.form ?? options.bytes, redirect };
}
