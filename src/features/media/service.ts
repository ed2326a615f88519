/** Media uploads: type and size checks, image dimensions, and the shapes connectors and the API need. */
import { randomUUID } from 'node:crypto';
import type { Readable } from 'node:stream';
import { imageSize } from 'image-size';
import type { AppContext } from '../../app/context.js';
import { ApiError, invalid } from '../../app/errors.js';
import type { MediaForNetwork } from '../../networks/connector.js';
import { formatBytes } from '../../networks/validate.js';
import type { WorkspaceAccess } from '../workspaces/access.js';
import { mediaRepository, type MediaRow } from './repository.js';
import { TooLargeError } from './store.js';

// What at least one supported network accepts; each network's own rules are checked when a post is validated.
export const ACCEPTED_TYPES = ['image/jpeg', 'image/png', 'image/webp', 'image/gif', 'video/mp4', 'video/quicktime', 'video/webm'];
const IMAGE_MAX_BYTES = 50 * 1024 * 1024;

export function publicMedia(ctx: AppContext, row: MediaRow) {
  return {
    id: row.id,
    fileName: row.file_name,
    mimeType: row.mime_type,
    sizeBytes: row.size_bytes,
    width: row.width,
    height: row.height,
    altText: row.alt_text,
    url: ctx.config.publicUrl + ctx.media.signedPath(row.id, ctx.config.mediaUrlTtlSeconds),
  };
}

export function mediaForNetwork(ctx: AppContext, row: MediaRow): MediaForNetwork {
  return {
    id: row.id,
    mimeType: row.mime_type,
    sizeBytes: row.size_bytes,
    width: row.width,
    height: row.height,
    altText: row.alt_text,
    read: () => ctx.media.read(row.storage_key),
    url: ctx.config.publicUrl + ctx.media.signedPath(row.id, ctx.config.mediaUrlTtlSeconds),
  };
}

export async function uploadMedia(
  ctx: AppContext,
  access: WorkspaceAccess,
  file: { stream: Readable; fileName: string; mimeType: string },
  altText: string,
) {
  if (!ACCEPTED_TYPES.includes(file.mimeType)) {
    file.stream.resume();
    throw invalid('media_type', `Chorus accepts ${ACCEPTED_TYPES.join(', ')}; this file is ${file.mimeType}.`, 'file');
  }
  const isImage = file.mimeType.startsWith('image/');
  const maxBytes = isImage ? Math.min(IMAGE_MAX_BYTES, ctx.config.maxUploadBytes) : ctx.config.maxUploadBytes;
  const id = randomUUID();
  const storageKey = `${access.workspaceId}/${id}`;
  let size: number;
  try {
    size = await ctx.media.write(storageKey, file.stream, maxBytes);
  } catch (error) {
    if (error instanceof TooLargeError || (error as { code?: string }).code === 'FST_REQ_FILE_TOO_LARGE') {
      throw new ApiError(413, 'file_too_large', `Files of this type can be up to ${formatBytes(maxBytes)}.`, 'file');
    }
    throw error;
  }
  // The multipart parser stops at the upload limit and ends the stream early ("truncated"): not a whole file.
  if ((file.stream as Readable & { truncated?: boolean }).truncated) {
    await ctx.media.remove(storageKey);
    throw new ApiError(413, 'file_too_large', `Files of this type can be up to ${formatBytes(maxBytes)}.`, 'file');
  }
  if (size === 0) {
    await ctx.media.remove(storageKey);
    throw invalid('empty_file', 'The file is empty.', 'file');
  }
  let width: number | null = null;
  let height: number | null = null;
  if (isImage) {
    try {
      const dims = imageSize(await ctx.media.read(storageKey));
      width = dims.width ?? null;
      height = dims.height ?? null;
    } catch {
      await ctx.media.remove(storageKey);
      throw invalid('unreadable_image', `This file does not look like a valid ${file.mimeType} image.`, 'file');
    }
  }
  const row = await mediaRepository.insert(ctx.database.db, {
    id,
    workspaceId: access.workspaceId,
    storageKey,
    fileName: file.fileName.slice(0, 255),
    mimeType: file.mimeType,
    sizeBytes: size,
    width,
    height,
    altText,
    createdBy: access.userId,
  });
  return publicMedia(ctx, row);
}
