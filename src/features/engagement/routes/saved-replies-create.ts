/** `POST /api/v1/workspaces/{ws}/saved-replies {name, text}` (editors and above): 422 `unknown_variable` naming a variable Chorus does not know. */
import { z } from 'zod';
import { ErrorBody, type RouteModule } from '../../../core/http.js';
import { workspaceRoute } from '../../workspaces/route.js';
import { createSavedReply } from '../saved-replies.js';
import { SavedReply, SavedReplyName, SavedReplyText } from './inbox-schemas.js';

const route: RouteModule = (app, ctx) => {
  workspaceRoute(
    app,
    ctx,
    {
      method: 'POST',
      url: '/api/v1/workspaces/:ws/saved-replies',
      role: 'editor',
      status: 201,
      schema: {
        tags: ['inbox'],
        summary: 'Save a reply for the team to reuse',
        body: z.object({ name: SavedReplyName, text: SavedReplyText }),
        response: { 201: SavedReply, 422: ErrorBody },
      },
    },
    async ({ access, body }) => createSavedReply(ctx, access, body),
  );
};

export default route;
