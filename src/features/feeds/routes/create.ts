/** `POST /api/v1/workspaces/{ws}/feeds {url, channelIds, template?, dailyCap?, mode?, active?}` (editors and above). */
import type { RouteModule } from '../../../core/http.js';
import { workspaceRoute } from '../../workspaces/route.js';
import { createFeed } from '../service.js';
import { Feed, FeedInput, feedErrors, publicFeed } from './schemas.js';

const route: RouteModule = (app, ctx) => {
  workspaceRoute(
    app,
    ctx,
    {
      method: 'POST',
      url: '/api/v1/workspaces/:ws/feeds',
      role: 'editor',
      status: 201,
      schema: { tags: ['feeds'], summary: 'Add an RSS/Atom feed to post on channels', body: FeedInput, response: { 201: Feed, ...feedErrors } },
    },
    async ({ access, body }) => publicFeed(await createFeed(ctx, access, body)),
  );
};

export default route;
