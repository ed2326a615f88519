/**
 * HTTP calls against the YouTube Data API v3 (https://www.googleapis.com by default), with every failure mapped to a
 * `NetworkError`, and Google's daily quota tallied per call (see quota.ts).
 *
 * Google answers errors as `{error: {code, message, errors: [{reason, domain, message}]}}`
 * (developers.google.com/youtube/v3/docs/errors): the `reason` says what happened — `quotaExceeded` is the daily
 * project quota (it comes back at midnight Pacific), `rateLimitExceeded` / `userRateLimitExceeded` are short-term.
 *
 * @example
 * const client = new YouTubeClient({ accessToken });
 * const channels = await client.request('GET', '/youtube/v3/channels', { query: { mine: true, part: 'snippet' } });
 */
import { z } from 'zod';
import { NetworkError, retryAfterFromHeaders } from '../connector.js';
import { JsonApiClient, type JsonClientOptions, type JsonRequest, type JsonResponse } from '../json-client.js';
import { unreachable as networkUnreachable } from '../parse.js';
import { msUntilPacificMidnight } from './quota.js';

export const YOUTUBE_API_URL = 'https://www.googleapis.com';

export type YouTubeClientOptions = JsonClientOptions;

export type YouTubeRequest = JsonRequest;

export type YouTubeResponse = JsonResponse;

/** A short-term limit with no Retry-After: a minute is a modest first wait (Google does not document one). */
const FALLBACK_RETRY_AFTER_MS = 60_000;

const googleErrorSchema = z.object({
  error: z.object({
    code: z.number().optional(),
    message: z.string().optional(),
    errors: z.array(z.object({ reason: z.string().optional(), domain: z.string().optional(), message: z.string().optional() })).optional(),
  }),
});

/** The first `reason` and the message of a Google error body; nulls when the body is something else. */
export function googleError(body: unknown): { reason: string | null; message: string | null } {
  const parsed = googleErrorSchema.safeParse(body);
  if (!parsed.success) return { reason: null, message: typeof body === 'string' && body.trim() ? body.trim().slice(0, 300) : null };
  const first = parsed.data.error.errors?.[0];
  return { reason: first?.reason ?? null, message: parsed.data.error.message ?? first?.message ?? null };
}

const RATE_REASONS = new Set(['rateLimitExceeded', 'userRateLimitExceeded']);
/** Google's answers that the project's daily quota is spent (not a short-term rate limit). */
const DAILY_QUOTA_REASONS = new Set(['quotaExceeded', 'dailyLimitExceeded']);
const dailyQuotaErrors = new WeakSet<Error>();

/** Whether Google answered this error because the project's daily quota is spent: its bucket is marked spent. */
export function dailyQuotaSpent(error: unknown): boolean {
  return error instanceof Error && dailyQuotaErrors.has(error);
}
const NOT_FOUND_REASONS = new Set(['videoNotFound', 'commentNotFound', 'channelNotFound', 'notFound', 'playlistNotFound', 'parentCommentNotFound']);

/** Maps an HTTP failure to the kind the publisher acts on. `now` is injectable for the quota delay. */
export function errorFromResponse(status: number, headers: Headers, body: unknown, now = Date.now()): NetworkError {
  const { reason, message } = googleError(body);
  const said = message ? `: ${message}` : '';
  const details = { status, network: 'youtube' as const };
  if (reason !== null && DAILY_QUOTA_REASONS.has(reason)) {
    const retryAfterMs = msUntilPacificMidnight(now);
    const hours = Math.ceil(retryAfterMs / 3_600_000);
    const error = new NetworkError('rate_limited', `Google says the daily YouTube API quota is spent; it comes back at midnight Pacific time (in about ${hours} h).`, {
      ...details,
      retryAfterMs,
    });
    dailyQuotaErrors.add(error);
    return error;
  }
  if (status === 429 || (reason !== null && RATE_REASONS.has(reason))) {
    const retryAfterMs = retryAfterFromHeaders(headers, now) ?? FALLBACK_RETRY_AFTER_MS;
    return new NetworkError('rate_limited', `YouTube asks to slow down; retrying in ${Math.ceil(retryAfterMs / 1000)} s.`, { ...details, retryAfterMs });
  }
  if (status >= 500 || status === 408 || reason === 'backendError') {
    return new NetworkError('transient', `YouTube had a temporary problem (HTTP ${status})${said}.`, details);
  }
  if (status === 401) {
    return new NetworkError('auth', `YouTube no longer accepts this channel's access${message ? ` (${message})` : ''}. Reconnect the channel.`, details);
  }
  if (status === 404 || (reason !== null && NOT_FOUND_REASONS.has(reason))) {
    return new NetworkError('not_found', `YouTube has no such video or comment${message ? ` (${message})` : ''}.`, details);
  }
  return new NetworkError('rejected', message ? `YouTube refused: ${message}` : `YouTube refused the request (HTTP ${status}${reason ? `, ${reason}` : ''}).`, details);
}

/** A fetch failure or timeout as a transient error. */
export function unreachable(error: unknown, timeoutMs: number): NetworkError {
  return networkUnreachable('youtube', 'YouTube', error, timeoutMs);
}

/** Socket errors raised before a connection existed: the request never left, so Google charged nothing for it. */
const NOT_CONNECTED = new Set(['ECONNREFUSED', 'ENOTFOUND', 'EAI_AGAIN', 'EHOSTUNREACH', 'ENETUNREACH', 'UND_ERR_CONNECT_TIMEOUT']);
const notSent = new WeakSet<Error>();

function connectFailed(error: unknown): boolean {
  const cause = error instanceof Error ? error.cause : undefined;
  const codes = [cause, ...(cause instanceof AggregateError ? cause.errors : [])].map((e) => (e as { code?: unknown } | undefined)?.code);
  return codes.some((code) => typeof code === 'string' && NOT_CONNECTED.has(code));
}

/** Whether this error is a request that never reached Google (so its quota units can be given back). */
export function neverReachedGoogle(error: unknown): boolean {
  return error instanceof Error && notSent.has(error);
}

/**
 * YouTube on the shared JSON client. Redirects are never followed: a resumable upload answers
 * "308 Resume Incomplete", which is progress, not a move.
 */
export class YouTubeClient extends JsonApiClient {
  constructor(options: YouTubeClientOptions = {}) {
    super(options, { apiUrl: YOUTUBE_API_URL, network: 'youtube', who: 'YouTube', jsonType: 'application/json; charset=UTF-8', redirect: 'manual' });
  }

  protected errorFrom(response: JsonResponse): NetworkError {
    return errorFromResponse(response.status, response.headers, response.body);
  }

  /** Remembers a request that never left, so the quota it reserved can be given back (`neverReachedGoogle`). */
  protected override unreachableError(error: unknown, timeoutMs: number): NetworkError {
    const failure = unreachable(error, timeoutMs);
    if (connectFailed(error)) notSent.add(failure);
    return failure;
  }
}
