/**
 * Webhook deliveries turned into inbox engagement. The routes check signatures over the raw body first; this file
 * trusts what it is given and maps each event's account id to the channels that connected that account (in
 * every workspace that did), storing through the same upsert as polling, so a delivery and a poll are one row.
 */
import type { AppContext } from '../../core/context.js';
import { ApiError } from '../../core/errors.js';
import type { EngagementItem } from '../../networks/connector.js';
import { parseMetaWebhook } from '../../networks/meta/webhooks.js';
import { parseAccountActivity } from '../../networks/x/webhooks.js';
import { engagementsRepository } from '../engagement/repository.js';
import { storeEngagement } from '../engagement/service.js';
import { signingMetaChannels } from './meta-signature.js';

export interface Ingested {
  /** Items in the delivery that Chorus understood. */
  items: number;
  /** Items that were new (not already found by a poll or an earlier delivery). */
  stored: number;
  /** Items for accounts no channel has connected (ignored). */
  unknownAccount: number;
}

export function parseJsonBody(raw: Buffer): unknown {
  try {
    return JSON.parse(raw.toString('utf8')) as unknown;
  } catch {
    throw new ApiError(400, 'invalid_json', 'The webhook body is not JSON.');
  }
}

/**
 * Stores items grouped by (network, account id), for every channel connected to that account — or, when `only` is
 * given, for those of its channels only (the ones whose workspace's app signed the delivery).
 */
async function ingest(
  ctx: AppContext,
  groups: Map<string, { network: string; accountId: string; items: EngagementItem[] }>,
  only?: Set<string>,
): Promise<Ingested> {
  const result: Ingested = { items: 0, stored: 0, unknownAccount: 0 };
  for (const { network, accountId, items } of groups.values()) {
    result.items += items.length;
    const channels = await engagementsRepository.channelsForAccount(ctx.database.db, network, accountId);
    if (channels.length === 0) result.unknownAccount += items.length;
    for (const channel of channels) if (!only || only.has(channel.id)) result.stored += await storeEngagement(ctx, channel, items);
  }
  return result;
}

function group(events: Array<{ network: string; accountId: string; item: EngagementItem }>) {
  const groups = new Map<string, { network: string; accountId: string; items: EngagementItem[] }>();
  for (const e of events) {
    const key = `${e.network}\n${e.accountId}`;
    const g = groups.get(key) ?? { network: e.network, accountId: e.accountId, items: [] };
    g.items.push(e.item);
    groups.set(key, g);
  }
  return groups;
}

/** A Meta delivery (Page feed, Instagram comments, Messenger / Instagram messaging), already verified. */
export async function ingestMetaDelivery(ctx: AppContext, payload: unknown): Promise<Ingested> {
  return ingest(ctx, group(parseMetaWebhook(payload)));
}

/**
 * A Meta delivery whose signature is checked here: with the server's Meta app secret it speaks for every channel
 * (as before); otherwise each channel it names counts only when its own workspace's saved Meta app signed it, so one
 * workspace's app cannot deliver events into another's inbox. 401 when no app of a named channel signed it, 403 when
 * it also names a connected account whose workspace's app did not.
 */
export async function ingestSignedMetaDelivery(ctx: AppContext, raw: Buffer, signature: string | string[] | undefined): Promise<Ingested> {
  const signed = await signingMetaChannels(ctx, raw, signature);
  if (signed === 'server') return ingestMetaDelivery(ctx, parseJsonBody(raw));
  return ingest(ctx, group(parseMetaWebhook(signed.payload)), signed.channels);
}

/** An X Account Activity delivery, already verified: every item belongs to `for_user_id`. */
export async function ingestXDelivery(ctx: AppContext, payload: unknown): Promise<Ingested> {
  const { forUserId, items } = parseAccountActivity(payload);
  if (!forUserId) return { items: 0, stored: 0, unknownAccount: 0 };
  return ingest(ctx, group(items.map((item) => ({ network: 'x', accountId: forUserId, item }))));
}

export function notConfigured(what: string, settings: string): ApiError {
  return new ApiError(503, 'webhook_not_configured', `${what} webhooks are not set up on this server: set ${settings} and restart Chorus.`);
}
