/** `POST …/posts/{postId}/approve`, `/reject` (editors and above) and `/cancel`. */
import { z } from 'zod';
import { ErrorBody, workspaceErrors, type RouteModule } from '../../../core/http.js';
import { requireWorkspace } from '../../workspaces/access.js';
import { approvePost, cancelPost, rejectPost } from '../service.js';
import { Post, PostParams } from './schemas.js';

const responses = { 200: Post, ...workspaceErrors, 409: ErrorBody, 422: ErrorBody };

const route: RouteModule = (app, ctx) => {
  app.post(
    '/api/v1/workspaces/:ws/posts/:postId/approve',
    { schema: { tags: ['posts'], summary: 'Approve a post waiting for approval', params: PostParams, response: responses } },
    async (request) => {
      const access = await requireWorkspace(ctx.database.db, request.actor, request.params.ws, 'editor');
      return approvePost(ctx, access, request.params.postId);
    },
  );

  app.post(
    '/api/v1/workspaces/:ws/posts/:postId/reject',
    {
      schema: {
        tags: ['posts'],
        summary: 'Send a post back to its author as a draft',
        params: PostParams,
        body: z.object({ reason: z.string().max(1000).default('') }).default({ reason: '' }),
        response: responses,
      },
    },
    async (request) => {
      const access = await requireWorkspace(ctx.database.db, request.actor, request.params.ws, 'editor');
      return rejectPost(ctx, access, request.params.postId, request.body.reason);
    },
  );

  app.post(
    '/api/v1/workspaces/:ws/posts/:postId/cancel',
    { schema: { tags: ['posts'], summary: 'Cancel what has not been published yet', params: PostParams, response: responses } },
    async (request) => {
      const access = await requireWorkspace(ctx.database.db, request.actor, request.params.ws, 'contributor');
      return cancelPost(ctx, access, request.params.postId);
    },
  );
};

export default route;
