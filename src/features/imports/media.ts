/**
 * Media named by address in an import. A dry run checks the address's form and that it is not this machine or a
 * private network (the local-address guard), without downloading. The import downloads each file through the guarded
 * fetch (every connection and redirect hop checked where its socket opens), with a time limit, and stores it in the
 * media library with the upload's own checks: accepted types, size limit, readable image or video.
 */
import { Readable } from 'node:stream';
import type { ReadableStream as WebReadableStream } from 'node:stream/web';
import type { AppContext } from '../../core/context.js';
import { ApiError } from '../../core/errors.js';
import { guardedFetch, unsafeAddressIn } from '../../networks/safe-fetch.js';
import { assertPublicHttpUrl, UnsafeUrlError } from '../../networks/safe-url.js';
import { ACCEPTED_TYPES, uploadMedia } from '../media/service.js';
import { isUuid, type WorkspaceAccess } from '../workspaces/access.js';

/** How long one file may take to download; a slow host must not hold the import (and its caller) for minutes. */
export const DOWNLOAD_TIMEOUT_MS = 30_000;

/** True for a media-library id, false for an address. */
export function isMediaId(ref: string): boolean {
  return isUuid(ref);
}

/** Null when the address may be fetched; else why not (a sentence naming the address). */
export async function mediaUrlProblem(ref: string): Promise<string | null> {
  try {
    await assertPublicHttpUrl(ref);
    return null;
  } catch (error) {
    if (error instanceof UnsafeUrlError) {
      const local = /^(file:|\/|[a-z]:\\)/i.test(ref) ? ' A file on a computer cannot be imported: upload it somewhere public and use its https:// address.' : '';
      return `${ref}: ${error.message}${local}`;
    }
    throw error;
  }
}

function fileNameOf(url: URL): string {
  return decodeURIComponent(url.pathname.split('/').pop() || 'imported').slice(0, 200) || 'imported';
}

/** Downloads one file into the workspace's media library: its id, or why it could not (a sentence). */
export async function downloadMedia(ctx: AppContext, access: WorkspaceAccess, ref: string): Promise<{ id: string } | { error: string }> {
  const problem = await mediaUrlProblem(ref);
  if (problem) return { error: problem };
  const url = new URL(ref);
  let response: Response;
  try {
    response = await guardedFetch()(url, { redirect: 'follow', signal: AbortSignal.timeout(DOWNLOAD_TIMEOUT_MS) });
  } catch (error) {
    const unsafe = unsafeAddressIn(error);
    if (unsafe) return { error: `${ref}: ${unsafe.message}` };
    const timedOut = (error as Error).name === 'TimeoutError';
    return { error: `${ref}: ${timedOut ? `no answer within ${DOWNLOAD_TIMEOUT_MS / 1000} seconds` : 'could not be downloaded'}.` };
  }
  if (!response.ok || !response.body) {
    await response.body?.cancel();
    return { error: `${ref}: the server answered ${response.status}.` };
  }
  const mimeType = (response.headers.get('content-type') ?? '').split(';')[0]!.trim().toLowerCase();
  if (!ACCEPTED_TYPES.includes(mimeType)) {
    await response.body.cancel();
    return { error: `${ref}: ${mimeType || 'an unknown type'} is not an image or video Chorus accepts (${ACCEPTED_TYPES.join(', ')}).` };
  }
  try {
    const stream = Readable.fromWeb(response.body as WebReadableStream<Uint8Array>);
    const media = await uploadMedia(ctx, access, { stream, fileName: fileNameOf(url), mimeType }, '');
    return { id: media.id };
  } catch (error) {
    if (error instanceof ApiError) return { error: `${ref}: ${error.message}` };
    return { error: `${ref}: the download stopped before the end.` };
  }
}
