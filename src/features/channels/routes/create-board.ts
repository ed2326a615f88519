/**
 * `POST /api/v1/workspaces/{ws}/channels/{channelId}/boards {name, description?, privacy?}`: creates a Pinterest
 * board from the composer's board picker (editors and above: it changes the account on Pinterest).
 */
import { z } from 'zod';
import { ErrorBody, type RouteModule } from '../../../core/http.js';
import { workspaceRoute } from '../../workspaces/route.js';
import { createBoardFor } from '../compose.js';

// Pinterest's limits (docs/api/v5/boards-create): name up to 50 characters, description up to 500.
const Body = z.object({
  name: z.string().trim().min(1, { error: 'Name the board.' }).max(50, { error: 'A Pinterest board name has up to 50 characters.' }),
  description: z.string().max(500, { error: 'A Pinterest board description has up to 500 characters.' }).optional(),
  privacy: z.enum(['PUBLIC', 'SECRET']).optional(),
});

const route: RouteModule = (app, ctx) => {
  workspaceRoute(
    app,
    ctx,
    {
      method: 'POST',
      url: '/api/v1/workspaces/:ws/channels/:channelId/boards',
      role: 'editor',
      status: 201,
      ids: { channelId: 'Channel' },
      schema: {
        tags: ['channels'],
        summary: 'Create a Pinterest board on the channel',
        body: Body,
        response: {
          201: z.object({ id: z.string(), name: z.string(), privacy: z.string() }),
          409: ErrorBody,
          422: ErrorBody,
          429: ErrorBody,
          502: ErrorBody,
        },
      },
    },
    async ({ access, params, body }) => createBoardFor(ctx, access, params.channelId, body),
  );
};

export default route;
