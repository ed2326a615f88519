/** `GET /api/v1/workspaces/{ws}/report-schedules` (any member): the scheduled email reports, and whether email is set up. */
import { z } from 'zod';
import type { RouteModule } from '../../../core/http.js';
import { mailerFor } from '../../../core/mailer.js';
import { workspaceRoute } from '../../workspaces/route.js';
import { reportsRepository } from '../repository.js';
import { publicSchedule, ReportSchedule } from './schemas.js';

const route: RouteModule = (app, ctx) => {
  workspaceRoute(
    app,
    ctx,
    {
      method: 'GET',
      url: '/api/v1/workspaces/:ws/report-schedules',
      role: 'viewer',
      schema: {
        tags: ['reports'],
        summary: 'Scheduled analytics reports by email',
        response: { 200: z.object({ schedules: z.array(ReportSchedule), emailConfigured: z.boolean().describe('Whether this server can send email (CHORUS_SMTP_URL)') }) },
      },
    },
    async ({ access }) => ({
      schedules: (await reportsRepository.list(ctx.database.db, access.workspaceId)).map(publicSchedule),
      emailConfigured: mailerFor(ctx.config).configured,
    }),
  );
};

export default route;
