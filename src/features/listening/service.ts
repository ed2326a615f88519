/**
 * Listening's rules: a workspace's saved queries (at most 20, each searched on some of its Bluesky, Mastodon and X
 * channels), and what a query's matches look like in the API. Searching itself is in jobs.ts. No HTTP, no SQL here.
 */
import type { AppContext } from '../../core/context.js';
import { invalid, notFound } from '../../core/errors.js';
import { auditRepository } from '../audit/repository.js';
import { channelsRepository } from '../channels/repository.js';
import { publicEngagement } from '../engagement/service.js';
import { isUuid, type WorkspaceAccess } from '../workspaces/access.js';
import { listeningRepository, type ListeningQueryInput, type ListeningQueryRow } from './repository.js';

/** A workspace's saved queries: each one costs searches on every channel every few minutes. */
export const MAX_QUERIES = 20;
/** Keywords, hashtags and exclusions together: one query is one X search of at most 512 characters. */
export const MAX_TERMS = 20;
/** The networks whose APIs let Chorus search public posts. */
export const SEARCHABLE_NETWORKS = ['bluesky', 'mastodon', 'x'] as const;

export function publicQuery(row: ListeningQueryRow, existingChannels?: ReadonlySet<string>) {
  return {
    id: row.id,
    name: row.name,
    keywords: row.keywords,
    hashtags: row.hashtags,
    exclude: row.exclude,
    languages: row.languages,
    // A channel removed since the query was saved is no longer searched, nor shown.
    channelIds: existingChannels ? row.channel_ids.filter((id) => existingChannels.has(id)) : row.channel_ids,
    active: row.active,
    createdAt: row.created_at.toISOString(),
    updatedAt: row.updated_at.toISOString(),
  };
}

export async function listQueries(ctx: AppContext, access: WorkspaceAccess) {
  const db = ctx.database.db;
  const channels = new Set((await channelsRepository.list(db, access.workspaceId)).map((c) => c.id));
  return (await listeningRepository.list(db, access.workspaceId)).map((row) => publicQuery(row, channels));
}

/** Every channel must be this workspace's and on a network Chorus can search there; 422 names the first that is not. */
async function checkChannels(ctx: AppContext, access: WorkspaceAccess, channelIds: string[]): Promise<void> {
  const found = new Map((await channelsRepository.findMany(ctx.database.db, access.workspaceId, channelIds.filter(isUuid))).map((c) => [c.id, c]));
  for (const [index, id] of channelIds.entries()) {
    const channel = found.get(id);
    if (!channel) {
      throw invalid('listening_channel_unknown', `Channel ${id} is not a channel of this workspace.`, `channelIds[${index}]`, undefined, { channel: id });
    }
    const searchable = (SEARCHABLE_NETWORKS as readonly string[]).includes(channel.network) && !!ctx.networks.get(channel.network)?.search;
    if (!searchable) {
      throw invalid(
        'listening_channel_unsupported',
        `${channel.handle} is a ${channel.network} channel; listening searches Bluesky, Mastodon and X channels only.`,
        `channelIds[${index}]`,
        undefined,
        { channel: channel.handle, network: channel.network },
      );
    }
  }
}

function checkTerms(q: ListeningQueryInput): void {
  const terms = q.keywords.length + q.hashtags.length + q.exclude.length;
  if (terms > MAX_TERMS) {
    throw invalid('listening_too_many_terms', `A query has at most ${MAX_TERMS} terms (keywords, hashtags and exclusions together); this one has ${terms}.`, 'keywords', undefined, {
      max: MAX_TERMS,
      count: terms,
    });
  }
}

export async function createQuery(ctx: AppContext, access: WorkspaceAccess, input: ListeningQueryInput) {
  checkTerms(input);
  await checkChannels(ctx, access, input.channelIds);
  return ctx.database.db.transaction().execute(async (trx) => {
    // Counted inside the transaction that adds one; two concurrent creates may both pass, which costs one query more.
    const count = await listeningRepository.count(trx, access.workspaceId);
    if (count >= MAX_QUERIES) {
      throw invalid('listening_query_limit', `A workspace has at most ${MAX_QUERIES} listening queries; delete one first.`, undefined, undefined, { max: MAX_QUERIES });
    }
    const row = await listeningRepository.create(trx, access.workspaceId, access.userId, input);
    await listeningRepository.syncRuns(trx, row.id, input.active ? input.channelIds : []);
    await auditRepository.recordBy(trx, access, { action: 'listening_query.created', targetType: 'listening_query', targetId: row.id, data: { name: row.name } });
    return publicQuery(row);
  });
}

async function own(ctx: AppContext, access: WorkspaceAccess, id: string): Promise<ListeningQueryRow> {
  const row = isUuid(id) ? await listeningRepository.find(ctx.database.db, access.workspaceId, id) : undefined;
  if (!row) throw notFound('Listening query');
  return row;
}

async function stillConnected(ctx: AppContext, access: WorkspaceAccess, channelIds: string[]): Promise<string[]> {
  const found = new Set((await channelsRepository.findMany(ctx.database.db, access.workspaceId, channelIds)).map((c) => c.id));
  return channelIds.filter((id) => found.has(id));
}

/** A partial update: what is absent keeps its value; the result is checked as a whole. */
export async function updateQuery(ctx: AppContext, access: WorkspaceAccess, id: string, patch: Partial<ListeningQueryInput>) {
  const row = await own(ctx, access, id);
  const next: ListeningQueryInput = {
    name: patch.name ?? row.name,
    keywords: patch.keywords ?? row.keywords,
    hashtags: patch.hashtags ?? row.hashtags,
    exclude: patch.exclude ?? row.exclude,
    languages: patch.languages ?? row.languages,
    // A channel removed since the query was saved is dropped, not refused: the person did not pick it just now.
    channelIds: patch.channelIds ?? (await stillConnected(ctx, access, row.channel_ids)),
    active: patch.active ?? row.active,
  };
  if (next.keywords.length + next.hashtags.length === 0) {
    throw invalid('listening_query_empty', 'A listening query needs at least one keyword or hashtag.', 'keywords');
  }
  checkTerms(next);
  if (patch.channelIds) await checkChannels(ctx, access, next.channelIds);
  return ctx.database.db.transaction().execute(async (trx) => {
    const updated = await listeningRepository.update(trx, row.id, next);
    await listeningRepository.syncRuns(trx, row.id, next.active ? next.channelIds : []);
    await auditRepository.recordBy(trx, access, { action: 'listening_query.updated', targetType: 'listening_query', targetId: row.id, data: { name: updated.name } });
    return publicQuery(updated);
  });
}

export async function deleteQuery(ctx: AppContext, access: WorkspaceAccess, id: string): Promise<void> {
  const row = await own(ctx, access, id);
  await ctx.database.db.transaction().execute(async (trx) => {
    // The items it found stay in the inbox; only the query and its schedule go.
    await listeningRepository.remove(trx, row.id);
    await auditRepository.recordBy(trx, access, { action: 'listening_query.deleted', targetType: 'listening_query', targetId: row.id, data: { name: row.name } });
  });
}

/** The query's newest matches as inbox items. */
export async function queryMatches(ctx: AppContext, access: WorkspaceAccess, id: string, limit: number) {
  const row = await own(ctx, access, id);
  return (await listeningRepository.latestMatches(ctx.database.db, row.id, limit)).map((e) => publicEngagement(e));
}
