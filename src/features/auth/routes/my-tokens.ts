/**
 * `GET /api/v1/me/tokens`: the API tokens the person made, in every workspace, with when each was last used.
 * Revoking one is `DELETE /api/v1/workspaces/{ws}/tokens/{tokenId}`. Called with a token, only that token's
 * workspace is listed (as `GET /api/v1/me` does).
 */
import { z } from 'zod';
import { ErrorBody, Role, type RouteModule } from '../../../core/http.js';
import { unauthorized } from '../../../core/errors.js';
import { tokensRepository } from '../tokens-repository.js';

const Token = z.object({
  id: z.string(),
  name: z.string(),
  role: Role,
  workspace: z.object({ id: z.string(), name: z.string() }),
  createdAt: z.string(),
  lastUsedAt: z.string().nullable(),
});

const route: RouteModule = (app, ctx) => {
  app.get(
    '/api/v1/me/tokens',
    { schema: { tags: ['account'], summary: 'Your API tokens in every workspace', response: { 200: z.object({ tokens: z.array(Token) }), 401: ErrorBody } } },
    async (request) => {
      const actor = request.actor;
      if (!actor) throw unauthorized();
      let rows = await tokensRepository.listOfUser(ctx.database.db, actor.userId);
      if (actor.tokenWorkspaceId) rows = rows.filter((t) => t.workspace_id === actor.tokenWorkspaceId);
      return {
        tokens: rows.map((t) => ({
          id: t.id,
          name: t.name,
          role: t.role,
          workspace: { id: t.workspace_id, name: t.workspace_name },
          createdAt: t.created_at.toISOString(),
          lastUsedAt: t.last_used_at ? new Date(t.last_used_at).toISOString() : null,
        })),
      };
    },
  );
};

export default route;
