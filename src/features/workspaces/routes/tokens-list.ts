/** `GET /api/v1/workspaces/{ws}/tokens`: the API tokens that still work. Admins and owners see everyone's; others their own. */
import { z } from 'zod';
import { Role, type RouteModule } from '../../../core/http.js';
import { workspaceRoute } from '../route.js';
import { listTokens } from '../service.js';

const Token = z.object({
  id: z.string(),
  name: z.string(),
  role: Role,
  userId: z.string(),
  userEmail: z.string(),
  createdAt: z.string(),
  lastUsedAt: z.string().nullable(),
});

const route: RouteModule = (app, ctx) => {
  workspaceRoute(
    app,
    ctx,
    {
      method: 'GET',
      url: '/api/v1/workspaces/:ws/tokens',
      role: 'viewer',
      schema: { tags: ['workspaces'], summary: 'API tokens of the workspace', response: { 200: z.object({ tokens: z.array(Token) }) } },
    },
    async ({ access }) => ({ tokens: await listTokens(ctx, access) }),
  );
};

export default route;
