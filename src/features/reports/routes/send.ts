/**
 * `POST /api/v1/workspaces/{ws}/report-schedules/{scheduleId}/send` (editors): sends the report of the last complete
 * period now (a test, or an extra copy), through the same job as the schedule. 422 `email_not_configured` without
 * SMTP settings on the server.
 */
import { z } from 'zod';
import { ErrorBody, type RouteModule } from '../../../core/http.js';
import { invalid, notFound } from '../../../core/errors.js';
import { mailerFor } from '../../../core/mailer.js';
import { workspaceRoute } from '../../workspaces/route.js';
import { reportsRepository } from '../repository.js';
import { periodBefore } from '../schedule.js';
import { reportEmailJob } from '../service.js';

const route: RouteModule = (app, ctx) => {
  workspaceRoute(
    app,
    ctx,
    {
      method: 'POST',
      url: '/api/v1/workspaces/:ws/report-schedules/:scheduleId/send',
      role: 'editor',
      status: 202,
      ids: { scheduleId: 'Report schedule' },
      schema: {
        tags: ['reports'],
        summary: 'Send a scheduled report now',
        response: { 202: z.object({ queued: z.literal(true), from: z.string(), to: z.string() }), 422: ErrorBody },
      },
    },
    async ({ access, params }) => {
      const schedule = await reportsRepository.find(ctx.database.db, access.workspaceId, params.scheduleId);
      if (!schedule) throw notFound('Report schedule');
      if (!mailerFor(ctx.config).configured) {
        throw invalid('email_not_configured', 'This server cannot send email yet: its operator sets CHORUS_SMTP_URL (smtp://user:password@host:587).');
      }
      const period = periodBefore(schedule.frequency, new Date());
      await ctx.jobs.send(reportEmailJob, { scheduleId: schedule.id, ...period });
      return { queued: true as const, ...period };
    },
  );
};

export default route;
