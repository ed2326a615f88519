/** `PATCH /api/v1/workspaces/{ws}/templates/{templateId}` (editors and above): checked again as when created. */
import type { RouteModule } from '../../../core/http.js';
import { workspaceRoute } from '../../workspaces/route.js';
import { updateTemplate } from '../service.js';
import { publicTemplate, Template, TemplateChanges, templateErrors } from './schemas.js';

const route: RouteModule = (app, ctx) => {
  workspaceRoute(
    app,
    ctx,
    {
      method: 'PATCH',
      url: '/api/v1/workspaces/:ws/templates/:templateId',
      role: 'editor',
      ids: { templateId: 'Template' },
      schema: { tags: ['templates'], summary: 'Edit a template', body: TemplateChanges, response: { 200: Template, ...templateErrors } },
    },
    async ({ access, params, body }) => publicTemplate(await updateTemplate(ctx, access, params.templateId, body)),
  );
};

export default route;
