/** `GET /api/v1/workspaces/{ws}/tokens`: the API tokens that still work. Admins and owners see everyone's; others their own. */
import { z } from 'zod';
import { Role, WorkspaceParams, workspaceErrors, type RouteModule } from '../../../core/http.js';
import { tokensRepository } from '../../auth/tokens-repository.js';
import { requireWorkspace } from '../access.js';

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
  app.get(
    '/api/v1/workspaces/:ws/tokens',
    { schema: { tags: ['workspaces'], summary: 'API tokens of the workspace', params: WorkspaceParams, response: { 200: z.object({ tokens: z.array(Token) }), ...workspaceErrors } } },
    async (request) => {
      const access = await requireWorkspace(ctx.database.db, request.actor, request.params.ws, 'viewer');
      const everyone = access.role === 'owner' || access.role === 'admin';
      const rows = await tokensRepository.listActive(ctx.database.db, access.workspaceId, everyone ? undefined : access.userId);
      return {
        tokens: rows.map((t) => ({ ...t, createdAt: t.createdAt.toISOString(), lastUsedAt: t.lastUsedAt?.toISOString() ?? null })),
      };
    },
  );
};

export default route;
