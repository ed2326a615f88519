/** `GET /api/v1/workspaces/{ws}/channels`: connected accounts, with their status and posting limits. */
import { z } from 'zod';
import { WorkspaceParams, workspaceErrors, type RouteModule } from '../../../core/http.js';
import { requireWorkspace } from '../../workspaces/access.js';
import { channelsRepository } from '../repository.js';
import { NetworkLimitsSchema } from '../../../networks/limits-schema.js';
import { publicChannel } from '../service.js';

export const Channel = z.object({
  id: z.string(),
  network: z.string(),
  handle: z.string(),
  displayName: z.string(),
  avatarUrl: z.string().nullable(),
  serviceUrl: z.string().nullable(),
  status: z.enum(['active', 'needs_reconnect', 'disabled']),
  statusReason: z.string().nullable(),
  limits: NetworkLimitsSchema,
  /** What the composer may attach for this channel: the network's own types plus the images Chorus converts for it. */
  attachableTypes: z.object({ images: z.array(z.string()), videos: z.array(z.string()) }),
  createdAt: z.date(),
});

const route: RouteModule = (app, ctx) => {
  app.get(
    '/api/v1/workspaces/:ws/channels',
    { schema: { tags: ['channels'], summary: 'Connected accounts', params: WorkspaceParams, response: { 200: z.object({ channels: z.array(Channel) }), ...workspaceErrors } } },
    async (request) => {
      const access = await requireWorkspace(ctx.database.db, request.actor, request.params.ws, 'viewer');
      const rows = await channelsRepository.list(ctx.database.db, access.workspaceId);
      return { channels: rows.map((row) => publicChannel(row, ctx.networks.get(row.network))) };
    },
  );
};

export default route;
