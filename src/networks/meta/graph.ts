/**
 * One small client for Meta's Graph API, shared by the Facebook Page and Instagram connectors and the Meta OAuth
 * provider. Every call goes to `{apiUrl}/{version}/{path}` with the token in the `Authorization` header (kept out of
 * URLs and logs) and, when an app secret is configured, `appsecret_proof` — the HMAC-SHA256 of the token keyed with
 * the app secret, hex (https://developers.facebook.com/docs/graph-api/securing-requests). Apps that enable
 * "Require App Secret" refuse calls without it.
 *
 * The shared JSON client, not an SDK: the official SDKs are per-language wrappers of these same URLs and would hide the usage headers.
 *
 * @example
 * const graph = new GraphClient({ network: 'facebook', accessToken: pageToken, appSecret });
 * const page = await graph.get('/me', { fields: 'id,name' });
 */
import { createHash, createHmac } from 'node:crypto';
import { z } from 'zod';
import { NetworkError, type NetworkId } from '../connector.js';
import { JsonApiClient, type JsonClientOptions, type JsonRequest, type JsonResponse } from '../json-client.js';
import { parseAnswer } from '../parse.js';
import { errorFromGraph, graphErrorSchema, isMissingPermission, label, rateLimitFromUsage, readUsage } from './errors.js';

/**
 * The Graph API version every Meta call uses — the one place to change it. v26.0 is the newest the changelog lists
 * (released July 29, 2026, https://developers.facebook.com/docs/graph-api/changelog); `graphVersion` overrides it.
 */
export const GRAPH_API_VERSION = 'v26.0';
export const GRAPH_API_URL = 'https://graph.facebook.com';

export interface GraphOptions {
  /** API origin, default https://graph.facebook.com (tests point it at the fake). */
  apiUrl?: string;
  /** e.g. `v26.0`; default `GRAPH_API_VERSION`. */
  graphVersion?: string;
  /** When set, every call carries `appsecret_proof`. */
  appSecret?: string;
  /** The proof of this client's token, computed elsewhere (by the sign-in holding a workspace's secret); no `appSecret`. */
  appSecretProof?: string;
  fetch?: typeof fetch;
  /** Per request, default 30 s. */
  timeoutMs?: number;
  /** Remembers quotas past 90 % across clients of one connector, so the next call waits instead of being throttled. */
  gate?: UsageGate;
}

/**
 * Quotas seen past the threshold, per token or app-wide: a call whose answer says 95 % used still succeeded (a post
 * made is kept), but the calls after it wait until the time the headers gave, as `rate_limited` without touching Graph.
 */
export class UsageGate {
  private readonly closed = new Map<string, { until: number; message: string }>();

  close(key: string, until: number, message: string): void {
    this.closed.set(key, { until, message });
  }

  /** The remaining wait and why, or null when calls may go. */
  check(key: string, now = Date.now()): { waitMs: number; message: string } | null {
    const entry = this.closed.get(key);
    if (!entry) return null;
    if (entry.until <= now) {
      this.closed.delete(key);
      return null;
    }
    return { waitMs: entry.until - now, message: entry.message };
  }
}

export type GraphParams = Record<string, string | number | boolean | undefined>;

export type GraphResponse = JsonResponse;

const APP_GATE = 'app-wide';
const VERSION_PATTERN = /^v\d+\.\d+$/;

/** `appsecret_proof`: HMAC-SHA256 of the access token, keyed with the app secret, as lowercase hex. */
export function appSecretProof(accessToken: string, appSecret: string): string {
  return createHmac('sha256', appSecret).update(accessToken).digest('hex');
}

/** Parses a 2xx body (see ../parse.ts). */
export function parseGraph<T>(schema: z.ZodType<T>, body: unknown, what: string, network: NetworkId): T {
  return parseAnswer(network, label(network), schema, body, what);
}

/** Graph list answers: `{ data: [...], paging?: { cursors, next } }`. */
export function listOf<T extends z.ZodTypeAny>(item: T) {
  return z.object({
    data: z.array(item),
    paging: z.object({ next: z.string().optional(), cursors: z.object({ after: z.string().optional() }).partial().optional() }).partial().optional(),
  });
}

/**
 * The insights of one post or media (`GET /{id}/insights?metric=…`), or none when Graph refuses them for the object:
 * they exist for some objects only (not videos or young Pages' posts, not every media type), while the counts read
 * beside them still count. A missing permission (`read_insights`, `instagram_manage_insights`) still fails as `auth`,
 * so the person is asked to reconnect; readers that can do without insights add `.catch(noneWithoutPermission)`.
 *
 * @example
 * const insights = await insightsOrNone(graph, mediaId, ['reach', 'saved'], insightSchema);
 * const daily = await insightsOrNone(graph, pageId, ['page_media_view'], pageInsightSchema, { period: 'day' });
 */
export async function insightsOrNone<T>(
  graph: GraphClient,
  id: string,
  metrics: readonly string[],
  schema: z.ZodType<T>,
  params: GraphParams = {},
): Promise<T[]> {
  try {
    const response = await graph.get(`/${encodeURIComponent(id)}/insights`, { ...params, metric: metrics.join(',') });
    return parseGraph(z.object({ data: z.array(schema) }), response.body, 'the insights', graph.network).data;
  } catch (error) {
    if (error instanceof NetworkError && (error.kind === 'rejected' || error.kind === 'not_found')) return [];
    throw error;
  }
}

/**
 * For a reader whose insights are optional (the daily account figures): a token without the insights permission
 * (`read_insights`, `instagram_manage_insights`) reads as no insights, so the public counts read beside them are
 * still kept; any other failure, a dead token included, still fails.
 *
 * @example
 * const insights = await insightsOrNone(graph, pageId, PAGE_INSIGHTS, schema).catch(noneWithoutPermission);
 */
export function noneWithoutPermission(error: unknown): never[] {
  if (isMissingPermission(error)) return [];
  throw error;
}

export class GraphClient {
  readonly network: NetworkId;
  readonly apiUrl: string;
  readonly version: string;
  private readonly accessToken: string | null;
  private readonly appSecret: string | undefined;
  private readonly givenProof: string | undefined;
  private readonly fetchImpl: typeof fetch | undefined;
  private readonly timeoutMs: number | undefined;
  private readonly gate: UsageGate;
  private readonly api: GraphApi;

  constructor(options: GraphOptions & { network: NetworkId; accessToken?: string | null }) {
    this.network = options.network;
    this.apiUrl = (options.apiUrl ?? GRAPH_API_URL).replace(/\/+$/, '');
    this.version = options.graphVersion ?? GRAPH_API_VERSION;
    if (!VERSION_PATTERN.test(this.version)) {
      throw new NetworkError('rejected', `"${this.version}" is not a Graph API version (expected something like ${GRAPH_API_VERSION}).`, {
        network: this.network,
      });
    }
    this.accessToken = options.accessToken ?? null;
    this.appSecret = options.appSecret || undefined;
    this.givenProof = options.appSecretProof || undefined;
    this.fetchImpl = options.fetch;
    this.timeoutMs = options.timeoutMs;
    this.gate = options.gate ?? new UsageGate();
    this.api = new GraphApi({ apiUrl: this.apiUrl, accessToken: this.accessToken, fetch: this.fetchImpl, timeoutMs: this.timeoutMs }, this.network);
  }

  /** The same client with another token (a Page token read from `/me/accounts`). */
  withToken(accessToken: string): GraphClient {
    return new GraphClient({
      network: this.network,
      apiUrl: this.apiUrl,
      graphVersion: this.version,
      appSecret: this.appSecret,
      fetch: this.fetchImpl,
      timeoutMs: this.timeoutMs,
      gate: this.gate,
      accessToken,
    });
  }

  get(path: string, params: GraphParams = {}): Promise<GraphResponse> {
    return this.request('GET', path, params);
  }

  post(path: string, params: GraphParams = {}): Promise<GraphResponse> {
    return this.request('POST', path, params);
  }

  delete(path: string, params: GraphParams = {}): Promise<GraphResponse> {
    return this.request('DELETE', path, params);
  }

  /**
   * Sends one call; resolves for 2xx only. A 2xx whose usage headers are past 90 % still resolves (the call happened),
   * but closes the gate so the next call on this token waits for the time the headers gave.
   */
  async request(method: string, path: string, params: GraphParams = {}): Promise<GraphResponse> {
    // X-App-Usage and error code 4 are the app's quota, shared by every token; the rest belong to a token's Page or
    // account (X-Business-Use-Case-Usage, X-Page-Usage, codes 17, 32, 80001+).
    // Keyed by a hash so the gate holds no second copy of the secret.
    const tokenKey = this.accessToken ? createHash('sha256').update(this.accessToken).digest('hex') : 'no-token';
    const closed = this.gate.check(APP_GATE) ?? this.gate.check(tokenKey);
    if (closed) throw new NetworkError('rate_limited', closed.message, { network: this.network, retryAfterMs: closed.waitMs });
    const response = await this.send(method, path, params);
    const bodyError = response.body !== null && typeof response.body === 'object' && 'error' in response.body;
    if (response.status < 200 || response.status >= 300 || bodyError) {
      const error = errorFromGraph(response.status, response.headers, response.body, this.network);
      if (error.kind === 'rate_limited') {
        const appWide = graphErrorSchema.safeParse(response.body).data?.error.code === 4;
        this.gate.close(appWide ? APP_GATE : tokenKey, Date.now() + (error.details.retryAfterMs ?? 0), error.message);
      }
      throw error;
    }
    const usage = rateLimitFromUsage(response.headers, this.network);
    if (usage) {
      const appWide = readUsage(response.headers).source?.startsWith('x-app-usage') ?? false;
      this.gate.close(appWide ? APP_GATE : tokenKey, Date.now() + (usage.details.retryAfterMs ?? 0), usage.message);
    }
    return response;
  }

  /** Sends one call and returns whatever came back; only connection failures and timeouts throw. */
  send(method: string, path: string, params: GraphParams = {}): Promise<GraphResponse> {
    const query: Record<string, string> = {};
    // The bearer token goes in the header; the proof of the app secret beside it is a query parameter.
    if (this.accessToken && this.appSecret) query['appsecret_proof'] = appSecretProof(this.accessToken, this.appSecret);
    else if (this.accessToken && this.givenProof) query['appsecret_proof'] = this.givenProof;
    const entries = Object.entries(params).filter((entry): entry is [string, string | number | boolean] => entry[1] !== undefined);
    const request: JsonRequest = { query };
    if (method === 'POST') {
      // Graph reads POST parameters from a form body; arrays and objects travel JSON-encoded in one field.
      request.form = new URLSearchParams(entries.map(([k, v]) => [k, String(v)]));
    } else {
      for (const [k, v] of entries) query[k] = String(v);
    }
    return this.api.send(method, `/${this.version}/${path.replace(/^\/+/, '')}`, request);
  }
}

/** The shared JSON client under Graph: `GraphClient` keeps the versioned paths, the proof and the usage gate. */
class GraphApi extends JsonApiClient {
  constructor(
    options: JsonClientOptions,
    private readonly graphNetwork: NetworkId,
  ) {
    super(options, { apiUrl: GRAPH_API_URL, network: graphNetwork, who: label(graphNetwork) });
  }

  protected errorFrom(response: JsonResponse): NetworkError {
    return errorFromGraph(response.status, response.headers, response.body, this.graphNetwork);
  }
}
