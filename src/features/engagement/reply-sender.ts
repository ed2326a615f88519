/**
 * Sends a queued reply exactly once, the publisher's way (features/publishing/publisher.ts):
 *
 * 1. Claim, in one transaction with the reply locked: skip what is no longer to be sent, wait for a live lease held
 *    by another worker, and record the attempt (`sending`, one more attempt, a lease) BEFORE the network is called.
 * 2. A reply that was already `sending` when claimed, its lease run out, may have reached the network before its
 *    worker died: ask the network (`findReply`) first. A network that cannot be asked gets no second send: the reply
 *    fails as `reply_outcome_unknown`, for a person to check. Every attempt carries the same idempotency key besides.
 * 3. Record the outcome: sent (and the item marked answered, which the team figures read); retried later with
 *    backoff (a rate limit, an outage); or failed with the network's reason (a refusal, a dead token).
 */
import type { AppContext } from '../../core/context.js';
import { asNetworkError, type Connector, type PublishedRef } from '../../networks/connector.js';
import { auditRepository } from '../audit/repository.js';
import { markNeedsReconnect } from '../channels/refresh.js';
import { channelsRepository, type ChannelRow } from '../channels/repository.js';
import { channelContext } from '../channels/service.js';
import { backoffMs } from '../publishing/outcomes.js';
import { engagementReplyJob } from './jobs.js';
import { engagementsRepository, type EngagementRow } from './repository.js';
import { repliesRepository, type EngagementReplyRow } from './replies-repository.js';

/** Attempts before a reply that keeps meeting outages is given up (each waits longer: 1 s, 2 s … see backoffMs). */
export const REPLY_MAX_ATTEMPTS = 6;

interface ClaimedReply {
  reply: EngagementReplyRow;
  item: EngagementRow;
  channel: ChannelRow;
  connector: Connector;
  /** An earlier attempt's lease ran out mid-send: it may have reached the network. */
  reconcile: boolean;
}

export type ReplyOutcome = 'sent' | 'found' | 'retry' | 'failed' | 'skipped';

/** Idempotency key of every attempt of one reply (Mastodon's header, Bluesky's record key). */
export const replyKey = (replyId: string) => `engagement-reply:${replyId}`;

/** The reply job's handler. Never throws for network outcomes: they are recorded on the reply. */
export async function sendReply(ctx: AppContext, replyId: string): Promise<ReplyOutcome> {
  const claimed = await claimReply(ctx, replyId);
  if (!claimed) return 'skipped';
  const { reply, item, channel, connector, reconcile } = claimed;
  const chCtx = channelContext(ctx, channel);
  const key = replyKey(reply.id);
  let ref: PublishedRef | null = null;
  let found = false;
  try {
    if (reconcile) {
      ref = await connector.findReply!(chCtx, { parentExternalId: item.external_id, text: reply.text, since: reply.created_at, idempotencyKey: key });
      found = ref !== null;
      if (found) ctx.log.info({ replyId: reply.id }, 'found the reply already on the network after an interrupted attempt');
    }
    ref ??= await connector.reply(chCtx, item.external_id, { text: reply.text, media: [] }, key);
  } catch (error) {
    return recordFailure(ctx, claimed, error);
  }
  await recordSent(ctx, claimed, ref, new Date());
  return found ? 'found' : 'sent';
}

/** Step 1: decides whether the reply goes out now, and records the attempt before anything is sent. */
async function claimReply(ctx: AppContext, replyId: string): Promise<ClaimedReply | null> {
  return ctx.database.db.transaction().execute(async (trx): Promise<ClaimedReply | null> => {
    const row = await repliesRepository.lock(trx, replyId);
    if (!row || (row.status !== 'queued' && row.status !== 'sending')) return null;
    const now = Date.now();
    if (row.lease_until && row.lease_until.getTime() > now) {
      // Another worker holds it, or a retry waits for its time (a duplicate job, the sweeper's): look again then.
      await ctx.jobs.send(engagementReplyJob, { replyId }, { trx, startAfter: new Date(row.lease_until.getTime() + 100) });
      return null;
    }
    const fail = async (code: string, message: string) => {
      await repliesRepository.markFailed(trx, row.id, null, { code, message });
      return null;
    };
    const item = await engagementsRepository.find(trx, row.workspace_id, row.engagement_id);
    if (!item) return fail('not_found', 'The item was deleted before the reply went out.');
    const channel = await channelsRepository.find(trx, row.workspace_id, row.channel_id);
    const connector = channel ? ctx.networks.get(channel.network) : undefined;
    if (!channel || !connector) return fail('network_unavailable', 'The channel that received this item is no longer connected.');
    if (channel.status !== 'active') {
      return fail('channel_needs_reconnect', `Reconnect ${channel.handle} (${channel.status_reason ?? channel.status}), then send the reply again.`);
    }
    const reconcile = row.status === 'sending';
    if (reconcile && !connector.findReply) {
      return fail(
        'reply_outcome_unknown',
        `An attempt to send this reply was interrupted, and ${channel.network} cannot be asked whether it arrived. Look on ${channel.network}; send it again if it is missing.`,
      );
    }
    const reply = await repliesRepository.startAttempt(trx, row.id, new Date(now + ctx.config.jobExpireSeconds * 1000));
    return { reply, item, channel, connector, reconcile };
  });
}

/** Step 3, success: the reply is sent and the item answered by the reply's author, in one transaction. */
async function recordSent(ctx: AppContext, { reply, channel }: ClaimedReply, ref: PublishedRef, at: Date): Promise<void> {
  await ctx.database.db.transaction().execute(async (trx) => {
    const sent = await repliesRepository.markSent(trx, reply.id, reply.attempt, ref, at);
    // A later attempt took over (this one outlived its lease): that one records the outcome.
    if (!sent) return;
    await engagementsRepository.markReplied(trx, reply.engagement_id, ref, reply.author_id, at);
    await auditRepository.record(trx, {
      workspaceId: reply.workspace_id,
      actorUserId: reply.author_id,
      action: 'engagement.replied',
      targetType: 'engagement',
      targetId: reply.engagement_id,
      data: { network: channel.network, url: ref.url, replyId: reply.id },
    });
  });
}

/** Step 3, failure: retry later, or fail with the network's reason (a dead token also marks the channel). */
async function recordFailure(ctx: AppContext, { reply, channel }: ClaimedReply, error: unknown): Promise<ReplyOutcome> {
  const err = asNetworkError(error);
  const network = channel.network;
  ctx.log.warn({ replyId: reply.id, network, kind: err.kind, err: err.message }, 'reply attempt failed');
  if (err.kind === 'auth') {
    await markNeedsReconnect(ctx, channel, err.message);
    await repliesRepository.markFailed(ctx.database.db, reply.id, reply.attempt, {
      code: 'channel_needs_reconnect',
      message: `${network} no longer accepts ${channel.handle}'s access (${err.message}); reconnect it, then send the reply again.`,
    });
    return 'failed';
  }
  if (err.retryable && reply.attempt < REPLY_MAX_ATTEMPTS) {
    const at = new Date(Date.now() + Math.max(err.details.retryAfterMs ?? 0, backoffMs(reply.attempt)));
    await ctx.database.db.transaction().execute(async (trx) => {
      // A rate limit, or a network answering with its own error (5xx), refused before doing anything; a timeout or a
      // lost connection (no answer, or a gateway's 504) may have landed: the next attempt asks the network first.
      const reached = err.kind === 'transient' && (err.details.status === undefined || err.details.status === 504);
      await repliesRepository.retryLater(trx, reply.id, reply.attempt, { at, reached, message: `Attempt ${reply.attempt} failed (${err.message}); retrying at ${at.toISOString()}.` });
      await ctx.jobs.send(engagementReplyJob, { replyId: reply.id }, { trx, startAfter: at });
    });
    return 'retry';
  }
  const failure = err.retryable
    ? { code: 'network_unavailable', message: `Gave up after ${reply.attempt} attempts: ${err.message}` }
    : err.kind === 'not_found'
      ? { code: 'not_found', message: `${network} no longer has the item replied to (it may have been deleted there).` }
      : { code: 'network_refused', message: `${network} refused the reply: ${err.message}` };
  await repliesRepository.markFailed(ctx.database.db, reply.id, reply.attempt, failure);
  return 'failed';
}
