/** `DELETE /api/v1/workspaces/{ws}/segments/{segmentId}` (editors and above); 409 `segment_in_use` while a scheduled post uses it. */
import { z } from 'zod';
import type { RouteModule } from '../../../core/http.js';
import { ErrorBody } from '../../../core/http.js';
import { workspaceRoute } from '../../workspaces/route.js';
import { removeSegment } from '../service.js';

const route: RouteModule = (app, ctx) => {
  workspaceRoute(
    app,
    ctx,
    {
      method: 'DELETE',
      url: '/api/v1/workspaces/:ws/segments/:segmentId',
      role: 'editor',
      status: 204,
      ids: { segmentId: 'Segment' },
      schema: { tags: ['segments'], summary: 'Delete an audience segment', response: { 204: z.null(), 409: ErrorBody } },
    },
    async ({ access, params }) => {
      await removeSegment(ctx, access, params.segmentId);
      return null;
    },
  );
};

export default route;
