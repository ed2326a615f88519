/**
 * `POST /api/v1/workspaces/{ws}/posts/{postId}/experiment {metric, variants, slots}` (editors and above): tests 2–4
 * variants per network of a post; the first slots show each once, the later ones take the likely best (Thompson
 * sampling) as they go out. Answers the experiment's report.
 */
import type { RouteModule } from '../../../core/http.js';
import { workspaceRoute } from '../../workspaces/route.js';
import { createExperiment } from '../service.js';
import { ExperimentInput, ExperimentReport, experimentErrors } from './schemas.js';

const route: RouteModule = (app, ctx) => {
  workspaceRoute(
    app,
    ctx,
    {
      method: 'POST',
      url: '/api/v1/workspaces/:ws/posts/:postId/experiment',
      role: 'editor',
      status: 201,
      ids: { postId: 'Post' },
      schema: { tags: ['posts'], summary: 'Start an experiment on a post', body: ExperimentInput, response: { 201: ExperimentReport, ...experimentErrors } },
    },
    async ({ access, params, body }) => createExperiment(ctx, access, params.postId, body),
  );
};

export default route;
