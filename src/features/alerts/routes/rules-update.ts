/** `PATCH /api/v1/workspaces/{ws}/alert-rules/{ruleId}` (editors and above): change a rule; it starts afresh, armed. */
import type { RouteModule } from '../../../core/http.js';
import { workspaceRoute } from '../../workspaces/route.js';
import { updateAlertRule } from '../service.js';
import { AlertRule, AlertRuleChanges, publicRule, ruleErrors } from './schemas.js';

const route: RouteModule = (app, ctx) => {
  workspaceRoute(
    app,
    ctx,
    {
      method: 'PATCH',
      url: '/api/v1/workspaces/:ws/alert-rules/:ruleId',
      role: 'editor',
      ids: { ruleId: 'Alert rule' },
      schema: { tags: ['alerts'], summary: 'Change an alert rule, or pause it (active: false)', body: AlertRuleChanges, response: { 200: AlertRule, ...ruleErrors } },
    },
    async ({ access, params, body }) => publicRule(await updateAlertRule(ctx, access, params.ruleId, body)),
  );
};

export default route;
