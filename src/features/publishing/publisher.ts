/**
 * Publishes one publication, exactly once.
 *
 * 1. Claim (one transaction, row locked): skip stale or finished work, hold it if the channel needs reconnecting,
 *    take a token from the channel's rate bucket, and record the attempt (status `publishing`, a lease) BEFORE the
 *    network is called.
 * 2. Call the network. If the publication was already `publishing` when claimed, an earlier attempt may have reached
 *    the network before its worker died: ask the network first (`findPublished`) instead of posting again. The
 *    idempotency key sent with every attempt guards the same on the network's side.
 * 3. Record the outcome: published; retry later (429/5xx: backoff with jitter, honouring Retry-After and rate-limit
 *    headers); held (credentials stopped working: the channel is marked needs_reconnect, nothing is dropped); or
 *    failed with the network's own message (a 4xx that cannot succeed).
 */
import type { AppContext } from '../../core/context.js';
import { NetworkError, type Connector, type MediaForNetwork } from '../../networks/connector.js';
import { auditRepository } from '../audit/repository.js';
import { channelsRepository, type ChannelRow } from '../channels/repository.js';
import { channelContext } from '../channels/service.js';
import { mediaRepository } from '../media/repository.js';
import { mediaForChannel } from '../media/renditions.js';
import type { PublicationRow } from '../posts/repository.js';
import { queuePublish } from './jobs.js';
import { publishingRepository as repo } from './repository.js';

export const MAX_ATTEMPTS = 8;
const MAX_BACKOFF_MS = 15 * 60_000;
/** A job that runs less than this before its time is treated as on time (clock skew between processes). */
const EARLY_TOLERANCE_MS = 1000;

type Claim =
  | { kind: 'skip' }
  | { kind: 'go'; pub: PublicationRow; channel: ChannelRow; connector: Connector; reconcile: boolean };

/** Exponential backoff with jitter: 1 s, 2 s, 4 s … up to 15 min, each drawn between half and all of it. */
export function backoffMs(attempt: number, random = Math.random): number {
  const ceiling = Math.min(MAX_BACKOFF_MS, 1000 * 2 ** Math.max(0, attempt - 1));
  return Math.round(ceiling / 2 + random() * (ceiling / 2));
}

async function claim(ctx: AppContext, publicationId: string, version: number): Promise<Claim> {
  return ctx.database.db.transaction().execute(async (trx): Promise<Claim> => {
    const pub = await repo.lock(trx, publicationId);
    if (!pub || pub.version !== version) return { kind: 'skip' };
    if (pub.status !== 'scheduled' && pub.status !== 'publishing') return { kind: 'skip' };
    const now = Date.now();
    const later = async (at: number) => {
      await queuePublish(ctx.jobs, trx, { id: pub.id, version: pub.version, scheduled_at: new Date(at) });
      return { kind: 'skip' } as const;
    };
    // Another worker holds a live lease: look again when it runs out.
    if (pub.status === 'publishing' && pub.lease_until && pub.lease_until.getTime() > now) return later(pub.lease_until.getTime() + 100);
    const due = Math.max(pub.scheduled_at?.getTime() ?? 0, pub.next_attempt_at?.getTime() ?? 0);
    if (due > now + EARLY_TOLERANCE_MS) return later(due);

    const channel = await channelsRepository.findById(trx, pub.channel_id);
    const connector = channel ? ctx.networks.get(channel.network) : undefined;
    if (!channel || channel.status !== 'active' || !connector) {
      const reason = !channel
        ? 'The channel was disconnected.'
        : !connector
          ? `Chorus cannot publish to ${channel.network}.`
          : `Held until ${channel.handle} is reconnected: ${channel.status_reason ?? channel.status}.`;
      await repo.finish(trx, pub.id, channel && connector ? 'held' : 'failed', reason);
      return { kind: 'skip' };
    }
    const limits = connector.limits(channel.limits);
    const wait = await repo.takeToken(trx, channel.id, limits.rate);
    if (wait > 0) {
      await repo.setNextAttempt(trx, pub.id, new Date(now + wait), null);
      return later(now + wait);
    }
    const reconcile = pub.status === 'publishing';
    const started = await repo.startAttempt(trx, pub.id, new Date(now + ctx.config.jobExpireSeconds * 1000));
    return { kind: 'go', pub: started, channel, connector, reconcile };
  });
}

/** The publish job's handler. Never throws for network outcomes: they are recorded on the publication. */
export async function runPublish(ctx: AppContext, job: { publicationId: string; version: number }): Promise<void> {
  const claimed = await claim(ctx, job.publicationId, job.version);
  if (claimed.kind === 'skip') return;
  const { pub, channel, connector, reconcile } = claimed;
  const db = ctx.database.db;
  const network = channel.network;
  try {
    const chCtx = channelContext(ctx, channel);
    const mediaRows = await mediaRepository.findMany(db, pub.workspace_id, pub.media_ids);
    // Images the network would refuse as uploaded are converted once and sent as their rendition.
    const limits = connector.limits(channel.limits);
    const ordered = pub.media_ids.flatMap((id) => mediaRows.filter((m) => m.id === id));
    // Never publish a post without a file it was written with (deleting media a post will send is refused, but a
    // row removed by hand must not make a picture silently disappear).
    if (ordered.length < pub.media_ids.length) {
      throw new NetworkError('rejected', 'A file attached to this post no longer exists. Attach it again, then retry.');
    }
    const media: MediaForNetwork[] = [];
    // One at a time: a conversion holds the whole image in memory.
    for (const m of ordered) media.push(await mediaForChannel(ctx, m, limits));
    const content = { text: pub.text, media, options: pub.options };
    let ref = reconcile ? await connector.findPublished(chCtx, pub.idempotency_key, content) : null;
    if (ref) ctx.log.info({ publicationId: pub.id }, 'found the publication already on the network after an interrupted attempt');
    ref ??= await connector.publish(chCtx, content, pub.idempotency_key);
    const at = new Date();
    if (await repo.markPublished(db, pub.id, pub.attempt_count, ref, at)) {
      ctx.metrics.publishOutcomes.inc({ network, outcome: 'published' });
      if (pub.scheduled_at) ctx.metrics.publishLatency.observe({ network }, Math.max(0, at.getTime() - pub.scheduled_at.getTime()) / 1000);
      await auditRepository.record(db, {
        workspaceId: pub.workspace_id,
        actorUserId: null,
        action: 'publication.published',
        targetType: 'publication',
        targetId: pub.id,
        data: { network, externalUrl: ref.url },
      });
    }
  } catch (error) {
    await recordFailure(ctx, pub, channel, error);
  }
}

async function recordFailure(ctx: AppContext, pub: PublicationRow, channel: ChannelRow, error: unknown): Promise<void> {
  const db = ctx.database.db;
  const network = channel.network;
  const err =
    error instanceof NetworkError
      ? error
      : new NetworkError('transient', error instanceof Error ? error.message : String(error));
  ctx.log.warn({ publicationId: pub.id, network, kind: err.kind, err: err.message }, 'publish attempt failed');
  ctx.metrics.publishOutcomes.inc({ network, outcome: err.kind });
  if (err.kind === 'auth' && pub.attempt_count < MAX_ATTEMPTS && (await credentialsChangedSince(ctx, channel))) {
    // Another attempt (or the refresh job) saved new credentials while this one used the old ones — rotating refresh
    // tokens (X) make the loser of two simultaneous refreshes fail. The channel is fine: try again with what is saved.
    await retryAt(ctx, pub, new Date(Date.now() + backoffMs(0)), `Attempt ${pub.attempt_count} used credentials renewed meanwhile; retrying.`);
    return;
  }
  if (err.kind === 'auth') {
    await channelsRepository.setStatus(db, channel.id, 'needs_reconnect', err.message);
    await repo.finish(db, pub.id, 'held', `Held until ${channel.handle} is reconnected: ${err.message}`);
    await auditRepository.record(db, {
      workspaceId: pub.workspace_id,
      actorUserId: null,
      action: 'channel.needs_reconnect',
      targetType: 'channel',
      targetId: channel.id,
      data: { reason: err.message },
    });
    return;
  }
  if (err.retryable && pub.attempt_count < MAX_ATTEMPTS) {
    const delay = Math.max(err.details.retryAfterMs ?? 0, backoffMs(pub.attempt_count));
    const at = new Date(Date.now() + delay);
    if (err.kind === 'rate_limited') await repo.blockChannel(db, channel.id, at);
    await retryAt(ctx, pub, at, `Attempt ${pub.attempt_count} failed (${err.message}); retrying at ${at.toISOString()}.`);
    return;
  }
  const message = err.retryable ? `Gave up after ${pub.attempt_count} attempts: ${err.message}` : `${network} refused the post: ${err.message}`;
  await repo.finish(db, pub.id, 'failed', message);
}

async function retryAt(ctx: AppContext, pub: PublicationRow, at: Date, note: string): Promise<void> {
  await ctx.database.db.transaction().execute(async (trx) => {
    await repo.setNextAttempt(trx, pub.id, at, note);
    await queuePublish(ctx.jobs, trx, { id: pub.id, version: pub.version, scheduled_at: at });
  });
}

/** Whether the channel's saved credentials differ from those the attempt was claimed with. */
async function credentialsChangedSince(ctx: AppContext, claimed: ChannelRow): Promise<boolean> {
  const now = await channelsRepository.findById(ctx.database.db, claimed.id);
  return now !== undefined && now.status === 'active' && now.credentials_enc !== claimed.credentials_enc;
}
