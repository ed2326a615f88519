/**
 * `POST /api/v1/workspaces/{ws}/posts`: compose once, with variants per network or channel; one publication per
 * channel. No date and no publishNow → draft; contributors' posts wait for approval. 422 names channel and rule.
 * `POST …/posts/validate` runs the same checks without saving (the composer's live check).
 */
import { z } from 'zod';
import { ErrorBody, WorkspaceParams, workspaceErrors, type RouteModule } from '../../../core/http.js';
import { requireWorkspace } from '../../workspaces/access.js';
import { createPost, validatePost } from '../service.js';
import { Post, PostBody, Violation } from './schemas.js';

const route: RouteModule = (app, ctx) => {
  app.post(
    '/api/v1/workspaces/:ws/posts',
    { schema: { tags: ['posts'], summary: 'Create a post', params: WorkspaceParams, body: PostBody, response: { 201: Post, ...workspaceErrors, 422: ErrorBody } } },
    async (request, reply) => {
      const access = await requireWorkspace(ctx.database.db, request.actor, request.params.ws, 'contributor');
      return reply.code(201).send(await createPost(ctx, access, request.body));
    },
  );

  app.post(
    '/api/v1/workspaces/:ws/posts/validate',
    {
      schema: {
        tags: ['posts'],
        summary: "Check a post against every channel's rules without saving",
        params: WorkspaceParams,
        body: PostBody,
        response: { 200: z.object({ violations: z.array(Violation) }), ...workspaceErrors, 422: ErrorBody },
      },
    },
    async (request) => {
      const access = await requireWorkspace(ctx.database.db, request.actor, request.params.ws, 'contributor');
      return validatePost(ctx, access, request.body);
    },
  );
};

export default route;
