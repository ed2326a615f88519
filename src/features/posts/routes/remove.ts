/** `DELETE …/posts/{postId}?fromNetworks=true`: deletes a post, and its published copies where the network allows. */
import { z } from 'zod';
import { ErrorBody, type RouteModule } from '../../../core/http.js';
import { workspaceRoute } from '../../workspaces/route.js';
import { deletePost } from '../service.js';
import {  } from './schemas.js';

const route: RouteModule = (app, ctx) => {
  workspaceRoute(
    app,
    ctx,
    {
      method: 'DELETE',
      url: '/api/v1/workspaces/:ws/posts/:postId',
      role: 'contributor',
      status: 204,
      ids: { postId: 'Post' },
      schema: {
        tags: ['posts'],
        summary: 'Delete a post',
        querystring: z.object({ fromNetworks: z.enum(['true', 'false']).default('true') }),
        response: { 204: z.null(), 409: ErrorBody, 502: ErrorBody },
      },
    },
    async ({ access, params, query }) => {
      await deletePost(ctx, access, params.postId, query.fromNetworks === 'true');
      return null;
    },
  );
};

export default route;
