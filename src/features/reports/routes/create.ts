/**
 * `POST /api/v1/workspaces/{ws}/report-schedules {name, frequency, emails, channelId?, campaignId?, locale?}` (editors):
 * a weekly or monthly analytics report by email. Another workspace's channel or campaign is 422.
 */
import type { RouteModule } from '../../../core/http.js';
import { ErrorBody } from '../../../core/http.js';
import { invalid } from '../../../core/errors.js';
import { analyticsRepository } from '../../analytics/repository.js';
import { isUuid } from '../../workspaces/access.js';
import { workspaceRoute } from '../../workspaces/route.js';
import { reportsRepository } from '../repository.js';
import { nextRun } from '../schedule.js';
import { publicSchedule, ReportSchedule, ReportScheduleInput } from './schemas.js';

const route: RouteModule = (app, ctx) => {
  workspaceRoute(
    app,
    ctx,
    {
      method: 'POST',
      url: '/api/v1/workspaces/:ws/report-schedules',
      role: 'editor',
      status: 201,
      schema: { tags: ['reports'], summary: 'Schedule an analytics report by email', body: ReportScheduleInput, response: { 201: ReportSchedule, 422: ErrorBody } },
    },
    async ({ access, body }) => {
      const db = ctx.database.db;
      const channelId = body.channelId ?? null;
      const campaignId = body.campaignId ?? null;
      if (channelId && !(isUuid(channelId) && (await analyticsRepository.hasChannel(db, access.workspaceId, channelId)))) {
        throw invalid('unknown_channel', 'No such channel in this workspace.', 'channelId');
      }
      if (campaignId && !(isUuid(campaignId) && (await analyticsRepository.hasCampaign(db, access.workspaceId, campaignId)))) {
        throw invalid('unknown_campaign', 'No such campaign in this workspace.', 'campaignId');
      }
      const row = await reportsRepository.insert(db, {
        workspaceId: access.workspaceId, name: body.name, frequency: body.frequency, emails: [...new Set(body.emails.map((e) => e.toLowerCase()))],
        channelId, campaignId, locale: body.locale, nextRunAt: nextRun(body.frequency, new Date()), createdBy: access.userId,
      });
      return publicSchedule(row);
    },
  );
};

export default route;
