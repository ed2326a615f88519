/**
 * Meta's Graph API failures → `NetworkError`. Graph answers almost every failure with HTTP 400 and an `error` object,
 * so the kind comes from its `code`/`error_subcode`, not from the status:
 * https://developers.facebook.com/docs/graph-api/guides/error-handling
 *
 * Rate limits are read from the usage headers too: Graph starts refusing once a quota reaches 100 %, so Chorus
 * stops at 90 % and waits rather than spend the last calls of a Page or an app:
 * https://developers.facebook.com/docs/graph-api/overview/rate-limiting
 */
import { z } from 'zod';
import { NetworkError, retryAfterFromHeaders, type NetworkId } from '../connector.js';

export const graphErrorSchema = z.object({
  error: z.object({
    message: z.string().catch('Unknown error'),
    type: z.string().optional().catch(undefined),
    code: z.number().optional().catch(undefined),
    error_subcode: z.number().optional().catch(undefined),
    error_user_title: z.string().optional().catch(undefined),
    error_user_msg: z.string().optional().catch(undefined),
    fbtrace_id: z.string().optional().catch(undefined),
    is_transient: z.boolean().optional().catch(undefined),
  }),
});
export type GraphErrorBody = z.infer<typeof graphErrorSchema>['error'];

/** 4 app, 17 user, 32 Page, 613 custom limit (error-handling page); 80001–80014 Business Use Case limits (rate-limiting page). */
const RATE_LIMIT_CODES = new Set([4, 17, 32, 613]);
const isBusinessUseCaseCode = (code: number): boolean => code >= 80001 && code <= 80014;
/** "Access token has expired" (190) and "API Session" (102): the person must log in again. */
const AUTH_CODES = new Set([102, 190]);
/** 10 and 200–299: a permission is missing or was removed; reconnecting grants it again. */
const isPermissionCode = (code: number): boolean => code === 10 || (code >= 200 && code <= 299);
/**
 * 1 "API Unknown", 2 "API Service", 341 "Application limit reached" (downtime): retry later. Instagram's -1 and -2
 * ("Instagram server error", "It takes too long to download the media", "The media ... has expired", "Create media
 * fail"): retry with a new container (https://developers.facebook.com/docs/instagram-platform/instagram-graph-api/reference/error-codes).
 */
const TRANSIENT_CODES = new Set([1, 2, 341, -1, -2]);
/** `(#100)` with subcode 33: "Object with ID ... does not exist, cannot be loaded due to missing permissions". */
const NOT_FOUND_SUBCODE = 33;

/** Percent past which Chorus treats a quota as spent (Graph throttles at 100). */
export const USAGE_THRESHOLD = 90;
/** Graph's windows are a rolling hour; without a hint, a few minutes lets usage fall back under the threshold. */
const FALLBACK_RETRY_AFTER_MS = 5 * 60 * 1000;

const usageNumbers = z
  .object({
    call_count: z.number().optional().catch(undefined),
    total_cputime: z.number().optional().catch(undefined),
    total_time: z.number().optional().catch(undefined),
    acc_id_util_pct: z.number().optional().catch(undefined),
    estimated_time_to_regain_access: z.number().optional().catch(undefined),
    type: z.string().optional().catch(undefined),
  })
  .passthrough();
const businessUsageSchema = z.record(z.string(), z.array(usageNumbers));

export interface UsageReading {
  /** The highest percentage of any quota named in the headers. */
  highestPercent: number;
  /** Minutes until access returns, when a Business Use Case header says so. */
  regainAccessMinutes: number | null;
  /** Which header and quota is the highest, for the message. */
  source: string | null;
}

function parseJsonHeader(value: string | null): unknown {
  if (!value) return undefined;
  try {
    return JSON.parse(value) as unknown;
  } catch {
    return undefined;
  }
}

/**
 * Reads `X-App-Usage` / `X-Page-Usage` (`{"call_count":28,"total_time":25,"total_cputime":25}`) and
 * `X-Business-Use-Case-Usage` (`{"<id>":[{"type":"pages","call_count":100,...,"estimated_time_to_regain_access":19}]}`).
 */
export function readUsage(headers: Headers): UsageReading {
  let highestPercent = 0;
  let regainAccessMinutes: number | null = null;
  let source: string | null = null;
  const consider = (numbers: z.infer<typeof usageNumbers>, name: string): void => {
    for (const key of ['call_count', 'total_cputime', 'total_time', 'acc_id_util_pct'] as const) {
      const value = numbers[key];
      if (typeof value === 'number' && value > highestPercent) {
        highestPercent = value;
        source = `${name} ${key}`;
      }
    }
    const minutes = numbers.estimated_time_to_regain_access;
    if (typeof minutes === 'number' && minutes > 0) regainAccessMinutes = Math.max(regainAccessMinutes ?? 0, minutes);
  };
  for (const name of ['x-app-usage', 'x-page-usage', 'x-ad-account-usage']) {
    const parsed = usageNumbers.safeParse(parseJsonHeader(headers.get(name)));
    if (parsed.success) consider(parsed.data, name);
  }
  const business = businessUsageSchema.safeParse(parseJsonHeader(headers.get('x-business-use-case-usage')));
  if (business.success) {
    for (const entries of Object.values(business.data)) {
      for (const entry of entries) consider(entry, `x-business-use-case-usage ${entry.type ?? ''}`.trim());
    }
  }
  return { highestPercent, regainAccessMinutes, source };
}

/** The wait the usage headers ask for: `estimated_time_to_regain_access` minutes, else `Retry-After`, else a default. */
export function retryAfterFromUsage(headers: Headers, usage = readUsage(headers)): number {
  if (usage.regainAccessMinutes !== null) return usage.regainAccessMinutes * 60_000;
  return retryAfterFromHeaders(headers) ?? FALLBACK_RETRY_AFTER_MS;
}

/** A `rate_limited` error when any quota is past the threshold, else null. */
export function rateLimitFromUsage(headers: Headers, network: NetworkId): NetworkError | null {
  const usage = readUsage(headers);
  if (usage.highestPercent < USAGE_THRESHOLD && usage.regainAccessMinutes === null) return null;
  const retryAfterMs = retryAfterFromUsage(headers, usage);
  return new NetworkError(
    'rate_limited',
    `${label(network)} reports ${Math.round(usage.highestPercent)} % of a rate quota used (${usage.source ?? 'usage headers'}); Chorus waits ${Math.ceil(retryAfterMs / 60_000)} min before the next call.`,
    { network, retryAfterMs },
  );
}

export function label(network: NetworkId): string {
  return network === 'instagram' ? 'Instagram' : 'Facebook';
}

/** The sentence a person sees: Meta's `error_user_msg` when it gave one (localized, meant for people), else `message`. */
export function personMessage(error: GraphErrorBody): string {
  const user = error.error_user_msg?.trim();
  if (user) return error.error_user_title?.trim() ? `${error.error_user_title.trim()}: ${user}` : user;
  return error.message.trim();
}

/** The `cause` of a NetworkError made from Graph's "permission missing" answer: the Graph code, for `isMissingPermission`. */
interface MissingPermission {
  graphCode: number;
}

/**
 * Whether Graph refused for want of a permission (codes 10, 200–299) rather than for a dead token (190): a reader
 * that can do without one optional call (insights) tells the two apart with this.
 *
 * @example
 * const insights = await graph.get(path).catch((e) => (isMissingPermission(e) ? null : Promise.reject(e)));
 */
export function isMissingPermission(error: unknown): boolean {
  if (!(error instanceof NetworkError) || error.kind !== 'auth') return false;
  const cause: unknown = error.cause;
  return typeof cause === 'object' && cause !== null && 'graphCode' in cause && typeof cause.graphCode === 'number' && isPermissionCode(cause.graphCode);
}

/** Maps a non-2xx Graph answer (or a 2xx carrying `error`) to the kind the publisher acts on. */
export function errorFromGraph(status: number, headers: Headers, body: unknown, network: NetworkId): NetworkError {
  const parsed = graphErrorSchema.safeParse(body);
  const name = label(network);
  const details = { status, network };
  if (!parsed.success) {
    if (status === 429) return new NetworkError('rate_limited', `${name} asks to slow down.`, { ...details, retryAfterMs: retryAfterFromUsage(headers) });
    if (status >= 500 || status === 408) return new NetworkError('transient', `${name} had a temporary problem (HTTP ${status}).`, details);
    if (status === 401) return new NetworkError('auth', `${name} no longer accepts this channel's access. Reconnect the channel.`, details);
    if (status === 404) return new NetworkError('not_found', `${name} has no such post or object.`, details);
    return new NetworkError('rejected', `${name} refused the request (HTTP ${status}).`, details);
  }
  const error = parsed.data.error;
  const code = error.code ?? 0;
  const said = personMessage(error);
  const trace = error.fbtrace_id ? ` (trace ${error.fbtrace_id})` : '';
  if (RATE_LIMIT_CODES.has(code) || isBusinessUseCaseCode(code) || status === 429) {
    const retryAfterMs = retryAfterFromUsage(headers);
    return new NetworkError('rate_limited', `${name} rate limit reached: ${said} Retrying in ${Math.ceil(retryAfterMs / 60_000)} min.`, {
      ...details,
      retryAfterMs,
    });
  }
  if (AUTH_CODES.has(code) || (error.type === 'OAuthException' && code === 0)) {
    return new NetworkError('auth', `${name} no longer accepts this channel's access (${said}). Reconnect the channel.`, details);
  }
  if (isPermissionCode(code)) {
    const cause: MissingPermission = { graphCode: code };
    return new NetworkError('auth', `${name} says a permission is missing (${said}). Reconnect the channel and grant every permission asked.`, details, { cause });
  }
  if (code === 100 && error.error_subcode === NOT_FOUND_SUBCODE) {
    return new NetworkError('not_found', `${name} has no such post or object (${said}).`, details);
  }
  if (TRANSIENT_CODES.has(code) || error.is_transient === true || status >= 500) {
    return new NetworkError('transient', `${name} had a temporary problem: ${said}${trace}`, details);
  }
  return new NetworkError('rejected', `${name} refused: ${said}`, details);
}
