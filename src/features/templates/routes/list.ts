/** `GET /api/v1/workspaces/{ws}/templates`: the workspace's templates by name (every member). */
import { z } from 'zod';
import type { RouteModule } from '../../../core/http.js';
import { workspaceRoute } from '../../workspaces/route.js';
import { listTemplates } from '../service.js';
import { publicTemplate, Template } from './schemas.js';

const route: RouteModule = (app, ctx) => {
  workspaceRoute(
    app,
    ctx,
    {
      method: 'GET',
      url: '/api/v1/workspaces/:ws/templates',
      role: 'viewer',
      schema: { tags: ['templates'], summary: 'List templates', response: { 200: z.object({ templates: z.array(Template) }) } },
    },
    async ({ access }) => ({ templates: (await listTemplates(ctx, access)).map(publicTemplate) }),
  );
};

export default route;
