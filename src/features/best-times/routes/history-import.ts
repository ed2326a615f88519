/**
 * `POST /api/v1/workspaces/{ws}/channels/{channelId}/history` (editors and above): a CSV of the channel's past posts,
 * as the body (`text/csv`) or as the multipart field `file`. Answers what was imported, what was already there, and
 * the rows refused with their row numbers.
 */
import type { Readable } from 'node:stream';
import type { FastifyRequest } from 'fastify';
import { z } from 'zod';
import { ApiError, invalid } from '../../../core/errors.js';
import { ErrorBody, type RouteModule } from '../../../core/http.js';
import { workspaceRoute } from '../../workspaces/route.js';
import { MAX_HISTORY_BYTES, MAX_HISTORY_ROWS } from '../history.js';
import { importHistory } from '../service.js';

const tooLarge = () =>
  new ApiError(413, 'history_too_large', `History files can be up to 5 MB and ${MAX_HISTORY_ROWS} rows; split the file and import each part.`, 'file', undefined, { max: MAX_HISTORY_ROWS });

/** The whole stream as UTF-8 text, refused with a 413 as soon as it passes the limit (nothing more is buffered). */
export async function readLimited(stream: Readable, limit = MAX_HISTORY_BYTES): Promise<string> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of stream) {
    size += (chunk as Buffer).length;
    if (size > limit) {
      stream.resume();
      throw tooLarge();
    }
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks).toString('utf8');
}

const ImportResult = z.object({
  imported: z.number().int().describe('Posts stored by this import'),
  skipped: z.number().int().describe('Posts already stored (same channel and published_at), including repeats within the file'),
  errors: z
    .array(z.object({ line: z.number().int().describe('Row number as a spreadsheet shows it; the header is row 1'), message: z.string() }))
    .describe('Rows refused (the first 100), the others were imported'),
});

/**
 * The multipart parser (busboy) reports a body that ends early or has no boundary as a plain Error: the sender's
 * mistake (400), as the media upload answers it. Errors that already carry a status pass through.
 */
function brokenForm(error: unknown): unknown {
  if (error instanceof ApiError || (error as { statusCode?: number }).statusCode) return error;
  const message = (error as Error).message ?? '';
  if (/^(Unexpected end of (multipart data|form)|Multipart: |(Part|File) terminated early)/.test(message)) {
    return new ApiError(400, 'invalid_multipart', `The upload is not a complete multipart/form-data body (${message}); send it again.`, 'file');
  }
  return error;
}

async function multipartFile(request: FastifyRequest): Promise<string> {
  for await (const part of request.parts()) {
    if (part.type === 'file' && part.fieldname === 'file') {
      const text = await readLimited(part.file);
      if (part.file.truncated) throw tooLarge();
      return text;
    }
    if (part.type === 'file') part.file.resume();
  }
  throw invalid('file_missing', 'No file was sent: use a multipart field named "file".', 'file');
}

async function fileText(request: FastifyRequest): Promise<string> {
  if (typeof request.body === 'string') return request.body;
  if (!request.isMultipart()) throw invalid('multipart_required', 'Send the CSV as the body (Content-Type: text/csv) or as multipart/form-data in a field named "file".', 'file');
  try {
    return await multipartFile(request);
  } catch (error) {
    throw brokenForm(error);
  }
}

const route: RouteModule = (app, ctx) => {
  // A CSV body is read here with its own limit (5 MB, not the 2 MB JSON limit), answering the import's own 413.
  if (!app.hasContentTypeParser('text/csv')) {
    app.addContentTypeParser('text/csv', (_request, payload, done) => {
      readLimited(payload).then((text) => done(null, text), (error: Error) => done(error, undefined));
    });
  }
  workspaceRoute(
    app,
    ctx,
    {
      method: 'POST',
      url: '/api/v1/workspaces/:ws/channels/:channelId/history',
      role: 'editor',
      ids: { channelId: 'Channel' },
      schema: {
        tags: ['best-times'],
        summary: 'Import past posts from a CSV (published_at, impressions, engagements, clicks?)',
        description:
          'The body is the CSV (Content-Type: text/csv) or a multipart/form-data field "file". Header names are read in any case and order; ' +
          'published_at is ISO 8601 with its offset. Up to 5 MB and 100,000 rows. Importing the same rows again stores nothing new.',
        consumes: ['text/csv', 'multipart/form-data'],
        response: { 200: ImportResult, 413: ErrorBody, 422: ErrorBody },
      },
    },
    async ({ access, params, request }) => importHistory(ctx, access, params.channelId, () => fileText(request)),
  );
};

export default route;
