/** `PATCH /api/v1/workspaces/{ws}/segments/{segmentId}` (editors and above): rename it, change whom it is for or its zone. */
import type { RouteModule } from '../../../core/http.js';
import { workspaceRoute } from '../../workspaces/route.js';
import { describeSegment, updateSegment } from '../service.js';
import { SegmentChanges, SegmentDetail, segmentDetail, segmentErrors } from './schemas.js';

const route: RouteModule = (app, ctx) => {
  workspaceRoute(
    app,
    ctx,
    {
      method: 'PATCH',
      url: '/api/v1/workspaces/:ws/segments/:segmentId',
      role: 'editor',
      ids: { segmentId: 'Segment' },
      schema: { tags: ['segments'], summary: 'Change an audience segment', body: SegmentChanges, response: { 200: SegmentDetail, ...segmentErrors } },
    },
    async ({ access, params, body }) => {
      const row = await updateSegment(ctx, access, params.segmentId, body);
      const now = new Date();
      return segmentDetail(row, await describeSegment(ctx, access.workspaceId, row, now), now);
    },
  );
};

export default route;
