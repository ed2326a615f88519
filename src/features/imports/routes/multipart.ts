/**
 * The import's multipart form (`file` plus the JSON body's other fields as text fields) turned into the JSON body
 * before validation, so both forms go through the same schema. Fields: `channelIds` repeated or comma-separated;
 * `dryRun`, `asDrafts`, `allOrNothing` as "true"/"false".
 */
import type { FastifyRequest } from 'fastify';
import { ApiError, invalid } from '../../../core/errors.js';
import { unsafeTextAt, UNSAFE_TEXT_MESSAGE } from '../../../core/http.js';
import { readLimited } from '../../best-times/routes/history-import.js';

export const MAX_IMPORT_BYTES = 2 * 1024 * 1024;
const FLAGS = new Set(['dryRun', 'asDrafts', 'allOrNothing']);

function brokenForm(error: unknown): unknown {
  if (error instanceof ApiError || (error as { statusCode?: number }).statusCode) return error;
  const message = (error as Error).message ?? '';
  return new ApiError(400, 'invalid_multipart', `The upload is not a complete multipart/form-data body (${message}); send it again.`, 'file');
}

async function readParts(request: FastifyRequest): Promise<Record<string, unknown>> {
  const body: Record<string, unknown> = {};
  const channelIds: string[] = [];
  for await (const part of request.parts()) {
    if (part.type === 'file') {
      if (part.fieldname !== 'file') {
        part.file.resume();
        continue;
      }
      body['csv'] = await readLimited(part.file, MAX_IMPORT_BYTES);
      if (part.file.truncated) throw new ApiError(413, 'file_too_large', 'Import files can be up to 2 MB; split the file.', 'file');
    } else if (part.fieldname === 'channelIds') {
      channelIds.push(...String(part.value).split(',').map((s) => s.trim()).filter(Boolean));
    } else if (FLAGS.has(part.fieldname)) {
      body[part.fieldname] = part.value === 'true' || part.value === '1' || part.value === 'on';
    } else if (part.value !== '') {
      body[part.fieldname] = String(part.value);
    }
  }
  if (body['csv'] === undefined) throw invalid('file_missing', 'No file was sent: use a multipart field named "file".', 'file');
  body['channelIds'] = channelIds;
  return body;
}

/** The JSON body a multipart import form stands for; its text checked as every JSON body's is. */
export async function multipartBody(request: FastifyRequest): Promise<Record<string, unknown>> {
  let body: Record<string, unknown>;
  try {
    body = await readParts(request);
  } catch (error) {
    throw brokenForm(error);
  }
  const field = unsafeTextAt(body);
  if (field !== null) throw new ApiError(400, 'invalid_request', `"${field || 'file'}" ${UNSAFE_TEXT_MESSAGE}.`, field || 'file');
  return body;
}
