/**
 * `GET /api/v1/workspaces/{ws}/bio` and `PUT …/bio {slug, title, description, theme, lang?, avatarMediaId?,
 * items: [{linkId, label}]}`: the workspace's link-in-bio page. Editors and above may change it; items must be links
 * of this workspace (422 naming the item otherwise) and the slug must be free (409).
 */
import { ErrorBody, WorkspaceParams, workspaceErrors, type RouteModule } from '../../../core/http.js';
import { requireWorkspace } from '../../workspaces/access.js';
import { forgetBioPages } from '../public-page.js';
import { getBio, saveBio } from '../service.js';
import { Bio, BioBody } from './schemas.js';

const route: RouteModule = (app, ctx) => {
  app.get(
    '/api/v1/workspaces/:ws/bio',
    { schema: { tags: ['bio'], summary: 'The link-in-bio page (404 until one is saved)', params: WorkspaceParams, response: { 200: Bio, ...workspaceErrors } } },
    async (request) => {
      const access = await requireWorkspace(ctx.database.db, request.actor, request.params.ws, 'viewer');
      return getBio(ctx, access);
    },
  );

  app.put(
    '/api/v1/workspaces/:ws/bio',
    {
      schema: {
        tags: ['bio'],
        summary: 'Create or replace the link-in-bio page',
        params: WorkspaceParams,
        body: BioBody,
        response: { 200: Bio, ...workspaceErrors, 409: ErrorBody, 422: ErrorBody },
      },
    },
    async (request) => {
      const access = await requireWorkspace(ctx.database.db, request.actor, request.params.ws, 'editor');
      const { bio, staleSlugs } = await saveBio(ctx, access, request.body);
      forgetBioPages(ctx, staleSlugs);
      return bio;
    },
  );
};

export default route;
