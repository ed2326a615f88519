/** `POST /api/v1/workspaces/{ws}/segments` (editors and above): a named audience, answered as GET …/segments/{id} would. */
import type { RouteModule } from '../../../core/http.js';
import { workspaceRoute } from '../../workspaces/route.js';
import { createSegment, describeSegment } from '../service.js';
import { SegmentDetail, SegmentInput, segmentDetail, segmentErrors } from './schemas.js';

const route: RouteModule = (app, ctx) => {
  workspaceRoute(
    app,
    ctx,
    {
      method: 'POST',
      url: '/api/v1/workspaces/:ws/segments',
      role: 'editor',
      status: 201,
      schema: { tags: ['segments'], summary: 'Create an audience segment', body: SegmentInput, response: { 201: SegmentDetail, ...segmentErrors } },
    },
    async ({ access, body }) => {
      const row = await createSegment(ctx, access, body);
      const now = new Date();
      return segmentDetail(row, await describeSegment(ctx, access.workspaceId, row, now), now);
    },
  );
};

export default route;
