/**
 * The life of a post: create (draft, pending approval, scheduled or now), edit, approve, reject, cancel, delete.
 * One publication per channel carries the text that channel gets and its own status. Every change happens in one
 * transaction with its publish jobs and its audit entry, so nothing is half-written.
 */
import type { AppContext } from '../../core/context.js';
import { ApiError, conflict, forbidden, invalid, notFound } from '../../core/errors.js';
import type { Tx } from '../../db/database.js';
import type { PostVariantRow, PublicationStatus } from '../../db/schema.js';
import { NetworkError } from '../../networks/connector.js';
import { auditRepository } from '../audit/repository.js';
import type { AuditAction } from '../audit/actions.js';
import { atLeast } from '../auth/actor.js';
import { channelsRepository } from '../channels/repository.js';
import { channelContext } from '../channels/service.js';
import { queuePublish } from '../publishing/jobs.js';
import { isUuid, type WorkspaceAccess } from '../workspaces/access.js';
import { contentForChannel, postStatus } from './content.js';
import { autoTrackingAvailable, trackPublicationUrls } from '../links/auto-track.js';
import { workspacesRepository } from '../workspaces/repository.js';
import { preparePost, throwIfViolations, type PostDraft } from './prepare.js';
import { postsRepository, type PostRow, type PublicationRow } from './repository.js';

export interface PostInput {
  text: string;
  mediaIds?: string[] | undefined;
  channelIds: string[];
  variants?: PostVariantRow[] | undefined;
  scheduledAt?: string | undefined;
  publishNow?: boolean | undefined;
  /** Turn each URL into a tracked short link per publication (default: on when a short domain is configured). */
  trackLinks?: boolean | undefined;
  /** utm_campaign of the post's tracked links. */
  campaign?: string | null | undefined;
}

// A little slack for clocks and slow forms: "now" typed a few seconds ago is still now.
const PAST_TOLERANCE_MS = 5 * 60_000;

function parseSchedule(input: { scheduledAt?: string | undefined; publishNow?: boolean | undefined }): Date | null | undefined {
  if (input.publishNow) return new Date();
  if (input.scheduledAt === undefined) return undefined;
  const at = new Date(input.scheduledAt);
  if (Number.isNaN(at.getTime())) throw invalid('invalid_date', 'scheduledAt must be an ISO date-time.', 'scheduledAt');
  if (at.getTime() < Date.now() - PAST_TOLERANCE_MS) {
    throw invalid('date_in_past', 'scheduledAt is in the past; pick a later time or use publishNow.', 'scheduledAt');
  }
  return at;
}

export function publicPublication(p: PublicationRow) {
  return {
    id: p.id,
    channelId: p.channel_id,
    network: p.network,
    status: p.status,
    text: p.text,
    mediaIds: p.media_ids,
    options: p.options,
    scheduledAt: p.scheduled_at,
    publishedAt: p.published_at,
    externalId: p.external_id,
    externalUrl: p.external_url,
    error: p.error,
    attempts: p.attempt_count,
  };
}

export function publicPost(post: PostRow, publications: PublicationRow[]) {
  return {
    id: post.id,
    text: post.text,
    mediaIds: post.media_ids,
    variants: post.variants,
    status: postStatus(post.status, publications),
    scheduledAt: post.scheduled_at,
    timezone: post.timezone,
    authorId: post.author_id,
    approvedBy: post.approved_by,
    trackLinks: post.track_links,
    campaign: post.campaign,
    createdAt: post.created_at,
    updatedAt: post.updated_at,
    publications: publications.map(publicPublication),
  };
}

export async function validatePost(ctx: AppContext, access: WorkspaceAccess, input: PostInput) {
  const draft = toDraft(input);
  const prepared = await preparePost(ctx, ctx.database.db, access.workspaceId, draft, Boolean(input.scheduledAt || input.publishNow));
  return { violations: prepared.violations };
}

function toDraft(input: PostInput): PostDraft {
  if (input.channelIds.length === 0) throw invalid('no_channels', 'Choose at least one channel to post to.', 'channelIds');
  return { text: input.text, mediaIds: input.mediaIds ?? [], channelIds: input.channelIds, variants: input.variants ?? [] };
}

async function audit(trx: Tx, access: WorkspaceAccess, action: AuditAction, postId: string, data: Record<string, unknown> = {}) {
  await auditRepository.record(trx, { workspaceId: access.workspaceId, actorUserId: access.userId, action, targetType: 'post', targetId: postId, data });
}

export async function createPost(ctx: AppContext, access: WorkspaceAccess, input: PostInput) {
  const draft = toDraft(input);
  const when = parseSchedule(input);
  const needsApproval = !atLeast(access.role, 'editor');
  const status = when === undefined ? 'draft' : needsApproval ? 'pending_approval' : 'scheduled';
  return ctx.database.db.transaction().execute(async (trx) => {
    const prepared = await preparePost(ctx, trx, access.workspaceId, draft, status === 'scheduled');
    throwIfViolations(prepared.violations);
    const post = await postsRepository.insertPost(trx, {
      workspaceId: access.workspaceId,
      authorId: access.userId,
      text: draft.text,
      mediaIds: draft.mediaIds,
      variants: draft.variants,
      status,
      // A contributor's "publish now" waits for approval and then goes out at once: no date is kept.
      scheduledAt: input.publishNow && needsApproval ? null : (when ?? null),
      timezone: access.timezone,
      trackLinks: input.trackLinks ?? true,
      campaign: input.campaign ?? null,
    });
    const inserted = await postsRepository.insertPublications(
      trx,
      access.workspaceId,
      post.id,
      prepared.channels.map((channel) => ({
        channelId: channel.id,
        network: channel.network,
        ...contentForChannel(draft, channel),
        status: status as PublicationStatus,
        scheduledAt: post.scheduled_at,
      })),
    );
    const pubs = await trackAll(ctx, trx, post, inserted, access.userId);
    if (status === 'scheduled') for (const p of pubs) await queuePublish(ctx.jobs, trx, p);
    await audit(trx, access, 'post.created', post.id, { status, channels: pubs.length });
    return publicPost(post, pubs);
  });
}

/** Tracked short links for every publication of a post that asks for them (see links/auto-track.ts). */
async function trackAll(ctx: AppContext, trx: Tx, post: PostRow, pubs: PublicationRow[], actorUserId: string): Promise<PublicationRow[]> {
  if (!post.track_links || !autoTrackingAvailable(ctx) || pubs.length === 0) return pubs;
  const utm = { template: await workspacesRepository.utmTemplate(trx, post.workspace_id), campaign: post.campaign };
  const out: PublicationRow[] = [];
  for (const pub of pubs) out.push(await trackPublicationUrls(ctx, trx, pub, actorUserId, utm));
  return out;
}

export async function getPost(ctx: AppContext, access: WorkspaceAccess, postId: string) {
  const post = isUuid(postId) ? await postsRepository.findPost(ctx.database.db, access.workspaceId, postId) : undefined;
  if (!post) throw notFound('Post');
  return publicPost(post, await postsRepository.publicationsOf(ctx.database.db, [post.id]));
}

export async function listPosts(ctx: AppContext, access: WorkspaceAccess, filter: { from?: Date; to?: Date; status?: string }) {
  const posts = await postsRepository.listPosts(ctx.database.db, access.workspaceId, { ...filter, limit: 1000 });
  const pubs = await postsRepository.publicationsOf(ctx.database.db, posts.map((p) => p.id));
  return posts.map((post) => publicPost(post, pubs.filter((p) => p.post_id === post.id)));
}

/** Runs `change` with the post and its publications locked; refuses while one is being published. */
async function withLockedPost<T>(
  ctx: AppContext,
  access: WorkspaceAccess,
  postId: string,
  change: (trx: Tx, post: PostRow, pubs: PublicationRow[]) => Promise<T>,
): Promise<T> {
  if (!isUuid(postId)) throw notFound('Post');
  return ctx.database.db.transaction().execute(async (trx) => {
    const post = await postsRepository.findPost(trx, access.workspaceId, postId);
    if (!post) throw notFound('Post');
    const pubs = await postsRepository.publicationsForUpdate(trx, post.id);
    // Only an attempt in flight (a live lease) blocks changes; one waiting to retry can be edited or cancelled.
    if (pubs.some((p) => p.status === 'publishing' && p.lease_until && p.lease_until.getTime() > Date.now())) {
      throw conflict('publishing_now', 'This post is being published right now; try again in a moment.');
    }
    return change(trx, post, pubs);
  });
}

function assertCanEdit(access: WorkspaceAccess, post: PostRow): void {
  if (access.role === 'viewer') throw forbidden('Viewers cannot change posts.');
  if (access.role === 'contributor' && post.author_id !== access.userId) throw forbidden('Contributors can change only their own posts.');
}

export async function updatePost(ctx: AppContext, access: WorkspaceAccess, postId: string, patch: Partial<PostInput>) {
  return withLockedPost(ctx, access, postId, async (trx, post, pubs) => {
    assertCanEdit(access, post);
    const draft = toDraft({
      text: patch.text ?? post.text,
      mediaIds: patch.mediaIds ?? post.media_ids,
      variants: patch.variants ?? post.variants,
      channelIds: patch.channelIds ?? pubs.map((p) => p.channel_id),
    });
    const when = parseSchedule(patch);
    const needsApproval = !atLeast(access.role, 'editor');
    let status = post.status;
    if (when !== undefined) status = needsApproval ? 'pending_approval' : 'scheduled';
    else if (needsApproval && status === 'scheduled') status = 'pending_approval';
    if (status === 'cancelled') status = 'draft';
    const scheduledAt = when !== undefined ? (patch.publishNow && needsApproval ? null : when) : post.scheduled_at;

    const published = pubs.filter((p) => p.status === 'published');
    const open = pubs.filter((p) => p.status !== 'published');
    const prepared = await preparePost(ctx, trx, access.workspaceId, draft, status === 'scheduled');
    // Channels already published keep what they published; the rules apply to the others.
    throwIfViolations(prepared.violations.filter((v) => !published.some((p) => p.channel_id === v.channelId)));

    const updated = await postsRepository.updatePost(trx, access.workspaceId, post.id, {
      text: draft.text,
      mediaIds: draft.mediaIds,
      variants: draft.variants,
      status,
      scheduledAt,
      ...(patch.trackLinks !== undefined && { trackLinks: patch.trackLinks }),
      ...(patch.campaign !== undefined && { campaign: patch.campaign }),
    });
    const result: PublicationRow[] = [...published];
    for (const pub of open) {
      const channel = prepared.channels.find((c) => c.id === pub.channel_id);
      if (!channel) {
        await postsRepository.deletePublication(trx, pub.id);
        continue;
      }
      const changed = await postsRepository.updatePublication(trx, pub.id, {
        ...contentForChannel(draft, channel),
        status: status as PublicationStatus,
        scheduledAt,
        error: null,
      });
      const [next] = await trackAll(ctx, trx, updated!, [changed], access.userId);
      if (status === 'scheduled') await queuePublish(ctx.jobs, trx, next!);
      result.push(next!);
    }
    const newChannels = prepared.channels.filter((c) => !pubs.some((p) => p.channel_id === c.id));
    const addedRaw = await postsRepository.insertPublications(
      trx,
      access.workspaceId,
      post.id,
      newChannels.map((channel) => ({
        channelId: channel.id,
        network: channel.network,
        ...contentForChannel(draft, channel),
        status: status as PublicationStatus,
        scheduledAt,
      })),
    );
    const added = await trackAll(ctx, trx, updated!, addedRaw, access.userId);
    if (status === 'scheduled') for (const p of added) await queuePublish(ctx.jobs, trx, p);
    await audit(trx, access, 'post.updated', post.id, { status });
    return publicPost(updated!, [...result, ...added]);
  });
}

export async function approvePost(ctx: AppContext, access: WorkspaceAccess, postId: string) {
  return withLockedPost(ctx, access, postId, async (trx, post, pubs) => {
    if (post.status !== 'pending_approval') throw conflict('not_pending', 'Only posts waiting for approval can be approved.');
    const scheduledAt = post.scheduled_at && post.scheduled_at.getTime() > Date.now() ? post.scheduled_at : new Date();
    const prepared = await preparePost(
      ctx,
      trx,
      access.workspaceId,
      { text: post.text, mediaIds: post.media_ids, variants: post.variants, channelIds: pubs.map((p) => p.channel_id) },
      true,
    );
    throwIfViolations(prepared.violations);
    const updated = await postsRepository.updatePost(trx, access.workspaceId, post.id, { status: 'scheduled', scheduledAt, approvedBy: access.userId });
    const next: PublicationRow[] = [];
    for (const pub of pubs) {
      const row = await postsRepository.updatePublication(trx, pub.id, { status: 'scheduled', scheduledAt });
      await queuePublish(ctx.jobs, trx, row);
      next.push(row);
    }
    await audit(trx, access, 'post.approved', post.id);
    return publicPost(updated!, next);
  });
}

export async function rejectPost(ctx: AppContext, access: WorkspaceAccess, postId: string, reason: string) {
  return withLockedPost(ctx, access, postId, async (trx, post, pubs) => {
    if (post.status !== 'pending_approval') throw conflict('not_pending', 'Only posts waiting for approval can be sent back.');
    const updated = await postsRepository.updatePost(trx, access.workspaceId, post.id, { status: 'draft' });
    const next: PublicationRow[] = [];
    for (const pub of pubs) next.push(await postsRepository.updatePublication(trx, pub.id, { status: 'draft', error: reason || null }));
    await audit(trx, access, 'post.rejected', post.id, { reason });
    return publicPost(updated!, next);
  });
}

export async function cancelPost(ctx: AppContext, access: WorkspaceAccess, postId: string) {
  return withLockedPost(ctx, access, postId, async (trx, post, pubs) => {
    assertCanEdit(access, post);
    const next: PublicationRow[] = [];
    for (const pub of pubs) {
      const done = pub.status === 'published' || pub.status === 'cancelled' || pub.status === 'failed';
      next.push(done ? pub : await postsRepository.updatePublication(trx, pub.id, { status: 'cancelled' }));
    }
    const updated = await postsRepository.updatePost(trx, access.workspaceId, post.id, { status: 'cancelled' });
    await audit(trx, access, 'post.cancelled', post.id);
    return publicPost(updated!, next);
  });
}

/**
 * Deletes a post. Its published publications are deleted on their networks first (where the network allows);
 * if a network refuses, nothing is deleted here and the error names that network.
 */
export async function deletePost(ctx: AppContext, access: WorkspaceAccess, postId: string, fromNetworks: boolean) {
  const row = isUuid(postId) ? await postsRepository.findPost(ctx.database.db, access.workspaceId, postId) : undefined;
  if (!row) throw notFound('Post');
  assertCanEdit(access, row);
  if (fromNetworks) {
    for (const pub of await postsRepository.publicationsOf(ctx.database.db, [row.id])) {
      if (pub.status !== 'published' || !pub.external_id) continue;
      const channel = await channelsRepository.find(ctx.database.db, access.workspaceId, pub.channel_id);
      const connector = channel && ctx.networks.get(channel.network);
      if (!channel || !connector) continue;
      try {
        await connector.delete(channelContext(ctx, channel), pub.external_id);
      } catch (error) {
        if (error instanceof NetworkError && error.kind === 'not_found') continue;
        const message = error instanceof Error ? error.message : String(error);
        throw new ApiError(502, 'network_delete_failed', `${channel.network} did not delete the published post: ${message}`);
      }
    }
  }
  await withLockedPost(ctx, access, postId, async (trx, post, pubs) => {
    for (const pub of pubs) {
      if (pub.status !== 'published') await postsRepository.updatePublication(trx, pub.id, { status: 'cancelled' });
    }
    await postsRepository.updatePost(trx, access.workspaceId, post.id, { deletedAt: new Date() });
    await audit(trx, access, 'post.deleted', post.id, { fromNetworks });
  });
}
