/**
 * How the web app talks to the API as a signed-in browser: the CSRF token on writes, errors as `ApiError`, and a 401
 * from the current session shows sign-in again. The typed client of api/client.ts sends every call through `send`.
 *
 * @example
 *   const { channels } = await answer(client.GET('/api/v1/workspaces/{ws}/channels', { params: { path: { ws } } }));
 */
import type { Violation } from './api/types';
import { ApiError as ServerApiError, type ErrorParams } from '../core/errors';

export type { ErrorParams };

/**
 * An error the API answered with (`{ error: { code, message, field?, params?, details? } }`), or a network failure
 * (status 0): the server's own error class, which the browser reads back from the answer, plus what the forms need.
 */
export class ApiError extends ServerApiError {
  /** The per-channel violations of a 422 `validation_failed`, or [] for any other error. */
  get violations(): Violation[] {
    const details = this.details as { violations?: unknown } | undefined;
    return Array.isArray(details?.violations) ? (details.violations as Violation[]) : [];
  }
}

let csrfToken: string | null = null;
let onUnauthorized: (() => void) | null = null;
/**
 * Which session requests belong to: it changes whenever someone signs in or out. A request sent under an earlier
 * session that answers 401 after another person signed in must not sign that person out (a slow look-up from before
 * sign-out used to bounce the next person back to the sign-in page).
 */
let sessionEpoch = 0;

const sessionListeners = new Set<() => void>();

/** The session's CSRF token; a new one (or none) starts a new session for `send`'s 401 handling and its listeners. */
export function setCsrfToken(token: string | null): void {
  const changed = token !== csrfToken;
  csrfToken = token;
  if (!changed) return;
  sessionEpoch++;
  for (const listener of sessionListeners) listener();
}

/** Calls `listener` whenever someone signs in or out (the query cache forgets the previous person's data). */
export function onSessionChange(listener: () => void): () => void {
  sessionListeners.add(listener);
  return () => sessionListeners.delete(listener);
}

/** Called when a request other than sign-in answers 401: the session expired, so the app shows sign-in again. */
export function setUnauthorizedHandler(handler: (() => void) | null): void {
  onUnauthorized = handler;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null;
}

/** Only string and number values are kept: anything else in `params` is not the server's documented shape. */
function errorParams(value: unknown): ErrorParams | undefined {
  if (!isRecord(value) || Array.isArray(value)) return undefined;
  const kept = Object.entries(value).filter(([, v]) => typeof v === 'string' || typeof v === 'number');
  return kept.length > 0 ? (Object.fromEntries(kept) as ErrorParams) : undefined;
}

interface ErrorBody {
  code?: string;
  message?: string;
  field?: string;
  details?: unknown;
  params?: ErrorParams;
}

/** The API's documented error body (`{ error: { code, message, field?, params?, details? } }`), if `data` is one. */
function errorBody(data: unknown): ErrorBody | undefined {
  if (!isRecord(data) || !isRecord(data.error)) return undefined;
  const text = (value: unknown) => (typeof value === 'string' ? value : undefined);
  const { code, message, field, details, params } = data.error;
  return { code: text(code), message: text(message), field: text(field), details, params: errorParams(params) };
}

/** The ApiError for a failed answer: its documented error body, or the HTTP status when the body is something else. */
export function apiErrorFrom(response: Response, data: unknown): ApiError {
  const error = errorBody(data);
  return new ApiError(
    response.status,
    error?.code ?? `http_${response.status}`,
    error?.message ?? response.statusText,
    error?.field,
    error?.details,
    error?.params,
  );
}

/**
 * Sends one API request as the signed-in browser: the CSRF token on writes, JSON accepted, a network failure as an
 * ApiError, and a 401 from the current session (other than sign-in itself) shows sign-in again.
 */
export async function send(input: Request): Promise<Response> {
  if (!input.headers.has('accept')) input.headers.set('accept', 'application/json');
  if (input.method !== 'GET' && csrfToken) input.headers.set('x-csrf-token', csrfToken);
  const epoch = sessionEpoch;
  let response: Response;
  try {
    response = await fetch(input);
  } catch (cause) {
    throw new ApiError(0, 'network_error', cause instanceof Error ? cause.message : String(cause));
  }
  const signIn = new URL(input.url).pathname.startsWith('/api/v1/auth/');
  if (response.status === 401 && !signIn && epoch === sessionEpoch && onUnauthorized) onUnauthorized();
  return response;
}

/** The page's origin; tests outside a browser have none, and requests there go to localhost. */
export function origin(): string {
  return typeof location === 'undefined' ? 'http://localhost' : location.origin;
}
