/**
 * `POST /api/v1/workspaces/{ws}/channels`: connects an account after checking its credentials with the network;
 * 422 names what failed. Connecting an account that is already there refreshes its credentials (reconnect).
 */
import { z } from 'zod';
import { ErrorBody, IsoDate, type RouteModule } from '../../../core/http.js';
import { workspaceRoute } from '../../workspaces/route.js';
import { connectChannel } from '../service.js';
import { Channel } from './list.js';

const HttpUrl = z.url({ protocol: /^https?$/, error: 'Use an http(s) URL.' });

/**
 * The OAuth networks (issues 4 and 5), for admins who already hold tokens (and for tests): Chorus checks the token against the
 * network (X `GET /2/users/me`, Graph `GET /{page-id}`…) before saving it. `accountId` picks the account when the
 * token reaches several: a Page id, an Instagram user id, a LinkedIn organization URN.
 */
const tokenConnect = <N extends 'facebook' | 'instagram' | 'threads' | 'x' | 'linkedin' | 'youtube' | 'tiktok' | 'pinterest' | 'snapchat'>(network: N) =>
  z.object({
    network: z.literal(network),
    accessToken: z.string().trim().min(1, { error: 'Enter an access token.' }).max(4000),
    refreshToken: z.string().trim().min(1).max(4000).optional(),
    expiresAt: IsoDate.optional().describe('When the access token stops working, if the network said'),
    accountId: z.string().trim().min(1).max(300).optional().describe('Page id, Instagram user id, organization URN, Snapchat profile id'),
  });

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
  tokenConnect('facebook'),
  tokenConnect('instagram'),
  tokenConnect('threads'),
  tokenConnect('x'),
  tokenConnect('linkedin'),
  tokenConnect('youtube'),
  tokenConnect('tiktok'),
  tokenConnect('pinterest'),
  tokenConnect('snapchat'),
]);

const route: RouteModule = (app, ctx) => {
  workspaceRoute(
    app,
    ctx,
    {
      method: 'POST',
      url: '/api/v1/workspaces/:ws/channels',
      role: 'admin',
      schema: { tags: ['channels'], summary: 'Connect an account', body: Body, response: { 201: Channel, 200: Channel, 422: ErrorBody } },
    },
    async ({ access, body, reply }) => {
      const { network, ...input } = body;
      const clean = Object.fromEntries(Object.entries(input).filter(([, v]) => v !== undefined)) as Record<string, string>;
      const { channel, created } = await connectChannel(ctx, access, network, clean);
      return reply.code(created ? 201 : 200).send(channel);
    },
  );
};

export default route;
