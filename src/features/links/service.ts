/** Tracked short links: create, edit, archive, and the shape the API shows. */
import { isIP } from 'node:net';
import type { AppContext } from '../../core/context.js';
import { conflict, invalid, notFound } from '../../core/errors.js';
import type { LinkRuleRow, LinkUtm } from '../../db/schema.js';
import { auditRepository } from '../audit/repository.js';
import { hashPassword } from '../auth/secrets.js';
import { isUuid, type WorkspaceAccess } from '../workspaces/access.js';
import { checkCustomCode, randomCode } from './codes.js';
import { checkDestination } from './destination.js';
import { linksRepository, type LinkRow } from './repository.js';
import { checkRules } from './rules.js';
import { checkVariants, type Variants } from './variants.js';
import { refuseLoops } from './own-address.js';
import { campaignToAssign } from '../campaigns/service.js';
import type { CampaignRow } from '../campaigns/repository.js';

export interface LinkInput {
  url: string;
  code?: string | undefined;
  title?: string | undefined;
  utm?: LinkUtm | undefined;
  rules?: LinkRuleRow[] | undefined;
  tags?: string[] | undefined;
  expiresAt?: string | null | undefined;
  password?: string | null | undefined;
  addClickId?: boolean | undefined;
  variants?: Variants | null | undefined;
  /** The campaign it belongs to; its utm_campaign replaces any other. */
  campaignId?: string | null | undefined;
}

/**
 * Host names a link may never lead to, on any port: Chorus's own (app and short domain), so no loop and no open
 * redirect. Addresses, however spelt, are judged by `refuseLoops` (own-address.ts) with Chorus's ports.
 */
export function ownHosts(ctx: AppContext): string[] {
  return [new URL(ctx.config.publicUrl).hostname, new URL(ctx.config.linkBaseUrl).hostname].filter((host) => !isIP(host.replace(/^\[|\]$/g, '')));
}

/** Every destination a link stores, with the field that holds it (for `refuseLoops`). */
function destinations(url: string | undefined, rules: LinkRuleRow[] | undefined, variants: Variants | null | undefined) {
  return [
    ...(url !== undefined ? [{ url, field: 'url' }] : []),
    ...(rules ?? []).map((rule, i) => ({ url: rule.url, field: `rules[${i}].url` })),
    ...(variants?.arms ?? []).map((arm, i) => ({ url: arm.url, field: `variants.arms[${i}].url` })),
  ];
}

export function publicLink(ctx: AppContext, row: LinkRow) {
  return {
    id: row.id,
    code: row.code,
    shortUrl: `${ctx.config.linkBaseUrl}/${row.code}`,
    qrUrl: `${ctx.config.publicUrl}/qr/${row.code}.svg`,
    url: row.url,
    title: row.title,
    utm: row.utm,
    rules: row.rules,
    tags: row.tags,
    expiresAt: row.expires_at,
    archivedAt: row.archived_at,
    hasPassword: row.password_hash !== null,
    addClickId: row.add_click_id,
    variants: row.variants,
    campaignId: row.campaign_id,
    postId: row.post_id,
    publicationId: row.publication_id,
    network: row.network,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

function parseExpiry(value: string | null | undefined): Date | null | undefined {
  if (value === undefined || value === null) return value;
  const at = new Date(value);
  if (Number.isNaN(at.getTime())) throw invalid('invalid_date', 'expiresAt must be an ISO date-time.', 'expiresAt');
  if (at.getTime() <= Date.now()) throw invalid('date_in_past', 'expiresAt is in the past.', 'expiresAt');
  return at;
}

export async function createLink(ctx: AppContext, access: WorkspaceAccess, input: LinkInput, origin: Partial<{ postId: string; publicationId: string; network: string; channelId: string }> = {}) {
  const hosts = ownHosts(ctx);
  const url = checkDestination(input.url, hosts);
  const rules = checkRules(input.rules ?? [], hosts);
  const variants = input.variants ? checkVariants(input.variants, hosts) : null;
  await refuseLoops(ctx.config, destinations(url, rules, variants));
  const expiresAt = parseExpiry(input.expiresAt) ?? null;
  const passwordHash = input.password ? await hashPassword(input.password) : null;
  const base = {
    workspaceId: access.workspaceId,
    url,
    rules,
    tags: [...new Set(input.tags ?? [])],
    title: input.title ?? '',
    passwordHash,
    expiresAt,
    addClickId: input.addClickId ?? true,
    variants,
    createdBy: access.userId,
    ...origin,
  };
  return ctx.database.db.transaction().execute(async (trx) => {
    const campaign = await campaignToAssign(trx, access.workspaceId, input.campaignId ?? null);
    const withCampaign = { ...base, utm: utmWith(input.utm ?? {}, campaign), campaignId: campaign?.id ?? null };
    let row: LinkRow | undefined;
    if (input.code) {
      row = await linksRepository.insert(trx, { ...withCampaign, code: checkCustomCode(input.code) });
      if (!row) throw conflict('code_taken', `The code "${input.code}" is already used; choose another.`, 'code');
    } else {
      // 3.5 × 10^12 codes: a collision is rare, and retried.
      for (let i = 0; i < 5 && !row; i++) row = await linksRepository.insert(trx, { ...withCampaign, code: randomCode() });
      if (!row) throw new Error('Could not find a free short code');
    }
    await auditRepository.recordBy(trx, access, {
      action: 'link.created',
      targetType: 'link',
      targetId: row.id,
      data: { code: row.code, url },
    });
    return publicLink(ctx, row);
  });
}

export async function getLinkRow(ctx: AppContext, access: WorkspaceAccess, id: string): Promise<LinkRow> {
  const row = isUuid(id) ? await linksRepository.find(ctx.database.db, access.workspaceId, id) : undefined;
  if (!row) throw notFound('Link');
  return row;
}

/** A report's period: `from`/`to` from the query, by default the last 30 days (or since the link was made). */
export function reportRange(query: { from?: string | undefined; to?: string | undefined }, link: LinkRow): { from: Date; to: Date } {
  const to = query.to ? new Date(query.to) : new Date();
  const from = query.from ? new Date(query.from) : new Date(Math.min(link.created_at.getTime(), to.getTime() - 30 * 86_400_000));
  if (from >= to) throw invalid('invalid_range', '"from" must be before "to".', 'from');
  return { from, to };
}

/** The UTM as given, with the campaign's utm_campaign (none without a campaign). */
function utmWith(utm: LinkUtm, campaign: CampaignRow | null): LinkUtm {
  const { campaign: _ignored, ...rest } = utm;
  return campaign ? { ...rest, campaign: campaign.utm_campaign } : rest;
}

/**
 * A link's new UTM and campaign after an edit: a new campaign brings its utm_campaign; without one, the link keeps
 * the utm_campaign it has (its campaign's, or the workspace default a post's link was given).
 */
async function nextUtm(ctx: AppContext, access: WorkspaceAccess, row: LinkRow, input: Partial<LinkInput>) {
  if (input.campaignId === undefined || input.campaignId === row.campaign_id) {
    if (input.utm === undefined) return {};
    const { campaign: _ignored, ...rest } = input.utm;
    return { utm: row.utm.campaign ? { ...rest, campaign: row.utm.campaign } : rest };
  }
  const campaign = await campaignToAssign(ctx.database.db, access.workspaceId, input.campaignId);
  return { utm: utmWith(input.utm ?? row.utm, campaign), campaignId: campaign?.id ?? null };
}

export async function updateLink(ctx: AppContext, access: WorkspaceAccess, id: string, input: Partial<LinkInput> & { archived?: boolean }) {
  const before = await getLinkRow(ctx, access, id);
  const campaignChange = await nextUtm(ctx, access, before, input);
  const hosts = ownHosts(ctx);
  const url = input.url !== undefined ? checkDestination(input.url, hosts) : undefined;
  const rules = input.rules !== undefined ? checkRules(input.rules, hosts) : undefined;
  const variants = input.variants ? checkVariants(input.variants, hosts) : input.variants;
  await refuseLoops(ctx.config, destinations(url, rules, variants));
  const row = await linksRepository.update(ctx.database.db, access.workspaceId, id, {
    ...(url !== undefined && { url }),
    ...(rules !== undefined && { rules }),
    ...campaignChange,
    ...(input.tags !== undefined && { tags: [...new Set(input.tags)] }),
    ...(input.title !== undefined && { title: input.title }),
    ...(input.expiresAt !== undefined && { expiresAt: parseExpiry(input.expiresAt) ?? null }),
    ...(input.password !== undefined && { passwordHash: input.password ? await hashPassword(input.password) : null }),
    ...(input.addClickId !== undefined && { addClickId: input.addClickId }),
    ...(variants !== undefined && { variants }),
    ...(input.archived !== undefined && { archivedAt: input.archived ? new Date() : null }),
  });
  await auditRepository.record(ctx.database.db, {
    workspaceId: access.workspaceId,
    actorUserId: access.userId,
    action: input.archived ? 'link.archived' : 'link.updated',
    targetType: 'link',
    targetId: id,
  });
  return publicLink(ctx, row!);
}
