/**
 * `GET/PUT /api/v1/workspaces/{ws}/utm-template`: the workspace's UTM conventions for tracked links of posts —
 * utm_medium, utm_source per network, and a default utm_campaign (a post's own campaign wins).
 */
import { z } from 'zod';
import type { RouteModule } from '../../../core/http.js';
import { workspacesRepository } from '../repository.js';
import { workspaceRoute } from '../route.js';
import { setUtmTemplate } from '../service.js';

const Token = z.string().trim().min(1).max(100).regex(/^[^\s&#?=]+$/, 'No spaces, "&", "#", "?" or "=": these end up in URLs.');
const Template = z.object({
  medium: Token.optional(),
  sources: z.record(z.string().regex(/^[a-z]{1,20}$/, 'A network id such as "facebook".'), Token).optional(),
  campaign: Token.optional(),
});

const route: RouteModule = (app, ctx) => {
  workspaceRoute(
    app,
    ctx,
    {
      method: 'GET',
      url: '/api/v1/workspaces/:ws/utm-template',
      role: 'viewer',
      schema: { tags: ['links'], summary: 'UTM conventions of the workspace', response: { 200: Template } },
    },
    async ({ access }) => workspacesRepository.utmTemplate(ctx.database.db, access.workspaceId),
  );

  workspaceRoute(
    app,
    ctx,
    {
      method: 'PUT',
      url: '/api/v1/workspaces/:ws/utm-template',
      role: 'admin',
      schema: { tags: ['links'], summary: 'Set the UTM conventions', body: Template, response: { 200: Template } },
    },
    async ({ access, body }) => {
      await setUtmTemplate(ctx, access, body);
      return body;
    },
  );
};

export default route;
