/**
 * Names for the server's shapes, read from the generated schema.d.ts: what a route answers (`Answer`) and what it
 * takes (`Input`, `Query`). The web app's types are aliases of these, so a field renamed on the server breaks the
 * web build instead of a page.
 *
 * @example
 *   type Channel = Answer<'/api/v1/workspaces/{ws}/channels', 'get'>['channels'][number];
 */
import type { paths } from './schema';

export type ApiPath = keyof paths;
type Method = 'get' | 'post' | 'put' | 'patch' | 'delete';
type Operation<P extends ApiPath, M extends Method> = NonNullable<paths[P][M]>;
type Json<R> = R extends { content: { 'application/json': infer B } } ? B : never;

/** The JSON a route answers with when it succeeds (200 or 201). */
export type Answer<P extends ApiPath, M extends Method> =
  Operation<P, M> extends { responses: infer R }
    ? Json<R extends { 200: infer A } ? A : never> | Json<R extends { 201: infer C } ? C : never>
    : never;

/** The JSON body a route takes. */
export type Input<P extends ApiPath, M extends Method> =
  Operation<P, M> extends { requestBody?: infer B } ? Json<NonNullable<B>> : never;

/** The query string a route takes. */
export type Query<P extends ApiPath, M extends Method> =
  Operation<P, M> extends { parameters: { query?: infer Q } } ? NonNullable<Q> : never;

/** One rule a post breaks on one channel, as `POST …/posts/validate` and a 422 `validation_failed` list them. */
export type Violation = Answer<'/api/v1/workspaces/{ws}/posts/validate', 'post'>['violations'][number];
