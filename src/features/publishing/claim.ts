/**
 * Claiming a batch of publish jobs, in one transaction with the publications locked: skip stale or finished work,
 * hold what cannot go out (the workspace's publishing paused, the channel gone or needing a reconnect), take tokens
 * from the channels' rate buckets, and record the attempt (status `publishing`, a lease) of every publication that
 * goes out BEFORE the network is called. The commit of that record is what lets a crash at any point after it be
 * reconciled instead of posted again, whatever the batch size: each publication carries its own attempt, lease and
 * idempotency key.
 */
import type { AppContext } from '../../core/context.js';
import type { Tx } from '../../db/database.js';
import type { Connector } from '../../networks/connector.js';
import { channelsRepository, type ChannelRow } from '../channels/repository.js';
import { emitEvents } from '../outgoing-webhooks/events.js';
import type { PublicationRow } from '../posts/repository.js';
import { publishJob } from './jobs.js';
import { pauseRepository } from './pause-repository.js';
import { publishingRepository as repo, type FinishOutcome, type RetryOutcome } from './repository.js';

/** A job that runs less than this before its time is treated as on time (clock skew between processes). */
const EARLY_TOLERANCE_MS = 1000;

/**
 * How often a publication caught mid-attempt (a retry, or a dead worker's) looks again while its workspace is paused.
 * It stays `publishing` rather than `held`, so that after the resume its earlier attempt is reconciled, never posted
 * twice; such publications are few (only those between attempts).
 */
const PAUSED_RECHECK_MS = 60_000;

export interface PublishRequest {
  publicationId: string;
  version: number;
}

export interface Claimed {
  pub: PublicationRow;
  channel: ChannelRow;
  connector: Connector;
  /** The publication was already `publishing`: an earlier attempt may have reached the network before it died. */
  reconcile: boolean;
}

interface Ready {
  pub: PublicationRow;
  channel: ChannelRow;
  connector: Connector;
}

type Later = { data: PublishRequest; startAfter: Date };

/** Claims what can go out now among the requested publications; queues a later job for what must wait. */
export async function claimBatch(ctx: AppContext, requests: PublishRequest[]): Promise<Claimed[]> {
  const versions = new Map<string, Set<number>>();
  for (const r of requests) versions.set(r.publicationId, (versions.get(r.publicationId) ?? new Set()).add(r.version));
  return ctx.database.db.transaction().execute(async (trx): Promise<Claimed[]> => {
    const now = Date.now();
    const later: Later[] = [];
    const retryAt = (pub: PublicationRow, at: number) => later.push({ data: { publicationId: pub.id, version: pub.version }, startAfter: new Date(at) });
    const due: PublicationRow[] = [];
    for (const pub of await repo.lockMany(trx, [...versions.keys()])) {
      if (!versions.get(pub.id)!.has(pub.version)) continue;
      if (pub.status !== 'scheduled' && pub.status !== 'publishing') continue;
      // Another worker holds a live lease: look again when it runs out.
      if (pub.status === 'publishing' && pub.lease_until && pub.lease_until.getTime() > now) {
        retryAt(pub, pub.lease_until.getTime() + 100);
        continue;
      }
      const dueAt = Math.max(pub.scheduled_at?.getTime() ?? 0, pub.next_attempt_at?.getTime() ?? 0);
      if (dueAt > now + EARLY_TOLERANCE_MS) retryAt(pub, dueAt);
      else due.push(pub);
    }
    const paused = await holdPaused(trx, due, now);
    for (const w of paused.waits) retryAt(due.find((p) => p.id === w.id)!, w.at.getTime());
    const { ready, finishes } = await withChannels(ctx, trx, paused.rest);
    const { going, waits } = await takeTokens(trx, ready, now);
    for (const w of waits) retryAt(ready.find((r) => r.pub.id === w.id)!.pub, w.at.getTime());
    const failed = new Set(await repo.finishMany(trx, [...paused.finishes, ...finishes]));
    await emitEvents(ctx, trx, failedEvents(due, finishes, failed));
    await repo.setNextAttempts(trx, [...paused.waits, ...waits]);
    await ctx.jobs.sendMany(publishJob, later, { trx });
    const leaseUntil = new Date(now + ctx.config.jobExpireSeconds * 1000);
    const started = await repo.startAttempts(trx, going.map((g) => g.pub.id), leaseUntil);
    return started.map((pub) => {
      const g = going.find((r) => r.pub.id === pub.id)!;
      return { pub, channel: g.channel, connector: g.connector, reconcile: g.pub.status === 'publishing' };
    });
  });
}

/** `publication.failed` for those that failed before reaching the network (their channel gone), with webhooks only. */
function failedEvents(due: PublicationRow[], finishes: FinishOutcome[], failed: Set<string>) {
  return finishes.flatMap((f) => {
    const pub = failed.has(f.id) ? due.find((p) => p.id === f.id) : undefined;
    if (!pub) return [];
    const data = { publicationId: pub.id, postId: pub.post_id, channelId: pub.channel_id, network: pub.network, error: f.error };
    return [{ workspaceId: pub.workspace_id, type: 'publication.failed' as const, data }];
  });
}

/**
 * Nothing goes out for a workspace whose publishing is paused (one statement for all the batch's workspaces): its
 * due publications are held, never failed, until the resume puts them back on the schedule. One already
 * `publishing` (an attempt may have reached the network) keeps its state and looks again later.
 */
async function holdPaused(trx: Tx, due: PublicationRow[], now: number) {
  const paused = await pauseRepository.pausedAmong(trx, [...new Set(due.map((p) => p.workspace_id))]);
  const rest: PublicationRow[] = [];
  const finishes: FinishOutcome[] = [];
  const waits: RetryOutcome[] = [];
  for (const pub of due) {
    const reason = paused.get(pub.workspace_id);
    if (reason === undefined) rest.push(pub);
    else if (pub.status === 'publishing') waits.push({ id: pub.id, at: new Date(now + PAUSED_RECHECK_MS), error: `Publishing is paused: ${reason}` });
    else finishes.push({ id: pub.id, status: 'held', error: `Publishing is paused: ${reason}`, byPause: true });
  }
  return { rest, finishes, waits };
}

/** Pairs each publication with its channel and connector; those that cannot go out are held or failed. */
async function withChannels(ctx: AppContext, trx: Tx, due: PublicationRow[]) {
  const channelIds = [...new Set(due.map((p) => p.channel_id))];
  const channels = new Map((await channelsRepository.findByIds(trx, channelIds)).map((c) => [c.id, c]));
  const ready: Ready[] = [];
  const finishes: FinishOutcome[] = [];
  for (const pub of due) {
    const channel = channels.get(pub.channel_id);
    const connector = channel ? ctx.networks.get(channel.network) : undefined;
    if (channel && connector && channel.status === 'active') {
      ready.push({ pub, channel, connector });
      continue;
    }
    const error = !channel
      ? 'The channel was disconnected.'
      : !connector
        ? `Chorus cannot publish to ${channel.network}.`
        : `Held until ${channel.handle} is reconnected: ${channel.status_reason ?? channel.status}.`;
    finishes.push({ id: pub.id, status: channel && connector ? 'held' : 'failed', error });
  }
  return { ready, finishes };
}

/** One token per publication from its channel's bucket, earliest due first; the others wait for their turn. */
async function takeTokens(trx: Tx, ready: Ready[], now: number) {
  const byChannel = new Map<string, Ready[]>();
  const dueAt = (r: Ready) => r.pub.scheduled_at?.getTime() ?? 0;
  for (const r of [...ready].sort((a, b) => dueAt(a) - dueAt(b))) byChannel.set(r.channel.id, [...(byChannel.get(r.channel.id) ?? []), r]);
  const grants = await repo.takeTokens(
    trx,
    [...byChannel.values()].map((rs) => ({ channelId: rs[0]!.channel.id, rate: rs[0]!.connector.limits(rs[0]!.channel.limits).rate, count: rs.length })),
    new Date(now),
  );
  const going: Ready[] = [];
  const waits: RetryOutcome[] = [];
  for (const [channelId, rs] of byChannel) {
    const grant = grants.get(channelId)!;
    going.push(...rs.slice(0, grant.granted));
    rs.slice(grant.granted).forEach((r, j) => waits.push({ id: r.pub.id, at: new Date(now + grant.waits[j]!), error: null }));
  }
  return { going, waits };
}
