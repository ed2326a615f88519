/** `GET /api/v1/workspaces` lists the caller's workspaces; `POST` creates one with the caller as owner. */
import { z } from 'zod';
import { ErrorBody, Role, type RouteModule } from '../../../core/http.js';
import { unauthorized, forbidden } from '../../../core/errors.js';
import { workspacesRepository } from '../repository.js';
import { auditRepository } from '../../audit/repository.js';

const Workspace = z.object({ id: z.string(), name: z.string(), role: Role });
const Body = z.object({ name: z.string().trim().min(1).max(100) });

const route: RouteModule = (app, ctx) => {
  app.get(
    '/api/v1/workspaces',
    { schema: { tags: ['workspaces'], summary: "The caller's workspaces", response: { 200: z.object({ workspaces: z.array(Workspace) }), 401: ErrorBody } } },
    async (request) => {
      const actor = request.actor;
      if (!actor) throw unauthorized();
      let rows = await workspacesRepository.listForUser(ctx.database.db, actor.userId);
      if (actor.tokenWorkspaceId) rows = rows.filter((w) => w.id === actor.tokenWorkspaceId);
      return { workspaces: rows.map((w) => ({ id: w.id, name: w.name, role: w.role })) };
    },
  );

  app.post(
    '/api/v1/workspaces',
    { schema: { tags: ['workspaces'], summary: 'Create a workspace (you become its owner)', body: Body, response: { 201: Workspace, 401: ErrorBody, 403: ErrorBody } } },
    async (request, reply) => {
      const actor = request.actor;
      if (!actor) throw unauthorized();
      // A token is scoped to one workspace; creating others is for people.
      if (actor.via === 'token') throw forbidden('API tokens belong to one workspace and cannot create workspaces.');
      const workspace = await ctx.database.db.transaction().execute(async (trx) => {
        const created = await workspacesRepository.create(trx, request.body.name);
        await workspacesRepository.addMember(trx, created.id, actor.userId, 'owner');
        await auditRepository.record(trx, {
          workspaceId: created.id,
          actorUserId: actor.userId,
          action: 'workspace.created',
          targetType: 'workspace',
          targetId: created.id,
        });
        return created;
      });
      return reply.code(201).send({ id: workspace.id, name: workspace.name, role: 'owner' as const });
    },
  );
};

export default route;
