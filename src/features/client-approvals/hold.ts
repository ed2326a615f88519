/**
 * A client's "changes requested" holds a post the team had already scheduled: its publications still waiting to go
 * out leave the schedule in the transaction that records the decision, and stay off it until the team acts. Their
 * version goes up (updatePublication), so the publish jobs already queued for them find a stale version and do nothing.
 * Publications already published, or being published (the publisher claimed them first), are left as they are: a
 * decision cannot take back what a network already has, and the team is told how many went out.
 *
 * Where the post goes: back to waiting for approval, so that once the changes are made one "Approve" puts it back at
 * its time (or at once when that time has passed). The approve flow schedules every publication of the post again,
 * so a post that already went out somewhere becomes a draft instead; the team edits it and gives it a time, and the
 * edit leaves its published publications alone.
 *
 * Unlike an approval, this is done even when the link's maker is no longer an editor: holding a post publishes
 * nothing, and a client who asked for changes expects the post not to go out as it was.
 */
import type { Tx } from '../../db/database.js';
import type { PublicationStatus } from '../../db/schema.js';
import { postsRepository } from '../posts/repository.js';

/** What the decision did to the post: its new status, publications taken off the schedule, and those already sent. */
export interface Hold {
  status: 'pending_approval' | 'draft';
  held: number;
  alreadySent: number;
}

// Waiting for their time: scheduled, or held back by a paused workspace or a channel to reconnect.
const WAITING: ReadonlySet<PublicationStatus> = new Set(['scheduled', 'held']);
const SENT: ReadonlySet<PublicationStatus> = new Set(['published', 'publishing']);

/**
 * Takes a scheduled post's waiting publications off the schedule, inside the caller's transaction. Null when the post
 * is not scheduled or has nothing left waiting (then the decision changes nothing on it).
 */
export async function holdScheduledPost(trx: Tx, workspaceId: string, postId: string, reason: string): Promise<Hold | null> {
  // The publications first, locked as the publisher locks them when it claims one: either its claim committed before
  // (the publication is `publishing` and is kept) or it runs after this commits and finds a stale version.
  const pubs = await postsRepository.publicationsForUpdate(trx, postId);
  const post = await postsRepository.findPost(trx, workspaceId, postId);
  if (!post || post.status !== 'scheduled') return null;
  const waiting = pubs.filter((p) => WAITING.has(p.status as PublicationStatus));
  if (waiting.length === 0) return null;
  const status = waiting.length === pubs.length ? 'pending_approval' : 'draft';
  await postsRepository.updatePost(trx, workspaceId, postId, { status });
  for (const pub of waiting) {
    // A draft shows the client's words on each publication, as when a client sends back a post waiting for approval;
    // approving does not clear a publication's error, so a post waiting for approval shows them in its decisions.
    await postsRepository.updatePublication(trx, pub.id, { status, ...(status === 'draft' && { error: reason }) });
  }
  return { status, held: waiting.length, alreadySent: pubs.filter((p) => SENT.has(p.status as PublicationStatus)).length };
}
