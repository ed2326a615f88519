/**
 * The web app's one way to call the API: JSON in and out, the CSRF token on writes, errors as `ApiError`, and a 401
 * from the current session shows sign-in again.
 *
 * @example
 *   const { channels } = await request<{ channels: Channel[] }>('GET', `/workspaces/${id}/channels`);
 */
import type { Violation } from './api';

/** The specifics of an API error as values (`{ network: 'x', max: 280, length: 301 }`), for writing its message. */
export type ErrorParams = Record<string, string | number>;

/** An error the API answered with (`{ error: { code, message, field?, params?, details? } }`), or a network failure. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly field?: string,
    readonly details?: unknown,
    readonly params?: ErrorParams,
  ) {
    super(message);
    this.name = 'ApiError';
  }

  /** The per-channel violations of a 422 `validation_failed`, or [] for any other error. */
  get violations(): Violation[] {
    const details = this.details as { violations?: unknown } | undefined;
    return Array.isArray(details?.violations) ? (details.violations as Violation[]) : [];
  }
}

/** Only string and number values are kept: anything else in `params` is not the server's documented shape. */
function errorParams(value: unknown): ErrorParams | undefined {
  if (!value || typeof value !== 'object' || Array.isArray(value)) return undefined;
  const kept = Object.entries(value).filter(([, v]) => typeof v === 'string' || typeof v === 'number');
  return kept.length > 0 ? (Object.fromEntries(kept) as ErrorParams) : undefined;
}

let csrfToken: string | null = null;
let onUnauthorized: (() => void) | null = null;
/**
 * Which session requests belong to: it changes whenever someone signs in or out. A request sent under an earlier
 * session that answers 401 after another person signed in must not sign that person out (a slow look-up from before
 * sign-out used to bounce the next person back to the sign-in page).
 */
let sessionEpoch = 0;

/** The session's CSRF token; a new one (or none) starts a new session for `request`'s 401 handling. */
export function setCsrfToken(token: string | null): void {
  if (token !== csrfToken) sessionEpoch++;
  csrfToken = token;
}

/** Called when a request other than sign-in answers 401: the session expired, so the app shows sign-in again. */
export function setUnauthorizedHandler(handler: (() => void) | null): void {
  onUnauthorized = handler;
}

export async function request<T>(method: string, path: string, body?: unknown): Promise<T> {
  const headers: Record<string, string> = { accept: 'application/json' };
  let payload: BodyInit | undefined;
  if (body instanceof FormData) payload = body;
  else if (body !== undefined) {
    headers['content-type'] = 'application/json';
    payload = JSON.stringify(body);
  }
  if (method !== 'GET' && csrfToken) headers['x-csrf-token'] = csrfToken;
  const epoch = sessionEpoch;
  let response: Response;
  try {
    response = await fetch(`/api/v1${path}`, { method, headers, body: payload, credentials: 'same-origin' });
  } catch (cause) {
    throw new ApiError(0, 'network_error', cause instanceof Error ? cause.message : String(cause));
  }
  if (response.status === 204) return undefined as T;
  const data: unknown = await response.json().catch(() => null);
  if (!response.ok) {
    const error = (data as { error?: { code?: string; message?: string; field?: string; params?: unknown; details?: unknown } } | null)?.error;
    if (response.status === 401 && !path.startsWith('/auth/') && epoch === sessionEpoch && onUnauthorized) onUnauthorized();
    throw new ApiError(
      response.status,
      error?.code ?? `http_${response.status}`,
      error?.message ?? response.statusText,
      error?.field,
      error?.details,
      errorParams(error?.params),
    );
  }
  return data as T;
}

