/**
 * The media library: a workspace's uploads as a person looks for them — newest first, searchable, filtered by tag,
 * kind or missing alt text — each with its network-ready copies (the converted images, named by the networks of the
 * workspace's channels that use them) and the posts it is used in.
 *
 * @example
 *   const page = await listLibrary(ctx, access, { missingAlt: true, limit: 48 });
 *   page.items[0].usage.open // posts still going out with it: deleting it would be refused
 */
import type { AppContext } from '../../core/context.js';
import { invalid } from '../../core/errors.js';
import { channelsRepository } from '../channels/repository.js';
import type { WorkspaceAccess } from '../workspaces/access.js';
import { imageRulesOf, renditionKey } from './convert.js';
import { HOLDING_STATUSES } from './in-use.js';
import { libraryRepository, type LibraryFilter, type MediaUsage } from './library-repository.js';
import { publicMedia } from './service.js';

export type LibraryQuery = Omit<LibraryFilter, 'after'> & { cursor?: string };

/** Cursors are opaque to clients: the last row's time and id, so a page never repeats or skips a row. */
export function encodeCursor(createdAt: Date, id: string): string {
  return Buffer.from(`${createdAt.toISOString()}|${id}`).toString('base64url');
}

export function decodeCursor(cursor: string): { createdAt: Date; id: string } {
  const [time, id] = Buffer.from(cursor, 'base64url').toString().split('|');
  const createdAt = new Date(time ?? '');
  if (!id || !/^[0-9a-f-]{36}$/i.test(id) || Number.isNaN(createdAt.getTime())) {
    throw invalid('invalid_cursor', 'This page cursor is not one the library gave out; start again from the first page.', 'cursor');
  }
  return { createdAt, id };
}

/** Which networks each rendition key serves, from the rules of the workspace's own channels. */
async function networksByRenditionKey(ctx: AppContext, workspaceId: string): Promise<Map<string, Set<string>>> {
  const byKey = new Map<string, Set<string>>();
  for (const channel of await channelsRepository.list(ctx.database.db, workspaceId)) {
    const connector = ctx.networks.get(channel.network);
    const rules = connector ? imageRulesOf(connector.limits(channel.limits)) : null;
    if (!rules) continue;
    const key = renditionKey(rules);
    byKey.set(key, (byKey.get(key) ?? new Set()).add(channel.network));
  }
  return byKey;
}

const UNUSED: MediaUsage = { posts: 0, open: 0, postIds: [] };

export async function listLibrary(ctx: AppContext, access: WorkspaceAccess, query: LibraryQuery) {
  const db = ctx.database.db;
  const { cursor, ...filter } = query;
  const after = cursor ? decodeCursor(cursor) : undefined;
  // One row more than asked tells whether there is a next page without counting the whole library.
  const rows = await libraryRepository.list(db, access.workspaceId, { ...filter, after, limit: filter.limit + 1 });
  const page = rows.slice(0, filter.limit);
  const ids = page.map((r) => r.id);
  // The counts are the whole library's, whatever the page: counted for the first page only, which the web page keeps,
  // so "Load more" on a large library does not group every tag again.
  const [renditions, usage, counts, networksByKey] = await Promise.all([
    libraryRepository.renditionsOf(db, ids),
    libraryRepository.usage(db, access.workspaceId, ids, HOLDING_STATUSES),
    after ? undefined : libraryCounts(ctx, access.workspaceId),
    networksByRenditionKey(ctx, access.workspaceId),
  ]);
  const ttl = ctx.config.mediaUrlTtlSeconds;
  const items = page.map((row) => ({
    ...publicMedia(ctx, row),
    tags: row.tags,
    createdAt: row.created_at.toISOString(),
    missingAlt: row.alt_text === '' && row.mime_type.startsWith('image/'),
    renditions: renditions
      .filter((r) => r.media_id === row.id)
      .map((r) => ({
        key: r.key,
        mimeType: r.mime_type,
        width: r.width,
        height: r.height,
        sizeBytes: r.size_bytes,
        networks: [...(networksByKey.get(r.key) ?? [])].sort(),
        url: ctx.config.publicUrl + ctx.media.signedPath(`${row.id}/${r.key}`, ttl),
      })),
    usage: usage.get(row.id) ?? UNUSED,
  }));
  const last = page.at(-1);
  const nextCursor = rows.length > filter.limit && last ? encodeCursor(last.created_at, last.id) : null;
  return { items, nextCursor, ...counts };
}

/** The tags with their files' counts, and how many images lack alt text, across the whole library. */
async function libraryCounts(ctx: AppContext, workspaceId: string) {
  const [tags, missingAlt] = await Promise.all([libraryRepository.tags(ctx.database.db, workspaceId), libraryRepository.countMissingAlt(ctx.database.db, workspaceId)]);
  return { tags, missingAlt };
}
