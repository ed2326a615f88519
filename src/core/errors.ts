/**
 * The specifics of an error as values (`{ network: 'x', max: 280, length: 301 }`): the web app writes the message
 * in the person's language from its code and these, so a translation keeps the numbers the English message names.
 */
export type ErrorParams = Record<string, string | number>;

/**
 * Errors that reach people. Every 4xx carries a stable `code`, a message a person can act on, and the `field` at
 * fault when there is one: `{ "error": { "code", "message", "field"?, "params"?, "details"? } }`.
 * The web app reads answers back into a subclass of this one (src/web/http.ts), so this file must stay free of Node.
 */
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

  toJSON() {
    return { error: { code: this.code, message: this.message, field: this.field, params: this.params, details: this.details } };
  }
}

export const notFound = (what: string) => new ApiError(404, 'not_found', `${what} was not found.`);
export const forbidden = (message: string) => new ApiError(403, 'forbidden', message);
export const unauthorized = (message = 'Sign in first, or send an API token as "Authorization: Bearer <token>".') =>
  new ApiError(401, 'unauthorized', message);
export const conflict = (code: string, message: string, field?: string) => new ApiError(409, code, message, field);
export const invalid = (code: string, message: string, field?: string, details?: unknown, params?: ErrorParams) =>
  new ApiError(422, code, message, field, details, params);
