/**
 * Posts and their publications as the API shows them: each publication with its segment (id and name), the zone its
 * due time is set in, and that time on the zone's clock.
 */
import type { Queryable } from '../../db/database.js';
import { segmentsRepository } from '../segments/repository.js';
import { postStatus } from './content.js';
import type { PostRow, PublicationRow } from './repository.js';
import { wallClock } from './schedule.js';

/** A publication as the API shows it; `segmentNames` by id, `postZone` for rows timed before zones were kept. */
export function publicPublication(p: PublicationRow, segmentNames: Map<string, string>, postZone: string) {
  const timeZone = p.time_zone ?? postZone;
  return {
    id: p.id,
    channelId: p.channel_id,
    network: p.network,
    segmentId: p.segment_id,
    segmentName: p.segment_id ? (segmentNames.get(p.segment_id) ?? null) : null,
    status: p.status,
    text: p.text,
    mediaIds: p.media_ids,
    options: p.options,
    targeting: p.targeting,
    scheduledAt: p.scheduled_at,
    timeZone,
    dueLocal: wallClock(p.scheduled_at, timeZone),
    dueReason: p.due_reason,
    publishedAt: p.published_at,
    externalId: p.external_id,
    externalUrl: p.external_url,
    error: p.error,
    attempts: p.attempt_count,
  };
}

export function publicPost(post: PostRow, publications: PublicationRow[], segmentNames = new Map<string, string>()) {
  return {
    id: post.id,
    text: post.text,
    mediaIds: post.media_ids,
    variants: post.variants,
    status: postStatus(post.status, publications),
    scheduledAt: post.scheduled_at,
    scheduledLocal: post.scheduled_local,
    timezone: post.timezone,
    authorId: post.author_id,
    approvedBy: post.approved_by,
    trackLinks: post.track_links,
    campaignId: post.campaign_id,
    signature: post.signature,
    tags: post.tags,
    createdAt: post.created_at,
    updatedAt: post.updated_at,
    publications: publications.map((p) => publicPublication(p, segmentNames, post.timezone)),
  };
}

/** The post for the API, with the names of the segments its publications are for. */
export async function present(db: Queryable, post: PostRow, publications: PublicationRow[]) {
  const ids = [...new Set(publications.flatMap((p) => p.segment_id ?? []))];
  const rows = await segmentsRepository.findMany(db, post.workspace_id, ids);
  return publicPost(post, publications, new Map(rows.map((r) => [r.id, r.name])));
}
