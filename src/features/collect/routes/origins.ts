/**
 * `GET/PUT /api/v1/workspaces/{ws}/collect/origins`: the sites (scheme://host[:port], matched exactly) allowed to
 * send tracking data for this workspace. Admins only: the list decides whose pages can write into the workspace.
 */
import { z } from 'zod';
import { ErrorBody, type RouteModule } from '../../../core/http.js';
import { invalid } from '../../../core/errors.js';
import { workspaceRoute } from '../../workspaces/route.js';
import { collectRepository } from '../repository.js';
import { normalizeOrigin } from '../service.js';

const Origins = z.object({ origins: z.array(z.string().max(300)).max(100).describe('e.g. ["https://shop.example.com"]') });

const route: RouteModule = (app, ctx) => {
  workspaceRoute(
    app,
    ctx,
    {
      method: 'GET',
      url: '/api/v1/workspaces/:ws/collect/origins',
      role: 'admin',
      schema: { tags: ['tracking'], summary: 'Sites allowed to send tracking data', response: { 200: Origins } },
    },
    async ({ access }) => ({ origins: await collectRepository.listOrigins(ctx.database.db, access.workspaceId) }),
  );

  workspaceRoute(
    app,
    ctx,
    {
      method: 'PUT',
      url: '/api/v1/workspaces/:ws/collect/origins',
      role: 'admin',
      schema: { tags: ['tracking'], summary: 'Replace the sites allowed to send tracking data', body: Origins, response: { 200: Origins, 422: ErrorBody } },
    },
    async ({ access, body }) => {
      const origins = new Set<string>();
      body.origins.forEach((raw, i) => {
        const origin = normalizeOrigin(raw);
        if (!origin) {
          throw invalid('invalid_origin', `"${raw}" is not a site origin: write the scheme, host and port only, like "https://shop.example.com" (no path).`, `origins[${i}]`);
        }
        origins.add(origin);
      });
      const list = [...origins].sort();
      await collectRepository.replaceOrigins(ctx.database.db, access.workspaceId, list, access.userId);
      return { origins: list };
    },
  );
};

export default route;
