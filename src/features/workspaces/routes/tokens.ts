/** `POST /api/v1/workspaces/{ws}/tokens`: an API token for scripts, shown once, with a role at most the creator's. */
import { z } from 'zod';
import { Role, WorkspaceParams, workspaceErrors, type RouteModule } from '../../../core/http.js';
import { requireWorkspace } from '../access.js';
import { createApiToken } from '../../auth/service.js';

const Body = z.object({ name: z.string().trim().min(1).max(100), role: Role.optional() });
const Created = z.object({ id: z.string(), name: z.string(), role: Role, token: z.string() });

const route: RouteModule = (app, ctx) => {
  app.post(
    '/api/v1/workspaces/:ws/tokens',
    { schema: { tags: ['workspaces'], summary: 'Create an API token', params: WorkspaceParams, body: Body, response: { 201: Created, ...workspaceErrors } } },
    async (request, reply) => {
      const access = await requireWorkspace(ctx.database.db, request.actor, request.params.ws, 'viewer');
      return reply.code(201).send(await createApiToken(ctx, access, request.body.name, request.body.role));
    },
  );
};

export default route;
