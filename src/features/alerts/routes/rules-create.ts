/** `POST /api/v1/workspaces/{ws}/alert-rules` (editors and above): a rule that watches the inbox and fires alerts. */
import type { RouteModule } from '../../../core/http.js';
import { workspaceRoute } from '../../workspaces/route.js';
import { createAlertRule } from '../service.js';
import { AlertRule, AlertRuleInput, publicRule, ruleErrors } from './schemas.js';

const route: RouteModule = (app, ctx) => {
  workspaceRoute(
    app,
    ctx,
    {
      method: 'POST',
      url: '/api/v1/workspaces/:ws/alert-rules',
      role: 'editor',
      status: 201,
      schema: {
        tags: ['alerts'],
        summary: 'Create an alert rule (evaluated at least once a minute)',
        body: AlertRuleInput,
        response: { 201: AlertRule, ...ruleErrors },
      },
    },
    async ({ access, body }) => publicRule(await createAlertRule(ctx, access, body)),
  );
};

export default route;
