/**
 * `GET /api/v1/workspaces/{ws}/media`: the media library — uploads newest first, with search (`q`), a tag, a kind,
 * `missingAlt=true` (images without alt text), or the files of a post (`ids`), paged by an opaque `cursor`. The
 * library's tag and missing-alt counts come with the first page only: a "Load more" page would only repeat them.
 */
import { z } from 'zod';
import { ErrorBody, type RouteModule } from '../../../core/http.js';
import { workspaceRoute } from '../../workspaces/route.js';
import { listLibrary } from '../library.js';
import { Media } from './upload.js';

const Uuid = z.string().uuid();

const Query = z.object({
  q: z.string().trim().max(200).optional(),
  tag: z.string().trim().min(1).max(60).optional(),
  kind: z.enum(['image', 'video']).optional(),
  missingAlt: z.enum(['true', 'false']).optional().describe('"true": images without alt text only'),
  ids: z
    .string()
    .max(3800)
    .optional()
    .describe('Comma-separated media ids (at most 100): these files only, e.g. the ones a post names')
    .transform((value, ctx) => {
      if (value === undefined) return undefined;
      const ids = value.split(',').map((id) => id.trim()).filter(Boolean);
      if (ids.length > 100 || ids.some((id) => !Uuid.safeParse(id).success)) {
        ctx.addIssue({ code: 'custom', message: 'ids must be at most 100 media ids separated by commas' });
        return z.NEVER;
      }
      return ids;
    }),
  cursor: z.string().max(200).optional(),
  limit: z.coerce.number().int().min(1).max(100).default(48),
});

export const LibraryMedia = Media.extend({
  tags: z.array(z.string()),
  createdAt: z.string(),
  missingAlt: z.boolean().describe('An image without alt text: screen readers announce nothing'),
  renditions: z.array(
    z.object({
      key: z.string(),
      mimeType: z.string(),
      width: z.number(),
      height: z.number(),
      sizeBytes: z.number(),
      networks: z.array(z.string()).describe("Networks of this workspace's channels that receive this copy"),
      url: z.string(),
    }),
  ),
  usage: z.object({
    posts: z.number().describe('Posts (not deleted) that use the file'),
    open: z.number().describe('Of those, posts still going out with it (deleting it is refused while any is)'),
    postIds: z.array(z.string()).describe('The most recently changed few'),
  }),
});

const route: RouteModule = (app, ctx) => {
  workspaceRoute(
    app,
    ctx,
    {
      method: 'GET',
      url: '/api/v1/workspaces/:ws/media',
      role: 'viewer',
      schema: {
        tags: ['media'],
        summary: 'The media library: uploads with their network-ready copies, where they are used, tags and search',
        querystring: Query,
        response: {
          200: z.object({
            items: z.array(LibraryMedia),
            nextCursor: z.string().nullable(),
            tags: z.array(z.object({ tag: z.string(), count: z.number() })).optional().describe('The whole library\'s tags with their counts; first page only (no cursor)'),
            missingAlt: z.number().optional().describe('Images in the whole library without alt text; first page only (no cursor)'),
          }),
          422: ErrorBody,
        },
      },
    },
    async ({ access, query }) =>
      listLibrary(ctx, access, {
        q: query.q || undefined,
        tag: query.tag,
        kind: query.kind,
        missingAlt: query.missingAlt === 'true',
        ids: query.ids,
        cursor: query.cursor,
        limit: query.limit,
      }),
  );
};

export default route;
