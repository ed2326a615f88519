/**
 * `GET /api/v1/workspaces/{ws}/channels/{channelId}/compose-options`: what the composer shows for one channel —
 * TikTok's audiences, interactions and longest video from `creator_info`, Pinterest's boards, YouTube's privacy,
 * categories and longest upload, Snapchat's kinds of post, LinkedIn's audience targeting choices for pages. `options` is null for networks with nothing to choose.
 * For people who write posts (contributors and above); each call asks the network, so TikTok's 20 a minute apply.
 */
import { z } from 'zod';
import { ErrorBody, type RouteModule } from '../../../core/http.js';
import { workspaceRoute } from '../../workspaces/route.js';
import { composeOptionsFor } from '../compose.js';

const Choice = z.object({ id: z.string(), name: z.string() });

export const ComposeOptions = z.discriminatedUnion('network', [
  z.object({
    network: z.literal('youtube'),
    privacyOptions: z.array(z.string()),
    defaultPrivacy: z.string(),
    categories: z.array(Choice),
    defaultCategoryId: z.string(),
    channelMadeForKids: z.boolean().nullable(),
    maxTitleLength: z.number(),
    maxDurationSeconds: z.number().nullable(),
  }),
  z.object({
    network: z.literal('tiktok'),
    privacyLevelOptions: z.array(z.string()).describe('Offer these with none chosen: TikTok requires the person to pick'),
    commentDisabled: z.boolean(),
    duetDisabled: z.boolean(),
    stitchDisabled: z.boolean(),
    maxDurationSeconds: z.number().nullable(),
    creator: z.string().nullable(),
  }),
  z.object({ network: z.literal('pinterest'), boards: z.array(Choice.extend({ privacy: z.string() })), canCreateBoard: z.boolean(), maxTitleLength: z.number() }),
  z.object({
    network: z.literal('snapchat'),
    kinds: z.array(z.string()),
    maxTitleLength: z.number(),
    maxDescriptionLength: z.number(),
    minDurationSeconds: z.number(),
    maxDurationSeconds: z.number(),
  }),
  z.object({
    network: z.literal('linkedin'),
    audienceTargeting: z.boolean().describe('Only organization pages can target an audience (options.targetEntities)'),
    geoLocations: z.array(z.object({ id: z.string(), country: z.string().describe('ISO 3166 code, for its name') })),
    seniorities: z.array(z.string()),
    staffCountRanges: z.array(z.string()),
    interfaceLocales: z.array(z.object({ country: z.string(), language: z.string() })),
  }),
]);

const route: RouteModule = (app, ctx) => {
  workspaceRoute(
    app,
    ctx,
    {
      method: 'GET',
      url: '/api/v1/workspaces/:ws/channels/:channelId/compose-options',
      role: 'contributor',
      ids: { channelId: 'Channel' },
      schema: {
        tags: ['channels'],
        summary: "A channel's choices for the composer (audiences, boards, categories)",
        response: {
          200: z.object({ channelId: z.string(), network: z.string(), options: ComposeOptions.nullable() }),
          409: ErrorBody,
          422: ErrorBody,
          429: ErrorBody,
          502: ErrorBody,
        },
      },
    },
    async ({ access, params }) => composeOptionsFor(ctx, access, params.channelId),
  );
};

export default route;
