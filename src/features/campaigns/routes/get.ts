/** `GET /api/v1/workspaces/{ws}/campaigns/{campaignId}` (viewers and above). */
import type { RouteModule } from '../../../core/http.js';
import { workspaceRoute } from '../../workspaces/route.js';
import { getCampaign } from '../service.js';
import { Campaign, publicCampaign } from './schemas.js';

const route: RouteModule = (app, ctx) => {
  workspaceRoute(
    app,
    ctx,
    {
      method: 'GET',
      url: '/api/v1/workspaces/:ws/campaigns/:campaignId',
      role: 'viewer',
      ids: { campaignId: 'Campaign' },
      schema: { tags: ['campaigns'], summary: 'A campaign', response: { 200: Campaign } },
    },
    async ({ access, params }) => publicCampaign(await getCampaign(ctx, access, params.campaignId)),
  );
};

export default route;
