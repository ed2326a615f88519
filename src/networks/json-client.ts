/**
 * The HTTP client the JSON APIs share (X, Pinterest, Snapchat, Threads, TikTok, YouTube): query parameters, a JSON or form body, the user's
 * bearer token — sent only to the API's own origin, never to an upload bucket elsewhere — a time limit, and every
 * failure as a `NetworkError` built by the network's own mapping.
 *
 * @example
 * class PinterestClient extends JsonApiClient {
 *   constructor(options: JsonClientOptions = {}) { super(options, { apiUrl: PINTEREST_API_URL, network: 'pinterest', who: 'Pinterest' }); }
 *   protected errorFrom(r: JsonResponse) { return errorFromResponse(r.status, r.headers, r.body); }
 * }
 */
import type { NetworkError, NetworkId } from './connector.js';
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
  query?: Record<string, string | number | boolean | undefined>;
  json?: unknown;
  form?: FormData | URLSearchParams;
  /** Raw bytes (one chunk of a video upload); the caller names their type in `headers`. */
  bytes?: Uint8Array<ArrayBuffer>;
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

export abstract class JsonApiClient {
  readonly apiUrl: string;
  private readonly accessToken: string | null;
  private readonly fetchImpl: typeof fetch;
  private readonly timeoutMs: number;

  constructor(
    options: JsonClientOptions,
    private readonly network: { apiUrl: string; network: NetworkId; who: string },
  ) {
    this.apiUrl = new URL(options.apiUrl ?? network.apiUrl).origin;
    this.accessToken = options.accessToken ?? null;
    // The configured API origin is the operator's; any other URL (an upload bucket) is checked (safe-fetch.ts).
    this.fetchImpl = options.fetch ?? guardedFetch({ trustedOrigins: [this.apiUrl] });
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
      if (value !== undefined) url.searchParams.set(name, String(value));
    }
    const headers: Record<string, string> = { accept: 'application/json', ...options.headers };
    if (this.accessToken && !options.anonymous && !headers['authorization'] && url.origin === this.apiUrl) {
      headers['authorization'] = `Bearer ${this.accessToken}`;
    }
    let body: string | FormData | URLSearchParams | Uint8Array<ArrayBuffer> | undefined;
    if (options.json !== undefined) {
      // A network that documents its own (TikTok: `application/json; charset=UTF-8`) passes it in `headers`.
      headers['content-type'] ??= 'application/json';
      body = JSON.stringify(options.json);
    } else {
      body = options.form ?? options.bytes;
    }
    const timeoutMs = options.timeoutMs ?? this.timeoutMs;
    try {
      const redirect = options.redirect ?? 'follow';
      const response = await this.fetchImpl(url, { method, headers, body, redirect, signal: AbortSignal.timeout(timeoutMs) });
      return { status: response.status, headers: response.headers, body: await this.readBody(response) };
    } catch (error) {
      throw this.unreachableError(error, timeoutMs);
    }
  }
}
