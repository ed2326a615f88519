/** `GET /api/v1/workspaces/{ws}/client-approvals` (editors and above): the workspace's client approval links (never their tokens), newest first, with the decisions made. */
import type { RouteModule } from '../../../core/http.js';
import { workspaceRoute } from '../../workspaces/route.js';
import { z } from 'zod';
import { listLinks } from '../service.js';
import { ClientApprovalLink } from './schemas.js';

const route: RouteModule = (app, ctx) => {
  workspaceRoute(
    app,
    ctx,
    {
      method: 'GET',
      url: '/api/v1/workspaces/:ws/client-approvals',
      role: 'editor',
      schema: { tags: ['client-approvals'], summary: 'List client approval links (editors)', response: { 200: z.object({ links: z.array(ClientApprovalLink) }) } },
    },
    async ({ access }) => listLinks(ctx, access),
  );
};

export default route;
