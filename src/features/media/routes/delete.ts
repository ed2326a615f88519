/**
 * `DELETE /api/v1/workspaces/{ws}/media/{mediaId}`: deletes an upload, its converted copies and their files.
 * Contributors upload, so they may delete, but only what they uploaded themselves; editors and above delete any.
 * 409 `media_in_use` (with the post ids) while a post waiting for approval, scheduled or publishing will send it.
 */
import { z } from 'zod';
import { forbidden, notFound } from '../../../core/errors.js';
import { ErrorBody, type RouteModule } from '../../../core/http.js';
import { atLeast } from '../../auth/actor.js';
import { workspaceRoute } from '../../workspaces/route.js';
import { refuseIfHeld } from '../in-use.js';
import { removeMedia } from '../service.js';

const route: RouteModule = (app, ctx) => {
  workspaceRoute(
    app,
    ctx,
    {
      method: 'DELETE',
      url: '/api/v1/workspaces/:ws/media/:mediaId',
      role: 'contributor',
      status: 204,
      ids: { mediaId: 'Media' },
      schema: {
        tags: ['media'],
        summary: 'Delete an uploaded file (refused while a scheduled or pending post uses it)',
        response: { 204: z.null(), 409: ErrorBody },
      },
    },
    async ({ access, params: { mediaId } }) => {
      const removed = await removeMedia(ctx, access.workspaceId, mediaId, async (trx, row) => {
        if (!atLeast(access.role, 'editor') && row.created_by !== access.userId) {
          throw forbidden('Contributors can delete only the files they uploaded; ask an editor to delete this one.');
        }
        await refuseIfHeld(trx, access.workspaceId, mediaId);
      });
      if (!removed) throw notFound('Media');
      return null;
    },
  );
};

export default route;
