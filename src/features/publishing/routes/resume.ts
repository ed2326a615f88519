/**
 * `POST /api/v1/workspaces/{ws}/publishing/resume` (admins and owners): ends the pause. Every publication it held goes
 * back on the schedule (at once if its time has passed); those held until a channel is reconnected stay held. 409
 * `publishing_not_paused` when publishing runs. Audited with the count released.
 */
import { ErrorBody, type RouteModule } from '../../../core/http.js';
import { workspaceRoute } from '../../workspaces/route.js';
import { resumePublishing } from '../pause.js';
import { ResumeResult } from './schemas.js';

const route: RouteModule = (app, ctx) => {
  workspaceRoute(
    app,
    ctx,
    {
      method: 'POST',
      url: '/api/v1/workspaces/:ws/publishing/resume',
      role: 'admin',
      schema: { tags: ['publishing'], summary: 'Resume publishing (admins and owners)', response: { 200: ResumeResult, 409: ErrorBody } },
    },
    async ({ access }) => resumePublishing(ctx, access),
  );
};

export default route;
