/**
 * `POST /api/v1/workspaces/{ws}/templates/{templateId}/fill {channelIds?, segmentIds?, values?, signature?}`
 * (contributors and above): per channel (and segment) the filled text and the network rules it breaks; nothing is
 * saved. 422 `unfilled_variable` names a variable without a value.
 */
import { ErrorBody, type RouteModule } from '../../../core/http.js';
import { workspaceRoute } from '../../workspaces/route.js';
import { fillTemplate } from '../service.js';
import { FillBody, FillResult } from './schemas.js';

const route: RouteModule = (app, ctx) => {
  workspaceRoute(
    app,
    ctx,
    {
      method: 'POST',
      url: '/api/v1/workspaces/:ws/templates/:templateId/fill',
      role: 'contributor',
      ids: { templateId: 'Template' },
      schema: { tags: ['templates'], summary: 'Fill a template for channels and segments', body: FillBody, response: { 200: FillResult, 422: ErrorBody } },
    },
    async ({ access, params, body }) => fillTemplate(ctx, access, params.templateId, body),
  );
};

export default route;
