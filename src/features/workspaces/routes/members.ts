/**
 * `GET/POST /api/v1/workspaces/{ws}/members`: the team, with people still invited. Adding someone who is not a
 * member returns a one-time invite link; adding a member again changes their role.
 */
import { z } from 'zod';
import { ErrorBody, Role, type RouteModule } from '../../../core/http.js';
import { inviteOrChangeRole, listTeam } from '../members.js';
import { workspaceRoute } from '../route.js';

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
  workspaceRoute(
    app,
    ctx,
    {
      method: 'GET',
      url: '/api/v1/workspaces/:ws/members',
      role: 'viewer',
      schema: { tags: ['workspaces'], summary: 'Members of a workspace, and people invited', response: { 200: z.object({ members: z.array(Member) }) } },
    },
    async ({ access }) => ({ members: await listTeam(ctx, access.workspaceId) }),
  );

  workspaceRoute(
    app,
    ctx,
    {
      method: 'POST',
      url: '/api/v1/workspaces/:ws/members',
      role: 'admin',
      status: 201,
      schema: {
        tags: ['workspaces'],
        summary: "Invite a person (a one-time link), or change a member's role",
        body: Body,
        response: { 201: z.object({ member: Member, inviteUrl: z.string().nullable() }), 409: ErrorBody, 422: ErrorBody },
      },
    },
    async ({ access, body }) => inviteOrChangeRole(ctx, access, body.email, body.role),
  );
};

export default route;
