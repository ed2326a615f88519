/**
 * The account picker's API, after a sign-in that reached several accounts:
 * `GET /api/v1/workspaces/{ws}/oauth/grants/{grantId}` lists them, and
 * `POST …/oauth/grants/{grantId}/connect {externalIds}` turns the picked ones into channels (admins; only the person
 * who signed in sees their grant).
 */
import { z } from 'zod';
import { ErrorBody, WorkspaceParams, type RouteModule } from '../../../core/http.js';
import { workspaceRoute } from '../../workspaces/route.js';
import { connectFromGrant, describeGrant } from '../oauth-grants.js';
import { Channel } from './list.js';

const Params = WorkspaceParams.extend({ grantId: z.string().max(100) });

const Grant = z.object({
  id: z.string(),
  network: z.string(),
  expiresAt: z.date(),
  accounts: z.array(z.object({ externalId: z.string(), label: z.string(), network: z.string(), connected: z.boolean() })),
});

const route: RouteModule = (app, ctx) => {
  workspaceRoute(
    app,
    ctx,
    {
      method: 'GET',
      url: '/api/v1/workspaces/:ws/oauth/grants/:grantId',
      role: 'admin',
      schema: { tags: ['channels'], summary: 'Accounts a sign-in reached, to pick from', params: Params, response: { 200: Grant } },
    },
    async ({ access, params }) => describeGrant(ctx, access, params.grantId),
  );

  workspaceRoute(
    app,
    ctx,
    {
      method: 'POST',
      url: '/api/v1/workspaces/:ws/oauth/grants/:grantId/connect',
      role: 'admin',
      schema: {
        tags: ['channels'],
        summary: 'Connect the picked accounts',
        params: Params,
        body: z.object({ externalIds: z.array(z.string().min(1).max(300)).min(1, { error: 'Pick at least one account.' }).max(100) }),
        response: {
          200: z.object({ channels: z.array(Channel), failed: z.array(z.object({ externalId: z.string(), label: z.string(), message: z.string() })) }),
          422: ErrorBody,
        },
      },
    },
    async ({ access, params, body }) => connectFromGrant(ctx, access, params.grantId, body.externalIds),
  );
};

export default route;
