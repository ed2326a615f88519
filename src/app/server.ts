/**
 * Builds the HTTP server: Fastify with zod schemas (which also produce the OpenAPI document at /api/openapi.json),
 * the auth hook, every feature's routes, and the web app's static files.
 *
 * @example
 *   const app = await buildServer(ctx);
 *   const res = await app.inject({ method: 'GET', url: '/healthz' });
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import Fastify, { type FastifyBaseLogger, type FastifyError, type FastifyReply } from 'fastify';
import cookie from '@fastify/cookie';
import helmet from '@fastify/helmet';
import rateLimit from '@fastify/rate-limit';
import swagger from '@fastify/swagger';
import fastifyStatic from '@fastify/static';
import multipart from '@fastify/multipart';
import {
  jsonSchemaTransform,
  serializerCompiler,
  validatorCompiler,
  type ZodTypeProvider,
} from 'fastify-type-provider-zod';
import type { AppContext } from '../core/context.js';
import { ApiError } from '../core/errors.js';
import { requestValidationError } from '../core/errors-validation.js';
import { clientErrorHandler, frameworkError } from './framework-errors.js';
import { UNSAFE_TEXT_MESSAGE, unsafeTextAt, type App } from '../core/http.js';
import { routeModules } from './routes.js';
import { registerAuth } from '../features/auth/plugin.js';
import { tooManyAttempts } from '../features/auth/attempt-limits.js';
import { securityHeaders } from './security-headers.js';
import { closeUnusedConnectionsOnShutdown } from './unused-connections.js';
import { requireWorkspace } from '../features/workspaces/access.js';
import { formatBytes } from '../networks/validate.js';

export interface RouteInfo {
  method: string;
  url: string;
}

declare module 'fastify' {
  interface FastifyInstance {
    /** Every route registered, for the tenant-isolation test that walks them all. */
    chorusRoutes: RouteInfo[];
  }
}

const here = path.dirname(fileURLToPath(import.meta.url));

/** The built web app: dist/web next to the compiled code, or the repo's dist/web when run from source. */
function webRoot(): string | null {
  for (const candidate of [path.resolve(here, '../../web'), path.resolve(here, '../../dist/web')]) {
    if (existsSync(path.join(candidate, 'index.html'))) return candidate;
  }
  return null;
}

export async function buildServer(ctx: AppContext, options: { routes?: typeof routeModules } = {}): Promise<App> {
  const registeredRoutes: RouteInfo[] = [];
  const app = Fastify({
    loggerInstance: ctx.log as FastifyBaseLogger,
    trustProxy: process.env.CHORUS_TRUST_PROXY === '1' || process.env.CHORUS_TRUST_PROXY === 'true',
    bodyLimit: 2 * 1024 * 1024,
    // Errors the router and the HTTP parser answer by themselves (a bad URL, a too-long path parameter, a header
    // too large) get the same `{"error":{code,message}}` body as every other error.
    frameworkErrors: (error, _request, reply: FastifyReply) => {
      const known = frameworkError(error);
      return reply.code(known.status).send(known.toJSON());
    },
    clientErrorHandler,
  }).withTypeProvider<ZodTypeProvider>();
  closeUnusedConnectionsOnShutdown(app);
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);

  app.setErrorHandler((error: FastifyError | ApiError, request, reply) => {
    if (error instanceof ApiError) return reply.code(error.status).send(error.toJSON());
    const refused = requestValidationError(error);
    if (refused) return reply.code(refused.status).send(refused.toJSON());
    if (error.code === 'FST_REQ_FILE_TOO_LARGE' || error.code === 'FST_FILES_LIMIT') {
      const max = formatBytes(ctx.config.maxUploadBytes);
      const params = { max: ctx.config.maxUploadBytes };
      return reply.code(413).send({ error: { code: 'file_too_large', message: `Files can be up to ${max} here; send a smaller file.`, field: 'file', params } });
    }
    const status = error.statusCode ?? 500;
    if (status === 429) {
      return reply.code(429).send({ error: { code: 'rate_limited', message: 'Too many attempts. Wait a minute and try again.' } });
    }
    if (status >= 400 && status < 500) {
      const known = frameworkError(error);
      return reply.code(known.status).send(known.toJSON());
    }
    request.log.error({ err: error }, 'unhandled error');
    return reply.code(500).send({ error: { code: 'internal', message: 'Something went wrong on our side; it was logged.' } });
  });

  await app.register(cookie);
  // Before the routes: a route's own `helmet` options (the bio page, the snippet) are read as it is added.
  await app.register(helmet, securityHeaders(ctx.config));
  // Every limited route answers the documented 429 saying how long to wait (the plugin sets Retry-After).
  await app.register(rateLimit, { global: false, errorResponseBuilder: (_request, limit) => tooManyAttempts(Math.max(1, Math.ceil(limit.ttl / 1000))) });
  await app.register(multipart, { limits: { fileSize: ctx.config.maxUploadBytes, files: 1, fields: 10 } });
  await app.register(swagger, {
    openapi: { info: { title: 'Chorus API', version: '1' }, components: { securitySchemes: { bearer: { type: 'http', scheme: 'bearer' } } } },
    transform: jsonSchemaTransform,
  });
  // Plain HTML forms (the short-link password page) post urlencoded bodies; handlers parse the string themselves.
  app.addContentTypeParser('application/x-www-form-urlencoded', { parseAs: 'string', bodyLimit: 4096 }, (_req, body, done) => done(null, body));
  registerAuth(app, ctx);
  // Before the tenant gate, any schema or any handler: text PostgreSQL cannot store (NUL, lone surrogates) is
  // refused here for every route at once, naming the field (see `unsafeTextAt` in http.ts for the rule).
  app.addHook('preValidation', async (request) => {
    const parts = { params: request.params, 'query string': request.query, headers: request.headers, body: request.body };
    for (const [where, value] of Object.entries(parts)) {
      const field = unsafeTextAt(value);
      if (field === null) continue;
      const what = field ? `"${field}" in the ${where}` : `The ${where}`;
      throw new ApiError(400, 'invalid_request', `${what} ${UNSAFE_TEXT_MESSAGE}.`, field || undefined);
    }
  });
  // Tenant gate before validation: a request about another workspace answers 404 whatever its body says, so
  // nothing about that workspace (not even which fields it would accept) leaks. Handlers check the role again.
  app.addHook('preValidation', async (request) => {
    const params = request.params as { ws?: string } | undefined;
    if (params?.ws !== undefined) await requireWorkspace(ctx.database.db, request.actor, params.ws, 'viewer');
  });
  // The web app's built files become routes too (see below); they are not API routes, so they are not listed.
  let listing = true;
  app.addHook('onRoute', (route) => {
    if (!listing) return;
    const methods = Array.isArray(route.method) ? route.method : [route.method];
    for (const method of methods) if (method !== 'HEAD') registeredRoutes.push({ method, url: route.url });
  });
  for (const register of options.routes ?? routeModules) register(app, ctx);
  app.decorate('chorusRoutes', registeredRoutes);
  app.get('/api/openapi.json', { schema: { hide: true } }, async () => app.swagger());

  const root = webRoot();
  listing = false;
  if (root) {
    // One route per built file rather than a `/*` catch-all: a catch-all would also swallow API paths the router
    // refuses (a path parameter over maxParamLength answers 414, not the web app's 404).
    await app.register(fastifyStatic, { root, wildcard: false });
    app.setNotFoundHandler((request, reply) => {
      if (request.method === 'GET' && !request.url.startsWith('/api/')) return reply.sendFile('index.html');
      return reply.code(404).send({ error: { code: 'not_found', message: `No route ${request.method} ${request.url.split('?')[0]}.` } });
    });
  } else {
    app.setNotFoundHandler((request, reply) =>
      reply.code(404).send({ error: { code: 'not_found', message: `No route ${request.method} ${request.url.split('?')[0]}.` } }),
    );
  }
  return app;
}
