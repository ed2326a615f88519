/**
 * Checks a post before anything is saved: its channels, media and segments belong to the workspace, variants point
 * at chosen channels, and every publication it will make (each channel's default, and each segment's variant on it)
 * passes its network's real rules, a segment's audience included where the network targets it.
 */
import type { AppContext } from '../../core/context.js';
import { invalid } from '../../core/errors.js';
import type { Queryable } from '../../db/database.js';
import type { PostVariantRow } from '../../db/schema.js';
import { channelsRepository, type ChannelRow } from '../channels/repository.js';
import { mediaRepository, type MediaRow } from '../media/repository.js';
import { plannedMedia } from '../media/renditions.js';
import { segmentsRepository, type SegmentRow } from '../segments/repository.js';
import { isUuid } from '../workspaces/access.js';
import { fillPlans, type FillOptions } from '../templates/fill-plans.js';
import { planPublications, type PlannedPublication } from './plan.js';
import type { Schedule } from './schedule.js';

export interface PostDraft {
  text: string;
  mediaIds: string[];
  channelIds: string[];
  variants: PostVariantRow[];
  schedule: Schedule;
  /** How `{{variables}}` and signatures are filled in (templates/fill-plans.ts); absent: strictly, with signatures. */
  fill?: FillOptions | undefined;
}

export interface ChannelViolation {
  channelId: string;
  network: string;
  /** The segment whose variant breaks the rule; absent for a channel's default publication. */
  segmentId?: string;
  segmentName?: string;
  rule: string;
  message: string;
  field: string;
  params?: Record<string, string | number>;
}

export interface PreparedPost {
  channels: ChannelRow[];
  media: Map<string, MediaRow>;
  segments: Map<string, SegmentRow>;
  plans: PlannedPublication[];
  violations: ChannelViolation[];
}

function unique(ids: string[]): string[] {
  return [...new Set(ids)];
}

function checkVariants(variants: PostVariantRow[], channelIds: string[], channels: ChannelRow[]): void {
  const scopes = new Set<string>();
  variants.forEach((v, i) => {
    if (!v.channelId && !v.network && !v.segmentId) {
      throw invalid('invalid_variant', 'A variant needs a "network", a "channelId" or a "segmentId".', `variants[${i}]`);
    }
    if (v.channelId && !channelIds.includes(v.channelId)) {
      throw invalid('invalid_variant', `Variant ${i + 1} is for a channel that is not selected.`, `variants[${i}].channelId`);
    }
    if (v.network && !v.channelId && !channels.some((c) => c.network === v.network)) {
      throw invalid('invalid_variant', `Variant ${i + 1} is for ${v.network}, but no ${v.network} channel is selected.`, `variants[${i}].network`);
    }
    if (v.url !== undefined && !v.segmentId) {
      throw invalid('invalid_variant', `Variant ${i + 1} has a "url": only a segment's variant takes one; put the link in its text.`, `variants[${i}].url`);
    }
    const scope = `${v.segmentId ?? ''}/${v.channelId ?? ''}/${v.channelId ? '' : (v.network ?? '')}`;
    if (scopes.has(scope)) throw invalid('invalid_variant', `Variant ${i + 1} repeats an earlier variant for the same audience and channel.`, `variants[${i}]`);
    scopes.add(scope);
  });
}

/** The segments the variants name, share-locked in a transaction; any other workspace's or unknown one is a 422. */
async function loadSegments(db: Queryable, workspaceId: string, variants: PostVariantRow[], lock: boolean): Promise<Map<string, SegmentRow>> {
  const ids = unique(variants.flatMap((v) => v.segmentId ?? []));
  const rows = ids.every(isUuid) ? await segmentsRepository.findMany(db, workspaceId, ids, lock) : [];
  const missing = ids.find((id) => !rows.some((r) => r.id === id));
  if (missing !== undefined) {
    const i = variants.findIndex((v) => v.segmentId === missing);
    throw invalid('unknown_segment', `Segment ${missing} does not exist in this workspace; create it or choose another.`, `variants[${i}].segmentId`, undefined, { segmentId: missing });
  }
  return new Map(rows.map((r) => [r.id, r]));
}

/** `lock`: share-lock the segments named (call from the transaction that saves the post). */
export async function preparePost(ctx: AppContext, db: Queryable, workspaceId: string, draft: PostDraft, publishing: boolean, lock = false): Promise<PreparedPost> {
  const channelIds = unique(draft.channelIds);
  const badId = channelIds.find((id) => !isUuid(id));
  const channels = badId ? [] : await channelsRepository.findMany(db, workspaceId, channelIds);
  if (badId || channels.length !== channelIds.length) {
    const missing = badId ?? channelIds.find((id) => !channels.some((c) => c.id === id));
    throw invalid('unknown_channel', `Channel ${missing} is not connected in this workspace.`, 'channelIds');
  }
  checkVariants(draft.variants, channelIds, channels);
  const segments = await loadSegments(db, workspaceId, draft.variants, lock);
  const allMediaIds = unique([...draft.mediaIds, ...draft.variants.flatMap((v) => v.mediaIds ?? [])]);
  const badMedia = allMediaIds.find((id) => !isUuid(id));
  const mediaRows = badMedia ? [] : await mediaRepository.findManyForUse(db, workspaceId, allMediaIds);
  if (badMedia || mediaRows.length !== allMediaIds.length) {
    throw invalid('unknown_media', 'Some attached media was not found in this workspace; upload it again.', 'mediaIds');
  }
  const media = new Map(mediaRows.map((m) => [m.id, m]));
  const plans = await fillPlans(db, workspaceId, planPublications(draft, channels, segments), draft.fill);

  const violations: ChannelViolation[] = [];
  for (const channel of channels) {
    const at = { channelId: channel.id, network: channel.network };
    if (!ctx.networks.get(channel.network)) {
      violations.push({ ...at, rule: 'unknown_network', field: 'channelIds', message: `Chorus cannot publish to ${channel.network}.` });
    } else if (publishing && channel.status !== 'active') {
      violations.push({
        ...at,
        rule: 'channel_needs_reconnect',
        field: 'channelIds',
        message: `${channel.handle} on ${channel.network} must be reconnected before posting (${channel.status_reason ?? channel.status}).`,
      });
    }
  }
  for (const plan of plans) violations.push(...(await checkPlan(ctx, db, plan, media)));
  return { channels, media, segments, plans, violations };
}

/** One publication against its network's rules; a segment's on a targeting network with its audience. */
async function checkPlan(ctx: AppContext, db: Queryable, plan: PlannedPublication, media: Map<string, MediaRow>): Promise<ChannelViolation[]> {
  const { channel, segment } = plan;
  const connector = ctx.networks.get(channel.network);
  if (!connector) return [];
  const at = { channelId: channel.id, network: channel.network, ...(segment && { segmentId: segment.id, segmentName: segment.name }) };
  const limits = connector.limits(channel.limits);
  // Images as the network will get them: what Chorus converts (format, bytes, pixels) is no longer refused.
  const planned = await plannedMedia(ctx, db, plan.mediaIds.map((id) => media.get(id)!), limits);
  const audience = segment && connector.nativeTargeting ? plan.audience : null;
  const out: ChannelViolation[] = [];
  if (audience?.countries?.length === 0) {
    // Sent without countries the post would reach everyone: refused rather than widened.
    const when = plan.scheduledAt ? `on ${plan.scheduledAt.toISOString().slice(0, 10)}` : 'now';
    const message = `No country matches "${segment!.name}" ${when}, so ${channel.network} would show this variant to everyone; change the segment or remove its variant.`;
    out.push({ ...at, rule: 'segment_no_country', field: 'variants', message });
  }
  const content = { text: plan.text, media: planned.media, options: plan.options, ...(audience && { audience }) };
  for (const v of [...planned.violations, ...connector.validate(content, limits)]) out.push({ ...at, ...v });
  return out;
}

export function throwIfViolations(violations: ChannelViolation[]): void {
  if (violations.length === 0) return;
  const first = violations[0]!;
  const more = violations.length > 1 ? ` (and ${violations.length - 1} more)` : '';
  const where = first.segmentName ? `"${first.segmentName}" on ${first.network}` : first.network;
  // The first violation's rule and numbers as params: the web app writes the sentence in the person's language.
  const params: Record<string, string | number> = { network: first.network, rule: first.rule, ...first.params, others: violations.length - 1 };
  if (first.segmentName) params['segment'] = first.segmentName;
  throw invalid('validation_failed', `${where}: ${first.message}${more}`, first.field, { violations }, params);
}
