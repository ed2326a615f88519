/** `POST /api/v1/workspaces/{ws}/media` (multipart: `file`, optional `altText`) and `PATCH …/media/{mediaId}`. */
import { z } from 'zod';
import { ErrorBody, WorkspaceParams, workspaceErrors, type RouteModule } from '../../../app/http.js';
import { invalid, notFound } from '../../../app/errors.js';
import { isUuid, requireWorkspace } from '../../workspaces/access.js';
import { mediaRepository } from '../repository.js';
import { publicMedia, uploadMedia } from '../service.js';

export const Media = z.object({
  id: z.string(),
  fileName: z.string(),
  mimeType: z.string(),
  sizeBytes: z.number(),
  width: z.number().nullable(),
  height: z.number().nullable(),
  durationSeconds: z.number().nullable().describe('Videos, when ffprobe is installed'),
  frameRate: z.number().nullable(),
  videoCodec: z.string().nullable(),
  altText: z.string(),
  url: z.string(),
});

const route: RouteModule = (app, ctx) => {
  app.post(
    '/api/v1/workspaces/:ws/media',
    {
      schema: {
        tags: ['media'],
        summary: 'Upload an image or video (multipart/form-data: file, altText)',
        consumes: ['multipart/form-data'],
        params: WorkspaceParams,
        response: { 201: Media, ...workspaceErrors, 413: ErrorBody, 422: ErrorBody },
      },
    },
    async (request, reply) => {
      const access = await requireWorkspace(ctx.database.db, request.actor, request.params.ws, 'contributor');
      if (!request.isMultipart()) throw invalid('multipart_required', 'Send the file as multipart/form-data in a field named "file".', 'file');
      let altText = '';
      let uploaded: z.infer<typeof Media> | undefined;
      for await (const part of request.parts()) {
        if (part.type === 'field' && part.fieldname === 'altText') altText = String(part.value).slice(0, 2000);
        else if (part.type === 'file' && part.fieldname === 'file' && !uploaded) {
          uploaded = await uploadMedia(ctx, access, { stream: part.file, fileName: part.filename, mimeType: part.mimetype }, altText);
        } else if (part.type === 'file') part.file.resume();
      }
      if (!uploaded) throw invalid('file_missing', 'No file was sent: use a multipart field named "file".', 'file');
      if (altText && uploaded.altText !== altText) {
        // The alt text field came after the file: store it now.
        const row = await mediaRepository.setAltText(ctx.database.db, access.workspaceId, uploaded.id, altText);
        if (row) uploaded = publicMedia(ctx, row);
      }
      return reply.code(201).send(uploaded);
    },
  );

  app.patch(
    '/api/v1/workspaces/:ws/media/:mediaId',
    {
      schema: {
        tags: ['media'],
        summary: 'Change alt text',
        params: WorkspaceParams.extend({ mediaId: z.string() }),
        body: z.object({ altText: z.string().max(2000) }),
        response: { 200: Media, ...workspaceErrors },
      },
    },
    async (request) => {
      const access = await requireWorkspace(ctx.database.db, request.actor, request.params.ws, 'contributor');
      const row = isUuid(request.params.mediaId)
        ? await mediaRepository.setAltText(ctx.database.db, access.workspaceId, request.params.mediaId, request.body.altText)
        : undefined;
      if (!row) throw notFound('Media');
      return publicMedia(ctx, row);
    },
  );
};

export default route;
