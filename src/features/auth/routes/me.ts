/** `GET /api/v1/me`: who is signed in, their workspaces, and the CSRF token the web app must echo. */
import { z } from 'zod';
import { ErrorBody, Role, type RouteModule } from '../../../core/http.js';
import { unauthorized } from '../../../core/errors.js';
import { workspacesRepository } from '../../workspaces/repository.js';
import { authRepository } from '../repository.js';
import { publicUser } from '../service.js';
import { SignedInUser } from './schemas.js';

const Me = z.object({
  user: SignedInUser,
  workspaces: z.array(z.object({ id: z.string(), name: z.string(), role: Role })),
  csrfToken: z.string().nullable(),
});

const route: RouteModule = (app, ctx) => {
  app.get(
    '/api/v1/me',
    { schema: { tags: ['auth'], summary: 'The signed-in person', response: { 200: Me, 401: ErrorBody } } },
    async (request) => {
      const actor = request.actor;
      if (!actor) throw unauthorized();
      const user = await authRepository.findUserById(ctx.database.db, actor.userId);
      if (!user) throw unauthorized();
      let workspaces = await workspacesRepository.listForUser(ctx.database.db, actor.userId);
      if (actor.tokenWorkspaceId) workspaces = workspaces.filter((w) => w.id === actor.tokenWorkspaceId);
      return {
        user: publicUser(user),
        workspaces: workspaces.map((w) => ({ id: w.id, name: w.name, role: w.role })),
        csrfToken: actor.csrfToken ?? null,
      };
    },
  );
};

export default route;
