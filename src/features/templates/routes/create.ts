/**
 * `POST /api/v1/workspaces/{ws}/templates {name, text, tags?, channelIds?}` (editors and above). With channels, the
 * filled text must pass each one's network rules: 422 `validation_failed` names the channel and the rule.
 */
import type { RouteModule } from '../../../core/http.js';
import { workspaceRoute } from '../../workspaces/route.js';
import { createTemplate } from '../service.js';
import { publicTemplate, Template, TemplateInput, templateErrors } from './schemas.js';

const route: RouteModule = (app, ctx) => {
  workspaceRoute(
    app,
    ctx,
    {
      method: 'POST',
      url: '/api/v1/workspaces/:ws/templates',
      role: 'editor',
      status: 201,
      schema: { tags: ['templates'], summary: 'Create a template', body: TemplateInput, response: { 201: Template, ...templateErrors } },
    },
    async ({ access, body }) => publicTemplate(await createTemplate(ctx, access, body)),
  );
};

export default route;
