/**
 * `POST /api/v1/workspaces/{ws}/client-approvals {postIds | weekOf, email?, expiresInDays?, note?}` (editors and
 * above): a secret, expiring link where someone without an account approves the posts or asks for changes. Answers
 * the link once; mails it when an address is given. Another workspace's post is a 404. Audited, without the token.
 */
import { ErrorBody, type RouteModule } from '../../../core/http.js';
import { workspaceRoute } from '../../workspaces/route.js';
import { createLink } from '../service.js';
import { ClientApprovalCreated, ClientApprovalInput } from './schemas.js';

const route: RouteModule = (app, ctx) => {
  workspaceRoute(
    app,
    ctx,
    {
      method: 'POST',
      url: '/api/v1/workspaces/:ws/client-approvals',
      role: 'editor',
      status: 201,
      schema: { tags: ['client-approvals'], summary: 'Make a client approval link (editors)', body: ClientApprovalInput, response: { 201: ClientApprovalCreated, 422: ErrorBody } },
    },
    async ({ access, body }) => createLink(ctx, access, body),
  );
};

export default route;
