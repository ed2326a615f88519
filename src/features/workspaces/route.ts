/**
 * One way to declare an endpoint under `/api/v1/workspaces/{ws}/…`: its zod schemas (which drive the OpenAPI
 * document), the least role it needs, and a handler that starts with the workspace already resolved and the role
 * checked. Every such route answers the usual 400/401/403/404 bodies, so they are added to its responses here.
 *
 * The server's tenant gate has already answered 404 for a workspace the caller cannot see before the body is
 * validated; the role is checked after validation, as before, so a malformed request still gets its 400 first.
 *
 * @example
 *   workspaceRoute(app, ctx, {
 *     method: 'DELETE',
 *     url: '/api/v1/workspaces/:ws/tokens/:tokenId',
 *     role: 'viewer',
 *     status: 204,
 *     ids: { tokenId: 'Token' },
 *     schema: { tags: ['workspaces'], summary: 'Revoke an API token', response: { 204: z.null() } },
 *   }, async ({ access, params }) => {
 *     await revokeToken(ctx, access, params.tokenId);
 *     return null;
 *   });
 */
import type { FastifyContextConfig, FastifyReply, FastifyRequest, FastifySchema } from 'fastify';
import { z } from 'zod';
import type { AppContext } from '../../core/context.js';
import { notFound } from '../../core/errors.js';
import { WorkspaceParams, workspaceErrors, type App } from '../../core/http.js';
import type { Role } from '../../db/schema.js';
import { isUuid, requireWorkspace, type WorkspaceAccess } from './access.js';

type Schema = z.ZodType;
type ParamsSchema = z.ZodObject;
/** Path parameters that are ids, each with the thing it names (`{ postId: 'Post' }`). */
type IdNames = Record<string, string>;
/** A response that is not JSON (an event stream), described per content type for the OpenAPI document. */
type ContentResponse = { description?: string; content: Record<string, { schema: Schema }> };
type Responses = Partial<Record<number, Schema | ContentResponse>>;
type Out<S> = S extends Schema ? z.output<S> : undefined;

/** The bodies a handler may return: what its 2xx responses declare. */
type Success<R extends Responses> = { [K in keyof R]: K extends 200 | 201 | 202 | 204 ? Out<R[K]> : never }[keyof R];

export interface WorkspaceRouteOptions<P extends ParamsSchema, Q extends Schema | undefined, B extends Schema | undefined, R extends Responses, I extends IdNames> {
  method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  url: `/api/v1/workspaces/:ws${string}`;
  /** The least role the caller needs in the workspace. */
  role: Role;
  /** The status of a successful answer (200 unless said); a handler that sets its own sends through `reply`. */
  status?: 200 | 201 | 202 | 204;
  /**
   * Path parameters that are ids, with the thing each names. They are added to the params schema (no need to
   * declare them there), and anything but a UUID answers 404 for that thing before the handler runs, the same
   * answer an unknown id gets.
   */
  ids?: I;
  /**
   * Everything but the workspace errors, as a Fastify route schema; `params` only for path parameters that are not
   * ids (the workspace's `ws` is always there).
   */
  schema: {
    tags: string[];
    summary: string;
    description?: string;
    consumes?: string[];
    params?: P;
    querystring?: Q;
    body?: B;
    response: R;
  };
  config?: FastifyContextConfig;
  /**
   * Work on this route's raw request before its schemas validate it (the body of another content type turned into the
   * JSON one). It runs after the server's own checks, the tenant gate included, and touches no other route.
   */
  preValidation?: (request: FastifyRequest) => Promise<void>;
}

/** What a handler gets: the caller's access to the workspace and the parsed request. */
export interface WorkspaceRequest<P extends ParamsSchema, Q extends Schema | undefined, B extends Schema | undefined, I extends IdNames> {
  access: WorkspaceAccess;
  params: z.output<P> & { [K in keyof I]: string };
  query: Out<Q>;
  body: Out<B>;
  request: FastifyRequest;
  reply: FastifyReply;
}

export function workspaceRoute<
  R extends Responses,
  P extends ParamsSchema = typeof WorkspaceParams,
  Q extends Schema | undefined = undefined,
  B extends Schema | undefined = undefined,
  I extends IdNames = Record<never, string>,
>(
  app: App,
  ctx: AppContext,
  options: WorkspaceRouteOptions<P, Q, B, R, I>,
  handler: (request: WorkspaceRequest<P, Q, B, I>) => Promise<Success<R> | FastifyReply>,
): void {
  const { schema } = options;
  const ids = Object.entries(options.ids ?? {});
  const idFields = Object.fromEntries(ids.map(([name, thing]) => [name, z.string().describe(`${thing} id`)]));
  const params = (schema.params ?? WorkspaceParams).extend(idFields);
  // The caller's schema object is passed on in its own key order: the OpenAPI document keeps that order. It is typed
  // as a plain Fastify schema because the zod type provider cannot resolve one that is still generic here; the
  // handler's own signature above carries the types, checked against the same schemas.
  const routeSchema: FastifySchema = { ...schema, params, response: { ...workspaceErrors, ...schema.response } };
  app.route({
    method: options.method,
    url: options.url,
    schema: routeSchema,
    ...(options.config ? { config: options.config } : {}),
    ...(options.preValidation ? { preValidation: options.preValidation } : {}),
    handler: async (request, reply) => {
      // The schemas above have parsed these; Fastify's inferred types cannot follow the generic schema object.
      const params = request.params as z.output<P> & { ws: string } & { [K in keyof I]: string };
      const access = await requireWorkspace(ctx.database.db, request.actor, params.ws, options.role);
      for (const [name, thing] of ids) {
        if (!isUuid(params[name as keyof I])) throw notFound(thing);
      }
      const result = await handler({ access, params, query: request.query as Out<Q>, body: request.body as Out<B>, request, reply });
      if (result === reply) return reply;
      return reply.code(options.status ?? 200).send(result);
    },
  });
}
