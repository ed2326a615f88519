/**
 * `DELETE /api/v1/workspaces/{ws}/media/{mediaId}`: deletes an upload, its converted copies and their files.
 * Contributors upload, so they may delete, but only what they uploaded themselves; editors and above delete any.
 * 409 `media_in_use` (with the post ids) while a post waiting for approval, scheduled or publishing will send it.
 */
import { z } from 'zod';
import { forbidden, notFound } from '../../../core/errors.js';
import { ErrorBody, WorkspaceParams, workspaceErrors, type RouteModule } from '../../../core/http.js';
import { atLeast } from '../../auth/actor.js';
import { isUuid, requireWorkspace } from '../../workspaces/access.js';
import { refuseIfHeld } from '../in-use.js';
import { removeMedia } from '../service.js';

const route: RouteModule = (app, ctx) => {
  app.delete(
    '/api/v1/workspaces/:ws/media/:mediaId',
    {
      schema: {
        tags: ['media'],
        summary: 'Delete an uploaded file (refused while a scheduled or pending post uses it)',
        params: WorkspaceParams.extend({ mediaId: z.string() }),
        response: { 204: z.null(), ...workspaceErrors, 409: ErrorBody },
      },
    },
    async (request, reply) => {
      const access = await requireWorkspace(ctx.database.db, request.actor, request.params.ws, 'contributor');
      const mediaId = request.params.mediaId;
      const removed =
        isUuid(mediaId) &&
        (await removeMedia(ctx, access.workspaceId, mediaId, async (trx, row) => {
          if (!atLeast(access.role, 'editor') && row.created_by !== access.userId) {
            throw forbidden('Contributors can delete only the files they uploaded; ask an editor to delete this one.');
          }
          await refuseIfHeld(trx, access.workspaceId, mediaId);
        }));
      if (!removed) throw notFound('Media');
      return reply.code(204).send(null);
    },
  );
};

export default route;
