/**
 * Templates (saved captions with `{{variables}}`) and hashtag groups. A template written for some channels is
 * checked when saved: each filled variant must pass its network's rules, the same checks a post gets, or it is
 * refused with the channel and the rule. Filling one answers, per channel (and segment), the text a post would
 * carry there and what its network would refuse.
 *
 * @example
 *   const t = await createTemplate(ctx, access, { name: 'Opening', text: 'Now open in {{city}}!', channelIds: [x] });
 *   const { results } = await fillTemplate(ctx, access, t.id, { channelIds: [x], values: { city: 'Lyon' } });
 */
import type { AppContext } from '../../core/context.js';
import { conflict, invalid, notFound } from '../../core/errors.js';
import type { Queryable } from '../../db/database.js';
import { auditRepository } from '../audit/repository.js';
import { preparePost, throwIfViolations, type PostDraft } from '../posts/prepare.js';
import { isUuid, type WorkspaceAccess } from '../workspaces/access.js';
import { hashtagGroupsRepository as groups, templatesRepository as repo, type HashtagGroupFields, type TemplateFields, type TemplateRow } from './repository.js';

export interface FillInput {
  channelIds?: string[] | undefined;
  segmentIds?: string[] | undefined;
  values?: Record<string, string> | undefined;
  signature?: boolean | undefined;
}

type TemplateInput = Omit<TemplateFields, 'tags' | 'channelIds'> & { tags?: string[] | undefined; channelIds?: string[] | undefined };

function draftOf(access: WorkspaceAccess, text: string, channelIds: string[], segmentIds: string[], fill: PostDraft['fill']): PostDraft {
  const variants = segmentIds.map((segmentId) => ({ segmentId }));
  return { text, mediaIds: [], channelIds, variants, schedule: { at: null, local: null, timeZone: access.timezone }, fill };
}

/**
 * The template's text filled for each chosen channel must pass that network's rules. A variable without a value yet
 * is left as written (it may be given when the template is filled), and counts as its own characters.
 */
async function checkTemplate(ctx: AppContext, db: Queryable, access: WorkspaceAccess, text: string, channelIds: string[]): Promise<void> {
  if (channelIds.length === 0) return;
  const prepared = await preparePost(ctx, db, access.workspaceId, draftOf(access, text, channelIds, [], { strict: false }), false);
  throwIfViolations(prepared.violations);
}

async function checkName(db: Queryable, workspaceId: string, name: string, exceptId?: string): Promise<void> {
  if (await repo.findByName(db, workspaceId, name, exceptId)) {
    throw conflict('template_name_taken', `A template named "${name}" already exists here; choose another name.`, 'name');
  }
}

export async function listTemplates(ctx: AppContext, access: WorkspaceAccess): Promise<TemplateRow[]> {
  return repo.list(ctx.database.db, access.workspaceId);
}

export async function getTemplate(ctx: AppContext, access: WorkspaceAccess, id: string): Promise<TemplateRow> {
  const row = isUuid(id) ? await repo.find(ctx.database.db, access.workspaceId, id) : undefined;
  if (!row) throw notFound('Template');
  return row;
}

export async function createTemplate(ctx: AppContext, access: WorkspaceAccess, input: TemplateInput): Promise<TemplateRow> {
  const fields = { name: input.name, text: input.text, tags: [...new Set(input.tags ?? [])], channelIds: [...new Set(input.channelIds ?? [])] };
  return ctx.database.db.transaction().execute(async (trx) => {
    await checkName(trx, access.workspaceId, fields.name);
    await checkTemplate(ctx, trx, access, fields.text, fields.channelIds);
    const row = await repo.create(trx, access.workspaceId, access.userId, fields);
    await auditRepository.recordBy(trx, access, { action: 'template.created', targetType: 'template', targetId: row.id, data: { name: row.name } });
    return row;
  });
}

export async function updateTemplate(ctx: AppContext, access: WorkspaceAccess, id: string, changes: Partial<TemplateInput>): Promise<TemplateRow> {
  const before = await getTemplate(ctx, access, id);
  return ctx.database.db.transaction().execute(async (trx) => {
    if (changes.name !== undefined) await checkName(trx, access.workspaceId, changes.name, id);
    const channelIds = changes.channelIds ? [...new Set(changes.channelIds)] : before.channel_ids;
    await checkTemplate(ctx, trx, access, changes.text ?? before.text, channelIds);
    const row = await repo.update(trx, access.workspaceId, id, { ...changes, ...(changes.tags && { tags: [...new Set(changes.tags)] }), channelIds });
    if (!row) throw notFound('Template');
    await auditRepository.recordBy(trx, access, { action: 'template.updated', targetType: 'template', targetId: row.id, data: { name: row.name } });
    return row;
  });
}

export async function removeTemplate(ctx: AppContext, access: WorkspaceAccess, id: string): Promise<void> {
  await ctx.database.db.transaction().execute(async (trx) => {
    if (!isUuid(id) || !(await repo.remove(trx, access.workspaceId, id))) throw notFound('Template');
    await auditRepository.recordBy(trx, access, { action: 'template.deleted', targetType: 'template', targetId: id });
  });
}

/**
 * The template filled per channel, and per segment on each channel when segments are given: its text there (values
 * given here win over saved ones; each channel's signature added unless `signature: false`) and the rules it breaks.
 * 422 `unfilled_variable` names a variable that has no value for some channel or segment.
 */
export async function fillTemplate(ctx: AppContext, access: WorkspaceAccess, id: string, input: FillInput) {
  const template = await getTemplate(ctx, access, id);
  const channelIds = [...new Set(input.channelIds ?? template.channel_ids)];
  if (channelIds.length === 0) throw invalid('no_channels', 'Choose at least one channel to fill the template for.', 'channelIds');
  const segmentIds = [...new Set(input.segmentIds ?? [])];
  const fill = { values: input.values, signature: input.signature, strict: true };
  const prepared = await preparePost(ctx, ctx.database.db, access.workspaceId, draftOf(access, template.text, channelIds, segmentIds, fill), false);
  const results = prepared.plans.map((plan) => ({
    channelId: plan.channel.id,
    network: plan.channel.network,
    segmentId: plan.segment?.id ?? null,
    segmentName: plan.segment?.name ?? null,
    text: plan.text,
    violations: prepared.violations.filter((v) => v.channelId === plan.channel.id && (v.segmentId ?? null) === (plan.segment?.id ?? null)),
  }));
  return { results };
}

const cleanHashtags = (tags: string[]) => [...new Set(tags.map((t) => t.trim().replace(/^#+/, '')).filter((t) => t !== ''))];

async function checkGroupName(db: Queryable, workspaceId: string, name: string, exceptId?: string): Promise<void> {
  if (await groups.findByName(db, workspaceId, name, exceptId)) {
    throw conflict('hashtag_group_name_taken', `A hashtag group named "${name}" already exists here; choose another name.`, 'name');
  }
}

export async function listHashtagGroups(ctx: AppContext, access: WorkspaceAccess) {
  return groups.list(ctx.database.db, access.workspaceId);
}

export async function createHashtagGroup(ctx: AppContext, access: WorkspaceAccess, input: HashtagGroupFields) {
  const hashtags = cleanHashtags(input.hashtags);
  if (hashtags.length === 0) throw invalid('no_hashtags', 'Add at least one hashtag to the group.', 'hashtags');
  return ctx.database.db.transaction().execute(async (trx) => {
    await checkGroupName(trx, access.workspaceId, input.name);
    return groups.create(trx, access.workspaceId, { name: input.name, hashtags });
  });
}

export async function updateHashtagGroup(ctx: AppContext, access: WorkspaceAccess, id: string, changes: Partial<HashtagGroupFields>) {
  if (!isUuid(id)) throw notFound('Hashtag group');
  const hashtags = changes.hashtags && cleanHashtags(changes.hashtags);
  if (hashtags?.length === 0) throw invalid('no_hashtags', 'Add at least one hashtag to the group.', 'hashtags');
  return ctx.database.db.transaction().execute(async (trx) => {
    if (changes.name !== undefined) await checkGroupName(trx, access.workspaceId, changes.name, id);
    const row = await groups.update(trx, access.workspaceId, id, { ...changes, ...(hashtags && { hashtags }) });
    if (!row) throw notFound('Hashtag group');
    return row;
  });
}

export async function removeHashtagGroup(ctx: AppContext, access: WorkspaceAccess, id: string): Promise<void> {
  if (!isUuid(id) || !(await groups.remove(ctx.database.db, access.workspaceId, id))) throw notFound('Hashtag group');
}
