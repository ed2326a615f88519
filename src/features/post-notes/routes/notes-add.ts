/** `POST /api/v1/workspaces/{ws}/posts/{postId}/notes {text}` (editors and above): each @mentioned member is notified. */
import type { RouteModule } from '../../../core/http.js';
import { workspaceRoute } from '../../workspaces/route.js';
import { addNote } from '../notes-service.js';
import { NoteBody, PostNote } from './schemas.js';

const route: RouteModule = (app, ctx) => {
  workspaceRoute(
    app,
    ctx,
    {
      method: 'POST',
      url: '/api/v1/workspaces/:ws/posts/:postId/notes',
      role: 'editor',
      status: 201,
      ids: { postId: 'Post' },
      schema: { tags: ['post notes'], summary: 'Add a note to a post (@name or @email mentions a member)', body: NoteBody, response: { 201: PostNote } },
    },
    async ({ access, params, body }) => addNote(ctx, access, params.postId, body.text),
  );
};

export default route;
