/** `GET /api/v1/workspaces/{ws}/channels`: connected accounts, with their status and posting limits. */
import { z } from 'zod';
import type { RouteModule } from '../../../core/http.js';
import { workspaceRoute } from '../../workspaces/route.js';
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
  workspaceRoute(
    app,
    ctx,
    {
      method: 'GET',
      url: '/api/v1/workspaces/:ws/channels',
      role: 'viewer',
      schema: { tags: ['channels'], summary: 'Connected accounts', response: { 200: z.object({ channels: z.array(Channel) }) } },
    },
    async ({ access }) => {
      const rows = await channelsRepository.list(ctx.database.db, access.workspaceId);
      return { channels: rows.map((row) => publicChannel(row, ctx.networks.get(row.network))) };
    },
  );
};

export default route;
