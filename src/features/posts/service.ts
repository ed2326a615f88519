/**
 * The life of a post: create (draft, pending approval, scheduled or now), edit, approve, reject, cancel, delete.
 * One publication per channel carries the text that channel gets and its own status. Every change happens in one
 * transaction with its publish jobs and its audit entry, so nothing is half-written.
 */
import type { AppContext } from '../../core/context.js';
import { ApiError, conflict, forbidden, invalid, notFound } from '../../core/errors.js';
import type { Tx } from '../../db/database.js';
import type { PostVariantRow, PublicationStatus, ScheduledLocal } from '../../db/schema.js';
import { NetworkError } from '../../networks/connector.js';
import { auditRepository } from '../audit/repository.js';
import type { AuditAction } from '../audit/actions.js';
import { atLeast } from '../auth/actor.js';
import { channelsRepository } from '../channels/repository.js';
import { channelContext } from '../channels/service.js';
import { queuePublish } from '../publishing/jobs.js';
import { isUuid, type WorkspaceAccess } from '../workspaces/access.js';
import { autoTrackingAvailable, trackPublicationUrls } from '../links/auto-track.js';
import { segmentRoutingFor } from '../links/segment-routing.js';
import { workspacesRepository } from '../workspaces/repository.js';
import { segmentsRepository } from '../segments/repository.js';
import { campaignOf, campaignToAssign, moveLinksOfPost } from '../campaigns/service.js';
import { planKey, type PlannedPublication } from './plan.js';
import { preparePost, throwIfViolations, type PostDraft } from './prepare.js';
import { postsRepository, type NewPublication, type PostRow, type PublicationRow } from './repository.js';
import { present, publicPost } from './present.js';
import { postStatus } from './content.js';
import { checkPublishingQuotas } from './quotas.js';
import { PAST_TOLERANCE_MS, parseSchedule, type Schedule, type ScheduleInput } from './schedule.js';
import { autoTimingOf, earliestTime, keptTimes, timesByChannel } from '../queue/post-timing.js';
import { chooseTimes, type ChannelTime } from '../queue/service.js';
import { recordPostVersion } from '../post-notes/versions.js';
import { cleanTags } from '../../core/tags.js';

export interface PostInput {
  text: string;
  mediaIds?: string[] | undefined;
  channelIds: string[];
  variants?: PostVariantRow[] | undefined;
  scheduledAt?: string | undefined;
  /** On the local clocks: each publication at this date and time in its own zone (the segment's, or the post's). */
  scheduledLocal?: ScheduledLocal | undefined;
  publishNow?: boolean | undefined;
  /** Turn each URL into a tracked short link per publication (default: on when a short domain is configured). */
  trackLinks?: boolean | undefined;
  /** The campaign it belongs to: its utm_campaign goes on the post's tracked links. */
  campaignId?: string | null | undefined;
  /** Each channel's next free queue slot. */
  queue?: boolean | undefined;
  /** Each channel's best free hour within some days. */
  bestTime?: { withinDays: number } | undefined;
  /** Add each channel's signature (default true). */ signature?: boolean | undefined;
  /** Words to find it again (saved drafts are listed and filtered by them, as ideas are). */
  tags?: string[] | undefined;
}

export async function validatePost(ctx: AppContext, access: WorkspaceAccess, input: PostInput) {
  const when = parseSchedule(input, access.timezone);
  const auto = autoTimingOf(input);
  if (when !== undefined || auto) requireChannels(input.channelIds);
  const draft = toDraft(input, scheduleOf(when, input.scheduledLocal, access.timezone));
  const prepared = await preparePost(ctx, ctx.database.db, access.workspaceId, draft, when !== undefined || auto !== null);
  return { violations: prepared.violations };
}

function scheduleOf(at: Date | null | undefined, local: ScheduledLocal | null | undefined, timeZone: string, chosen?: Map<string, ChannelTime>): Schedule {
  return { at: at ?? null, local: local ?? null, timeZone, byChannel: timesByChannel(chosen) };
}

function toDraft(input: Omit<PostInput, 'scheduledAt' | 'scheduledLocal' | 'publishNow'>, schedule: Schedule): PostDraft {
  return { text: input.text, mediaIds: input.mediaIds ?? [], channelIds: input.channelIds, variants: input.variants ?? [], schedule, fill: { signature: input.signature } };
}

/** A draft (an idea) may wait without a channel; a post that is to go out needs one. */
function requireChannels(channelIds: string[]): void {
  if (channelIds.length === 0) {
    throw invalid('no_channels', 'Choose at least one channel before scheduling or publishing; a draft can be saved without one.', 'channelIds');
  }
}

/** The field a refused due time is reported on: the one the request set it with. */
function scheduleField(input: ScheduleInput): string {
  return input.scheduledLocal ? 'scheduledLocal' : input.publishNow ? 'publishNow' : 'scheduledAt';
}

/** Publications that will go out count against their networks' quotas; drafts do not. */
function countsTowardQuotas(status: string): boolean {
  return status === 'scheduled' || status === 'pending_approval';
}

/** On local clocks a segment's due time can be past where the post's own is not (Auckland is 13 h ahead of Paris). */
function refusePastPlans(plans: PlannedPublication[]): void {
  const past = plans.find((p) => p.scheduledAt && p.scheduledAt.getTime() < Date.now() - PAST_TOLERANCE_MS);
  if (!past) return;
  const who = past.segment ? `"${past.segment.name}" (${past.timeZone})` : past.timeZone;
  throw invalid('date_in_past', `That local time has already passed in ${who}; pick a later date.`, 'scheduledLocal', undefined, { timeZone: past.timeZone });
}

function newPublication(plan: PlannedPublication, status: PublicationStatus, scheduledAt: Date | null, chosen?: Map<string, ChannelTime>): NewPublication {
  const { channel, segment, text, mediaIds, options, timeZone } = plan;
  const dueReason = chosen?.get(channel.id)?.reason ?? null;
  return { channelId: channel.id, network: channel.network, segmentId: segment?.id ?? null, timeZone, text, mediaIds, options, status, scheduledAt, dueReason };
}

async function audit(trx: Tx, access: WorkspaceAccess, action: AuditAction, postId: string, data: Record<string, unknown> = {}) {
  await auditRepository.record(trx, { workspaceId: access.workspaceId, actorUserId: access.userId, action, targetType: 'post', targetId: postId, data });
}

export async function createPost(ctx: AppContext, access: WorkspaceAccess, input: PostInput) {
  return ctx.database.db.transaction().execute((trx) => createPostIn(ctx, trx, access, input));
}

/**
 * createPost inside a transaction the caller holds (a bulk import saves all its posts in one): the same checks, the
 * same rows, jobs and audit entry.
 */
export async function createPostIn(ctx: AppContext, trx: Tx, access: WorkspaceAccess, input: PostInput) {
  const when = parseSchedule(input, access.timezone);
  const auto = autoTimingOf(input);
  const needsApproval = !atLeast(access.role, 'editor');
  const status = when === undefined && !auto ? 'draft' : needsApproval ? 'pending_approval' : 'scheduled';
  if (status !== 'draft') requireChannels(input.channelIds);
  // Queue and best time: each channel's own time, chosen with the channels locked so two posts never share a slot.
  const chosen = auto ? await chooseTimes(trx, access.workspaceId, input.channelIds, auto) : undefined;
  // A contributor's "publish now" waits for approval and then goes out at once: no date is kept.
  const at = chosen ? earliestTime(chosen) : input.publishNow && needsApproval ? null : (when ?? null);
  const draft = toDraft(input, scheduleOf(at, input.scheduledLocal, access.timezone, chosen));
  const prepared = await preparePost(ctx, trx, access.workspaceId, draft, status === 'scheduled', true);
  throwIfViolations(prepared.violations);
  if (input.scheduledLocal) refusePastPlans(prepared.plans);
  if (countsTowardQuotas(status)) await checkPublishingQuotas(trx, null, prepared.plans, scheduleField(input));
  const campaign = await campaignToAssign(trx, access.workspaceId, input.campaignId ?? null);
  const post = await postsRepository.insertPost(trx, {
    workspaceId: access.workspaceId,
    authorId: access.userId,
    text: draft.text,
    mediaIds: draft.mediaIds,
    variants: draft.variants,
    status,
    scheduledAt: at,
    scheduledLocal: input.scheduledLocal ?? null,
    timezone: access.timezone,
    trackLinks: input.trackLinks ?? true,
    campaignId: campaign?.id ?? null,
    signature: input.signature ?? true,
    tags: cleanTags(input.tags ?? []),
  });
  const inserted = await postsRepository.insertPublications(
    trx,
    access.workspaceId,
    post.id,
    prepared.plans.map((plan) => newPublication(plan, status as PublicationStatus, plan.scheduledAt, chosen)),
  );
  const pubs = await trackAll(ctx, trx, post, inserted, access.userId);
  if (status === 'scheduled') for (const p of pubs) await queuePublish(ctx.jobs, trx, p);
  await audit(trx, access, 'post.created', post.id, { status, channels: prepared.channels.length, publications: pubs.length });
  return present(trx, post, pubs);
}

/** Tracked short links for every publication of a post that asks for them, segment-routed (see links/auto-track.ts). */
export async function trackAll(ctx: AppContext, trx: Tx, post: PostRow, pubs: PublicationRow[], actorUserId: string | null): Promise<PublicationRow[]> {
  if (!post.track_links || !autoTrackingAvailable(ctx) || pubs.length === 0) return pubs;
  const campaign = await campaignOf(trx, post.workspace_id, post.campaign_id);
  const utm = { template: await workspacesRepository.utmTemplate(trx, post.workspace_id), campaign: campaign?.utm_campaign ?? null, campaignId: campaign?.id ?? null };
  const routing = await segmentRoutingFor(ctx, trx, post);
  const out: PublicationRow[] = [];
  for (const pub of pubs) out.push(await trackPublicationUrls(ctx, trx, pub, actorUserId, utm, routing));
  return out;
}

export async function getPost(ctx: AppContext, access: WorkspaceAccess, postId: string) {
  const post = isUuid(postId) ? await postsRepository.findPost(ctx.database.db, access.workspaceId, postId) : undefined;
  if (!post) throw notFound('Post');
  return present(ctx.database.db, post, await postsRepository.publicationsOf(ctx.database.db, [post.id]));
}

export async function listPosts(ctx: AppContext, access: WorkspaceAccess, filter: { from?: Date; to?: Date; status?: string; tag?: string; q?: string }) {
  const posts = await postsRepository.listPosts(ctx.database.db, access.workspaceId, { ...filter, limit: 1000 });
  const pubs = await postsRepository.publicationsOf(ctx.database.db, posts.map((p) => p.id));
  const ids = [...new Set(pubs.flatMap((p) => p.segment_id ?? []))];
  const names = new Map((await segmentsRepository.findMany(ctx.database.db, access.workspaceId, ids)).map((r) => [r.id, r.name]));
  return posts.map((post) => publicPost(post, pubs.filter((p) => p.post_id === post.id), names));
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

/** A post that has gone out (or is going out) stays where it is: moving it would not unpublish it. */
function refuseMoveOfSent(post: PostRow, pubs: PublicationRow[]): void {
  const status = postStatus(post.status, pubs);
  if (status === 'published') throw conflict('already_published', 'This post has already been published, so its date cannot change; duplicate it to post it again.', 'scheduledAt');
  if (status === 'publishing') throw conflict('publishing_now', 'This post is being published right now, so its date cannot change.', 'scheduledAt');
}

/**
 * The schedule after a change: a new instant, local time or "now" replaces the old one; without one the post keeps
 * its own (its local time, when it was scheduled on local clocks).
 */
function nextSchedule(patch: Partial<PostInput>, post: PostRow, when: Date | null | undefined, needsApproval: boolean, chosen: Map<string, ChannelTime> | undefined) {
  if (chosen && autoTimingOf(patch)) return { at: earliestTime(chosen), local: null };
  if (when === undefined) return { at: post.scheduled_at, local: post.scheduled_local };
  return { at: patch.publishNow && needsApproval ? null : when, local: patch.scheduledLocal ?? null };
}

export async function updatePost(ctx: AppContext, access: WorkspaceAccess, postId: string, patch: Partial<PostInput>) {
  let moved: string[] = [];
  const presented = await withLockedPost(ctx, access, postId, async (trx, post, pubs) => {
    assertCanEdit(access, post);
    // An experiment's publications (several per channel) are planned by the experiment, not by the post's fields.
    if (pubs.some((p) => p.experiment_slot !== null)) {
      throw conflict('experiment_running', 'This post runs an experiment; its variants and slots are set by the experiment, so the post cannot be edited. Cancel it and write a new one to change it.');
    }
    const newCampaign = patch.campaignId !== undefined && patch.campaignId !== post.campaign_id;
    const campaign = newCampaign ? await campaignToAssign(trx, access.workspaceId, patch.campaignId ?? null) : undefined;
    const when = parseSchedule(patch, post.timezone);
    const auto = autoTimingOf(patch);
    if (when !== undefined || auto) refuseMoveOfSent(post, pubs);
    const needsApproval = !atLeast(access.role, 'editor');
    const channelIds = patch.channelIds ?? [...new Set(pubs.map((p) => p.channel_id))];
    // Asked again: chosen afresh (this post's old slots are free); no new time: the times chosen before are kept.
    const chosen = auto ? await chooseTimes(trx, access.workspaceId, channelIds, auto, post.id) : when === undefined ? keptTimes(pubs) : undefined;
    const { at: scheduledAt, local } = nextSchedule(patch, post, when, needsApproval, chosen);
    const draft = toDraft(
      { text: patch.text ?? post.text, mediaIds: patch.mediaIds ?? post.media_ids, variants: patch.variants ?? post.variants, channelIds, signature: patch.signature ?? post.signature },
      scheduleOf(scheduledAt, local, post.timezone, chosen),
    );
    let status = post.status;
    if (when !== undefined || auto) status = needsApproval ? 'pending_approval' : 'scheduled';
    else if (needsApproval && status === 'scheduled') status = 'pending_approval';
    if (status === 'cancelled') status = 'draft';
    if (status !== 'draft') requireChannels(draft.channelIds);

    const keyOf = (p: PublicationRow) => planKey({ channelId: p.channel_id, segmentId: p.segment_id });
    const published = pubs.filter((p) => p.status === 'published');
    const open = pubs.filter((p) => p.status !== 'published');
    const prepared = await preparePost(ctx, trx, access.workspaceId, draft, status === 'scheduled', true);
    const plans = new Map(prepared.plans.map((plan) => [planKey({ channelId: plan.channel.id, segmentId: plan.segment?.id ?? null }), plan]));
    // Publications already published keep what they published; the rules apply to the others.
    const done = new Set(published.map(keyOf));
    throwIfViolations(prepared.violations.filter((v) => !done.has(planKey({ channelId: v.channelId, segmentId: v.segmentId ?? null }))));
    const pending = prepared.plans.filter((p) => !done.has(planKey({ channelId: p.channel.id, segmentId: p.segment?.id ?? null })));
    if (when !== undefined && local) refusePastPlans(pending);
    if (countsTowardQuotas(status)) await checkPublishingQuotas(trx, post.id, pending, scheduleField(patch));

    const updated = await postsRepository.updatePost(trx, access.workspaceId, post.id, {
      text: draft.text,
      mediaIds: draft.mediaIds,
      variants: draft.variants,
      status,
      scheduledAt,
      scheduledLocal: local,
      ...(patch.trackLinks !== undefined && { trackLinks: patch.trackLinks }),
      ...(patch.signature !== undefined && { signature: patch.signature }),
      ...(patch.tags !== undefined && { tags: cleanTags(patch.tags) }),
      ...(campaign !== undefined && { campaignId: campaign?.id ?? null }),
    });
    const result: PublicationRow[] = [...published];
    for (const pub of open) {
      const plan = plans.get(keyOf(pub));
      if (!plan) {
        await postsRepository.deletePublication(trx, pub.id);
        continue;
      }
      const { text, mediaIds, options, timeZone } = plan;
      const changed = await postsRepository.updatePublication(trx, pub.id, {
        text, mediaIds, options, timeZone,
        status: status as PublicationStatus,
        scheduledAt: plan.scheduledAt,
        dueReason: chosen?.get(pub.channel_id)?.reason ?? null,
        error: null,
      });
      const [next] = await trackAll(ctx, trx, updated!, [changed], access.userId);
      if (status === 'scheduled') await queuePublish(ctx.jobs, trx, next!);
      result.push(next!);
    }
    const known = new Set(pubs.map(keyOf));
    const fresh = [...plans].filter(([key]) => !known.has(key)).map(([, plan]) => newPublication(plan, status as PublicationStatus, plan.scheduledAt, chosen));
    const addedRaw = await postsRepository.insertPublications(trx, access.workspaceId, post.id, fresh);
    const added = await trackAll(ctx, trx, updated!, addedRaw, access.userId);
    if (status === 'scheduled') for (const p of added) await queuePublish(ctx.jobs, trx, p);
    // Its tracked links (published ones too) follow it to the new campaign and take its utm_campaign.
    if (campaign !== undefined) moved = await moveLinksOfPost(trx, access.workspaceId, post.id, campaign, (await workspacesRepository.utmTemplate(trx, access.workspaceId)).campaign);
    await recordPostVersion(trx, access.userId, { post, pubs }, { post: updated!, pubs: [...result, ...added] });
    await audit(trx, access, 'post.updated', post.id, { status });
    return present(trx, updated!, [...result, ...added]);
  });
  for (const code of moved) ctx.links.redirector.cache.forget(code);
  return presented;
}

/** Published: the network has it, whatever happens to the post now. */
function isOut(pub: PublicationRow): boolean {
  return pub.status === 'published';
}

export async function approvePost(ctx: AppContext, access: WorkspaceAccess, postId: string) {
  return withLockedPost(ctx, access, postId, async (trx, post, pubs) => {
    if (post.status !== 'pending_approval') throw conflict('not_pending', 'Only posts waiting for approval can be approved.');
    const now = new Date();
    // Each publication keeps its own due time (segments on local clocks differ); one already past goes out now.
    const dueOf = (at: Date | null) => (at && at.getTime() > now.getTime() ? at : now);
    const scheduledAt = dueOf(post.scheduled_at);
    const channelIds = [...new Set(pubs.map((p) => p.channel_id))];
    const draft = { text: post.text, mediaIds: post.media_ids, variants: post.variants, channelIds, schedule: scheduleOf(post.scheduled_at, post.scheduled_local, post.timezone), fill: { signature: post.signature } };
    const prepared = await preparePost(ctx, trx, access.workspaceId, draft, true, true);
    // A publication already out (the post came back for approval after an edit) is the network's: it is neither
    // checked again nor scheduled again, which would publish it twice.
    const out = new Set(pubs.filter(isOut).map((p) => planKey({ channelId: p.channel_id, segmentId: p.segment_id })));
    throwIfViolations(prepared.violations.filter((v) => !out.has(planKey({ channelId: v.channelId, segmentId: v.segmentId ?? null }))));
    const updated = await postsRepository.updatePost(trx, access.workspaceId, post.id, { status: 'scheduled', scheduledAt, approvedBy: access.userId });
    const next: PublicationRow[] = [];
    for (const pub of pubs) {
      if (isOut(pub)) {
        next.push(pub);
        continue;
      }
      const row = await postsRepository.updatePublication(trx, pub.id, { status: 'scheduled', scheduledAt: dueOf(pub.scheduled_at) });
      await queuePublish(ctx.jobs, trx, row);
      next.push(row);
    }
    await audit(trx, access, 'post.approved', post.id);
    return present(trx, updated!, next);
  });
}

export async function rejectPost(ctx: AppContext, access: WorkspaceAccess, postId: string, reason: string) {
  return withLockedPost(ctx, access, postId, async (trx, post, pubs) => {
    if (post.status !== 'pending_approval') throw conflict('not_pending', 'Only posts waiting for approval can be sent back.');
    const updated = await postsRepository.updatePost(trx, access.workspaceId, post.id, { status: 'draft' });
    const next: PublicationRow[] = [];
    for (const pub of pubs) next.push(isOut(pub) ? pub : await postsRepository.updatePublication(trx, pub.id, { status: 'draft', error: reason || null }));
    await audit(trx, access, 'post.rejected', post.id, { reason });
    return present(trx, updated!, next);
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
    return present(trx, updated!, next);
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
