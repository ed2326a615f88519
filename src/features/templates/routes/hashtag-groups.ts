/**
 * Hashtag groups: `GET|POST /api/v1/workspaces/{ws}/hashtag-groups`, `PATCH|DELETE …/hashtag-groups/{groupId}`.
 * Every member reads them (the composer inserts them); editors and above write them. Four small endpoints of one
 * resource kept together, as posts/routes/create.ts keeps create and validate.
 */
import { z } from 'zod';
import type { RouteModule } from '../../../core/http.js';
import { workspaceRoute } from '../../workspaces/route.js';
import { createHashtagGroup, listHashtagGroups, removeHashtagGroup, updateHashtagGroup } from '../service.js';
import { HashtagGroup, HashtagGroupChanges, HashtagGroupInput, publicHashtagGroup, templateErrors } from './schemas.js';

const tags = ['templates'];
const url = '/api/v1/workspaces/:ws/hashtag-groups' as const;

const route: RouteModule = (app, ctx) => {
  workspaceRoute(
    app,
    ctx,
    { method: 'GET', url, role: 'viewer', schema: { tags, summary: 'List hashtag groups', response: { 200: z.object({ groups: z.array(HashtagGroup) }) } } },
    async ({ access }) => ({ groups: (await listHashtagGroups(ctx, access)).map(publicHashtagGroup) }),
  );
  workspaceRoute(
    app,
    ctx,
    { method: 'POST', url, role: 'editor', status: 201, schema: { tags, summary: 'Create a hashtag group', body: HashtagGroupInput, response: { 201: HashtagGroup, ...templateErrors } } },
    async ({ access, body }) => publicHashtagGroup(await createHashtagGroup(ctx, access, body)),
  );
  workspaceRoute(
    app,
    ctx,
    {
      method: 'PATCH',
      url: `${url}/:groupId`,
      role: 'editor',
      ids: { groupId: 'Hashtag group' },
      schema: { tags, summary: 'Edit a hashtag group', body: HashtagGroupChanges, response: { 200: HashtagGroup, ...templateErrors } },
    },
    async ({ access, params, body }) => publicHashtagGroup(await updateHashtagGroup(ctx, access, params.groupId, body)),
  );
  workspaceRoute(
    app,
    ctx,
    { method: 'DELETE', url: `${url}/:groupId`, role: 'editor', status: 204, ids: { groupId: 'Hashtag group' }, schema: { tags, summary: 'Delete a hashtag group', response: { 204: z.null() } } },
    async ({ access, params }) => {
      await removeHashtagGroup(ctx, access, params.groupId);
      return null;
    },
  );
};

export default route;
