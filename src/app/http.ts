/** Shared HTTP types and schemas for route files. */
import type { FastifyBaseLogger, FastifyInstance, RawReplyDefaultExpression, RawRequestDefaultExpression, RawServerDefault } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppContext } from './context.js';

export type App = FastifyInstance<
  RawServerDefault,
  RawRequestDefaultExpression,
  RawReplyDefaultExpression,
  FastifyBaseLogger,
  ZodTypeProvider
>;

/** Every route file exports one of these as default. */
export type RouteModule = (app: App, ctx: AppContext) => void;

export const ErrorBody = z.object({
  error: z.object({
    code: z.string(),
    message: z.string(),
    field: z.string().optional(),
    details: z.unknown().optional(),
  }),
});

/** The error responses every authenticated workspace route can give. */
export const workspaceErrors = {
  400: ErrorBody,
  401: ErrorBody,
  403: ErrorBody,
  404: ErrorBody,
} as const;

export const WorkspaceParams = z.object({ ws: z.string().describe('Workspace id') });
export const Role = z.enum(['owner', 'admin', 'editor', 'contributor', 'viewer']);
export const IsoDate = z.iso.datetime({ offset: true });
