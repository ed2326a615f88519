/** `DELETE /api/v1/workspaces/{ws}/alert-rules/{ruleId}` (editors and above); its alerts stay, without their rule. */
import { z } from 'zod';
import type { RouteModule } from '../../../core/http.js';
import { workspaceRoute } from '../../workspaces/route.js';
import { removeAlertRule } from '../service.js';

const route: RouteModule = (app, ctx) => {
  workspaceRoute(
    app,
    ctx,
    {
      method: 'DELETE',
      url: '/api/v1/workspaces/:ws/alert-rules/:ruleId',
      role: 'editor',
      status: 204,
      ids: { ruleId: 'Alert rule' },
      schema: { tags: ['alerts'], summary: 'Delete an alert rule', response: { 204: z.null() } },
    },
    async ({ access, params }) => {
      await removeAlertRule(ctx, access, params.ruleId);
      return null;
    },
  );
};

export default route;
