/**
 * Starting a post's experiment: its variants per network and the slots they are published at. In one transaction
 * with the post and its publications locked: the post's own publication on each channel is replaced by one
 * publication per slot (a post with segment variants is refused: those split the audience already); the first slots of each channel
 * carry every variant once (exploration), the later ones get their variant when their publish job runs (publish.ts).
 * The post is then scheduled from its first slot; its publish jobs are queued with the publications.
 */
import type { AppContext } from '../../core/context.js';
import { conflict, invalid, notFound } from '../../core/errors.js';
import type { Tx } from '../../db/database.js';
import type { ExperimentMetric, ExperimentPick } from '../../db/schema.js';
import { auditRepository } from '../audit/repository.js';
import { channelsRepository, type ChannelRow } from '../channels/repository.js';
import { contentForChannel } from '../posts/content.js';
import { postsRepository, type NewPublication, type PostRow, type PublicationRow } from '../posts/repository.js';
import { trackAll } from '../posts/service.js';
import { queuePublish } from '../publishing/jobs.js';
import { isUuid, type WorkspaceAccess } from '../workspaces/access.js';
import { explorationVariant, variantContent } from './allocation.js';
import { checkSlots, checkVariant, variantsByNetwork, type VariantInput } from './checks.js';
import { experimentReport } from './report.js';
import { experimentsRepository, type VariantRow } from './repository.js';

export interface ExperimentInput {
  metric: ExperimentMetric;
  variants: VariantInput[];
  slots: string[];
}

/** The post, locked with its publications; only a post that has not started going out can run an experiment. */
async function lockedPost(trx: Tx, access: WorkspaceAccess, postId: string): Promise<{ post: PostRow; pubs: PublicationRow[] }> {
  const post = isUuid(postId) ? await postsRepository.findPost(trx, access.workspaceId, postId) : undefined;
  if (!post) throw notFound('Post');
  const pubs = await postsRepository.publicationsForUpdate(trx, post.id);
  if (await experimentsRepository.findForPost(trx, access.workspaceId, post.id)) {
    throw conflict('experiment_exists', 'This post already runs an experiment; write a new post to test other variants.');
  }
  if (!['draft', 'scheduled', 'pending_approval'].includes(post.status) || pubs.some((p) => ['published', 'publishing'].includes(p.status))) {
    throw conflict('post_not_editable', 'An experiment can only be added to a post that has not gone out and is not cancelled.');
  }
  // Segment variants already split the post's audience by segment; mixing the two would measure neither cleanly.
  if (pubs.some((p) => p.segment_id !== null)) {
    throw invalid('experiment_with_segments', 'This post has variants per audience segment; an experiment tests versions on the same audience, so remove the segment variants first.', 'variants');
  }
  return { post, pubs };
}

/** The post's channels (those of its own publications), in a fixed order so that the exploration rotation is stable. */
async function channelsOf(trx: Tx, workspaceId: string, pubs: PublicationRow[]): Promise<ChannelRow[]> {
  const ids = [...new Set(pubs.filter((p) => p.segment_id === null).map((p) => p.channel_id))];
  if (ids.length === 0) throw invalid('no_channels', 'Choose the channels of the post before adding an experiment.', 'channelIds');
  const channels = await channelsRepository.findMany(trx, workspaceId, ids);
  return channels.sort((a, b) => a.id.localeCompare(b.id));
}

interface Planned {
  pub: NewPublication;
  variantId: string | null;
  reason: ExperimentPick | null;
}

/** One publication per channel and slot: exploration slots with their variant, later ones with the baseline's text until picked. */
function planPublications(post: PostRow, channels: ChannelRow[], variants: VariantRow[], slots: Date[]): Planned[] {
  const out: Planned[] = [];
  channels.forEach((channel, channelIndex) => {
    const mine = variants.filter((v) => v.network === channel.network);
    const base = contentForChannel({ text: post.text, mediaIds: post.media_ids, variants: post.variants }, channel);
    slots.forEach((at, slot) => {
      const position = explorationVariant(slot, channelIndex, mine.length);
      const variant = mine[position ?? 0]!;
      const content = variantContent(base, variant);
      out.push({
        pub: { channelId: channel.id, network: channel.network, segmentId: null, timeZone: post.timezone, ...content, options: base.options, status: 'scheduled', scheduledAt: at, experimentSlot: slot },
        variantId: position === null ? null : variant.id,
        reason: position === null ? null : { kind: 'explore', slot },
      });
    });
  });
  return out;
}

export async function createExperiment(ctx: AppContext, access: WorkspaceAccess, postId: string, input: ExperimentInput) {
  const experimentId = await ctx.database.db.transaction().execute(async (trx) => {
    const { post, pubs } = await lockedPost(trx, access, postId);
    const channels = await channelsOf(trx, access.workspaceId, pubs);
    const groups = variantsByNetwork(input.variants, channels);
    const slots = checkSlots(input.slots, Math.max(...[...groups.values()].map((g) => g.length)));
    for (const [network, group] of groups) {
      for (const { input: v, index } of group) await checkVariant(ctx, trx, post, channels.filter((c) => c.network === network), v, index, slots[0]!);
    }
    const experiment = await experimentsRepository.insert(trx, { workspaceId: access.workspaceId, postId: post.id, metric: input.metric, createdBy: access.userId });
    const variants = await experimentsRepository.insertVariants(
      trx,
      experiment.id,
      [...groups].flatMap(([network, group]) =>
        group.map(({ input: v }, position) => ({ network, position, label: v.label, text: v.text ?? null, mediaIds: v.mediaIds ?? null, firstLine: v.firstLine ?? null })),
      ),
    );
    // The experiment's publications replace the post's own one on each channel.
    for (const p of pubs.filter((p) => p.segment_id === null && p.experiment_slot === null)) await postsRepository.deletePublication(trx, p.id);
    const planned = planPublications(post, channels, variants, slots);
    const scheduled = await postsRepository.updatePost(trx, access.workspaceId, post.id, { status: 'scheduled', scheduledAt: slots[0]!, scheduledLocal: null });
    const inserted = await postsRepository.insertPublications(trx, access.workspaceId, post.id, planned.map((p) => p.pub));
    const rows = inserted.map((row) => ({ row, plan: planned.find((p) => p.pub.channelId === row.channel_id && p.pub.experimentSlot === row.experiment_slot)! }));
    // Only a publication whose text is known now gets its tracked links now; the others when their variant is picked.
    const tracked = await trackAll(ctx, trx, scheduled!, rows.filter((r) => r.plan.variantId !== null).map((r) => r.row), access.userId);
    await experimentsRepository.insertPublications(trx, rows.map(({ row, plan }) => ({ publicationId: row.id, experimentId: experiment.id, variantId: plan.variantId, reason: plan.reason })));
    for (const { row } of rows) await queuePublish(ctx.jobs, trx, tracked.find((t) => t.id === row.id) ?? row);
    await auditRepository.record(trx, {
      workspaceId: access.workspaceId,
      actorUserId: access.userId,
      action: 'post.experiment_created',
      targetType: 'post',
      targetId: post.id,
      data: { metric: input.metric, variants: variants.length, publications: inserted.length },
    });
    return experiment.id;
  });
  return experimentReport(ctx, access, postId, experimentId);
}
