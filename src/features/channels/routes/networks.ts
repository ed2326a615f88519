/**
 * `GET /api/v1/networks`: the networks this server can connect, and how — by sign-in (`oauth`: the network's app is
 * configured) and/or by pasting credentials (`token`). With `?workspace=<id>`, `oauth` also counts the apps that
 * workspace's owners saved (a workspace the caller cannot see answers 404). The web app builds the channels page from it.
 */
import { z } from 'zod';
import { ErrorBody, type RouteModule } from '../../../core/http.js';
import { unauthorized } from '../../../core/errors.js';
import { requireWorkspace } from '../../workspaces/access.js';
import { workspaceOAuthNetworks } from '../../network-apps/service.js';

const route: RouteModule = (app, ctx) => {
  app.get(
    '/api/v1/networks',
    {
      schema: {
        tags: ['channels'],
        summary: 'Networks and how to connect them',
        querystring: z.object({ workspace: z.string().max(100).optional().describe('Count this workspace\'s own network apps too') }),
        response: {
          200: z.object({ networks: z.array(z.object({ network: z.string(), oauth: z.boolean(), token: z.boolean() })) }),
          401: ErrorBody,
          404: ErrorBody,
        },
      },
    },
    async (request) => {
      if (!request.actor) throw unauthorized();
      const { workspace } = request.query;
      let oauth = new Set<string>(ctx.networks.oauthNetworks());
      if (workspace) {
        const access = await requireWorkspace(ctx.database.db, request.actor, workspace, 'viewer');
        oauth = await workspaceOAuthNetworks(ctx, access.workspaceId);
      }
      // Every connector takes credentials; Mastodon's own sign-in registers per instance and needs no setting.
      return { networks: ctx.networks.networks().map((network) => ({ network, oauth: oauth.has(network) || network === 'mastodon', token: true })) };
    },
  );
};

export default route;
