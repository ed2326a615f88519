/** `POST /api/v1/workspaces/{ws}/tokens`: an API token for scripts, shown once, with a role at most the creator's. */
import { z } from 'zod';
import { Role, type RouteModule } from '../../../core/http.js';
import { createApiToken } from '../../auth/service.js';
import { workspaceRoute } from '../route.js';

const Body = z.object({ name: z.string().trim().min(1).max(100), role: Role.optional() });
const Created = z.object({ id: z.string(), name: z.string(), role: Role, token: z.string() });

const route: RouteModule = (app, ctx) => {
  workspaceRoute(
    app,
    ctx,
    {
      method: 'POST',
      url: '/api/v1/workspaces/:ws/tokens',
      role: 'viewer',
      status: 201,
      schema: { tags: ['workspaces'], summary: 'Create an API token', body: Body, response: { 201: Created } },
    },
    async ({ access, body }) => createApiToken(ctx, access, body.name, body.role),
  );
};

export default route;
