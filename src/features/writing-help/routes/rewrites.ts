/**
 * `GET /api/v1/workspaces/{ws}/writing-help`: whether writing help is on (and which model).
 * `POST …/writing-help/rewrites {text, channelIds, segmentIds?, language?, count?}`: rewrites per network and segment,
 * each already checked against the chosen channels' text rules (those that break one are dropped and counted).
 */
import { z } from 'zod';
import { ErrorBody, Text, type RouteModule } from '../../../core/http.js';
import { workspaceRoute } from '../../workspaces/route.js';
import { suggestRewrites, writingHelpStatus } from '../service.js';

const RewriteInput = z.object({
  text: Text.pipe(z.string().trim().min(1, { error: 'Write something to rewrite first.' }).max(10_000)),
  channelIds: z.array(z.string().uuid()).min(1, { error: 'Choose at least one channel.' }).max(20),
  segmentIds: z.array(z.string().uuid()).max(3).optional().describe('Also a variant for each of these segments (at most 3)'),
  language: z.string().trim().min(2).max(40).optional().describe('e.g. "fr", "French", "en-GB"; absent: the text\'s own language'),
  count: z.number().int().min(1).max(5).optional().describe('Rewrites per network and audience (default 3)'),
});

const Suggestion = z.object({
  network: z.string(),
  segmentId: z.string().nullable(),
  segmentName: z.string().nullable(),
  text: z.string(),
  length: z.number().describe('In characters (graphemes)'),
});

const route: RouteModule = (app, ctx) => {
  workspaceRoute(
    app,
    ctx,
    {
      method: 'GET',
      url: '/api/v1/workspaces/:ws/writing-help',
      role: 'viewer',
      schema: { tags: ['writing-help'], summary: 'Whether writing help is on', response: { 200: z.object({ enabled: z.boolean(), model: z.string().nullable() }) } },
    },
    async () => writingHelpStatus(ctx),
  );

  workspaceRoute(
    app,
    ctx,
    {
      method: 'POST',
      url: '/api/v1/workspaces/:ws/writing-help/rewrites',
      role: 'contributor',
      schema: {
        tags: ['writing-help'],
        summary: "Rewrites of a post per network, segment and language, each within the channels' rules",
        body: RewriteInput,
        response: {
          200: z.object({ suggestions: z.array(Suggestion), dropped: z.number().describe('Rewrites the model wrote that broke a rule'), model: z.string() }),
          422: ErrorBody,
          502: ErrorBody,
        },
      },
    },
    async ({ access, body }) => suggestRewrites(ctx, access, body),
  );
};

export default route;
