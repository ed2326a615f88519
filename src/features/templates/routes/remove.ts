/** `DELETE /api/v1/workspaces/{ws}/templates/{templateId}` (editors and above); posts made from it keep their text. */
import { z } from 'zod';
import type { RouteModule } from '../../../core/http.js';
import { workspaceRoute } from '../../workspaces/route.js';
import { removeTemplate } from '../service.js';

const route: RouteModule = (app, ctx) => {
  workspaceRoute(
    app,
    ctx,
    {
      method: 'DELETE',
      url: '/api/v1/workspaces/:ws/templates/:templateId',
      role: 'editor',
      status: 204,
      ids: { templateId: 'Template' },
      schema: { tags: ['templates'], summary: 'Delete a template', response: { 204: z.null() } },
    },
    async ({ access, params }) => {
      await removeTemplate(ctx, access, params.templateId);
      return null;
    },
  );
};

export default route;
