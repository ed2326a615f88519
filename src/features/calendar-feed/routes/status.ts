/** `GET /api/v1/workspaces/{ws}/calendar-feed` (editors and above): whether a feed address exists and since when; never the address. */
import type { RouteModule } from '../../../core/http.js';
import { workspaceRoute } from '../../workspaces/route.js';
import { feedStatus } from '../service.js';
import { CalendarFeedStatus } from './schemas.js';

const route: RouteModule = (app, ctx) => {
  workspaceRoute(
    app,
    ctx,
    {
      method: 'GET',
      url: '/api/v1/workspaces/:ws/calendar-feed',
      role: 'editor',
      schema: { tags: ['calendar-feed'], summary: 'Whether the workspace has a calendar feed (editors)', response: { 200: CalendarFeedStatus } },
    },
    async ({ access }) => feedStatus(ctx, access.workspaceId),
  );
};

export default route;
