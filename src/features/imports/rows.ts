/**
 * One parsed row as the post it becomes: the same PostInput `POST …/posts` takes, so every network rule is checked
 * the same way; and a refusal of that path (an ApiError, a network's violations) as errors on the row's columns.
 */
import { ApiError } from '../../core/errors.js';
import type { PostVariantRow } from '../../db/schema.js';
import type { ChannelRow } from '../channels/repository.js';
import type { ChannelViolation } from '../posts/prepare.js';
import type { PostInput } from '../posts/service.js';
import type { FormatColumns, ParsedRow, RowError } from './formats/types.js';
import { isMediaId } from './media.js';
import type { Lookups } from './resolve.js';

export interface RowPost {
  input: PostInput;
  /** Addresses still to download (a real import puts their media ids into `input.mediaIds`). */
  urls: string[];
}

function variantsOf(row: ParsedRow, channels: ChannelRow[], lookups: Lookups): PostVariantRow[] {
  const networks = new Set(channels.map((c) => c.network));
  // A file may carry texts for networks this import does not post to: those columns are not used.
  const byNetwork = Object.entries(row.networkTexts).filter(([network]) => networks.has(network)).map(([network, text]) => ({ network, text }));
  const bySegment = row.segmentTexts.flatMap(({ segment, text }) => {
    const found = lookups.segment(segment);
    if (!found) row.errors.push({ column: `text@${segment}`, message: `No audience segment "${segment}" in this workspace; create it or rename the column.` });
    return found ? [{ segmentId: found.id, text }] : [];
  });
  return [...byNetwork, ...bySegment];
}

function campaignIdOf(row: ParsedRow, columns: FormatColumns, lookups: Lookups): string | undefined {
  if (!row.campaign) return undefined;
  const found = lookups.campaign(row.campaign);
  if (!found) row.errors.push({ column: columns.campaign, message: `No campaign "${row.campaign}" in this workspace; create it first or fix the name.` });
  else if (found.archived_at) row.errors.push({ column: columns.campaign, message: `The campaign "${found.name}" is archived; restore it first.` });
  return found?.id;
}

/** The post a row asks for; problems found on the way are added to the row's errors. */
export function rowPost(row: ParsedRow, at: Date | null, channels: ChannelRow[], columns: FormatColumns, lookups: Lookups): RowPost {
  const ids = row.media.filter(isMediaId);
  const missing = ids.find((id) => !lookups.hasMedia(id));
  if (missing) row.errors.push({ column: columns.media, message: `Media ${missing} is not in this workspace's library.` });
  const variants = variantsOf(row, channels, lookups);
  const campaignId = campaignIdOf(row, columns, lookups);
  const input: PostInput = {
    text: row.text,
    channelIds: channels.map((c) => c.id),
    mediaIds: ids,
    variants,
    ...(at && { scheduledAt: at.toISOString() }),
    ...(campaignId && { campaignId }),
  };
  return { input, urls: row.media.filter((m) => !isMediaId(m)) };
}

function violationColumn(v: ChannelViolation, row: ParsedRow, columns: FormatColumns): string {
  if (v.field.startsWith('media')) return columns.media;
  if (v.segmentId) {
    const named = row.segmentTexts.find((s) => s.segment === v.segmentName || s.segment === v.segmentId);
    if (named) return `text@${named.segment}`;
  }
  return row.networkTexts[v.network] !== undefined ? `text:${v.network}` : columns.text;
}

/** A network's violations as the row's errors, each on the column that holds the text or media at fault. */
export function violationErrors(violations: ChannelViolation[], row: ParsedRow, columns: FormatColumns): RowError[] {
  return violations.map((v) => ({ column: violationColumn(v, row, columns), message: `${v.network}${v.segmentName ? ` ("${v.segmentName}")` : ''}: ${v.message}` }));
}

const FIELD_COLUMNS: Record<string, keyof FormatColumns> = { scheduledAt: 'date', mediaIds: 'media', campaignId: 'campaign' };

/** A refusal by the posts' own path as the row's errors. Anything else is not the row's fault: rethrown. */
export function refusalErrors(error: unknown, row: ParsedRow, columns: FormatColumns): RowError[] {
  if (!(error instanceof ApiError) || error.status >= 500) throw error;
  const violations = (error.details as { violations?: ChannelViolation[] } | undefined)?.violations;
  if (violations?.length) return violationErrors(violations, row, columns);
  const key = FIELD_COLUMNS[(error.field ?? '').split(/[.[]/)[0]!] ?? 'text';
  return [{ column: columns[key], message: error.message }];
}
