/** `PATCH /api/v1/workspaces/{ws}/posts/{postId}/notes/{noteId} {text}`: its author edits a note; new mentions are notified. */
import { ErrorBody, type RouteModule } from '../../../core/http.js';
import { workspaceRoute } from '../../workspaces/route.js';
import { editNote } from '../notes-service.js';
import { NoteBody, PostNote } from './schemas.js';

const route: RouteModule = (app, ctx) => {
  workspaceRoute(
    app,
    ctx,
    {
      method: 'PATCH',
      url: '/api/v1/workspaces/:ws/posts/:postId/notes/:noteId',
      role: 'editor',
      ids: { postId: 'Post', noteId: 'Note' },
      schema: { tags: ['post notes'], summary: 'Edit my note', body: NoteBody, response: { 200: PostNote, 403: ErrorBody } },
    },
    async ({ access, params, body }) => editNote(ctx, access, params.postId, params.noteId, body.text),
  );
};

export default route;
