/** `GET /api/v1/workspaces/{ws}/posts/{postId}/notes`: the team's notes on a post, oldest first (everyone reads). */
import type { RouteModule } from '../../../core/http.js';
import { workspaceRoute } from '../../workspaces/route.js';
import { listNotes } from '../notes-service.js';
import { PostNoteList } from './schemas.js';

const route: RouteModule = (app, ctx) => {
  workspaceRoute(
    app,
    ctx,
    {
      method: 'GET',
      url: '/api/v1/workspaces/:ws/posts/:postId/notes',
      role: 'viewer',
      ids: { postId: 'Post' },
      schema: { tags: ['post notes'], summary: "A post's notes, and who can be mentioned", response: { 200: PostNoteList } },
    },
    async ({ access, params }) => listNotes(ctx, access, params.postId),
  );
};

export default route;
