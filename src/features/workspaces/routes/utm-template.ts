/**
 * `GET/PUT /api/v1/workspaces/{ws}/utm-template`: the workspace's UTM conventions for tracked links of posts —
 * utm_medium, utm_source per network, and a default utm_campaign (a post's own campaign wins).
 */
import { z } from 'zod';
import { WorkspaceParams, workspaceErrors, type RouteModule } from '../../../core/http.js';
import { requireWorkspace } from '../access.js';
import { workspacesRepository } from '../repository.js';
import { auditRepository } from '../../audit/repository.js';

const Token = z.string().trim().min(1).max(100).regex(/^[^\s&#?=]+$/, 'No spaces, "&", "#", "?" or "=": these end up in URLs.');
const Template = z.object({
  medium: Token.optional(),
  sources: z.record(z.string().regex(/^[a-z]{1,20}$/, 'A network id such as "facebook".'), Token).optional(),
  campaign: Token.optional(),
});

const route: RouteModule = (app, ctx) => {
  app.get(
    '/api/v1/workspaces/:ws/utm-template',
    { schema: { tags: ['links'], summary: 'UTM conventions of the workspace', params: WorkspaceParams, response: { 200: Template, ...workspaceErrors } } },
    async (request) => {
      const access = await requireWorkspace(ctx.database.db, request.actor, request.params.ws, 'viewer');
      return workspacesRepository.utmTemplate(ctx.database.db, access.workspaceId);
    },
  );

  app.put(
    '/api/v1/workspaces/:ws/utm-template',
    { schema: { tags: ['links'], summary: 'Set the UTM conventions', params: WorkspaceParams, body: Template, response: { 200: Template, ...workspaceErrors } } },
    async (request) => {
      const access = await requireWorkspace(ctx.database.db, request.actor, request.params.ws, 'admin');
      await ctx.database.db.transaction().execute(async (trx) => {
        await workspacesRepository.setUtmTemplate(trx, access.workspaceId, request.body);
        await auditRepository.record(trx, { workspaceId: access.workspaceId, actorUserId: access.userId, action: 'utm_template.updated', targetType: 'workspace', targetId: access.workspaceId, data: request.body });
      });
      return request.body;
    },
  );
};

export default route;
