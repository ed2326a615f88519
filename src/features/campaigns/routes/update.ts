/**
 * `PATCH /api/v1/workspaces/{ws}/campaigns/{campaignId}` (editors and above): rename, change goal, dates or UTM name
 * (carried to all its links at once), archive or restore.
 */
import type { RouteModule } from '../../../core/http.js';
import { workspaceRoute } from '../../workspaces/route.js';
import { updateCampaign } from '../service.js';
import { Campaign, CampaignChanges, campaignErrors, publicCampaign } from './schemas.js';

const route: RouteModule = (app, ctx) => {
  workspaceRoute(
    app,
    ctx,
    {
      method: 'PATCH',
      url: '/api/v1/workspaces/:ws/campaigns/:campaignId',
      role: 'editor',
      ids: { campaignId: 'Campaign' },
      schema: { tags: ['campaigns'], summary: 'Edit, archive or restore a campaign', body: CampaignChanges, response: { 200: Campaign, ...campaignErrors } },
    },
    async ({ access, params, body }) => publicCampaign(await updateCampaign(ctx, access, params.campaignId, body)),
  );
};

export default route;
