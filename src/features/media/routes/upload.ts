/** `POST /api/v1/workspaces/{ws}/media` (multipart: `file`, optional `altText`) and `PATCH …/media/{mediaId}`. */
import { z } from 'zod';
import { ErrorBody, Text, UNSAFE_TEXT_MESSAGE, type RouteModule } from '../../../core/http.js';
import { ApiError, invalid, notFound } from '../../../core/errors.js';
import { workspaceRoute } from '../../workspaces/route.js';
import { mediaRepository } from '../repository.js';
import { libraryRepository } from '../library-repository.js';
import { cleanTags } from '../../../core/tags.js';
import { publicMedia, removeMedia, uploadMedia } from '../service.js';

/** A multipart field or file name: the shared text rule applies, as it does to every JSON body. */
function formText(value: unknown, field: string): string {
  const parsed = Text.safeParse(typeof value === 'string' ? value : String(value ?? ''));
  if (!parsed.success) throw new ApiError(400, 'invalid_request', `"${field}" ${UNSAFE_TEXT_MESSAGE}.`, field);
  return parsed.data;
}

/**
 * The multipart parser (busboy) reports a body that ends early or has no boundary as a plain Error; that is the
 * sender's mistake (400), not ours. Errors that already carry a status pass through.
 */
function brokenForm(error: unknown): unknown {
  if (error instanceof ApiError || (error as { statusCode?: number }).statusCode) return error;
  const message = (error as Error).message ?? '';
  if (/^(Unexpected end of multipart data|Multipart: |(Part|File) terminated early)/.test(message)) {
    return new ApiError(400, 'invalid_multipart', `The upload is not a complete multipart/form-data body (${message}); send it again.`, 'file');
  }
  return error;
}

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
  workspaceRoute(
    app,
    ctx,
    {
      method: 'POST',
      url: '/api/v1/workspaces/:ws/media',
      role: 'contributor',
      status: 201,
      schema: {
        tags: ['media'],
        summary: 'Upload an image or video (multipart/form-data: file, altText)',
        consumes: ['multipart/form-data'],
        response: { 201: Media, 413: ErrorBody, 422: ErrorBody },
      },
    },
    async ({ access, request }) => {
      if (!request.isMultipart()) throw invalid('multipart_required', 'Send the file as multipart/form-data in a field named "file".', 'file');
      let altText = '';
      let uploaded: z.infer<typeof Media> | undefined;
      try {
        for await (const part of request.parts()) {
          if (part.type === 'field' && part.fieldname === 'altText') altText = formText(part.value, 'altText').slice(0, 2000);
          else if (part.type === 'file' && part.fieldname === 'file' && !uploaded) {
            const fileName = formText(part.filename, 'file');
            uploaded = await uploadMedia(ctx, access, { stream: part.file, fileName, mimeType: part.mimetype }, altText);
          } else if (part.type === 'file') part.file.resume();
        }
      } catch (error) {
        // A form that breaks off or goes wrong after the file was stored leaves nothing behind.
        if (uploaded) await removeMedia(ctx, access.workspaceId, uploaded.id);
        throw brokenForm(error);
      }
      if (!uploaded) throw invalid('file_missing', 'No file was sent: use a multipart field named "file".', 'file');
      if (altText && uploaded.altText !== altText) {
        // The alt text field came after the file: store it now.
        const row = await mediaRepository.setAltText(ctx.database.db, access.workspaceId, uploaded.id, altText);
        if (row) uploaded = publicMedia(ctx, row);
      }
      return uploaded;
    },
  );

  workspaceRoute(
    app,
    ctx,
    {
      method: 'PATCH',
      url: '/api/v1/workspaces/:ws/media/:mediaId',
      role: 'contributor',
      ids: { mediaId: 'Media' },
      schema: {
        tags: ['media'],
        summary: 'Change alt text or tags',
        body: z
          .object({
            altText: z.string().max(2000).optional(),
            tags: z.array(z.string().max(60)).max(30).optional().describe('Replaces the tags; "#" and case are dropped'),
          })
          .refine((b) => b.altText !== undefined || b.tags !== undefined, { message: 'Send altText, tags or both.' }),
        response: { 200: Media.extend({ tags: z.array(z.string()) }) },
      },
    },
    async ({ access, params, body }) => {
      const row = await ctx.database.db.transaction().execute(async (trx) => {
        let updated = body.altText === undefined ? await mediaRepository.find(trx, access.workspaceId, params.mediaId)
          : await mediaRepository.setAltText(trx, access.workspaceId, params.mediaId, body.altText);
        if (updated && body.tags !== undefined) updated = await libraryRepository.setTags(trx, access.workspaceId, params.mediaId, cleanTags(body.tags));
        return updated;
      });
      if (!row) throw notFound('Media');
      return { ...publicMedia(ctx, row), tags: row.tags };
    },
  );
};

export default route;
