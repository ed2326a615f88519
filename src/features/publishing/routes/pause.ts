/**
 * `POST /api/v1/workspaces/{ws}/publishing/pause` (admins and owners): the crisis switch. Every publication of the
 * workspace is held when it falls due — nothing goes out, nothing is lost — until the resume. 409
 * `publishing_already_paused` when it already is. Audited with the reason.
 */
import { ErrorBody, type RouteModule } from '../../../core/http.js';
import { workspaceRoute } from '../../workspaces/route.js';
import { pausePublishing } from '../pause.js';
import { PauseInput, PublishingState } from './schemas.js';

const route: RouteModule = (app, ctx) => {
  workspaceRoute(
    app,
    ctx,
    {
      method: 'POST',
      url: '/api/v1/workspaces/:ws/publishing/pause',
      role: 'admin',
      schema: {
        tags: ['publishing'],
        summary: 'Pause all publishing of the workspace (admins and owners)',
        body: PauseInput,
        response: { 200: PublishingState, 409: ErrorBody },
      },
    },
    async ({ access, body }) => pausePublishing(ctx, access, body.reason),
  );
};

export default route;
