/**
 * `GET/POST /api/v1/workspaces/{ws}/members`: the team, with people still invited. Adding someone who is not a
 * member returns a one-time invite link; adding a member again changes their role.
 */
import { z } from 'zod';
import { ErrorBody, Role, WorkspaceParams, workspaceErrors, type RouteModule } from '../../../core/http.js';
import { requireWorkspace } from '../access.js';
import { inviteOrChangeRole, listTeam } from '../members.js';

const Member = z.object({
  userId: z.string(),
  email: z.string(),
  name: z.string(),
  role: Role,
  status: z.enum(['active', 'invited']).describe('"invited" until the person accepts the invite link'),
  expiresAt: z.string().nullable().describe("When an invited person's link stops working"),
});
const Body = z.object({ email: z.email().max(320), role: Role });

const route: RouteModule = (app, ctx) => {
  app.get(
    '/api/v1/workspaces/:ws/members',
    { schema: { tags: ['workspaces'], summary: 'Members of a workspace, and people invited', params: WorkspaceParams, response: { 200: z.object({ members: z.array(Member) }), ...workspaceErrors } } },
    async (request) => {
      const access = await requireWorkspace(ctx.database.db, request.actor, request.params.ws, 'viewer');
      return { members: await listTeam(ctx, access.workspaceId) };
    },
  );

  app.post(
    '/api/v1/workspaces/:ws/members',
    {
      schema: {
        tags: ['workspaces'],
        summary: "Invite a person (a one-time link), or change a member's role",
        params: WorkspaceParams,
        body: Body,
        response: { 201: z.object({ member: Member, inviteUrl: z.string().nullable() }), ...workspaceErrors, 409: ErrorBody, 422: ErrorBody },
      },
    },
    async (request, reply) => {
      const access = await requireWorkspace(ctx.database.db, request.actor, request.params.ws, 'admin');
      return reply.code(201).send(await inviteOrChangeRole(ctx, access, request.body.email, request.body.role));
    },
  );
};

export default route;
