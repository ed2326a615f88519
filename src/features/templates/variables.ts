/**
 * Variables (`{{city}}`, `{{promo_code}}`) at three scopes: the workspace, a channel, a segment; the most specific
 * wins when a post is filled (see fill.ts). And each channel's signature, added to the end of its posts.
 */
import type { AppContext } from '../../core/context.js';
import { conflict, invalid, notFound } from '../../core/errors.js';
import type { Queryable } from '../../db/database.js';
import { auditRepository } from '../audit/repository.js';
import { channelsRepository } from '../channels/repository.js';
import { segmentsRepository } from '../segments/repository.js';
import { isUuid, type WorkspaceAccess } from '../workspaces/access.js';
import { variablesRepository as repo, type VariableRow, type VariableScope } from './variables-repository.js';

export interface VariableInput {
  name: string;
  value: string;
  channelId?: string | null | undefined;
  segmentId?: string | null | undefined;
}

export function publicVariable(r: VariableRow) {
  const scope = r.segment_id ? ('segment' as const) : r.channel_id ? ('channel' as const) : ('workspace' as const);
  return { id: r.id, name: r.name, value: r.value, scope, channelId: r.channel_id, segmentId: r.segment_id, updatedAt: r.updated_at.toISOString() };
}

/** The scope named in a request, its channel or segment checked to be this workspace's (422 otherwise, as posts do). */
async function scopeOf(db: Queryable, workspaceId: string, input: VariableInput): Promise<VariableScope> {
  const channelId = input.channelId ?? null;
  const segmentId = input.segmentId ?? null;
  if (channelId && segmentId) throw invalid('one_scope', 'A variable belongs to a channel or to a segment, not both.', 'segmentId');
  if (channelId && !(isUuid(channelId) && (await channelsRepository.find(db, workspaceId, channelId)))) {
    throw invalid('unknown_channel', `Channel ${channelId} is not connected in this workspace.`, 'channelId');
  }
  if (segmentId && !(isUuid(segmentId) && (await segmentsRepository.find(db, workspaceId, segmentId)))) {
    throw invalid('unknown_segment', `Segment ${segmentId} does not exist in this workspace; create it or choose another.`, 'segmentId');
  }
  return { channelId, segmentId };
}

export async function listVariables(ctx: AppContext, access: WorkspaceAccess) {
  return (await repo.list(ctx.database.db, access.workspaceId)).map(publicVariable);
}

export async function createVariable(ctx: AppContext, access: WorkspaceAccess, input: VariableInput) {
  return ctx.database.db.transaction().execute(async (trx) => {
    const scope = await scopeOf(trx, access.workspaceId, input);
    if (await repo.findByScope(trx, access.workspaceId, input.name, scope)) {
      throw conflict('variable_exists', `{{${input.name}}} already has a value here; change that one instead.`, 'name');
    }
    return publicVariable(await repo.create(trx, access.workspaceId, scope, input.name, input.value));
  });
}

export async function updateVariable(ctx: AppContext, access: WorkspaceAccess, id: string, value: string) {
  const row = isUuid(id) ? await repo.update(ctx.database.db, access.workspaceId, id, value) : undefined;
  if (!row) throw notFound('Variable');
  return publicVariable(row);
}

export async function removeVariable(ctx: AppContext, access: WorkspaceAccess, id: string): Promise<void> {
  if (!isUuid(id) || !(await repo.remove(ctx.database.db, access.workspaceId, id))) throw notFound('Variable');
}

async function ownChannel(db: Queryable, workspaceId: string, channelId: string): Promise<void> {
  if (!isUuid(channelId) || !(await channelsRepository.find(db, workspaceId, channelId))) throw notFound('Channel');
}

export async function getSignature(ctx: AppContext, access: WorkspaceAccess, channelId: string) {
  await ownChannel(ctx.database.db, access.workspaceId, channelId);
  const [row] = await repo.signatures(ctx.database.db, access.workspaceId, [channelId]);
  return { channelId, text: row?.text ?? '' };
}

/** Sets the channel's signature; empty text removes it. Posts already saved keep the text they were checked with. */
export async function setSignature(ctx: AppContext, access: WorkspaceAccess, channelId: string, text: string) {
  const signature = text.trim();
  await ctx.database.db.transaction().execute(async (trx) => {
    await ownChannel(trx, access.workspaceId, channelId);
    await repo.setSignature(trx, access.workspaceId, channelId, signature);
    await auditRepository.recordBy(trx, access, { action: 'channel.signature_changed', targetType: 'channel', targetId: channelId, data: { signature } });
  });
  return { channelId, text: signature };
}
