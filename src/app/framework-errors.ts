/**
 * Fastify's own 4xx errors (routing, body parsing, multipart, the HTTP parser's client errors) in Chorus's error
 * shape `{"error":{"code","message"}}`, with a code and a message a person can act on instead of Fastify's
 * `FST_ERR_…` names and its own body shape.
 *
 * @example
 *   frameworkError(new FST_ERR_MAX_PARAM_LENGTH('/api/v1/…')); // ApiError 414 uri_too_long
 */
import http from 'node:http';
import type { Socket } from 'node:net';
import { ApiError } from '../core/errors.js';

interface FrameworkFailure {
  code?: string;
  statusCode?: number;
  message: string;
}

const KNOWN: Record<string, { status: number; code: string; message: string }> = {
  FST_ERR_BAD_URL: { status: 400, code: 'invalid_url', message: 'The address is not valid: check its %-escapes.' },
  FST_ERR_MAX_PARAM_LENGTH: { status: 414, code: 'uri_too_long', message: 'A part of the address is too long to be an id or a name Chorus knows.' },
  FST_ERR_CTP_INVALID_MEDIA_TYPE: {
    status: 415,
    code: 'unsupported_media_type',
    message: 'This Content-Type is not accepted here: the API takes application/json (multipart/form-data for uploads).',
  },
  FST_ERR_CTP_EMPTY_JSON_BODY: {
    status: 400,
    code: 'invalid_json',
    message: 'The body is empty but Content-Type says JSON: send a JSON body, or no Content-Type at all.',
  },
  FST_ERR_CTP_INVALID_JSON_BODY: { status: 400, code: 'invalid_json', message: 'The body is not valid JSON.' },
  FST_ERR_CTP_INVALID_CONTENT_LENGTH: { status: 400, code: 'invalid_request', message: 'Content-Length does not match the body sent.' },
  FST_ERR_CTP_BODY_TOO_LARGE: { status: 413, code: 'body_too_large', message: 'The body is too large for this request; send less.' },
  FST_INVALID_MULTIPART_CONTENT_TYPE: { status: 415, code: 'unsupported_media_type', message: 'This request must be multipart/form-data.' },
  FST_PROTO_VIOLATION: { status: 400, code: 'invalid_request', message: 'A form field name is not allowed ("__proto__", "constructor").' },
  FST_PARTS_LIMIT: { status: 413, code: 'too_many_parts', message: 'The form has too many parts.' },
  FST_FIELDS_LIMIT: { status: 413, code: 'too_many_fields', message: 'The form has too many fields.' },
  FST_MP_PREMATURE_CLOSE: { status: 400, code: 'invalid_multipart', message: 'The upload ended before the form was complete; send it again.' },
};

/** Codes for the 4xx statuses Fastify or a plugin may use without a code listed above. */
const BY_STATUS: Record<number, string> = {
  400: 'invalid_request',
  404: 'not_found',
  405: 'method_not_allowed',
  406: 'not_acceptable',
  408: 'request_timeout',
  413: 'too_large',
  414: 'uri_too_long',
  415: 'unsupported_media_type',
  431: 'headers_too_large',
};

/** Fastify's or a plugin's error as an ApiError; only called for 4xx (a 5xx is a bug, handled as such). */
export function frameworkError(error: FrameworkFailure): ApiError {
  const known = error.code ? KNOWN[error.code] : undefined;
  if (known) return new ApiError(known.status, known.code, known.message);
  const status = error.statusCode && error.statusCode >= 400 && error.statusCode < 500 ? error.statusCode : 400;
  if (error instanceof SyntaxError) return new ApiError(400, 'invalid_json', 'The body is not valid JSON.');
  return new ApiError(status, BY_STATUS[status] ?? 'bad_request', error.message || (http.STATUS_CODES[status] ?? 'Bad request'));
}

const CLIENT_ERRORS: Record<string, { status: number; code: string; message: string }> = {
  HPE_HEADER_OVERFLOW: { status: 431, code: 'headers_too_large', message: 'The request headers are too large; send fewer or smaller cookies and headers.' },
  ERR_HTTP_REQUEST_TIMEOUT: { status: 408, code: 'request_timeout', message: 'The request took too long to arrive; send it again.' },
};

/**
 * Node's HTTP parser refuses some requests before Fastify sees them (headers too large, a broken request line);
 * they get the same error shape. The connection is closed afterwards, as Node does by default.
 */
export function clientErrorHandler(error: Error & { code?: string }, socket: Socket): void {
  if (error.code === 'ECONNRESET' || socket.destroyed) return;
  const known = (error.code && CLIENT_ERRORS[error.code]) || { status: 400, code: 'invalid_request', message: 'The request is not valid HTTP.' };
  const body = JSON.stringify({ error: { code: known.code, message: known.message } });
  if (socket.writable) {
    socket.write(
      `HTTP/1.1 ${known.status} ${http.STATUS_CODES[known.status]}\r\nContent-Type: application/json; charset=utf-8\r\n` +
        `Content-Length: ${Buffer.byteLength(body)}\r\nConnection: close\r\n\r\n${body}`,
    );
  }
  socket.destroy(error);
}
