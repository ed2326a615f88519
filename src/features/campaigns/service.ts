/**
 * Campaigns: a named effort with a goal (awareness, traffic or leads) and dates, that posts and links belong to. Its
 * `utmCampaign` (by default a slug of its name) is the utm_campaign of every tracked link of its posts and of every
 * link given it, and stays so when it is renamed. A campaign that posts or links name is kept (its results are read
 * by it): deleting one answers 409 and the way out is archiving.
 *
 * @example
 *   const row = await createCampaign(ctx, access, { name: 'Spring 2027', goal: 'traffic', startsAt, endsAt });
 *   row.utm_campaign; // 'spring-2027'
 */
import type { AppContext } from '../../core/context.js';
import { ApiError, conflict, invalid, notFound } from '../../core/errors.js';
import type { Queryable } from '../../db/database.js';
import type { CampaignGoal } from '../../db/schema.js';
import { auditRepository } from '../audit/repository.js';
import { isUuid, type WorkspaceAccess } from '../workspaces/access.js';
import { metricsRepository } from '../metrics/repository.js';
import { campaignReport } from './report.js';
import { campaignReportRepository as reports } from './report-repository.js';
import { campaignsRepository as repo, type CampaignRow } from './repository.js';

export interface CampaignInput {
  name: string;
  goal: CampaignGoal;
  startsAt: string;
  endsAt: string;
  utmCampaign?: string | undefined;
}

export type CampaignChanges = Partial<CampaignInput> & { archived?: boolean | undefined };

/** "Été 2027 — Paris!" → "ete-2027-paris": what utm_campaign becomes when no name is given for it. */
export function slugOf(name: string): string {
  const slug = name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 200)
    .replace(/-+$/, '');
  return slug || 'campaign';
}

function checkDates(startsAt: Date, endsAt: Date): void {
  if (endsAt < startsAt) throw invalid('campaign_ends_before_start', 'The campaign must end on or after the day it starts.', 'endsAt');
}

async function checkName(db: Queryable, workspaceId: string, name: string, exceptId?: string): Promise<void> {
  if (await repo.findByName(db, workspaceId, name, exceptId)) {
    throw conflict('campaign_name_taken', `A campaign named "${name}" already exists here; choose another name.`, 'name');
  }
}

export async function createCampaign(ctx: AppContext, access: WorkspaceAccess, input: CampaignInput): Promise<CampaignRow> {
  const startsAt = new Date(input.startsAt);
  const endsAt = new Date(input.endsAt);
  checkDates(startsAt, endsAt);
  const utmCampaign = input.utmCampaign?.trim() || slugOf(input.name);
  return ctx.database.db.transaction().execute(async (trx) => {
    await checkName(trx, access.workspaceId, input.name);
    const row = await repo.create(trx, access.workspaceId, access.userId, { name: input.name, goal: input.goal, startsAt, endsAt, utmCampaign });
    await auditRepository.recordBy(trx, access, { action: 'campaign.created', targetType: 'campaign', targetId: row.id, data: { name: row.name } });
    return row;
  });
}

export async function getCampaign(ctx: AppContext, access: WorkspaceAccess, id: string): Promise<CampaignRow> {
  const row = isUuid(id) ? await repo.find(ctx.database.db, access.workspaceId, id) : undefined;
  if (!row) throw notFound('Campaign');
  return row;
}

/** Edits a campaign; a new utmCampaign is carried to every link of it at once (the redirector forgets them). */
export async function updateCampaign(ctx: AppContext, access: WorkspaceAccess, id: string, changes: CampaignChanges): Promise<CampaignRow> {
  if (!isUuid(id)) throw notFound('Campaign');
  const { row, codes } = await ctx.database.db.transaction().execute(async (trx) => {
    const before = await repo.findForUpdate(trx, access.workspaceId, id);
    if (!before) throw notFound('Campaign');
    const startsAt = changes.startsAt !== undefined ? new Date(changes.startsAt) : before.starts_at;
    const endsAt = changes.endsAt !== undefined ? new Date(changes.endsAt) : before.ends_at;
    checkDates(startsAt, endsAt);
    if (changes.name !== undefined) await checkName(trx, access.workspaceId, changes.name, id);
    const utmCampaign = changes.utmCampaign?.trim() || undefined;
    const row = (await repo.update(trx, access.workspaceId, id, {
      name: changes.name,
      goal: changes.goal,
      startsAt,
      endsAt,
      utmCampaign,
      ...(changes.archived !== undefined && { archivedAt: changes.archived ? (before.archived_at ?? new Date()) : null }),
    }))!;
    const codes = utmCampaign && utmCampaign !== before.utm_campaign ? await repo.renameLinksUtm(trx, access.workspaceId, id, utmCampaign) : [];
    const action = changes.archived === true && !before.archived_at ? 'campaign.archived' : 'campaign.updated';
    await auditRepository.recordBy(trx, access, { action, targetType: 'campaign', targetId: id, data: { name: row.name } });
    return { row, codes };
  });
  for (const code of codes) ctx.links.redirector.cache.forget(code);
  return row;
}

export async function removeCampaign(ctx: AppContext, access: WorkspaceAccess, id: string): Promise<void> {
  if (!isUuid(id)) throw notFound('Campaign');
  await ctx.database.db.transaction().execute(async (trx) => {
    const row = await repo.findForUpdate(trx, access.workspaceId, id);
    if (!row) throw notFound('Campaign');
    const { posts, links } = await repo.usage(trx, access.workspaceId, id);
    if (posts + links > 0) {
      const message = `${posts} post(s) and ${links} link(s) belong to "${row.name}", and its results are read by it, so it is kept. Archive it instead.`;
      throw new ApiError(409, 'campaign_in_use', message, undefined, undefined, { posts, links });
    }
    await repo.remove(trx, access.workspaceId, id);
    await auditRepository.recordBy(trx, access, { action: 'campaign.deleted', targetType: 'campaign', targetId: id, data: { name: row.name } });
  });
}

/**
 * The campaign a post or link is being given, share-locked until the transaction ends (so it cannot be deleted
 * under it): null for none, a 422 on `field` for an unknown one, another workspace's, or an archived one.
 */
export async function campaignToAssign(db: Queryable, workspaceId: string, campaignId: string | null, field = 'campaignId'): Promise<CampaignRow | null> {
  if (campaignId === null) return null;
  const row = isUuid(campaignId) ? await repo.findForShare(db, workspaceId, campaignId) : undefined;
  if (!row) throw invalid('unknown_campaign', 'This campaign does not exist in this workspace; choose one from the list.', field);
  if (row.archived_at) throw invalid('campaign_archived', `The campaign "${row.name}" is archived; restore it first or choose another.`, field);
  return row;
}

/** The campaign of a post, for its tracked links' UTM (none: null). */
export async function campaignOf(db: Queryable, workspaceId: string, campaignId: string | null): Promise<CampaignRow | null> {
  return campaignId === null ? null : ((await repo.find(db, workspaceId, campaignId)) ?? null);
}

/** Moves a post's tracked links to its new campaign: campaign and utm_campaign; returns the codes to forget. */
export async function moveLinksOfPost(db: Queryable, workspaceId: string, postId: string, campaign: CampaignRow | null, fallbackUtm: string | undefined): Promise<string[]> {
  return repo.moveLinksOfPost(db, workspaceId, postId, campaign?.id ?? null, campaign?.utm_campaign ?? fallbackUtm ?? null);
}

/** The campaign's funnel and breakdowns (report.ts), all time. */
export async function reportOfCampaign(ctx: AppContext, access: WorkspaceAccess, id: string) {
  const db = ctx.database.db;
  const campaign = await getCampaign(ctx, access, id);
  const [publications, links] = await Promise.all([reports.publications(db, access.workspaceId, campaign.id), reports.links(db, access.workspaceId, campaign.id)]);
  const linkIds = links.map((l) => l.id);
  const channelIds = [...new Set([...publications.map((p) => p.channel_id), ...links.flatMap((l) => l.channel_id ?? [])])];
  const postIds = [...new Set([...publications.map((p) => p.post_id), ...links.flatMap((l) => l.post_id ?? [])])];
  const segmentIds = [...new Set(publications.flatMap((p) => p.segment_id ?? []))];
  const [latest, clicks, conversions, shareNodes, channels, segments, posts] = await Promise.all([
    metricsRepository.latestOf(db, publications.map((p) => p.id)),
    reports.clicks(db, linkIds),
    reports.conversions(db, linkIds),
    reports.shareNodes(db, access.workspaceId, linkIds),
    reports.channelNames(db, access.workspaceId, channelIds),
    reports.segmentNames(db, access.workspaceId, segmentIds),
    reports.postLabels(db, access.workspaceId, postIds),
  ]);
  return { campaign, report: campaignReport({ publications, links, latest, clicks, conversions, shareNodes, names: { channels, segments, posts } }) };
}
