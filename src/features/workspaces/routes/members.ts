/** `GET/POST /api/v1/workspaces/{ws}/members`: the team; adding a new person returns a one-time invite link. */
import { z } from 'zod';
import { ErrorBody, Role, WorkspaceParams, workspaceErrors, type RouteModule } from '../../../app/http.js';
import { requireWorkspace } from '../access.js';
import { workspacesRepository } from '../repository.js';
import { addMember } from '../../auth/service.js';

const Member = z.object({ userId: z.string(), email: z.string(), name: z.string(), role: Role });
const Body = z.object({ email: z.email().max(320), role: Role });

const route: RouteModule = (app, ctx) => {
  app.get(
    '/api/v1/workspaces/:ws/members',
    { schema: { tags: ['workspaces'], summary: 'Members of a workspace', params: WorkspaceParams, response: { 200: z.object({ members: z.array(Member) }), ...workspaceErrors } } },
    async (request) => {
      const access = await requireWorkspace(ctx.database.db, request.actor, request.params.ws, 'viewer');
      return { members: await workspacesRepository.listMembers(ctx.database.db, access.workspaceId) };
    },
  );

  app.post(
    '/api/v1/workspaces/:ws/members',
    {
      schema: {
        tags: ['workspaces'],
        summary: 'Add a person (a new person gets a one-time invite link)',
        params: WorkspaceParams,
        body: Body,
        response: { 201: z.object({ member: Member, inviteUrl: z.string().nullable() }), ...workspaceErrors, 422: ErrorBody },
      },
    },
    async (request, reply) => {
      const access = await requireWorkspace(ctx.database.db, request.actor, request.params.ws, 'admin');
      return reply.code(201).send(await addMember(ctx, access, request.body.email, request.body.role));
    },
  );
};

export default route;
