/** `GET /api/v1/workspaces/{ws}/engagements/{engagementId}/notes`: the team's internal notes, oldest first (viewers and above). */
import { z } from 'zod';
import type { RouteModule } from '../../../core/http.js';
import { workspaceRoute } from '../../workspaces/route.js';
import { listNotes } from '../inbox-service.js';
import { Note } from './inbox-schemas.js';

const route: RouteModule = (app, ctx) => {
  workspaceRoute(
    app,
    ctx,
    {
      method: 'GET',
      url: '/api/v1/workspaces/:ws/engagements/:engagementId/notes',
      role: 'viewer',
      ids: { engagementId: 'Engagement' },
      schema: { tags: ['inbox'], summary: 'Internal notes on an item (never sent to the network)', response: { 200: z.object({ notes: z.array(Note) }) } },
    },
    async ({ access, params }) => ({ notes: await listNotes(ctx, access, params.engagementId) }),
  );
};

export default route;
