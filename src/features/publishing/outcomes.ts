/**
 * Recording a batch of publish attempts: one statement per kind of outcome (published, retry later, finished as
 * failed or held), each publication judged on its own so that one refusal or outage never costs the others.
 */
import type { AppContext } from '../../core/context.js';
import type { Tx } from '../../db/database.js';
import { asNetworkError, type PublishedRef } from '../../networks/connector.js';
import { auditRepository, type AuditEntry } from '../audit/repository.js';
import { channelsRepository, type ChannelRow } from '../channels/repository.js';
import { emitEvents, type WebhookEventType } from '../outgoing-webhooks/events.js';
import type { Claimed } from './claim.js';
import { publishJob } from './jobs.js';
import { publishingRepository as repo, type FinishOutcome, type RetryOutcome } from './repository.js';

export const MAX_ATTEMPTS = 8;
const MAX_BACKOFF_MS = 15 * 60_000;

/** What one attempt came to: the network's reference, or the error it ended with. */
export type Attempt = { claimed: Claimed; ref: PublishedRef; at: Date } | { claimed: Claimed; error: unknown };

/** Exponential backoff with jitter: 1 s, 2 s, 4 s … up to 15 min, each drawn between half and all of it. */
export function backoffMs(attempt: number, random = Math.random): number {
  const ceiling = Math.min(MAX_BACKOFF_MS, 1000 * 2 ** Math.max(0, attempt - 1));
  return Math.round(ceiling / 2 + random() * (ceiling / 2));
}

interface Decisions {
  retries: RetryOutcome[];
  finishes: FinishOutcome[];
  /** Channels whose credentials stopped working, with the network's reason. */
  reconnect: Map<string, { channel: ChannelRow; reason: string }>;
  audits: AuditEntry[];
}

/**
 * Records a batch's outcomes in one transaction, with `complete` (the batch's jobs ending) inside it when given.
 * The judgements that need the database (were the credentials renewed meanwhile, block a rate-limited channel) are
 * made before it opens, so the transaction holds its row locks only for the writes.
 */
export async function recordOutcomes(ctx: AppContext, attempts: Attempt[], complete?: (trx: Tx) => Promise<void>): Promise<void> {
  const published = attempts.flatMap((a) => ('ref' in a ? [a] : []));
  const decisions: Decisions = { retries: [], finishes: [], reconnect: new Map(), audits: [] };
  for (const a of attempts) if ('error' in a) await decide(ctx, a.claimed, a.error, decisions);
  await ctx.database.db.transaction().execute(async (trx) => {
    const events = await recordPublished(ctx, trx, published);
    if (decisions.retries.length > 0) {
      await repo.setNextAttempts(trx, decisions.retries);
      const jobs = decisions.retries.map((r) => ({ data: { publicationId: r.id, version: versionOf(attempts, r.id) }, startAfter: r.at }));
      await ctx.jobs.sendMany(publishJob, jobs, { trx });
    }
    for (const { channel, reason } of decisions.reconnect.values()) await channelsRepository.setStatus(trx, channel.id, 'needs_reconnect', reason);
    const failed = new Set(await repo.finishMany(trx, decisions.finishes));
    for (const f of decisions.finishes) {
      const claimed = failed.has(f.id) ? attempts.find((a) => a.claimed.pub.id === f.id)?.claimed : undefined;
      if (claimed) events.push(publicationEvent('publication.failed', claimed, { error: f.error }));
    }
    await auditRepository.recordMany(trx, decisions.audits);
    // Only publications whose workspace has a webhook for the event are here: nothing at all is sent otherwise.
    await emitEvents(ctx, trx, events);
    await complete?.(trx);
  });
}

const versionOf = (attempts: Attempt[], id: string) => attempts.find((a) => a.claimed.pub.id === id)!.claimed.pub.version;

type PublicationEvent = { workspaceId: string; type: WebhookEventType; data: Record<string, unknown> };

/** The webhook event of a publication's outcome: which post, where, and what came of it. */
function publicationEvent(type: WebhookEventType, { pub, channel }: Claimed, outcome: Record<string, unknown>): PublicationEvent {
  return { workspaceId: pub.workspace_id, type, data: { publicationId: pub.id, postId: pub.post_id, channelId: channel.id, network: channel.network, ...outcome } };
}

/** Marks the batch's successes published and writes their audit entries; answers the webhook events to emit. */
async function recordPublished(ctx: AppContext, trx: Tx, published: Array<{ claimed: Claimed; ref: PublishedRef; at: Date }>): Promise<PublicationEvent[]> {
  if (published.length === 0) return [];
  const marked = new Map(
    (
      await repo.markPublishedMany(
        trx,
        published.map(({ claimed, ref, at }) => ({ id: claimed.pub.id, attempt: claimed.pub.attempt_count, ref, at })),
      )
    ).map((row) => [row.id, row.webhooks]),
  );
  const entries: AuditEntry[] = [];
  const events: PublicationEvent[] = [];
  for (const { claimed, ref, at } of published) {
    if (!marked.has(claimed.pub.id)) continue;
    if (marked.get(claimed.pub.id)) events.push(publicationEvent('publication.published', claimed, { externalId: ref.externalId, url: ref.url, publishedAt: at.toISOString() }));
    const { pub, channel } = claimed;
    ctx.metrics.publishOutcomes.inc({ network: channel.network, outcome: 'published' });
    if (pub.scheduled_at) ctx.metrics.publishLatency.observe({ network: channel.network }, Math.max(0, at.getTime() - pub.scheduled_at.getTime()) / 1000);
    entries.push({
      workspaceId: pub.workspace_id,
      actorUserId: null,
      action: 'publication.published',
      targetType: 'publication',
      targetId: pub.id,
      data: { network: channel.network, externalUrl: ref.url },
    });
  }
  await auditRepository.recordMany(trx, entries);
  return events;
}

/** Judges one failed attempt: retry later, hold until the channel is reconnected, or fail with the network's word. */
async function decide(ctx: AppContext, { pub, channel }: Claimed, error: unknown, out: Decisions): Promise<void> {
  const network = channel.network;
  const err = asNetworkError(error);
  ctx.log.warn({ publicationId: pub.id, network, kind: err.kind, err: err.message }, 'publish attempt failed');
  ctx.metrics.publishOutcomes.inc({ network, outcome: err.kind });
  if (err.kind === 'auth' && pub.attempt_count < MAX_ATTEMPTS && (await credentialsChangedSince(ctx, channel))) {
    // Another attempt (or the refresh job) saved new credentials while this one used the old ones — rotating refresh
    // tokens (X) make the loser of two simultaneous refreshes fail. The channel is fine: try again with what is saved.
    const at = new Date(Date.now() + backoffMs(0));
    out.retries.push({ id: pub.id, at, error: `Attempt ${pub.attempt_count} used credentials renewed meanwhile; retrying.` });
    return;
  }
  if (err.kind === 'auth') {
    out.finishes.push({ id: pub.id, status: 'held', error: `Held until ${channel.handle} is reconnected: ${err.message}` });
    if (!out.reconnect.has(channel.id)) {
      out.reconnect.set(channel.id, { channel, reason: err.message });
      out.audits.push({
        workspaceId: pub.workspace_id,
        actorUserId: null,
        action: 'channel.needs_reconnect',
        targetType: 'channel',
        targetId: channel.id,
        data: { reason: err.message },
      });
    }
    return;
  }
  if (err.retryable && pub.attempt_count < MAX_ATTEMPTS) {
    const delay = Math.max(err.details.retryAfterMs ?? 0, backoffMs(pub.attempt_count));
    const at = new Date(Date.now() + delay);
    if (err.kind === 'rate_limited') await repo.blockChannel(ctx.database.db, channel.id, at);
    out.retries.push({ id: pub.id, at, error: `Attempt ${pub.attempt_count} failed (${err.message}); retrying at ${at.toISOString()}.` });
    return;
  }
  const message = err.retryable ? `Gave up after ${pub.attempt_count} attempts: ${err.message}` : `${network} refused the post: ${err.message}`;
  out.finishes.push({ id: pub.id, status: 'failed', error: message });
}

/** Whether the channel's saved credentials differ from those the attempt was claimed with. */
async function credentialsChangedSince(ctx: AppContext, claimed: ChannelRow): Promise<boolean> {
  const now = await channelsRepository.findById(ctx.database.db, claimed.id);
  return now !== undefined && now.status === 'active' && now.credentials_enc !== claimed.credentials_enc;
}
