/**
 * `POST /api/v1/workspaces/{ws}/feeds/{feedId}/check` (editors and above): reads the feed now and answers what the
 * next read would post, with each post's text. Nothing is posted or remembered but the feed's status.
 */
import type { RouteModule } from '../../../core/http.js';
import { workspaceRoute } from '../../workspaces/route.js';
import { checkFeed } from '../reader.js';
import { FeedCheck } from './schemas.js';

const route: RouteModule = (app, ctx) => {
  workspaceRoute(
    app,
    ctx,
    {
      method: 'POST',
      url: '/api/v1/workspaces/:ws/feeds/:feedId/check',
      role: 'editor',
      ids: { feedId: 'Feed' },
      schema: { tags: ['feeds'], summary: 'Read a feed now and preview its next posts', response: { 200: FeedCheck } },
    },
    async ({ access, params }) => {
      const check = await checkFeed(ctx, access, params.feedId);
      return { ...check, entries: check.entries.map((e) => ({ ...e, publishedAt: e.publishedAt?.toISOString() ?? null })) };
    },
  );
};

export default route;
