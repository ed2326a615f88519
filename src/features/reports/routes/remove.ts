/** `DELETE /api/v1/workspaces/{ws}/report-schedules/{scheduleId}` (editors): no more of that report. */
import { z } from 'zod';
import type { RouteModule } from '../../../core/http.js';
import { notFound } from '../../../core/errors.js';
import { workspaceRoute } from '../../workspaces/route.js';
import { reportsRepository } from '../repository.js';

const route: RouteModule = (app, ctx) => {
  workspaceRoute(
    app,
    ctx,
    {
      method: 'DELETE',
      url: '/api/v1/workspaces/:ws/report-schedules/:scheduleId',
      role: 'editor',
      status: 204,
      ids: { scheduleId: 'Report schedule' },
      schema: { tags: ['reports'], summary: 'Stop a scheduled report', response: { 204: z.null() } },
    },
    async ({ access, params }) => {
      if (!(await reportsRepository.remove(ctx.database.db, access.workspaceId, params.scheduleId))) throw notFound('Report schedule');
      return null;
    },
  );
};

export default route;
