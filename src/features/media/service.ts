/** Media uploads: type and size checks, image dimensions, video facts (probe.ts), and the shapes connectors and the API need. */
import { randomUUID } from 'node:crypto';
import type { Readable } from 'node:stream';
import { imageSize } from 'image-size';
import type { AppContext } from '../../core/context.js';
import type { Tx } from '../../db/database.js';
import { ApiError, invalid } from '../../core/errors.js';
import type { MediaFacts, MediaForNetwork } from '../../networks/connector.js';
import { formatBytes } from '../../networks/validate.js';
import type { WorkspaceAccess } from '../workspaces/access.js';
import { mediaRepository, type MediaRow } from './repository.js';
import { renditionsRepository } from './renditions-repository.js';
import { probeVideo, type VideoFacts } from './probe.js';
import { TooLargeError } from './store.js';

let warnedNoProbe = false;
/** Once per process: videos are kept without their facts, and networks check only type and size. */
function warnNoProbe(ctx: AppContext): void {
  if (warnedNoProbe) return;
  warnedNoProbe = true;
  ctx.log.warn('ffprobe could not be started (reinstall with npm install, or set CHORUS_FFPROBE): video durations and codecs are not checked before posting');
}

// What at least one supported network accepts; each network's own rules are checked when a post is validated.
export const ACCEPTED_TYPES = ['image/jpeg', 'image/png', 'image/webp', 'image/gif', 'video/mp4', 'video/quicktime', 'video/webm'];
const IMAGE_MAX_BYTES = 50 * 1024 * 1024;

/** The stored row's facts about the file, as the API and the connectors name them. */
function factsOf(row: MediaRow) {
  return {
    mimeType: row.mime_type,
    sizeBytes: row.size_bytes,
    width: row.width,
    height: row.height,
    durationSeconds: row.duration_seconds,
    frameRate: row.frame_rate,
    videoCodec: row.video_codec,
    altText: row.alt_text,
  } satisfies MediaFacts;
}

export function publicMedia(ctx: AppContext, row: MediaRow) {
  return {
    id: row.id,
    fileName: row.file_name,
    ...factsOf(row),
    url: ctx.config.publicUrl + ctx.media.signedPath(row.id, ctx.config.mediaUrlTtlSeconds),
  };
}

export function mediaForNetwork(ctx: AppContext, row: MediaRow): MediaForNetwork {
  return {
    id: row.id,
    ...factsOf(row),
    read: () => ctx.media.read(row.storage_key),
    readRange: rangeReader(ctx, row.storage_key),
    url: ctx.config.publicUrl + ctx.media.signedPath(row.id, ctx.config.mediaUrlTtlSeconds),
  };
}

/** Bytes [start, end) of a stored file, read through the store's stream (the store's ranges are inclusive). */
export function rangeReader(ctx: AppContext, storageKey: string): (start: number, end: number) => Promise<Buffer> {
  return async (start, end) => {
    if (end <= start) return Buffer.alloc(0);
    const parts: Buffer[] = [];
    for await (const part of await ctx.media.stream(storageKey, { start, end: end - 1 })) parts.push(part as Buffer);
    return Buffer.concat(parts);
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
  let video: VideoFacts | null = null;
  if (!isImage) {
    const facts = await probeVideo(await ctx.media.stream(storageKey));
    if (facts === 'unreadable') {
      await ctx.media.remove(storageKey);
      throw invalid('unreadable_video', `This file does not look like a valid ${file.mimeType} video; export it again and retry.`, 'file');
    }
    if (facts === 'unavailable') warnNoProbe(ctx);
    else {
      video = facts;
      width = facts.width;
      height = facts.height;
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
    durationSeconds: video?.durationSeconds ?? null,
    frameRate: video?.frameRate ?? null,
    videoCodec: video?.videoCodec ?? null,
    altText,
    createdBy: access.userId,
  });
  return publicMedia(ctx, row);
}

/**
 * Deletes an upload: its row, its renditions' rows (cascade) and every file of them in the media store. Files go
 * after the rows, so a crash in between leaves an orphan file, never a row pointing at nothing. False when the media
 * is not in this workspace. `check` runs after the row is deleted (and so locked) and before the commit: throwing
 * there keeps everything (the delete route refuses media a scheduled post still needs, see in-use.ts).
 */
export async function removeMedia(
  ctx: AppContext,
  workspaceId: string,
  mediaId: string,
  check?: (trx: Tx, removed: MediaRow) => Promise<void>,
): Promise<boolean> {
  const { removed, renditions } = await ctx.database.db.transaction().execute(async (trx) => {
    const renditions = await renditionsRepository.listForMedia(trx, mediaId);
    const removed = await mediaRepository.remove(trx, workspaceId, mediaId);
    if (removed && check) await check(trx, removed);
    return { removed, renditions };
  });
  if (!removed) return false;
  for (const key of [removed.storage_key, ...renditions.map((r) => r.storage_key)]) await ctx.media.remove(key);
  return true;
}
