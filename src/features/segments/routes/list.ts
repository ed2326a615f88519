/** `GET /api/v1/workspaces/{ws}/segments` (viewers and above): the workspace's segments by name. */
import { z } from 'zod';
import type { RouteModule } from '../../../core/http.js';
import { workspaceRoute } from '../../workspaces/route.js';
import { segmentsRepository } from '../repository.js';
import { Segment, publicSegment } from './schemas.js';

const route: RouteModule = (app, ctx) => {
  workspaceRoute(
    app,
    ctx,
    {
      method: 'GET',
      url: '/api/v1/workspaces/:ws/segments',
      role: 'viewer',
      schema: { tags: ['segments'], summary: 'List the audience segments', response: { 200: z.object({ segments: z.array(Segment) }) } },
    },
    async ({ access }) => ({ segments: (await segmentsRepository.list(ctx.database.db, access.workspaceId)).map(publicSegment) }),
  );
};

export default route;
