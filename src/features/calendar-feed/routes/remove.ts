/** `DELETE /api/v1/workspaces/{ws}/calendar-feed` (editors and above): revokes the feed address (it answers 404 from then on). Audited. */
import { z } from 'zod';
import { notFound } from '../../../core/errors.js';
import type { RouteModule } from '../../../core/http.js';
import { workspaceRoute } from '../../workspaces/route.js';
import { revokeFeed } from '../service.js';

const route: RouteModule = (app, ctx) => {
  workspaceRoute(
    app,
    ctx,
    {
      method: 'DELETE',
      url: '/api/v1/workspaces/:ws/calendar-feed',
      role: 'editor',
      status: 204,
      schema: { tags: ['calendar-feed'], summary: 'Revoke the calendar feed address (editors)', response: { 204: z.null() } },
    },
    async ({ access }) => {
      if (!(await revokeFeed(ctx, access))) throw notFound('Calendar feed');
      return null;
    },
  );
};

export default route;
