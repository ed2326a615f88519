/** `POST …/posts/{postId}/approve`, `/reject` (editors and above) and `/cancel`. */
import { z } from 'zod';
import { ErrorBody, type RouteModule } from '../../../core/http.js';
import { workspaceRoute } from '../../workspaces/route.js';
import { approvePost, cancelPost, rejectPost } from '../service.js';
import { Post } from './schemas.js';

const response = { 200: Post, 409: ErrorBody, 422: ErrorBody };

const route: RouteModule = (app, ctx) => {
  workspaceRoute(
    app,
    ctx,
    {
      method: 'POST',
      url: '/api/v1/workspaces/:ws/posts/:postId/approve',
      role: 'editor',
      ids: { postId: 'Post' },
      schema: { tags: ['posts'], summary: 'Approve a post waiting for approval', response },
    },
    async ({ access, params }) => approvePost(ctx, access, params.postId),
  );

  workspaceRoute(
    app,
    ctx,
    {
      method: 'POST',
      url: '/api/v1/workspaces/:ws/posts/:postId/reject',
      role: 'editor',
      ids: { postId: 'Post' },
      schema: {
        tags: ['posts'],
        summary: 'Send a post back to its author as a draft',
        body: z.object({ reason: z.string().max(1000).default('') }).default({ reason: '' }),
        response,
      },
    },
    async ({ access, params, body }) => rejectPost(ctx, access, params.postId, body.reason),
  );

  workspaceRoute(
    app,
    ctx,
    {
      method: 'POST',
      url: '/api/v1/workspaces/:ws/posts/:postId/cancel',
      role: 'contributor',
      ids: { postId: 'Post' },
      schema: { tags: ['posts'], summary: 'Cancel what has not been published yet', response },
    },
    async ({ access, params }) => cancelPost(ctx, access, params.postId),
  );
};

export default route;
