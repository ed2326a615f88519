/**
 * The typed API client: openapi-fetch over the paths of schema.d.ts (generated from the server's OpenAPI document),
 * sent through `send` so the session cookie, CSRF token and 401 handling are those of every other request.
 * `answer` turns a call's result into its data or throws the `ApiError` the server answered with, so the data's type
 * is the route's documented response and nothing is cast.
 *
 * @example
 *   const { channels } = await answer(client.GET('/api/v1/workspaces/{ws}/channels', { params: { path: { ws } } }));
 */
import createClient from 'openapi-fetch';
import { apiErrorFrom, origin, send } from '../http';
import type { paths } from './schema';

export const client = createClient<paths>({ baseUrl: origin(), fetch: send });

interface Result<D> {
  data?: D;
  error?: unknown;
  response: Response;
}

/** The data of a successful call, or the call's failure as an `ApiError`. */
export async function answer<D>(call: Promise<Result<D>>): Promise<NonNullable<D>> {
  const { data, error, response } = await call;
  if (error !== undefined || !response.ok) throw apiErrorFrom(response, error);
  // Every route answered through here documents a JSON body; an empty one is the server's fault, not a value.
  if (data === undefined || data === null) throw apiErrorFrom(response, data);
  return data;
}

/** Waits for a call that answers without a body (204), or throws its failure as an `ApiError`. */
export async function done(call: Promise<Result<unknown>>): Promise<void> {
  const { error, response } = await call;
  if (error !== undefined || !response.ok) throw apiErrorFrom(response, error);
}

/**
 * Sends `form` as the body of a call: routes reading multipart bodies (uploads) describe no body in the OpenAPI
 * document, so the form is put on the request after openapi-fetch built it; the browser adds the multipart boundary.
 */
export function withForm(form: FormData) {
  return [{ onRequest: ({ request }: { request: Request }) => new Request(request, { body: form }) }];
}
