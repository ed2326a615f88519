/**
 * `POST /api/v1/workspaces/{ws}/imports` (contributors and above): posts from a Hootsuite, Sprout Social,
 * Agorapulse or Chorus CSV, as JSON (`csv` holds the file's text) or as multipart/form-data with the file in `file`.
 * `dryRun: true` checks every row and saves nothing. With `Accept: application/x-ndjson` the answer streams one
 * `{"progress": {phase, done, total}}` line per step, then `{"result": …}` (or `{"error": …}`).
 */
import { PassThrough } from 'node:stream';
import { z } from 'zod';
import { ApiError } from '../../../core/errors.js';
import { ErrorBody, type RouteModule } from '../../../core/http.js';
import { workspaceRoute } from '../../workspaces/route.js';
import { FORMAT_NAMES } from '../formats/index.js';
import { runImport, type ImportProgress, type ImportRequest, type ImportResult } from '../service.js';
import { MAX_IMPORT_BYTES, multipartBody } from './multipart.js';

export const ImportBody = z.object({
  csv: z.string().max(MAX_IMPORT_BYTES).describe("The file's text (UTF-8); a byte-order mark and CRLF line ends are fine"),
  channelIds: z.array(z.string().max(60)).max(50).describe('The channels every row is posted to'),
  format: z.enum(FORMAT_NAMES).optional().describe('Detected from the file when absent'),
  dateOrder: z.enum(['DMY', 'MDY', 'YMD']).optional().describe('How the dates are written (day/month/year, ...); read from the file when its rows settle it'),
  timeZone: z.string().max(64).optional().describe("The IANA zone the file's times are on (default: the workspace's)"),
  asDrafts: z.boolean().optional().describe('Import every row as a draft, dates left out'),
  dryRun: z.boolean().describe('Check every row and save nothing'),
  allOrNothing: z.boolean().optional().describe('Save nothing if any row is refused'),
});

const RowError = z.object({ column: z.string().describe("The file's column name (its letter when it has no header)"), message: z.string() });

const ImportAnswer = z.object({
  format: z.enum(FORMAT_NAMES),
  rows: z.array(
    z.object({
      line: z.number().int().describe('The row as a spreadsheet numbers it: the header is line 1'),
      status: z.enum(['ok', 'error']),
      scheduledAt: z.date().optional(),
      text: z.string().optional(),
      errors: z.array(RowError).optional(),
    }),
  ),
  imported: z.number().int().describe('Posts saved (0 for a dry run)'),
});

function errorLine(error: unknown): string {
  const body = error instanceof ApiError ? error.toJSON() : { error: { code: 'internal', message: 'Something went wrong on our side; it was logged.' } };
  return `${JSON.stringify(body)}\n`;
}

/**
 * The import with its progress streamed. Until the first step is reported, a refusal of the whole request (an unknown
 * channel, a file in no known format) is still an ordinary 4xx answer.
 */
async function streamed(run: (progress: (p: ImportProgress) => void) => Promise<ImportResult>, log: (error: unknown) => void) {
  const stream = new PassThrough();
  let started!: () => void;
  const first = new Promise<void>((resolve) => (started = resolve));
  const result = run((p) => {
    started();
    stream.write(`${JSON.stringify({ progress: p })}\n`);
  });
  const done = await Promise.race([first.then(() => false), result.then(() => true, () => true)]);
  if (done) return { result: await result };
  result.then(
    (r) => stream.end(`${JSON.stringify({ result: r })}\n`),
    (error: unknown) => {
      if (!(error instanceof ApiError)) log(error);
      stream.end(errorLine(error));
    },
  );
  return { stream };
}

const route: RouteModule = (app, ctx) => {
  workspaceRoute(
    app,
    ctx,
    {
      method: 'POST',
      url: '/api/v1/workspaces/:ws/imports',
      role: 'contributor',
      // The multipart form becomes the JSON body before validation (see multipart.ts).
      preValidation: async (request) => {
        if (request.isMultipart()) request.body = await multipartBody(request);
      },
      schema: {
        tags: ['posts'],
        summary: 'Import posts from a CSV file (Hootsuite, Sprout Social, Agorapulse, Chorus)',
        description: 'JSON, or multipart/form-data with the file in "file". Accept: application/x-ndjson streams progress lines before the result.',
        consumes: ['application/json', 'multipart/form-data'],
        body: ImportBody,
        response: { 200: ImportAnswer, 413: ErrorBody, 422: ErrorBody },
      },
    },
    async ({ access, body, request, reply }) => {
      const run = (progress: (p: ImportProgress) => void) => runImport(ctx, access, body as ImportRequest, progress);
      if (!(request.headers.accept ?? '').includes('application/x-ndjson')) return run(() => {});
      const out = await streamed(run, (error) => request.log.error({ err: error }, 'import failed'));
      if (out.result) return out.result;
      return reply.code(200).header('content-type', 'application/x-ndjson; charset=utf-8').header('cache-control', 'no-store').send(out.stream);
    },
  );
};

export default route;
