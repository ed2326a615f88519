/**
 * HTTP calls against TikTok's API v2 (https://open.tiktokapis.com by default), with every failure mapped to a
 * `NetworkError`.
 *
 * Every v2 answer carries `error: {code, message, log_id}`, `code: "ok"` on success
 * (developers.tiktok.com/doc/tiktok-api-v2-error-handling); the `code` says what happened, the HTTP status roughly
 * agrees (401 token, 403 refusals, 429 rate, 5xx). The Content Posting API adds its own codes
 * (developers.tiktok.com/doc/content-posting-api-reference-direct-post, "Error codes").
 *
 * @example
 * const client = new TikTokClient({ accessToken });
 * const info = await client.request('POST', '/v2/post/publish/creator_info/query/', { json: {} });
 */
import { z } from 'zod';
import { NetworkError, retryAfterFromHeaders } from '../connector.js';
import { JsonApiClient, type JsonClientOptions, type JsonRequest, type JsonResponse } from '../json-client.js';
import { unreachable as networkUnreachable } from '../parse.js';

export const TIKTOK_API_URL = 'https://open.tiktokapis.com';

export type TikTokClientOptions = JsonClientOptions;

export type TikTokRequest = JsonRequest;

export type TikTokResponse = JsonResponse;

/** TikTok's windows are per minute ("6 requests per minute", "30 requests per minute") and it sends no reset header. */
const RATE_WINDOW_MS = 60_000;
/** A daily cap (posts per creator, active users of an unaudited app) rolls over 24 h; an hour is a modest wait. */
const DAILY_CAP_RETRY_MS = 3600_000;

const errorSchema = z.object({ error: z.object({ code: z.string(), message: z.string().optional(), log_id: z.string().optional() }) });

export function tiktokError(body: unknown): { code: string | null; message: string | null; logId: string | null } {
  const parsed = errorSchema.safeParse(body);
  if (!parsed.success) return { code: null, message: typeof body === 'string' && body.trim() ? body.trim().slice(0, 300) : null, logId: null };
  return { code: parsed.data.error.code, message: parsed.data.error.message || null, logId: parsed.data.error.log_id ?? null };
}

/** What to tell a person for the codes a person can act on (the reference's wording is for developers). */
const EXPLAINED: Record<string, string> = {
  unaudited_client_can_only_post_to_private_accounts:
    'This Chorus app is not yet audited by TikTok, so TikTok only accepts private posts ("Only me") from accounts set to private. Choose "Only me", or have the app audited.',
  privacy_level_option_mismatch: 'TikTok does not offer this audience for this account; choose one of the audiences the composer lists.',
  url_ownership_unverified:
    'TikTok fetches media only from a domain the app has verified in the TikTok developer portal; verify the media domain or use file upload.',
  spam_risk_user_banned_from_posting: 'TikTok has banned this account from posting.',
  spam_risk_text: 'TikTok flagged the caption as spam.',
  spam_risk: 'TikTok flagged the post as spam.',
  scope_not_authorized: 'The TikTok account did not grant Chorus the permission this needs; reconnect it and allow every permission.',
};

/** Maps a failed answer to the kind the publisher acts on. */
export function errorFromResponse(status: number, headers: Headers, body: unknown): NetworkError {
  const { code, message, logId } = tiktokError(body);
  const details = { status, network: 'tiktok' as const };
  const said = message ? `: ${message}` : '';
  const ref = logId ? ` (TikTok log id ${logId})` : '';
  if (code === 'access_token_invalid' || code === 'scope_not_authorized' || status === 401) {
    const why = code === 'scope_not_authorized' ? (EXPLAINED[code] ?? '') : `TikTok no longer accepts this channel's access${said}. Reconnect the channel.`;
    return new NetworkError('auth', why, details);
  }
  if (code === 'rate_limit_exceeded' || status === 429) {
    const retryAfterMs = retryAfterFromHeaders(headers) ?? RATE_WINDOW_MS;
    return new NetworkError('rate_limited', `TikTok asks to slow down; retrying in ${Math.ceil(retryAfterMs / 1000)} s.`, { ...details, retryAfterMs });
  }
  if (code === 'spam_risk_too_many_posts' || code === 'reached_active_user_cap') {
    const what = code === 'spam_risk_too_many_posts' ? 'This account reached the number of posts TikTok accepts from apps in a day' : 'This Chorus app reached the number of accounts TikTok lets an unaudited app post for in a day';
    return new NetworkError('rate_limited', `${what}; Chorus will try again later.`, { ...details, retryAfterMs: DAILY_CAP_RETRY_MS });
  }
  if (status >= 500 || code === 'internal_error') return new NetworkError('transient', `TikTok had a temporary problem (HTTP ${status})${said}${ref}.`, details);
  if (status === 404) return new NetworkError('not_found', `TikTok has no such post${said}.`, details);
  const explained = code ? EXPLAINED[code] : undefined;
  return new NetworkError('rejected', explained ?? (message ? `TikTok refused: ${message}${ref}` : `TikTok refused the request (HTTP ${status}${code ? `, ${code}` : ''}).`), details);
}

export function unreachable(error: unknown, timeoutMs: number): NetworkError {
  return networkUnreachable('tiktok', 'TikTok', error, timeoutMs);
}

/**
 * Post ids are int64 written as JSON numbers (`publicaly_available_post_id: [7300000000000000000]`), beyond what a
 * JavaScript number holds exactly: integers of 16 digits or more become strings before parsing.
 */
export function quoteBigIntegers(json: string): string {
  return json.replace(/([:\[,]\s*)(-?\d{16,})(?=\s*[,\]}])/g, '$1"$2"');
}

function parseJson(text: string): unknown {
  if (!text) return null;
  // Quoting could misfire on digits inside a string value: then the plain parse is the fallback.
  for (const candidate of [quoteBigIntegers(text), text]) {
    try {
      return JSON.parse(candidate) as unknown;
    } catch {
      // next candidate
    }
  }
  return text;
}

/** TikTok on the shared JSON client: its error envelope, its JSON content type, its big post ids. */
export class TikTokClient extends JsonApiClient {
  constructor(options: TikTokClientOptions = {}) {
    // The Content Posting reference sends `Content-Type: application/json; charset=UTF-8`.
    super(options, { apiUrl: TIKTOK_API_URL, network: 'tiktok', who: 'TikTok', jsonType: 'application/json; charset=UTF-8' });
  }

  protected errorFrom(response: JsonResponse): NetworkError {
    return errorFromResponse(response.status, response.headers, response.body);
  }

  /** A 2xx whose `error.code` is "ok" (or absent): TikTok reports some refusals inside a 200. */
  protected override succeeded(response: JsonResponse): boolean {
    const { code } = tiktokError(response.body);
    return super.succeeded(response) && (code === null || code === 'ok');
  }

  protected override async readBody(response: Response): Promise<unknown> {
    return parseJson(await response.text());
  }
}
