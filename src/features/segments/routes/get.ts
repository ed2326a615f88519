/**
 * `GET /api/v1/workspaces/{ws}/segments/{segmentId}` (viewers and above): the segment resolved now ("hot now" → the
 * countries hot this month, its time zone and why) and, per channel, the network's own targeting or the timing fallback.
 */
import type { RouteModule } from '../../../core/http.js';
import { notFound } from '../../../core/errors.js';
import { workspaceRoute } from '../../workspaces/route.js';
import { segmentsRepository } from '../repository.js';
import { describeSegment } from '../service.js';
import { SegmentDetail, segmentDetail } from './schemas.js';

const route: RouteModule = (app, ctx) => {
  workspaceRoute(
    app,
    ctx,
    {
      method: 'GET',
      url: '/api/v1/workspaces/:ws/segments/:segmentId',
      role: 'viewer',
      ids: { segmentId: 'Segment' },
      schema: { tags: ['segments'], summary: 'An audience segment and how each channel reaches it', response: { 200: SegmentDetail } },
    },
    async ({ access, params }) => {
      const row = await segmentsRepository.find(ctx.database.db, access.workspaceId, params.segmentId);
      if (!row) throw notFound('Segment');
      const now = new Date();
      return segmentDetail(row, await describeSegment(ctx, access.workspaceId, row, now), now);
    },
  );
};

export default route;
