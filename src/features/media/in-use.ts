/**
 * Whether an upload is still needed by a post that is going out: Chorus refuses to delete media that a publication
 * waiting for approval, scheduled, publishing or held (it goes out once its channel is reconnected) will send.
 * The publisher sends what it finds, so without this check such a post would go out without its picture.
 * Drafts, failed, cancelled and published posts do not hold media: a draft names media that is gone when it is
 * scheduled (422), and what was published is already on the network.
 *
 * Reads the publications table of the posts slice (read-only, one query): each publication keeps the media ids it
 * will send (`media_ids`, a jsonb array), variants already resolved, so the post's own list need not be read.
 */
import { sql } from 'kysely';
import type { DB, Tx } from '../../db/database.js';
import type { PublicationStatus } from '../../db/schema.js';
import { ApiError } from '../../core/errors.js';

export const HOLDING_STATUSES: PublicationStatus[] = ['pending_approval', 'scheduled', 'publishing', 'held'];

/** The posts (ids, oldest first, at most 20) whose open publications will send this media. */
export async function postsHolding(db: DB | Tx, workspaceId: string, mediaId: string): Promise<string[]> {
  const rows = await db
    .selectFrom('publications')
    .innerJoin('posts', 'posts.id', 'publications.post_id')
    .select('publications.post_id')
    .where('publications.workspace_id', '=', workspaceId)
    .where('publications.status', 'in', HOLDING_STATUSES)
    .where('posts.deleted_at', 'is', null)
    .where(sql<boolean>`publications.media_ids @> ${JSON.stringify([mediaId])}::jsonb`)
    .groupBy('publications.post_id')
    .orderBy(sql`min(posts.created_at)`)
    .limit(20)
    .execute();
  return rows.map((r) => r.post_id);
}

/** Throws 409 `media_in_use`, naming the posts, when such a post holds the media. */
export async function refuseIfHeld(db: DB | Tx, workspaceId: string, mediaId: string): Promise<void> {
  const postIds = await postsHolding(db, workspaceId, mediaId);
  if (postIds.length === 0) return;
  const which = postIds.length === 1 ? 'a post that is' : `${postIds.length === 20 ? '20 or more' : postIds.length} posts that are`;
  const one = postIds.length === 1;
  throw new ApiError(
    409,
    'media_in_use',
    `This file is attached to ${which} waiting for approval, scheduled or publishing. Remove it from ${one ? 'that post' : 'those posts'} or cancel ${one ? 'it' : 'them'} first.`,
    undefined,
    { postIds },
  );
}
