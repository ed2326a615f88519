/** `DELETE /api/v1/workspaces/{ws}/campaigns/{campaignId}` (editors and above); 409 `campaign_in_use` while posts or links belong to it. */
import { z } from 'zod';
import { ErrorBody, type RouteModule } from '../../../core/http.js';
import { workspaceRoute } from '../../workspaces/route.js';
import { removeCampaign } from '../service.js';

const route: RouteModule = (app, ctx) => {
  workspaceRoute(
    app,
    ctx,
    {
      method: 'DELETE',
      url: '/api/v1/workspaces/:ws/campaigns/:campaignId',
      role: 'editor',
      status: 204,
      ids: { campaignId: 'Campaign' },
      schema: { tags: ['campaigns'], summary: 'Delete an unused campaign', response: { 204: z.null(), 409: ErrorBody } },
    },
    async ({ access, params }) => {
      await removeCampaign(ctx, access, params.campaignId);
      return null;
    },
  );
};

export default route;
