/** `GET /api/v1/workspaces/{ws}/feeds` (viewers and above): newest first, each with the status of its last read. */
import { z } from 'zod';
import type { RouteModule } from '../../../core/http.js';
import { workspaceRoute } from '../../workspaces/route.js';
import { feedsRepository } from '../repository.js';
import { Feed, publicFeed } from './schemas.js';

const route: RouteModule = (app, ctx) => {
  workspaceRoute(
    app,
    ctx,
    {
      method: 'GET',
      url: '/api/v1/workspaces/:ws/feeds',
      role: 'viewer',
      schema: { tags: ['feeds'], summary: 'List the RSS/Atom feeds', response: { 200: z.object({ feeds: z.array(Feed) }) } },
    },
    async ({ access }) => ({ feeds: (await feedsRepository.list(ctx.database.db, access.workspaceId)).map(publicFeed) }),
  );
};

export default route;
