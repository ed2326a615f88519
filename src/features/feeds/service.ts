/**
 * RSS/Atom auto-post (issue 15): a feed's new entries become posts on its channels, through the same path as a post
 * written by hand (each network's rules, tracked links, approval for contributors, the channel's queue). Adding,
 * changing and removing feeds is here; reading them is in reader.ts.
 *
 * @example
 *   const feed = await createFeed(ctx, access, { url: 'https://blog.example/feed.xml', channelIds: [id] });
 *   feed.template; // '{{title}} {{link}}'
 */
import type { AppContext } from '../../core/context.js';
import { invalid, notFound } from '../../core/errors.js';
import type { Queryable } from '../../db/database.js';
import type { FeedMode } from '../../db/schema.js';
import { assertPublicHttpUrl, UnsafeUrlError } from '../../networks/safe-url.js';
import { auditRepository } from '../audit/repository.js';
import { channelsRepository } from '../channels/repository.js';
import { isUuid, type WorkspaceAccess } from '../workspaces/access.js';
import { feedsRepository as repo, type FeedFields, type FeedRow } from './repository.js';
import { DEFAULT_TEMPLATE, TEMPLATE_VARIABLES, unknownVariables } from './template.js';

export interface FeedInput {
  url: string;
  channelIds: string[];
  template?: string | undefined;
  dailyCap?: number | undefined;
  mode?: FeedMode | undefined;
  active?: boolean | undefined;
}

export type FeedChanges = Partial<FeedInput>;

export const DEFAULT_DAILY_CAP = 3;

/** Only http(s), no credentials, never this machine or a private network: the early, friendly refusal. */
async function checkUrl(raw: string): Promise<string> {
  try {
    return (await assertPublicHttpUrl(raw.trim())).toString();
  } catch (error) {
    if (error instanceof UnsafeUrlError) throw invalid('unsafe_url', error.message, 'url');
    throw error;
  }
}

function checkTemplate(template: string): string {
  const unknown = unknownVariables(template);
  if (unknown.length > 0) {
    const known = TEMPLATE_VARIABLES.map((v) => `{{${v}}}`).join(', ');
    throw invalid('unknown_template_variable', `{{${unknown[0]}}} is not a variable; use ${known}.`, 'template', undefined, { variable: unknown[0]! });
  }
  if (template.trim() === '') throw invalid('empty_template', 'Write a template, e.g. {{title}} {{link}}.', 'template');
  return template;
}

async function checkChannels(db: Queryable, workspaceId: string, channelIds: string[]): Promise<string[]> {
  const ids = [...new Set(channelIds)];
  if (ids.length === 0) throw invalid('no_channels', 'Choose at least one channel to post the feed on.', 'channelIds');
  const found = ids.every(isUuid) ? await channelsRepository.findMany(db, workspaceId, ids) : [];
  const missing = ids.find((id) => !found.some((c) => c.id === id));
  if (missing !== undefined) throw invalid('unknown_channel', `Channel ${missing} is not connected in this workspace.`, 'channelIds');
  return ids;
}

export async function createFeed(ctx: AppContext, access: WorkspaceAccess, input: FeedInput): Promise<FeedRow> {
  const url = await checkUrl(input.url);
  const fields: FeedFields = {
    url,
    channelIds: await checkChannels(ctx.database.db, access.workspaceId, input.channelIds),
    template: checkTemplate(input.template ?? DEFAULT_TEMPLATE),
    dailyCap: input.dailyCap ?? DEFAULT_DAILY_CAP,
    mode: input.mode ?? 'publish',
    active: input.active ?? true,
  };
  return ctx.database.db.transaction().execute(async (trx) => {
    const row = await repo.create(trx, access.workspaceId, access.userId, fields);
    await auditRepository.recordBy(trx, access, { action: 'feed.created', targetType: 'feed', targetId: row.id, data: { url } });
    return row;
  });
}

export async function getFeed(ctx: AppContext, access: WorkspaceAccess, id: string): Promise<FeedRow> {
  const row = isUuid(id) ? await repo.find(ctx.database.db, access.workspaceId, id) : undefined;
  if (!row) throw notFound('Feed');
  return row;
}

export async function updateFeed(ctx: AppContext, access: WorkspaceAccess, id: string, changes: FeedChanges): Promise<FeedRow> {
  const before = await getFeed(ctx, access, id);
  const url = changes.url !== undefined ? await checkUrl(changes.url) : undefined;
  const fields: Partial<FeedFields> = {
    // The same address again is no change: its entries and validators are kept.
    url: url !== undefined && url !== before.url ? url : undefined,
    channelIds: changes.channelIds !== undefined ? await checkChannels(ctx.database.db, access.workspaceId, changes.channelIds) : undefined,
    template: changes.template !== undefined ? checkTemplate(changes.template) : undefined,
    dailyCap: changes.dailyCap,
    mode: changes.mode,
    active: changes.active,
  };
  return ctx.database.db.transaction().execute(async (trx) => {
    const row = await repo.update(trx, access.workspaceId, before.id, fields);
    if (!row) throw notFound('Feed');
    await auditRepository.recordBy(trx, access, { action: 'feed.updated', targetType: 'feed', targetId: row.id, data: { url: row.url } });
    return row;
  });
}

export async function removeFeed(ctx: AppContext, access: WorkspaceAccess, id: string): Promise<void> {
  if (!isUuid(id)) throw notFound('Feed');
  await ctx.database.db.transaction().execute(async (trx) => {
    const row = await repo.find(trx, access.workspaceId, id);
    if (!row || !(await repo.remove(trx, access.workspaceId, id))) throw notFound('Feed');
    await auditRepository.recordBy(trx, access, { action: 'feed.deleted', targetType: 'feed', targetId: id, data: { url: row.url } });
  });
}
