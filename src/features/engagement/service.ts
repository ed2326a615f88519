/**
 * The inbox's rules: storing engagement from polls and webhooks alike, and acting on it (reply, hide, delete)
 * through the channel's connector. No HTTP and no SQL here.
 */
import type { AppContext } from '../../core/context.js';
import { ApiError, invalid, notFound } from '../../core/errors.js';
import { NetworkError, type Connector, type EngagementItem } from '../../networks/connector.js';
import { auditRepository } from '../audit/repository.js';
import { markNeedsReconnect } from '../channels/refresh.js';
import { channelsRepository, type ChannelRow } from '../channels/repository.js';
import { analyseTexts } from '../sentiment/analyse.js';
import { channelContext } from '../channels/service.js';
import { isUuid, type WorkspaceAccess } from '../workspaces/access.js';
import { emitEvents } from '../outgoing-webhooks/events.js';
import { engagementsRepository, type EngagementChannel, type EngagementRow, type InsertedEngagement } from './repository.js';
import { liveRepository } from './live-repository.js';

/** An engagement as the API shows it. */
export function publicEngagement(row: EngagementRow & { post_id?: string | null }) {
  return {
    id: row.id,
    channelId: row.channel_id,
    network: row.network,
    kind: row.kind,
    externalId: row.external_id,
    parentExternalId: row.parent_external_id,
    publicationId: row.publication_id,
    postId: row.post_id ?? null,
    author: { externalId: row.author_external_id, handle: row.author_handle, name: row.author_name, avatarUrl: row.author_avatar_url },
    text: row.text,
    url: row.url,
    createdAt: row.created_at.toISOString(),
    receivedAt: row.received_at.toISOString(),
    hidden: row.hidden,
    liked: row.liked,
    repliedAt: row.replied_at?.toISOString() ?? null,
    replyUrl: row.reply_url,
    language: row.language ?? 'unknown',
    sentiment: row.sentiment_label ? { label: row.sentiment_label, score: row.sentiment_score ?? 0 } : null,
  };
}

/** Stores what a poll or a webhook found; returns how many items were new. */
export async function storeEngagement(ctx: AppContext, channel: EngagementChannel, items: EngagementItem[]): Promise<number> {
  if (items.length === 0) return 0;
  const inserted = await ctx.database.db.transaction().execute(async (trx) => {
    // Language and sentiment on arrival, so the inbox filters on them and alert rules count negative items.
    const analysed = analyseTexts(items.map((item) => item.text));
    const rows = await engagementsRepository.upsertMany(trx, channel, items.map((item, i) => ({ ...item, analysis: analysed[i]! })));
    // Only new items are events; a poll and a webhook seeing the same comment make one.
    const events = rows.map((row) => ({ workspaceId: row.workspace_id, type: 'engagement.created' as const, data: engagementEventData(row) }));
    await emitEvents(ctx, trx, events);
    return rows;
  });
  // Open inboxes hear of them (live.ts, in every API process) once they are committed. Not inside the storing
  // transaction: PostgreSQL commits every transaction that notified under one database-wide lock, which made four
  // channels storing at once slower than one (npm run bench -- ingest). A crash between the two costs a live
  // notice, not an item: the inbox shows it on its next refresh.
  if (inserted.length > 0) {
    await liveRepository.notifyNew(ctx.database.db, inserted).catch((error: unknown) => ctx.log.warn({ err: error }, 'live inbox notice not sent'));
  }
  return inserted.length;
}

/** What an `engagement.created` event carries: the item as the inbox shows it, without the inbox's own state. */
function engagementEventData(row: InsertedEngagement): Record<string, unknown> {
  return {
    id: row.id,
    channelId: row.channel_id,
    network: row.network,
    kind: row.kind,
    publicationId: row.publication_id,
    author: { handle: row.author_handle, name: row.author_name },
    text: row.text,
    url: row.url,
    createdAt: row.created_at.toISOString(),
  };
}

/** `before` is the `nextBefore` of the previous page (`<ISO time>~<id>`) or a plain ISO time. */
export function parseBefore(before: string | undefined): { at: Date; id?: string } | undefined {
  if (before === undefined) return undefined;
  const [time, id] = before.split('~');
  const at = new Date(time ?? '');
  if (Number.isNaN(at.getTime()) || (id !== undefined && !isUuid(id))) {
    throw new ApiError(400, 'invalid_request', '"before" must be the nextBefore of the previous page or an ISO date.', 'before');
  }
  return { at, ...(id && { id }) };
}

export function nextBefore(rows: Array<{ created_at: Date; id: string }>, limit: number): string | null {
  const last = rows.at(-1);
  return rows.length === limit && last ? `${last.created_at.toISOString()}~${last.id}` : null;
}

export interface Target {
  row: EngagementRow;
  channel: ChannelRow;
  connector: Connector;
}

/** The workspace's item with its channel and connector, ready to act on; 404, or 409 when the channel needs a reconnect. */
export async function target(ctx: AppContext, access: WorkspaceAccess, engagementId: string): Promise<Target> {
  const db = ctx.database.db;
  const row = isUuid(engagementId) ? await engagementsRepository.find(db, access.workspaceId, engagementId) : undefined;
  if (!row) throw notFound('Engagement');
  const channel = await channelsRepository.find(db, access.workspaceId, row.channel_id);
  if (!channel) throw notFound('Engagement');
  const connector = ctx.networks.get(channel.network);
  if (!connector) throw invalid('network_unavailable', `Chorus cannot act on ${channel.network} on this server.`);
  if (channel.status !== 'active') {
    throw new ApiError(409, 'channel_needs_reconnect', `Reconnect ${channel.handle} first: ${channel.status_reason ?? channel.status}.`);
  }
  return { row, channel, connector };
}

/**
 * Turns a network's refusal into an answer a person can act on. An auth failure marks the channel for
 * reconnection, exactly as the publisher does.
 */
async function networkFailure(ctx: AppContext, t: Target, error: unknown, doing: string): Promise<never> {
  if (!(error instanceof NetworkError)) throw error;
  const network = t.channel.network;
  switch (error.kind) {
    case 'rate_limited': {
      const seconds = Math.ceil((error.details.retryAfterMs ?? 60_000) / 1000);
      throw new ApiError(429, 'network_rate_limited', `${network} asks Chorus to slow down; try ${doing} again in ${seconds} s.`, undefined, {
        retryAfterSeconds: seconds,
      });
    }
    case 'auth':
      await markNeedsReconnect(ctx, t.channel, error.message);
      throw new ApiError(409, 'channel_needs_reconnect', `${network} no longer accepts ${t.channel.handle}'s access: ${error.message}`);
    case 'rejected':
      throw invalid('network_refused', `${network} refused ${doing}: ${error.message}`);
    case 'not_found':
      throw new ApiError(404, 'not_found', `${network} no longer has this item (it may have been deleted there).`);
    default:
      throw new ApiError(502, 'network_unavailable', `${network} could not be reached for ${doing} (${error.message}); try again shortly.`);
  }
}

/** Likes an item on its network, or takes the like back, where the network allows it. */
export async function likeEngagement(ctx: AppContext, access: WorkspaceAccess, engagementId: string, liked: boolean) {
  const t = await target(ctx, access, engagementId);
  const like = t.connector.like?.bind(t.connector);
  const network = t.channel.network;
  if (!like) throw invalid('like_unsupported', `${network} does not let Chorus like items; like it in the ${network} app.`, undefined, undefined, { network });
  try {
    await like(channelContext(ctx, t.channel), t.row.external_id, liked);
  } catch (error) {
    return networkFailure(ctx, t, error, liked ? 'the like' : 'taking the like back');
  }
  return publicEngagement(await engagementsRepository.setLiked(ctx.database.db, t.row.id, liked));
}

export async function hideEngagement(ctx: AppContext, access: WorkspaceAccess, engagementId: string, hidden: boolean) {
  const t = await target(ctx, access, engagementId);
  const hide = t.connector.hideEngagement?.bind(t.connector);
  if (!hide) throw invalid('unsupported', `${t.channel.network} does not let Chorus hide comments; hide it in the ${t.channel.network} app.`);
  try {
    await hide(channelContext(ctx, t.channel), t.row.external_id, hidden);
  } catch (error) {
    return networkFailure(ctx, t, error, hidden ? 'hiding it' : 'showing it');
  }
  const db = ctx.database.db;
  const row = await engagementsRepository.setHidden(db, t.row.id, hidden);
  await auditRepository.recordBy(db, access, {
    action: hidden ? 'engagement.hidden' : 'engagement.shown',
    targetType: 'engagement',
    targetId: t.row.id,
    data: { network: t.channel.network },
  });
  return publicEngagement(row);
}

export async function deleteEngagement(ctx: AppContext, access: WorkspaceAccess, engagementId: string): Promise<void> {
  const t = await target(ctx, access, engagementId);
  const remove = t.connector.deleteEngagement?.bind(t.connector);
  if (!remove) {
    throw invalid('unsupported', `${t.channel.network} does not let Chorus delete comments; hide it instead, or delete it in the ${t.channel.network} app.`);
  }
  try {
    await remove(channelContext(ctx, t.channel), t.row.external_id);
  } catch (error) {
    // Already gone on the network: the inbox follows.
    if (!(error instanceof NetworkError && error.kind === 'not_found')) return networkFailure(ctx, t, error, 'deleting it');
  }
  const db = ctx.database.db;
  await engagementsRepository.markDeleted(db, t.row.id);
  await auditRepository.recordBy(db, access, {
    action: 'engagement.deleted',
    targetType: 'engagement',
    targetId: t.row.id,
    data: { network: t.channel.network },
  });
}
