/**
 * The publications a post makes: per channel, the default one (for everyone else) and one per audience segment that
 * has a variant for that channel, each with its content, its time zone and its due time. Pure: the channels and
 * segments come in already checked.
 *
 * The default publication still goes out when segment variants exist: followers outside every segment, and networks
 * that show a post to all its followers anyway, get the post's own text, as they would without segments. It is due
 * at `scheduledAt`, or at `scheduledLocal` on the post's (the workspace's) clock. A segment's publication is due at
 * the same instant, or at `scheduledLocal` on the segment's clock; on Facebook Pages and LinkedIn organization pages
 * it carries the segment's audience, resolved again when it is published ("hot now" is the month it goes out).
 */
import type { AudienceTargeting } from '../../networks/connector.js';
import type { ChannelRow } from '../channels/repository.js';
import type { SegmentRow } from '../segments/repository.js';
import { resolveSegmentAt } from '../segments/service.js';
import { contentForChannel, contentForSegment, segmentsForChannel, type ContentSource } from './content.js';
import { dueIn, roughInstant, type Schedule } from './schedule.js';

export interface PlannedPublication {
  channel: ChannelRow;
  segment: SegmentRow | null;
  text: string;
  mediaIds: string[];
  options: Record<string, unknown>;
  timeZone: string;
  scheduledAt: Date | null;
  /** The segment's audience at the due time (now for an unscheduled post); null for the default publication. */
  audience: AudienceTargeting | null;
}

/** `channelId` plus segment: what tells a post's publications apart (the database's unique key, migration 0027). */
export function planKey(p: { channelId: string; segmentId: string | null }): string {
  return `${p.channelId}/${p.segmentId ?? ''}`;
}

function segmentTiming(segment: SegmentRow, schedule: Schedule, now: Date) {
  // The zone of countries spread over several offsets depends on the date (summer time): read it near the due date.
  const near = schedule.local ? roughInstant(schedule.local) : (schedule.at ?? now);
  const timeZone = resolveSegmentAt(segment, near).timeZone;
  const scheduledAt = dueIn(schedule, timeZone);
  return { timeZone, scheduledAt, audience: resolveSegmentAt(segment, scheduledAt ?? now).audience };
}

export function planPublications(
  post: ContentSource & { schedule: Schedule },
  channels: ChannelRow[],
  segments: Map<string, SegmentRow>,
  now = new Date(),
): PlannedPublication[] {
  const plans: PlannedPublication[] = [];
  const timing = new Map([...segments].map(([id, row]) => [id, segmentTiming(row, post.schedule, now)]));
  for (const channel of channels) {
    const zone = post.schedule.timeZone;
    plans.push({ channel, segment: null, ...contentForChannel(post, channel), timeZone: zone, scheduledAt: dueIn(post.schedule, zone, channel.id), audience: null });
    // A time Chorus chose for the channel (queue, best time) holds for its segments' publications too.
    const chosen = post.schedule.byChannel?.get(channel.id);
    for (const segmentId of segmentsForChannel(post, channel)) {
      plans.push({ channel, segment: segments.get(segmentId)!, ...contentForSegment(post, channel, segmentId), ...timing.get(segmentId)!, ...(chosen && { scheduledAt: chosen }) });
    }
  }
  return plans;
}
