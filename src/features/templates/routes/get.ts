/** `GET /api/v1/workspaces/{ws}/templates/{templateId}` (every member). */
import type { RouteModule } from '../../../core/http.js';
import { workspaceRoute } from '../../workspaces/route.js';
import { getTemplate } from '../service.js';
import { publicTemplate, Template } from './schemas.js';

const route: RouteModule = (app, ctx) => {
  workspaceRoute(
    app,
    ctx,
    {
      method: 'GET',
      url: '/api/v1/workspaces/:ws/templates/:templateId',
      role: 'viewer',
      ids: { templateId: 'Template' },
      schema: { tags: ['templates'], summary: 'Get a template', response: { 200: Template } },
    },
    async ({ access, params }) => publicTemplate(await getTemplate(ctx, access, params.templateId)),
  );
};

export default route;
