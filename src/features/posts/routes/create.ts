/**
 * `POST /api/v1/workspaces/{ws}/posts`: compose once, with variants per network or channel; one publication per
 * channel. No date and no publishNow → draft; contributors' posts wait for approval. 422 names channel and rule.
 * `POST …/posts/validate` runs the same checks without saving (the composer's live check).
 */
import { z } from 'zod';
import { ErrorBody, type RouteModule } from '../../../core/http.js';
import { workspaceRoute } from '../../workspaces/route.js';
import { createPost, validatePost } from '../service.js';
import { Post, PostBody, Violation } from './schemas.js';

const route: RouteModule = (app, ctx) => {
  workspaceRoute(
    app,
    ctx,
    {
      method: 'POST',
      url: '/api/v1/workspaces/:ws/posts',
      role: 'contributor',
      status: 201,
      schema: { tags: ['posts'], summary: 'Create a post', body: PostBody, response: { 201: Post, 422: ErrorBody } },
    },
    async ({ access, body }) => createPost(ctx, access, body),
  );

  workspaceRoute(
    app,
    ctx,
    {
      method: 'POST',
      url: '/api/v1/workspaces/:ws/posts/validate',
      role: 'contributor',
      schema: {
        tags: ['posts'],
        summary: "Check a post against every channel's rules without saving",
        body: PostBody,
        response: { 200: z.object({ violations: z.array(Violation) }), 422: ErrorBody },
      },
    },
    async ({ access, body }) => validatePost(ctx, access, body),
  );
};

export default route;
