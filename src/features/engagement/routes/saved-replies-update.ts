/** `PATCH /api/v1/workspaces/{ws}/saved-replies/{savedReplyId} {name?, text?}` (editors and above). */
import { z } from 'zod';
import { ErrorBody, type RouteModule } from '../../../core/http.js';
import { workspaceRoute } from '../../workspaces/route.js';
import { updateSavedReply } from '../saved-replies.js';
import { SavedReply, SavedReplyName, SavedReplyText } from './inbox-schemas.js';

const route: RouteModule = (app, ctx) => {
  workspaceRoute(
    app,
    ctx,
    {
      method: 'PATCH',
      url: '/api/v1/workspaces/:ws/saved-replies/:savedReplyId',
      role: 'editor',
      ids: { savedReplyId: 'Saved reply' },
      schema: {
        tags: ['inbox'],
        summary: 'Rename or rewrite a saved reply',
        body: z.object({ name: SavedReplyName.optional(), text: SavedReplyText.optional() }),
        response: { 200: SavedReply, 422: ErrorBody },
      },
    },
    async ({ access, params, body }) => updateSavedReply(ctx, access, params.savedReplyId, body),
  );
};

export default route;
