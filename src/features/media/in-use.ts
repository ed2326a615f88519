/**
 * Whether an upload is still needed by a post that is going out: Chorus refuses to delete media that a publication
 * waiting for approval, scheduled, publishing or held (it goes out once its channel is reconnected) will send.
 * The publisher sends what it finds, so without this check such a post would go out without its picture.
 * Drafts, failed, cancelled and published posts do not hold media: a draft names media that is gone when it is
 * scheduled (422), and what was published is already on the network.
 *
 * The query is `mediaRepository.postsHolding`; this file holds the rule and the refusal.
 */
import type { Queryable } from '../../db/database.js';
import type { PublicationStatus } from '../../db/schema.js';
import { ApiError } from '../../core/errors.js';
import { mediaRepository } from './repository.js';

export const HOLDING_STATUSES: PublicationStatus[] = ['pending_approval', 'scheduled', 'publishing', 'held'];

/** How many holding posts a refusal names: enough to find them, few enough to read. */
const NAMED_POSTS = 20;

/** The posts (ids, oldest first, at most 20) whose open publications will send this media. */
export async function postsHolding(db: Queryable, workspaceId: string, mediaId: string): Promise<string[]> {
  return mediaRepository.postsHolding(db, workspaceId, mediaId, HOLDING_STATUSES, NAMED_POSTS);
}

/** Throws 409 `media_in_use`, naming the posts, when such a post holds the media. */
export async function refuseIfHeld(db: Queryable, workspaceId: string, mediaId: string): Promise<void> {
  const postIds = await postsHolding(db, workspaceId, mediaId);
  if (postIds.length === 0) return;
  const which = postIds.length === 1 ? 'a post that is' : `${postIds.length === NAMED_POSTS ? `${NAMED_POSTS} or more` : postIds.length} posts that are`;
  const one = postIds.length === 1;
  throw new ApiError(
    409,
    'media_in_use',
    `This file is attached to ${which} waiting for approval, scheduled or publishing. Remove it from ${one ? 'that post' : 'those posts'} or cancel ${one ? 'it' : 'them'} first.`,
    undefined,
    { postIds },
  );
}
