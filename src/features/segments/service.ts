/**
 * Audience segments: a named condition of the audience language (the one link rules use, src/features/audience) and
 * the time zone its variants are timed in. Reading one resolves it for now ("hot now" → the countries hot this
 * month) and says, for each channel of the workspace, how a variant for it would reach its people: the network's own
 * targeting, or timing (its own publication at the same local time in the segment's zone), and why.
 *
 * @example
 *   const row = await createSegment(ctx, access, { name: 'Hot now', when: { climate: 'hot' } });
 *   const { resolved, channels } = await describeSegment(ctx, access.workspaceId, row);
 */
import type { AppContext } from '../../core/context.js';
import { ApiError, conflict, invalid, notFound } from '../../core/errors.js';
import type { Queryable } from '../../db/database.js';
import type { ChannelRow } from '../channels/repository.js';
import { channelsRepository } from '../channels/repository.js';
import { auditRepository } from '../audit/repository.js';
import { parseCondition, resolveSegment, type Condition, type ResolvedSegment } from '../audience/index.js';
import type { NativeTargeting } from '../../networks/connector.js';
import type { WorkspaceAccess } from '../workspaces/access.js';
import { segmentsRepository as repo, type SegmentRow } from './repository.js';

export const MAX_SEGMENTS_PER_WORKSPACE = 200;

export interface SegmentInput {
  name: string;
  when: unknown;
  timeZone?: string | null | undefined;
}

/** The condition, checked by the one parser link rules use; a refusal names the field and the condition path. */
export function checkCondition(when: unknown): Condition {
  const parsed = parseCondition(when);
  if (parsed.ok) return parsed.condition;
  const first = parsed.issues[0]!;
  throw invalid('invalid_condition', first.message, `when${first.path ? `.${first.path}` : ''}`, { issues: parsed.issues });
}

function checkTimeZone(zone: string | null | undefined): string | null | undefined {
  if (zone === null || zone === undefined) return zone;
  try {
    return new Intl.DateTimeFormat('en', { timeZone: zone }).resolvedOptions().timeZone;
  } catch {
    throw invalid('invalid_time_zone', `Unknown time zone "${zone}": use an IANA name such as "Europe/Paris" or "Asia/Singapore".`, 'timeZone');
  }
}

async function checkName(db: Queryable, workspaceId: string, name: string, exceptId?: string): Promise<void> {
  if (await repo.findByName(db, workspaceId, name, exceptId)) {
    throw conflict('segment_name_taken', `A segment named "${name}" already exists here; choose another name.`, 'name');
  }
}

export async function createSegment(ctx: AppContext, access: WorkspaceAccess, input: SegmentInput): Promise<SegmentRow> {
  const condition = checkCondition(input.when);
  const timeZone = checkTimeZone(input.timeZone) ?? null;
  return ctx.database.db.transaction().execute(async (trx) => {
    if ((await repo.list(trx, access.workspaceId)).length >= MAX_SEGMENTS_PER_WORKSPACE) {
      throw invalid('segments_limit', `A workspace can have ${MAX_SEGMENTS_PER_WORKSPACE} segments; delete one first.`, undefined, undefined, { max: MAX_SEGMENTS_PER_WORKSPACE });
    }
    await checkName(trx, access.workspaceId, input.name);
    const row = await repo.create(trx, access.workspaceId, access.userId, { name: input.name, condition, timeZone });
    await auditRepository.recordBy(trx, access, { action: 'segment.created', targetType: 'segment', targetId: row.id, data: { name: row.name } });
    return row;
  });
}

export async function updateSegment(ctx: AppContext, access: WorkspaceAccess, id: string, changes: Partial<SegmentInput>): Promise<SegmentRow> {
  const condition = changes.when === undefined ? undefined : checkCondition(changes.when);
  const timeZone = checkTimeZone(changes.timeZone);
  return ctx.database.db.transaction().execute(async (trx) => {
    if (!(await repo.find(trx, access.workspaceId, id))) throw notFound('Segment');
    if (changes.name !== undefined) await checkName(trx, access.workspaceId, changes.name, id);
    const row = (await repo.update(trx, access.workspaceId, id, { name: changes.name, condition, timeZone }))!;
    await auditRepository.recordBy(trx, access, { action: 'segment.updated', targetType: 'segment', targetId: id, data: { name: row.name } });
    return row;
  });
}

export async function removeSegment(ctx: AppContext, access: WorkspaceAccess, id: string): Promise<void> {
  await ctx.database.db.transaction().execute(async (trx) => {
    const row = await repo.findForUpdate(trx, access.workspaceId, id);
    if (!row) throw notFound('Segment');
    const posts = await repo.countScheduledPostsUsing(trx, access.workspaceId, id);
    if (posts > 0) {
      const message = `${posts} scheduled post(s) have a variant for "${row.name}"; cancel them or remove their variant first.`;
      throw new ApiError(409, 'segment_in_use', message, undefined, undefined, { posts });
    }
    const publications = await repo.countPublicationsFor(trx, access.workspaceId, id);
    if (publications > 0) {
      const message =
        `${publications} publication(s) were made for "${row.name}" (drafts or past posts), and their results are read by ` +
        'segment, so it is kept. Remove its variant from the drafts, or rename the segment instead.';
      throw new ApiError(409, 'segment_has_publications', message, undefined, undefined, { publications });
    }
    await repo.remove(trx, access.workspaceId, id);
    await auditRepository.recordBy(trx, access, { action: 'segment.deleted', targetType: 'segment', targetId: id, data: { name: row.name } });
  });
}

/** How a variant for the segment reaches its people on one channel. */
export interface ChannelReach {
  channelId: string;
  network: string;
  handle: string;
  native: Record<string, unknown> | null;
  unsupported: NativeTargeting['unsupported'];
  violations: NativeTargeting['violations'];
  fallback: 'timing' | null;
  why: 'native' | 'native_refused' | 'no_organic_targeting';
  message: string;
}

function reachOn(ctx: AppContext, channel: ChannelRow, resolved: ResolvedSegment): ChannelReach {
  const base = { channelId: channel.id, network: channel.network, handle: channel.handle };
  const targeting = ctx.networks.get(channel.network)?.nativeTargeting?.(resolved.audience, channel.limits);
  if (!targeting) {
    const message = `${channel.network} has no organic targeting: each variant is its own publication, sent at the same local time in ${resolved.timeZone}.`;
    return { ...base, native: null, unsupported: [], violations: [], fallback: 'timing', why: 'no_organic_targeting', message };
  }
  const { parameters, unsupported, violations } = targeting;
  if (violations.length > 0) {
    const message = `${channel.network} refuses this audience: ${violations.map((v) => v.message).join(' ')}`;
    return { ...base, native: parameters, unsupported, violations, fallback: null, why: 'native_refused', message };
  }
  const rest = resolved.timingOnly.length > 0 || unsupported.length > 0 ? ' What it cannot express is listed; the rest applies.' : '';
  const message = `${channel.network} shows each variant only to this audience through its own targeting.${rest}`;
  return { ...base, native: parameters, unsupported, violations, fallback: null, why: 'native', message };
}

/** The segment resolved at `at` ("hot now" → the countries hot that month) and its time zone then. */
export function resolveSegmentAt(row: SegmentRow, at: Date | number): ResolvedSegment {
  return resolveSegment(checkCondition(row.condition), at, { timeZone: row.time_zone });
}

/** The segment resolved at `now` and what it means on each channel of its workspace. */
export async function describeSegment(ctx: AppContext, workspaceId: string, row: SegmentRow, now = new Date()) {
  const resolved = resolveSegmentAt(row, now);
  const channels = (await channelsRepository.list(ctx.database.db, workspaceId)).filter((c) => c.status === 'active');
  return { resolved, channels: channels.map((c) => reachOn(ctx, c, resolved)) };
}
