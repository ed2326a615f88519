/** `GET /api/v1/workspaces/{ws}/saved-replies`: the workspace's saved replies by name (viewers and above). */
import { z } from 'zod';
import type { RouteModule } from '../../../core/http.js';
import { workspaceRoute } from '../../workspaces/route.js';
import { listSavedReplies } from '../saved-replies.js';
import { SavedReply } from './inbox-schemas.js';

const route: RouteModule = (app, ctx) => {
  workspaceRoute(
    app,
    ctx,
    {
      method: 'GET',
      url: '/api/v1/workspaces/:ws/saved-replies',
      role: 'viewer',
      schema: { tags: ['inbox'], summary: 'Saved replies of the workspace', response: { 200: z.object({ savedReplies: z.array(SavedReply) }) } },
    },
    async ({ access }) => ({ savedReplies: await listSavedReplies(ctx, access) }),
  );
};

export default route;
