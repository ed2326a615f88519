/**
 * `POST /api/v1/workspaces/{ws}/calendar-feed` (editors and above): makes the workspace's calendar feed address, or
 * replaces it (the previous address answers 404 from then on). Answers the address once. Audited, without the token.
 */
import type { RouteModule } from '../../../core/http.js';
import { workspaceRoute } from '../../workspaces/route.js';
import { createOrRotateFeed } from '../service.js';
import { CalendarFeedCreated } from './schemas.js';

const route: RouteModule = (app, ctx) => {
  workspaceRoute(
    app,
    ctx,
    {
      method: 'POST',
      url: '/api/v1/workspaces/:ws/calendar-feed',
      role: 'editor',
      status: 201,
      schema: {
        tags: ['calendar-feed'],
        summary: 'Create or rotate the calendar feed address (editors)',
        description: 'An iCalendar (RFC 5545) feed of scheduled and published publications, from 30 days ago to a year ahead.',
        response: { 201: CalendarFeedCreated },
      },
    },
    async ({ access }) => createOrRotateFeed(ctx, access),
  );
};

export default route;
