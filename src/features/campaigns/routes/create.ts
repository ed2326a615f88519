/** `POST /api/v1/workspaces/{ws}/campaigns {name, goal, startsAt, endsAt, utmCampaign?}` (editors and above). */
import type { RouteModule } from '../../../core/http.js';
import { workspaceRoute } from '../../workspaces/route.js';
import { createCampaign } from '../service.js';
import { Campaign, CampaignInput, campaignErrors, publicCampaign } from './schemas.js';

const route: RouteModule = (app, ctx) => {
  workspaceRoute(
    app,
    ctx,
    {
      method: 'POST',
      url: '/api/v1/workspaces/:ws/campaigns',
      role: 'editor',
      status: 201,
      schema: { tags: ['campaigns'], summary: 'Create a campaign', body: CampaignInput, response: { 201: Campaign, ...campaignErrors } },
    },
    async ({ access, body }) => publicCampaign(await createCampaign(ctx, access, body)),
  );
};

export default route;
