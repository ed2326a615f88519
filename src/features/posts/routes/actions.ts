/** `POST …/posts/{postId}/approve`, `/reject` (editors and above) and `/cancel`. */
import { z } from 'zod';
import { ErrorBody, type RouteModule } from '../../../core/http.js';
import { workspaceRoute } from '../../workspaces/route.js';
import { approvePost, cancelPost, rejectPost } from '../service.js';
import { Post } from './schemas.js';

const response = { 200: Post, 409: ErrorBody, 422: ErrorBody };

/** The actions that need nothing but the post: the least role each needs, and what it does. */
const ACTIONS = [
  { action: 'approve', role: 'editor', summary: 'Approve a post waiting for approval', act: approvePost },
  { action: 'cancel', role: 'contributor', summary: 'Cancel what has not been published yet', act: cancelPost },
] as const;

const route: RouteModule = (app, ctx) => {
  for (const { action, role, summary, act } of ACTIONS) {
    workspaceRoute(
      app,
      ctx,
      { method: 'POST', url: `/api/v1/workspaces/:ws/posts/:postId/${action}`, role, ids: { postId: 'Post' }, schema: { tags: ['posts'], summary, response } },
      async ({ access, params }) => act(ctx, access, params.postId),
    );
  }

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
};

export default route;
