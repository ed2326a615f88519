/** `GET /api/v1/workspaces` lists the caller's workspaces; `POST` creates one with the caller as owner. */
import { z } from 'zod';
import { ErrorBody, Role, type RouteModule } from '../../../core/http.js';
import { unauthorized } from '../../../core/errors.js';
import { createWorkspace, listWorkspaces } from '../service.js';

const Workspace = z.object({ id: z.string(), name: z.string(), role: Role });
const Body = z.object({ name: z.string().trim().min(1).max(100) });

const route: RouteModule = (app, ctx) => {
  app.get(
    '/api/v1/workspaces',
    { schema: { tags: ['workspaces'], summary: "The caller's workspaces", response: { 200: z.object({ workspaces: z.array(Workspace) }), 401: ErrorBody } } },
    async (request) => {
      if (!request.actor) throw unauthorized();
      return { workspaces: await listWorkspaces(ctx, request.actor) };
    },
  );

  app.post(
    '/api/v1/workspaces',
    { schema: { tags: ['workspaces'], summary: 'Create a workspace (you become its owner)', body: Body, response: { 201: Workspace, 401: ErrorBody, 403: ErrorBody } } },
    async (request, reply) => {
      if (!request.actor) throw unauthorized();
      return reply.code(201).send(await createWorkspace(ctx, request.actor, request.body.name));
    },
  );
};

export default route;
