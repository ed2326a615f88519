/**
 * `GET /api/v1/workspaces/{ws}/bio` and `PUT …/bio {slug, title, description, theme, lang?, avatarMediaId?,
 * items: [{linkId, label}]}`: the workspace's link-in-bio page. Editors and above may change it; items must be links
 * of this workspace (422 naming the item otherwise) and the slug must be free (409).
 */
import { ErrorBody, type RouteModule } from '../../../core/http.js';
import { workspaceRoute } from '../../workspaces/route.js';
import { forgetBioPages } from '../public-page.js';
import { getBio, saveBio } from '../service.js';
import { Bio, BioBody } from './schemas.js';

const route: RouteModule = (app, ctx) => {
  workspaceRoute(
    app,
    ctx,
    {
      method: 'GET',
      url: '/api/v1/workspaces/:ws/bio',
      role: 'viewer',
      schema: { tags: ['bio'], summary: 'The link-in-bio page (404 until one is saved)', response: { 200: Bio } },
    },
    async ({ access }) => getBio(ctx, access),
  );

  workspaceRoute(
    app,
    ctx,
    {
      method: 'PUT',
      url: '/api/v1/workspaces/:ws/bio',
      role: 'editor',
      schema: { tags: ['bio'], summary: 'Create or replace the link-in-bio page', body: BioBody, response: { 200: Bio, 409: ErrorBody, 422: ErrorBody } },
    },
    async ({ access, body }) => {
      const { bio, staleSlugs } = await saveBio(ctx, access, body);
      forgetBioPages(ctx, staleSlugs);
      return bio;
    },
  );
};

export default route;
