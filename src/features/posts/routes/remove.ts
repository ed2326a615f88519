/** `DELETE …/posts/{postId}?fromNetworks=true`: deletes a post, and its published copies where the network allows. */
import { z } from 'zod';
import { ErrorBody, workspaceErrors, type RouteModule } from '../../../core/http.js';
import { requireWorkspace } from '../../workspaces/access.js';
import { deletePost } from '../service.js';
import { PostParams } from './schemas.js';

const route: RouteModule = (app, ctx) => {
  app.delete(
    '/api/v1/workspaces/:ws/posts/:postId',
    {
      schema: {
        tags: ['posts'],
        summary: 'Delete a post',
        params: PostParams,
        querystring: z.object({ fromNetworks: z.enum(['true', 'false']).default('true') }),
        response: { 204: z.null(), ...workspaceErrors, 409: ErrorBody, 502: ErrorBody },
      },
    },
    async (request, reply) => {
      const access = await requireWorkspace(ctx.database.db, request.actor, request.params.ws, 'contributor');
      await deletePost(ctx, access, request.params.postId, request.query.fromNetworks === 'true');
      return reply.code(204).send(null);
    },
  );
};

export default route;
