/**
 * A channel's signature: `GET|PUT /api/v1/workspaces/{ws}/channels/{channelId}/signature {text}`. It is added after
 * a blank line at the end of every post on the channel, unless the post says `signature: false`. Every member reads
 * it; editors and above set it (empty text removes it).
 */
import type { RouteModule } from '../../../core/http.js';
import { workspaceRoute } from '../../workspaces/route.js';
import { getSignature, setSignature } from '../variables.js';
import { Signature, SignatureInput } from './schemas.js';

const url = '/api/v1/workspaces/:ws/channels/:channelId/signature' as const;

const route: RouteModule = (app, ctx) => {
  workspaceRoute(
    app,
    ctx,
    { method: 'GET', url, role: 'viewer', ids: { channelId: 'Channel' }, schema: { tags: ['templates'], summary: "A channel's signature", response: { 200: Signature } } },
    async ({ access, params }) => getSignature(ctx, access, params.channelId),
  );
  workspaceRoute(
    app,
    ctx,
    { method: 'PUT', url, role: 'editor', ids: { channelId: 'Channel' }, schema: { tags: ['templates'], summary: "Set a channel's signature", body: SignatureInput, response: { 200: Signature } } },
    async ({ access, params, body }) => setSignature(ctx, access, params.channelId, body.text),
  );
};

export default route;
