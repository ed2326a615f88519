/** `DELETE /api/v1/workspaces/{ws}/posts/{postId}/notes/{noteId}`: its author deletes a note. */
import { z } from 'zod';
import { ErrorBody, type RouteModule } from '../../../core/http.js';
import { workspaceRoute } from '../../workspaces/route.js';
import { deleteNote } from '../notes-service.js';

const route: RouteModule = (app, ctx) => {
  workspaceRoute(
    app,
    ctx,
    {
      method: 'DELETE',
      url: '/api/v1/workspaces/:ws/posts/:postId/notes/:noteId',
      role: 'editor',
      status: 204,
      ids: { postId: 'Post', noteId: 'Note' },
      schema: { tags: ['post notes'], summary: 'Delete my note', response: { 204: z.null(), 403: ErrorBody } },
    },
    async ({ access, params }) => {
      await deleteNote(ctx, access, params.postId, params.noteId);
      return null;
    },
  );
};

export default route;
