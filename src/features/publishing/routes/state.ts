/**
 * `GET /api/v1/workspaces/{ws}/publishing`: whether the workspace's publishing is paused, since when, by whom and
 * why. Every member sees it (the web app shows a banner on every page while paused).
 */
import type { RouteModule } from '../../../core/http.js';
import { workspaceRoute } from '../../workspaces/route.js';
import { publishingState } from '../pause.js';
import { PublishingState } from './schemas.js';

const route: RouteModule = (app, ctx) => {
  workspaceRoute(
    app,
    ctx,
    {
      method: 'GET',
      url: '/api/v1/workspaces/:ws/publishing',
      role: 'viewer',
      schema: { tags: ['publishing'], summary: 'Whether publishing is paused in the workspace', response: { 200: PublishingState } },
    },
    async ({ access }) => publishingState(ctx, access.workspaceId),
  );
};

export default route;
