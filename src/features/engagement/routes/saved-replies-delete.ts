/** `DELETE /api/v1/workspaces/{ws}/saved-replies/{savedReplyId}` (editors and above). */
import { z } from 'zod';
import type { RouteModule } from '../../../core/http.js';
import { workspaceRoute } from '../../workspaces/route.js';
import { deleteSavedReply } from '../saved-replies.js';

const route: RouteModule = (app, ctx) => {
  workspaceRoute(
    app,
    ctx,
    {
      method: 'DELETE',
      url: '/api/v1/workspaces/:ws/saved-replies/:savedReplyId',
      role: 'editor',
      status: 204,
      ids: { savedReplyId: 'Saved reply' },
      schema: { tags: ['inbox'], summary: 'Delete a saved reply', response: { 204: z.null() } },
    },
    async ({ access, params }) => {
      await deleteSavedReply(ctx, access, params.savedReplyId);
      return null;
    },
  );
};

export default route;
