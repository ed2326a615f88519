/**
 * What a row names by words, looked up in the workspace once per import: campaigns and segments by name (any case)
 * or id, media-library ids. Another workspace's ids are simply not found, the same answer as unknown ones.
 */
import type { Queryable } from '../../db/database.js';
import { campaignsRepository, type CampaignRow } from '../campaigns/repository.js';
import { mediaRepository } from '../media/repository.js';
import { segmentsRepository, type SegmentRow } from '../segments/repository.js';
import { isUuid } from '../workspaces/access.js';
import type { ParsedRow } from './formats/types.js';
import { isMediaId } from './media.js';

export interface Lookups {
  campaign(ref: string): CampaignRow | undefined;
  segment(ref: string): SegmentRow | undefined;
  hasMedia(id: string): boolean;
}

export async function lookupsFor(db: Queryable, workspaceId: string, rows: ParsedRow[]): Promise<Lookups> {
  const campaigns = rows.some((r) => r.campaign) ? await campaignsRepository.list(db, workspaceId, true) : [];
  const segments = rows.some((r) => r.segmentTexts.length) ? await segmentsRepository.list(db, workspaceId) : [];
  const mediaIds = [...new Set(rows.flatMap((r) => r.media.filter(isMediaId)))];
  const media = new Set((await mediaRepository.findMany(db, workspaceId, mediaIds)).map((m) => m.id));
  const byRef = <T extends { id: string; name: string }>(list: T[], ref: string) =>
    isUuid(ref) ? list.find((x) => x.id === ref) : list.find((x) => x.name.toLowerCase() === ref.trim().toLowerCase());
  return {
    campaign: (ref) => byRef(campaigns, ref),
    segment: (ref) => byRef(segments, ref),
    hasMedia: (id) => media.has(id),
  };
}
