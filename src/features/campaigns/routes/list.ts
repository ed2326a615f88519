/** `GET /api/v1/workspaces/{ws}/campaigns?archived=true` (viewers and above): newest first; archived ones on request. */
import { z } from 'zod';
import type { RouteModule } from '../../../core/http.js';
import { workspaceRoute } from '../../workspaces/route.js';
import { campaignsRepository } from '../repository.js';
import { Campaign, publicCampaign } from './schemas.js';

const Query = z.object({ archived: z.enum(['true', 'false']).optional().describe('true: archived campaigns too') });

const route: RouteModule = (app, ctx) => {
  workspaceRoute(
    app,
    ctx,
    {
      method: 'GET',
      url: '/api/v1/workspaces/:ws/campaigns',
      role: 'viewer',
      schema: { tags: ['campaigns'], summary: 'List the campaigns', querystring: Query, response: { 200: z.object({ campaigns: z.array(Campaign) }) } },
    },
    async ({ access, query }) => ({
      campaigns: (await campaignsRepository.list(ctx.database.db, access.workspaceId, query.archived === 'true')).map(publicCampaign),
    }),
  );
};

export default route;
