/** `GET /api/v1/workspaces/{ws}/inbox/business-hours` (viewers and above): the hours the team figures count in. */
import type { RouteModule } from '../../../core/http.js';
import { workspaceRoute } from '../../workspaces/route.js';
import { businessHoursOf } from '../service.js';
import { BusinessHours } from './schemas.js';

const route: RouteModule = (app, ctx) => {
  workspaceRoute(
    app,
    ctx,
    {
      method: 'GET',
      url: '/api/v1/workspaces/:ws/inbox/business-hours',
      role: 'viewer',
      schema: { tags: ['inbox'], summary: "The workspace's business hours (the default ones until set)", response: { 200: BusinessHours } },
    },
    async ({ access }) => businessHoursOf(ctx, access),
  );
};

export default route;
