/** `GET /api/v1/workspaces/{ws}/alert-rules` (viewers and above): the workspace's alert rules, oldest first. */
import { z } from 'zod';
import type { RouteModule } from '../../../core/http.js';
import { workspaceRoute } from '../../workspaces/route.js';
import { alertsRepository } from '../repository.js';
import { AlertRule, publicRule } from './schemas.js';

const route: RouteModule = (app, ctx) => {
  workspaceRoute(
    app,
    ctx,
    {
      method: 'GET',
      url: '/api/v1/workspaces/:ws/alert-rules',
      role: 'viewer',
      schema: { tags: ['alerts'], summary: 'List the alert rules', response: { 200: z.object({ rules: z.array(AlertRule) }) } },
    },
    async ({ access }) => ({ rules: (await alertsRepository.listRules(ctx.database.db, access.workspaceId)).map(publicRule) }),
  );
};

export default route;
