/** `DELETE /api/v1/workspaces/{ws}/feeds/{feedId}` (editors and above): the posts it made are kept. */
import { z } from 'zod';
import type { RouteModule } from '../../../core/http.js';
import { workspaceRoute } from '../../workspaces/route.js';
import { removeFeed } from '../service.js';

const route: RouteModule = (app, ctx) => {
  workspaceRoute(
    app,
    ctx,
    {
      method: 'DELETE',
      url: '/api/v1/workspaces/:ws/feeds/:feedId',
      role: 'editor',
      status: 204,
      ids: { feedId: 'Feed' },
      schema: { tags: ['feeds'], summary: 'Remove an RSS/Atom feed', response: { 204: z.null() } },
    },
    async ({ access, params }) => {
      await removeFeed(ctx, access, params.feedId);
      return null;
    },
  );
};

export default route;
