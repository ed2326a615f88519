/**
 * `PATCH /api/v1/workspaces/{ws}/feeds/{feedId}` (editors and above): address, channels, template, cap, mode, on or
 * off. A new address starts over: its first read posts nothing. Turning a feed back on reads it at once.
 */
import type { RouteModule } from '../../../core/http.js';
import { workspaceRoute } from '../../workspaces/route.js';
import { updateFeed } from '../service.js';
import { Feed, FeedChanges, feedErrors, publicFeed } from './schemas.js';

const route: RouteModule = (app, ctx) => {
  workspaceRoute(
    app,
    ctx,
    {
      method: 'PATCH',
      url: '/api/v1/workspaces/:ws/feeds/:feedId',
      role: 'editor',
      ids: { feedId: 'Feed' },
      schema: { tags: ['feeds'], summary: 'Change or pause an RSS/Atom feed', body: FeedChanges, response: { 200: Feed, ...feedErrors } },
    },
    async ({ access, params, body }) => publicFeed(await updateFeed(ctx, access, params.feedId, body)),
  );
};

export default route;
