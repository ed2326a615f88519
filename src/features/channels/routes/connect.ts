/**
 * `POST /api/v1/workspaces/{ws}/channels`: connects an account after checking its credentials with the network;
 * 422 names what failed. Connecting an account that is already there refreshes its credentials (reconnect).
 */
import { z } from 'zod';
import { ErrorBody, WorkspaceParams, workspaceErrors, type RouteModule } from '../../../app/http.js';
import { requireWorkspace } from '../../workspaces/access.js';
import { connectChannel } from '../service.js';
import { Channel } from './list.js';

const HttpUrl = z.url({ protocol: /^https?$/, error: 'Use an http(s) URL.' });

const Body = z.discriminatedUnion('network', [
  z.object({
    network: z.literal('bluesky'),
    identifier: z.string().trim().min(1).max(253).describe('Handle, email or DID'),
    appPassword: z.string().min(1).max(100).describe('An app password from Settings → App passwords'),
    service: HttpUrl.optional().describe('PDS URL, when not the default'),
  }),
  z.object({
    network: z.literal('mastodon'),
    instanceUrl: HttpUrl,
    accessToken: z.string().min(1).max(500),
  }),
]);

const route: RouteModule = (app, ctx) => {
  app.post(
    '/api/v1/workspaces/:ws/channels',
    {
      schema: {
        tags: ['channels'],
        summary: 'Connect an account',
        params: WorkspaceParams,
        body: Body,
        response: { 201: Channel, 200: Channel, ...workspaceErrors, 422: ErrorBody },
      },
    },
    async (request, reply) => {
      const access = await requireWorkspace(ctx.database.db, request.actor, request.params.ws, 'admin');
      const { network, ...input } = request.body;
      const clean = Object.fromEntries(Object.entries(input).filter(([, v]) => v !== undefined)) as Record<string, string>;
      const { channel, created } = await connectChannel(ctx, access, network, clean);
      return reply.code(created ? 201 : 200).send(channel);
    },
  );
};

export default route;
